"""Round 17 of dates (issue 3): what carries over to any news text.

- Numbers, fractions, ratios, ages and temperatures the NER calls DATE are no dates
  ("two and a half times", "by a quarter", "1180 on a capacity of 400", "under five").
- Sets and vague stretches are no dates: "every day", "the third consecutive year",
  "the hottest days", "decades later", a part of a day no day is named for ("during
  the morning rush hour"), "that day has come".
- Tense: a modal ("could last until April", "would begin on May 20") looks either
  way from the report; "was able to" is no plan; a perfect ("has been stranded since
  November") looks back; a briefing "for 10:30 a.m. Thursday" lies ahead.
- "last February" is the February of last year (as "last Monday" is the week before).
- A month with no year after an earlier year's full date in the same sentence is
  in the time that sentence tells ("On June 4, 2019, ...; ... in July").
- Spans: "last Christmas" (a fixed holiday), "over the weekend" (a week's month),
  "August 3 to 9 of last year" (days in one month: that month), "the week prior",
  "the same period", "the day before the fire", "from the 1950s through 1998",
  "its 2024 revenue forecast", "a February audit", "this month's earlier two
  attacks", "the 2024 monsoon season", "the night of Saturday to Sunday".

Every sentence here was invented for these tests (wire-news style); none comes
from the corpus.
"""

from __future__ import annotations

import pytest

from extract_helpers import date_at as _date_at, dates_by_text as _dates

DATE = "2024-03-05"  # a Tuesday


@pytest.mark.parametrize(
    "body, word",
    [
        ("Output at the smelter rose two and a half times over the decade.", "two and a half"),
        ("The agency said emissions fell by a quarter after the plant closed.", "a quarter"),
        ("The wreck lies 3,048.8 metres (10,003.2\u00a0ft) below the surface.", "10,003.2"),
        ("The buoy read 58.12\u00a0°F (14.5\u00a0°C) at dawn.", "14.5"),
        ("The jail held 1180 on a capacity of 400, officials said.", "1180"),
        ("The quake struck at 22:10 local time (1510\u00a0UTC), the survey said.", "1510"),
        ("The toll rose from twelve to 27 as crews searched the rubble.", "twelve"),
        ("Health workers vaccinated children under five in the camps.", "five"),
        ("The bill would raise the pension age an additional three years.", "age"),
        ("It was the third consecutive year of failed rains in the region.", "third"),
        ('"Farmers face this every day," the minister said.', "every"),
        ("Rail services stopped during the morning rush hour near the port.", "morning"),
        ("Inland towns recorded some of the hottest days on record.", "hottest"),
        ("She reported the abuse to the diocese decades later.", "decades"),
        ("Crowds gathered for the 40th edition of the harbour festival.", "40th"),
        ("Talks have gone on for at least four months without a deal.", "least"),
        ("New episodes will be online the day after airing, the network said.", "the day after"),
        ('"Sadly, that day has come," the founder wrote to staff.', "that day"),
    ],
)
def test_numbers_sets_and_vague_times_are_no_dates(extract_one, body, word):
    ex = extract_one(body, DATE)
    start = body.index(word)
    assert not [d for d in ex.dates if d.start <= start < d.end], _dates(ex)


@pytest.mark.parametrize(
    "body, word, date, value, precision",
    [
        # "was able to": no plan, so the March before the report
        ("The retailer was able to emerge from its March bankruptcy filing.", "March", "2024-01-10", "2023-03", "month"),
        # a modal: the nearest such month or day, on either side
        ("Officials said floods could last in low areas until April.", "April", DATE, "2024-04", "month"),
        ("The ministry said inspections would begin on May 20 at all ports.", "May", DATE, "2024-05-20", "day"),
        # a perfect looks back
        ("The tanker has been stranded off the cape since November.", "November", "2024-02-10", "2023-11", "month"),
        # what a briefing is scheduled for lies ahead, past the clock time
        ("The mayor's office has scheduled a briefing for 10:30 a.m. Thursday.", "Thursday", DATE, "2024-03-07", "day"),
        # "last February" in April: last year's
        ("The fine related to a bout last February in the capital.", "last February", "2024-04-10", "2023-02", "month"),
        # an earlier year's full date in the sentence gives the year of a bare month after it
        ("On June 4, 2019, divers located the hull; a salvage crew raised the engine in July.", "July", DATE, "2019-07", "month"),
    ],
)
def test_tense_and_the_year_a_month_belongs_to(extract_one, body, word, date, value, precision):
    ex = extract_one(body, date)
    assert _date_at(ex, body, word) == (value, precision)


