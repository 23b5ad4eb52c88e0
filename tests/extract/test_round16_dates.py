"""Round 16 of dates (issue 3): possessive dates, the target day of a warning or
plan, and numbers that only look like dates.

- "last week's protests", "last month's talks": the possessive does not change the
  date (a week is the month holding its Thursday, as everywhere).
- "by the week's end", "the month's end": the end of that week or month.
- "a storm warning for Sunday", "a curfew for Friday": the day a warning, plan or
  order is for lies ahead of the report, whatever the tense of the clause.
- "Flight 23", "Route 9", "men in their 50s", a bare clock time "at 6:17": no date.

Every sentence here was invented for these tests (wire-news style); none comes
from the corpus.
"""

from __future__ import annotations

import pytest

from extract_helpers import date_at as _date_at, dates_by_text as _dates

DATE = "2024-03-05"  # a Tuesday


@pytest.mark.parametrize(
    "body, word, value, precision",
    [
        ("Tuesday's march followed last week's protests in the capital.", "last week", "2024-02", "month"),
        ("The strike resumed after last month's talks with the rail operator failed.", "last month", "2024-02", "month"),
        ("Organisers said last year's festival drew a record crowd.", "last year", "2023", "year"),
        ("The mayor said the bridge would reopen by the week's end.", "week", "2024-03", "month"),
        ("The board expects a decision by the month's end.", "month", "2024-03", "month"),
    ],
)
def test_a_possessive_date_is_the_date_it_names(extract_one, body, word, value, precision):
    ex = extract_one(body, DATE)
    assert _date_at(ex, body, word) == (value, precision)


@pytest.mark.parametrize(
    "body, word, value",
    [
        ("By Monday, the weather service had issued a storm warning for Friday across the coast.", "Friday", "2024-03-08"),
        ("Officials had ordered a curfew for Saturday in the northern districts.", "Saturday", "2024-03-09"),
        ("The union called a strike for Thursday after talks broke down.", "Thursday", "2024-03-07"),
    ],
)
def test_what_a_warning_or_plan_is_for_lies_ahead(extract_one, body, word, value):
    ex = extract_one(body, DATE)
    assert _date_at(ex, body, word) == (value, "day")


@pytest.mark.parametrize(
    "body, word, value",
    [
        ("Police arrested two men on Friday for Sunday's attack on a bus.", "Sunday", "2024-03-03"),
        ("The minister spoke on Friday about the floods.", "Friday", "2024-03-01"),
    ],
)
def test_past_days_stay_in_the_past(extract_one, body, word, value):
    ex = extract_one(body, DATE)
    assert _date_at(ex, body, word) == (value, "day")


@pytest.mark.parametrize(
    "body, not_dates",
    [
        ("Both victims, men in their 50s, were taken to hospital on Monday.", ["50s"]),
        ("Flight 23 vanished from radar in July and Flight 17 was found in the sea.", ["Flight 23", "Flight 17", "23", "17"]),
        ("The train left at 6:17 and the bus at 7:40.", ["6:17", "7:40"]),
    ],
)
def test_ages_names_and_clock_times_are_no_dates(extract_one, body, not_dates):
    ex = extract_one(body, DATE)
    texts = [d.text for d in ex.dates]
    for text in not_dates:
        assert text not in texts, (text, _dates(ex))


@pytest.mark.parametrize(
    "body, value",
    [
        # the narrative names the day of the press conference: "today" in the quotation is that day
        ('Rescuers reached the mine on Monday afternoon. "We found no one alive today," the chief said.', "2024-03-04"),
        ('The report was released on Sunday at a press conference. The minister said: "Today is a day of reckoning."',
         "2024-03-03"),
        # no day given, or only a day ahead: the report's date
        ('The storm hit the coast. "We are rebuilding today," the mayor said.', "2024-03-05"),
        ('Talks will resume on Friday. "We are hopeful today," the envoy said.', "2024-03-05"),
    ],
)
def test_today_in_a_quotation_is_the_day_it_was_said(extract_one, body, value):
    ex = extract_one(body, DATE)
    start = body.lower().index("today")
    found = [d for d in ex.dates if d.start <= start < d.end]
    assert found and (found[0].value, found[0].precision) == (value, "day"), _dates(ex)
