"""The date resolver: fixed cases and properties that must hold for any report date."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.extract.dates import FUTURE, PAST, PRESENT, is_duration, resolve

SAT = date(2024, 11, 2)
dates = st.dates(min_value=date(1900, 3, 1), max_value=date(2099, 10, 31))


@pytest.mark.parametrize(
    "text, tense, value, precision",
    [
        ("Friday", PAST, "2024-11-01", "day"),
        ("on Thursday", PAST, "2024-10-31", "day"),
        ("Friday", FUTURE, "2024-11-08", "day"),
        ("next Friday", PAST, "2024-11-08", "day"),
        ("last Saturday", PAST, "2024-10-26", "day"),
        ("in July", PAST, "2024-07", "month"),
        ("December", PAST, "2023-12", "month"),
        ("December", FUTURE, "2024-12", "month"),
        ("May 2023", PAST, "2023-05", "month"),
        ("yesterday", PAST, "2024-11-01", "day"),
        ("earlier this year", PAST, "2024", "year"),
        ("last week", PAST, "2024-10", "month"),
        ("last year", PAST, "2023", "year"),
        ("next month", FUTURE, "2024-12", "month"),
        ("three days ago", PAST, "2024-10-30", "day"),
        ("October 28", PAST, "2024-10-28", "day"),
        ("June 9, 2008", PAST, "2008-06-09", "day"),
        ("9 June 2008", PAST, "2008-06-09", "day"),
        ("Monday, June 7, 2010", PAST, "2010-06-07", "day"),
        ("2010-06-07", PAST, "2010-06-07", "day"),
        ("in 2004", PAST, "2004", "year"),
        ("early 2009", PAST, "2009", "year"),
        ("the end of June", PAST, "2024-06", "month"),
        ("the coming days", FUTURE, None, None),
        ("recently", PAST, None, None),
        ("the 1990s", PAST, None, None),
        ("this morning", PAST, "2024-11-02", "day"),
        ("less than two weeks ago", PAST, "2024-10", "month"),
        ("November 12", PRESENT, "2024-11-12", "day"),
        ("November 12", PAST, "2023-11-12", "day"),
        ("the end of the month", FUTURE, "2024-11", "month"),
        ("the beginning of the year", PAST, "2024", "year"),
        ("January of this year", PAST, "2024-01", "month"),
        ("next summer", FUTURE, "2025", "year"),
        ("the fall of 2011", PAST, "2011", "year"),
        ("the current financial quarter", PRESENT, "2024", "year"),
        ("the last quarter", PAST, "2024", "year"),
    ],
)
def test_cases(text, tense, value, precision):
    got = resolve(text, SAT, tense)
    assert (got.value, got.precision) == (value, precision)


def test_anaphoric_days_need_a_reference():
    assert resolve("the following day", SAT, PAST, reference=date(2024, 11, 1)).value == "2024-11-02"
    assert resolve("the following day", SAT, PAST).value is None
    assert resolve("two years later", SAT, PAST, date(2001, 5, 1), "year").value == "2003"


@given(dates, st.sampled_from(list(calendar.day_name)))
def test_weekday_in_a_past_clause_is_the_last_such_day(anchor, weekday):
    got = resolve(f"on {weekday}", anchor, PAST)
    d = date.fromisoformat(got.value)
    assert got.precision == "day"
    assert calendar.day_name[d.weekday()] == weekday
    assert timedelta(0) <= anchor - d < timedelta(days=7)


@given(dates, st.sampled_from(list(calendar.day_name)))
def test_weekday_in_a_future_clause_is_the_next_such_day(anchor, weekday):
    d = date.fromisoformat(resolve(weekday, anchor, FUTURE).value)
    assert calendar.day_name[d.weekday()] == weekday
    assert timedelta(0) <= d - anchor < timedelta(days=7)


@given(dates)
def test_explicit_dates_round_trip_in_any_format(d):
    for fmt in ("%B %d, %Y", "%d %B %Y", "%A, %B %d, %Y", "%Y-%m-%d", "%b %d, %Y"):
        got = resolve(d.strftime(fmt), None)
        assert (got.value, got.precision) == (d.isoformat(), "day"), fmt


@given(dates, st.integers(min_value=1, max_value=12))
def test_bare_month_is_never_after_the_report_in_a_past_clause(anchor, month):
    got = resolve(f"in {calendar.month_name[month]}", anchor, PAST)
    assert got.precision == "month"
    y, m = map(int, got.value.split("-"))
    assert m == month and (y, m) <= (anchor.year, anchor.month) and (anchor.year - y) <= 1


@given(dates)
def test_relative_days(anchor):
    assert resolve("yesterday", anchor).value == (anchor - timedelta(days=1)).isoformat()
    assert resolve("today", anchor).value == anchor.isoformat()
    assert resolve("tomorrow", anchor, FUTURE).value == (anchor + timedelta(days=1)).isoformat()
    assert resolve("last year", anchor).value == str(anchor.year - 1).zfill(4)


@settings(deadline=None)  # the first call imports dateparser
@given(st.text(max_size=60), st.one_of(st.none(), dates), st.sampled_from([PAST, FUTURE]))
def test_any_text_resolves_or_stays_null_without_error(text, anchor, tense):
    got = resolve(text, anchor, tense)
    assert (got.value is None) == (got.precision is None)
    if got.value is not None:
        assert len(got.value) == {"year": 4, "month": 7, "day": 10}[got.precision]


@pytest.mark.parametrize(
    "text", ["two years", "aged 56", "three months", "several years", "a decade", "the next six months", "just days", "1.5 to 2 years"]
)
def test_durations_are_not_dates(text):
    assert is_duration(text)


@pytest.mark.parametrize("text", ["two weeks ago", "2006", "the following day", "the coming days", "in three days' time"])
def test_points_are_not_durations(text):
    assert not is_duration(text)