@pytest.mark.parametrize(
    "body, word, date, value, precision",
    [
        ("The senator was treated at the clinic last Christmas, aides said.", "last Christmas", "2024-05-02", "2023-12-25", "day"),
        ("Forecasters said roads could flood over the weekend.", "the weekend", DATE, "2024-03", "month"),
        ("After storms this weekend, the rivers are expected to fall.", "this weekend", "2024-03-02", "2024-02", "month"),
        ("The survey vessel sailed from August 3 to 9 of last year, the institute said.", "August", DATE, "2023-08", "month"),
        ("On Monday rebels seized the depot. The week prior, they had cut the main road.", "The week prior", DATE, "2024-02", "month"),
        ("Sales were $4 billion in the first quarter of 2023, while a rival sold $3 billion in the same period.",
         "the same period", DATE, "2023", "year"),
        ("The fire broke out on Sunday. The tenant had moved out the day before the fire.", "the day before", DATE, "2024-03-02", "day"),
        ("Investigators recorded abuse from the 1950s through 1998 in the parish.", "1998", DATE, "1998", "year"),
        ("Its 2024 revenue forecast was cut by a third.", "2024", DATE, "2024", "year"),
        ("According to a February audit by the regulator, losses grew.", "February", DATE, "2024-02", "month"),
        ("At least 30 people died in this month's earlier two attacks on the camp.", "this month", DATE, "2024-03", "month"),
        ("The probes should be in orbit before the 2024 monsoon season begins.", "2024", DATE, "2024", "year"),
        ("The blast hit the market on the night of Saturday to Sunday.", "Saturday", DATE, "2024-03-02", "day"),
    ],
)
def test_spans_that_name_one_date(extract_one, body, word, date, value, precision):
    ex = extract_one(body, date)
    assert _date_at(ex, body, word) == (value, precision)


def test_the_night_of_one_day_to_the_next_is_one_date(extract_one):
    body = "The blast hit the market on the night of Saturday to Sunday."
    ex = extract_one(body, DATE)
    assert len(ex.dates) == 1, _dates(ex)


@pytest.mark.parametrize(
    "body, first",
    [
        ("On the night of Friday to Saturday gunmen attacked a checkpoint near the border.", "2024-03-01"),
        ("Police said that on the night of Sunday to Monday a fire destroyed two shops.", "2024-03-03"),
    ],
)
def test_a_night_from_one_day_to_the_next_is_the_first_day(extract_one, body, first):
    ex = extract_one(body, DATE)
    assert [(d.value, d.precision) for d in ex.dates] == [(first, "day")], _dates(ex)


def test_each_end_of_a_range_of_weekdays_is_a_date(extract_one):
    ex = extract_one("Clashes in the northern suburbs lasted from Friday to Sunday.", DATE)
    assert sorted(d.value for d in ex.dates) == ["2024-03-01", "2024-03-03"], _dates(ex)


@pytest.mark.parametrize(
    "body, word, value",
    [
        # no day told in its paragraph: "the following day" follows the story's own day
        ("Wednesday, March 6, 2024\n\nForeign ministers met in Amman on Monday to discuss the water accord.\n\n"
         "Talks on the accord began on November 14.\n\nThe talks ended without a joint text.\n\n"
         "In a statement issued the following day, the ministry rejected the conclusions.", "the following day", "2024-03-05"),
        ("Trains on the north line stopped yesterday morning after a signal fault.\n\n"
         "In an earlier fault on February 12, services halted for an hour.\n\n"
         "Later, a stalled train blocked the east line on the same day.", "the same day", "2024-03-04"),
        # a day told in the same paragraph is the one meant
        ("The minister spoke on Monday. The dam was inspected on February 20, and the following day engineers reported cracks.",
         "the following day", "2024-02-21"),
    ],
)
def test_a_day_relative_to_the_day_follows_the_story_across_paragraphs(extract_one, body, word, value):
    ex = extract_one(body, DATE)
    assert _date_at(ex, body, word) == (value, "day")


@pytest.mark.parametrize(
    "body, word",
    [
        ("Markets in the old city closed during Ramadan, traders said.", "Ramadan"),
        ("Retail sales jumped over Thanksgiving, the survey found.", "Thanksgiving"),
        ("Talks resumed on Monday morning at the ministry.", "Monday morning"),
        ("The envoy said a deal could come in the coming days.", "the coming days"),
        ("The mine was sold several months ago to a private fund.", "several months ago"),
        ("Rainfall this winter was the lowest since the 1990s.", "the 1990s"),
    ],
)
def test_holidays_and_vague_dates_with_a_calendar_word_stay_dates(extract_one, body, word):
    ex = extract_one(body, DATE)
    start = body.index(word)
    assert [d for d in ex.dates if d.start <= start < d.end], _dates(ex)


@pytest.mark.parametrize(
    "body, word, value",
    [
        ('At a briefing on Sunday the commander took questions. "Our base was shelled yesterday," he said.', "yesterday", "2024-03-02"),
        ('At a briefing on Sunday the commander took questions. "Two drones fell last night," he said.', "last night", "2024-03-02"),
        ('Police spoke to reporters on Monday. "The suspect will appear in court tomorrow," a spokesman said.', "tomorrow", "2024-03-05"),
        # no day of speaking told: the report's date
        ('"Our base was shelled yesterday," the commander said.', "yesterday", "2024-03-04"),
    ],
)
def test_yesterday_and_tomorrow_in_a_quotation_count_from_the_day_it_was_said(extract_one, body, word, value):
    ex = extract_one(body, DATE)
    assert _date_at(ex, body, word) == (value, "day")


def test_a_month_named_again_in_the_paragraph_is_the_same_month(extract_one):
    body = (
        "The suspension dates to a bout last February in Leeds. Samples taken after his defeat "
        "in February showed a banned stimulant."
    )
    ex = extract_one(body, "2024-04-10")
    assert _date_at(ex, body, "last February") == ("2023-02", "month")
    assert _date_at(ex, body, "February showed") == ("2023-02", "month")


@pytest.mark.parametrize(
    "body, word, value, precision",
    [
        ("Sales were $4 billion in 2022 and $3 billion in the same period a year earlier.", "the same period", "2021", "year"),
        ("Revenue rose in the fourth quarter of 2006, up from the same period of the last year.", "the same period", "2005", "year"),
        ("The dealer sold 40 cars in March 2023, against 30 in the same month a year before.", "the same month", "2022-03", "month"),
        ("Revenue was up 5% on the same quarter last year.", "the same quarter", "2023", "year"),
    ],
)
def test_the_same_period_a_year_earlier(extract_one, body, word, value, precision):
    ex = extract_one(body, DATE)
    assert _date_at(ex, body, word) == (value, precision)


def test_the_same_period_with_no_period_before_it_is_no_date(extract_one):
    body = "Prices of grain doubled in the same period, analysts said."
    ex = extract_one(body, DATE)
    assert not ex.dates, _dates(ex)


def test_a_day_relative_to_the_day_follows_a_narrative_told_across_paragraphs(extract_one):
    body = (
        "The quake struck the valley on Monday.\n\nRescuers said on Wednesday that no one else was alive.\n\n"
        "The following day, the first aid convoys arrived."
    )
    ex = extract_one(body, "2024-03-09")
    assert _date_at(ex, body, "The following day") == ("2024-03-07", "day")
