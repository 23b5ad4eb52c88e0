"""Resolving a date expression against the report's date, at the precision it has.

Pure functions (no spaCy), so they can be tested exhaustively. The rules follow
TimeML conventions as far as the store's three precisions allow:

- "Friday", "on Friday": the nearest such day not after the report date when the
  clause is past ("said on Friday"), not before it when the clause is future
  ("will meet on Friday"); "last Friday" is strictly before, "next Friday" after.
- "July", "in July": a month, the nearest July on the clause's side of the report date.
- "June 6" without a year: that day in the year that puts it nearest the report
  date on the clause's side (a past clause never yields a date after the report).
- "yesterday", "today", "tomorrow", "tonight", "N days ago", "in N days": days.
- "June 6" without a year in a present-tense clause ("is slated for June 24"):
  the nearest such day, whichever side of the report date it falls on.
- "last week" / "this week" / "next week" / "two weeks ago": weeks are not a
  store precision, so the month holding that week's Thursday (ISO weeks), at
  month precision.
- Seasons, quarters and halves ("next summer", "the last quarter", "the fall of
  2011") are their year: the finest store precision that holds the whole period.
- "the end/beginning/middle of the month|year", "January of this year": the
  period named, at its precision.
- "last/this/next month|year", "earlier this year", "N months ago": month or year.
- "the following day", "the day before", "two days later": relative to the last
  date resolved before it in the text, else unresolved; "the week prior" and "the
  same period" (a year earlier) likewise, at the precision of what they name.
- "last February" is the February of last year (as "last Monday" on a Tuesday is the
  Monday of the week before); a weekend, like a week, is the month of its Thursday;
  fixed holidays ("last Christmas") are their day; days inside one month ("July 13
  to 17 of last year", "January 1-2") are that month.
- Anything else ("recently", "in the coming days", "the 1990s"): value None, text kept.

Explicit dates that the rules do not cover are tried with dateparser (imported
only then), taking precision from what the text actually states.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
WEEKDAYS.update({calendar.day_abbr[i].lower(): i for i in range(7)})
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": None, "few": None, "a few": None,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}

PAST, FUTURE, PRESENT = "past", "future", "present"


@dataclass(frozen=True)
class Resolved:
    value: str | None = None
    precision: str | None = None

    @property
    def resolved(self) -> bool:
        return self.value is not None


NONE = Resolved()

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2}|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4}|'\d{2})"
_LEAD = re.compile(
    r"^(?:(?:on|in|at|by|during|from|since|until|till|through|throughout|of|as of|before|after|"
    r"around|about|circa|late|early|mid|middle|end|beginning|start|the|this past|past|"
    r"earlier|later|sometime|some time|the end of|the middle of|the beginning of|"
    r"the start of|the first half of|the second half of|late in|early in)[\s-]+)+",
    re.IGNORECASE,
)
_DAY_RANGE = re.compile(_MONTH + r" (\d{1,2})(?:st|nd|rd|th)? ?(?:to|-|–|through|and) ?(\d{1,2})(?:st|nd|rd|th)?(?:,? " + _YEAR + r")?")
_DAY_TAIL = re.compile(r"\s*(?:morning|afternoon|evening|night|local time|\(.*\))\s*$", re.I)


def _ymd(d: date) -> Resolved:
    return Resolved(d.isoformat(), "day")


def _ym(y: int, m: int) -> Resolved:
    return Resolved(f"{y:04d}-{m:02d}", "month")


def _y(y: int) -> Resolved:
    return Resolved(f"{y:04d}", "year")


def _year(text: str) -> int:
    if text.startswith("'"):
        y = int(text[1:])
        return 2000 + y if y < 50 else 1900 + y
    return int(text)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def _month_of_week(anchor: date, weeks: int) -> Resolved:
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=weeks)
    thursday = monday + timedelta(days=3)
    return _ym(thursday.year, thursday.month)


def _weekday(anchor: date, wd: int, tense: str, mode: str | None) -> date:
    if mode == "last":
        back = (anchor.weekday() - wd) % 7 or 7
        return anchor - timedelta(days=back)
    if mode == "next":
        ahead = (wd - anchor.weekday()) % 7 or 7
        return anchor + timedelta(days=ahead)
    if tense == FUTURE:
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - wd) % 7)


def _month_only(anchor: date, month: int, tense: str, mode: str | None) -> Resolved:
    y = anchor.year
    if mode == "last":
        # "last February" in April: the February of last year, as "last Monday" on a
        # Tuesday is the Monday of the week before (this February is "this February").
        return _ym(y - 1, month)
    if mode == "next":
        return _ym(y if month > anchor.month else y + 1, month)
    if mode == "this":
        return _ym(y, month)
    if tense == FUTURE:
        return _ym(y if month >= anchor.month else y + 1, month)
    if tense == PRESENT:
        # "floods could last until March": the nearest March, whichever side.
        return _ym(min((y - 1, y, y + 1), key=lambda c: abs((c * 12 + month) - (y * 12 + anchor.month))), month)
    return _ym(y if month <= anchor.month else y - 1, month)


def _day_no_year(anchor: date, month: int, day: int, tense: str) -> Resolved:
    candidates = [_safe_date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    candidates = [c for c in candidates if c]
    if not candidates:
        return NONE
    if tense == FUTURE:
        side = [c for c in candidates if c >= anchor - timedelta(days=7)]
    elif tense == PRESENT:
        side = candidates
    else:
        side = [c for c in candidates if c <= anchor + timedelta(days=7)]
    best = min(side or candidates, key=lambda c: abs((c - anchor).days))
    return _ymd(best)


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


_POSSESSIVE_PART = re.compile(r"^(?:the )?(week|month|year)'s (end|close|start|beginning|middle)$", re.I)


def _clean(text: str, tail: bool = True) -> str:
    text = text.strip().strip(".,;:()").replace("’", "'")
    text = re.sub(r"\s+", " ", text)
    # "last week's protests", "by the month's end": a possessive names the same date.
    text = _POSSESSIVE_PART.sub(lambda m: f"the {m.group(2)} of the {m.group(1)}", text)
    text = re.sub(r"(?<=[A-Za-z])'s?$", "", text)
    if tail:
        text = _DAY_TAIL.sub("", text)
    return text


_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "yesterday": -1, "last night": -1,
    "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
    "the day before yesterday": -2, "tomorrow": 1, "tomorrow morning": 1,
    "tomorrow night": 1, "the day after tomorrow": 2, "overnight": 0,
}
_ANAPHORIC_DAYS = {
    "the following day": 1, "the next day": 1, "a day later": 1, "the day after": 1,
    "the previous day": -1, "the day before": -1, "the day prior": -1, "a day earlier": -1, "the same day": 0,
    "that day": 0, "the following morning": 1, "the next morning": 1,
}
_CLOCK = re.compile(
    r"^(?:at\s+)?(?:\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)|noon|midnight)"
    r"(?:\s+local time)?,?\s+(?:on\s+|of\s+)?(?P<rest>\S.*)$"
)
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
          "months": "month", "year": "year", "years": "year"}


def resolve(
    text: str,
    anchor: date | None,
    tense: str = PAST,
    reference: date | None = None,
    reference_precision: str = "day",
) -> Resolved:
    """Value and precision of a date expression, or NONE when it cannot be pinned."""
    raw = _clean(text)
    low = raw.lower()
    whole = _clean(text, tail=False).lower()
    if not low:
        return NONE
    night = re.fullmatch(r"(?:the )?night of (\w+) (?:to|into) (\w+)", low)
    if night and night.group(1) in WEEKDAYS and night.group(2) in WEEKDAYS:
        # "the night of Monday to Tuesday": the night begins on the first day.
        return resolve(night.group(1) + " night", anchor, tense, reference, reference_precision)
    year_of = re.fullmatch(r"(.*\S),? of (last|this|next) year", low)
    if year_of and anchor is not None and any(w in MONTHS for w in re.findall(r"[a-z]+", year_of.group(1))):
        # "July 13 to 17 of last year": the year named relative to the report.
        return resolve(f"{year_of.group(1)} {anchor.year + _STEP[year_of.group(2)]}", anchor, tense, reference, reference_precision)
    days = _DAY_RANGE.fullmatch(low)
    if days and int(days.group(2)) < int(days.group(3)) <= 31:
        # "January 1-2", "July 13 to 17, 2018": days inside one month are that month.
        month = MONTHS[days.group("month")]
        if days.group("year"):
            return _ym(_year(days.group("year")), month)
        return _month_only(anchor, month, tense, None) if anchor is not None else NONE
    same = re.fullmatch(
        r"(?:the|that) same (period|time|quarter|month|day)(?: of)? (?:a year earlier|a year ago|a year before|last year"
        r"|the (?:previous|last|prior|preceding) year|the year before)", low
    )
    if same and (reference is not None or anchor is not None):
        # "the same period a year earlier": the period just named (else the report's), one year back.
        if reference is None:
            reference, reference_precision = anchor, "year"
        precision = reference_precision if same.group(1) in ("period", "time", "day", "month") else "year"
        if same.group(1) == "month" and precision == "day":
            precision = "month"
        back = _safe_date(reference.year - 1, reference.month, reference.day) or date(reference.year - 1, reference.month, 28)
        return _shift(back, 0, precision or "year")  # the period at its precision (day, month, else year)
    if reference is not None and re.fullmatch(r"(?:the|that) same period", low):
        # "revenue in the same period": the period just named, at its precision.
        return _shift(reference, 0, reference_precision or "year")
    prior = re.fullmatch(r"the (week|month|year) (prior|before|earlier|after|later)", low)
    if prior:
        rank = {"day": 0, "week": 0, "month": 1, "year": 2}
        if reference is None or rank[prior.group(1)] < rank[reference_precision or "day"]:
            return NONE
        return _shift(reference, 1 if prior.group(2) in ("after", "later") else -1, prior.group(1))
    clock = _CLOCK.match(low)
    if clock and clock.group("rest"):
        # "2.37pm today", "3:15 p.m. on Monday": the time of day does not move the date.
        return resolve(clock.group("rest"), anchor, tense, reference, reference_precision)

    # Relative to the report date.
    if anchor is not None and whole in _RELATIVE_DAYS:
        return _ymd(anchor + timedelta(days=_RELATIVE_DAYS[whole]))
    m2 = re.fullmatch(r"(?:the|that) (following|next|previous|preceding|same|month|year)(?: (month|year))?", low)
    if m2 and m2.group(2) is None and m2.group(1) in ("month", "year"):
        m2 = re.fullmatch(r"(?:that) ()(month|year)", low)  # "that month": the one talked about
    if m2 and reference is not None and reference_precision in ("day", "month", "year"):
        rank = {"day": 0, "month": 1, "year": 2}
        if rank[m2.group(2)] >= rank[reference_precision]:
            sign = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0, "": 0}[m2.group(1)]
            return _shift(reference, sign, m2.group(2))
    if anchor is not None:
        stripped = _LEAD.sub("", low).strip() if not low.startswith(("the day", "the following", "the next", "the previous", "the same")) else low
        for phrase in (low, stripped):
            if phrase in _RELATIVE_DAYS:
                return _ymd(anchor + timedelta(days=_RELATIVE_DAYS[phrase]))
        found = _relative(low, anchor, tense)
        if found is not None:
            return found
    for phrase, days in _ANAPHORIC_DAYS.items():
        if low == phrase or low.endswith(" " + phrase) or low.startswith(phrase):
            if reference is None or reference_precision != "day":
                return NONE
            return _ymd(reference + timedelta(days=days))
    m = re.fullmatch(r"(?:(\w+) )?(days?|weeks?|months?|years?) (later|earlier|afterwards|before|after)", low)
    m2 = re.fullmatch(r"the (following|next|previous|preceding|same) (month|year)", low)
    if m or m2:
        if m:
            n, unit = _count(m.group(1) or "one"), _UNITS[m.group(2)]
            sign = 1 if m.group(3) in ("later", "afterwards", "after") else -1
        else:
            n, unit = 1, m2.group(2)
            sign = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}[m2.group(1)]
        rank = {"day": 0, "week": 0, "month": 1, "year": 2}
        if reference is None or n is None or rank[unit] < rank[reference_precision or "day"]:
            return NONE
        if unit == "week" and reference_precision == "day":
            return _ymd(reference + timedelta(weeks=n * sign))  # "one week later" than a day is a day
        return _shift(reference, n * sign, unit)

    found = _absolute(low, anchor, tense)
    if found is not None:
        return found
    if "," in low and anchor is not None:
        # "next Wednesday, July 31": the explicit part decides.
        tail = low.rsplit(",", 1)[1].strip()
        if re.search(r"\d", tail) and any(w in MONTHS for w in re.findall(r"[a-z]+", tail)):
            found = _absolute(tail, anchor, tense) or _relative(tail, anchor, tense)
            if found is not None:
                return found
    if anchor is not None and not re.search(r"\d", low) and not any(w in MONTHS for w in re.findall(r"[a-z]+", low)):
        # "shortly before midnight Wednesday night": the one day the time words name.
        days = [w for w in re.findall(r"[a-z]+", low) if w in WEEKDAYS and len(w) > 3]
        if len(days) == 1 and len(low.split()) <= 7:
            mode = "last" if re.search(r"\blast\b", low) else "next" if re.search(r"\bnext\b", low) else None
            return _ymd(_weekday(anchor, WEEKDAYS[days[0]], tense, mode))
    if re.search(r"\d", low) or any(w in MONTHS for w in re.findall(r"[a-z]+", low)):
        return _with_dateparser(raw, low, anchor)
    return NONE


def _shift(base: date, n: int, unit: str) -> Resolved:
    if unit == "day":
        return _ymd(base + timedelta(days=n))
    if unit == "week":
        return _month_of_week(base, n)
    if unit == "month":
        y, m = _add_months(base.year, base.month, n)
        return _ym(y, m)
    return _y(base.year + n)


def _weekend(anchor: date, step: int, tense: str) -> Resolved:
    """A weekend is two days of a week, so, as weeks are, the month holding its
    week's Thursday: the one ahead for a future clause or "next", else the last."""
    saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
    if step < 0 or (step == 0 and tense == PAST and saturday > anchor):
        saturday -= timedelta(days=7)
    elif step > 0 and saturday <= anchor:
        saturday += timedelta(days=7)
    return _month_of_week(saturday, 0)


# Holidays on a fixed day of the year.
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1), "halloween": (10, 31),
    "valentine's day": (2, 14), "st. valentine's day": (2, 14), "new years day": (1, 1), "new years eve": (12, 31),
}


def _holiday(low: str, anchor: date, tense: str) -> Resolved | None:
    m = re.fullmatch(r"(?:(last|this|this past|next|this coming) )?(.+)", low)
    if not m or m.group(2) not in HOLIDAYS:
        return None
    month, day = HOLIDAYS[m.group(2)]
    mode = {"last": "last", "this past": "last", "next": "next", "this coming": "next"}.get(m.group(1) or "")
    candidates = [date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if mode == "last" or (mode is None and tense == PAST):
        return _ymd(max(c for c in candidates if c <= anchor))
    if mode == "next" or (mode is None and tense == FUTURE):
        return _ymd(min(c for c in candidates if c >= anchor))
    return _ymd(min(candidates, key=lambda c: abs((c - anchor).days)))


def _relative(low: str, anchor: date, tense: str) -> Resolved | None:
    m = re.fullmatch(
        r"(?:(?:on|by|until|since|from|before|after) )?(?:(?:early|late) )?(?:(last|this|next|this past|this coming|past|coming) )?"
        + _WEEKDAY
        + r"(?: (?:morning|afternoon|evening|night))?(?: (?:last|next) week)?",
        low,
    )
    if m:
        mode = {"last": "last", "this past": "last", "past": "last", "next": "next",
                "this coming": "next", "coming": "next", "this": None}.get(m.group(1) or "", None)
        if low.endswith("last week"):
            mode = "last"
        if low.endswith("next week"):
            mode = "next"
        if m.group(1) == "this":
            tense = FUTURE if tense == FUTURE else tense
        return _ymd(_weekday(anchor, WEEKDAYS[m.group("weekday")], tense, mode))

    core = _LEAD.sub("", low).strip()
    found = _holiday(low, anchor, tense) or _holiday(core, anchor, tense)
    if found is not None:
        return found
    if core == "weekend" and low.startswith(("the ", "over the ", "during the ")):
        return _weekend(anchor, 0, tense)  # "flooded over the weekend"
    m = re.fullmatch(r"(last|this|next|the past|the previous|the coming|the current|the same) (week|month|year|weekend)", core)
    if not m:
        m = re.fullmatch(r"(last|this|next|past|previous|coming|current|same) (week|month|year|weekend)", core)
    if m:
        which = m.group(1).replace("the ", "")
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "same": 0,
                "next": 1, "coming": 1}[which]
        unit = m.group(2)
        if unit == "week":
            return _month_of_week(anchor, step)
        if unit == "weekend":
            return _weekend(anchor, step, tense)
        if unit == "month":
            y, mo = _add_months(anchor.year, anchor.month, step)
            return _ym(y, mo)
        return _y(anchor.year + step)
    if re.fullmatch(r"(?:earlier|later) (?:this|in the) (year|month)", low) or re.fullmatch(
        r"(?:earlier|later) this (year|month)", core
    ):
        return _y(anchor.year) if "year" in low else _ym(anchor.year, anchor.month)
    if re.fullmatch(r"(?:earlier|later) this week", low):
        return _month_of_week(anchor, 0)

    m = re.fullmatch(
        r"(?:about |some |nearly |almost |more than |over |less than |under |just |only |roughly |around |barely |"
        r"just over |just under |a little over |a little more than )?(\w+|a few) (days?|weeks?|months?|years?) ago",
        core,
    )
    if m:
        n = _count(m.group(1))
        if n is None:
            return NONE
        return _shift(anchor, -n, _UNITS[m.group(2)])
    m = re.fullmatch(r"(?:in|within) (\w+) (days?|weeks?|months?|years?)(?: time)?", low)
    if m and _count(m.group(1)) is not None:
        return _shift(anchor, _count(m.group(1)), _UNITS[m.group(2)])

    found = _period_part(low, anchor, tense)
    if found is not None:
        return found

    # A month or a day of a month with no year.
    m = re.fullmatch(r"(?:(last|this|next) )?" + _MONTH, core)
    if m:
        return _month_only(anchor, MONTHS[m.group("month")], tense, m.group(1))
    m = re.fullmatch(r"(?:" + _WEEKDAY + r",? )?" + _MONTH + r" " + _DAY, core) or re.fullmatch(
        r"(?:" + _WEEKDAY + r",? )?(?:the )?" + _DAY + r"(?: of)? " + _MONTH, core
    )
    if m:
        day = _day_number(m.group("day"))
        return _day_no_year(anchor, MONTHS[m.group("month")], day, tense) if day else NONE
    return None


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_STEP = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0, "same": 0,
         "next": 1, "coming": 1, "following": 1}


def _period_part(low: str, anchor: date, tense: str) -> Resolved | None:
    """Parts and seasons of relative periods: "the end of the month", "next summer",
    "the last financial quarter", "January of this year"."""
    m = re.fullmatch(
        r"(?:the )?(?:very )?(?:end|beginning|start|middle|rest|remainder|close|first half|second half|"
        r"first part|latter part|early part)\s+of\s+(?:(the|this|last|next|the current|the coming|the past) )?"
        r"(week|month|year)",
        low,
    )
    if m:
        step = _STEP.get((m.group(1) or "this").replace("the ", "").replace("the", "this"), 0)
        if m.group(2) == "week":
            if re.match(r"(?:the )?(?:rest|remainder)", low):
                return NONE  # "the rest of the week": a stretch of time
            return _month_of_week(anchor, step)  # "the end of the week": that week, as "this week"
        if m.group(2) == "month":
            y, mo = _add_months(anchor.year, anchor.month, step)
            return _ym(y, mo)
        return _y(anchor.year + step)
    m = re.fullmatch(_MONTH + r",? (?:of )?(?P<which>this|last|next) year", low)
    if m:
        return _ym(anchor.year + _STEP[m.group("which")], MONTHS[m.group("month")])
    if re.fullmatch(r"the (?:spring|summer|autumn|fall)", low):
        return _y(anchor.year)  # "before the summer": this year's
    m = re.fullmatch(
        r"(?:the )?(?:(?:early|late|mid|middle of|end of|beginning of)[\s-]+)?(?:the )?"
        r"(last|this|next|past|previous|coming|current|following)? ?(spring|summer|autumn|fall|winter)",
        low,
    )
    if m and m.group(1):
        start = _SEASONS[m.group(2)]
        step = _STEP[m.group(1)]
        if step < 0:
            return _y(anchor.year if start < anchor.month else anchor.year - 1)
        if step > 0:
            return _y(anchor.year if start > anchor.month else anchor.year + 1)
        return _y(anchor.year)
    m = re.fullmatch(
        r"(?:the )?(?:end of the |beginning of the |start of the )?(last|this|next|past|previous|coming|current|same|following) "
        r"(?:(?:financial|fiscal|calendar) )?(quarter|half)",
        low,
    )
    if m:
        months = 3 if m.group(2) == "quarter" else 6
        y, _mo = _add_months(anchor.year, anchor.month, _STEP[m.group(1)] * months)
        return _y(y)
    return None


def _day_number(text: str) -> int | None:
    text = re.sub(r"(?<=\d)(st|nd|rd|th)$", "", text)
    if text.isdigit():
        return int(text)
    return ORDINALS.get(text)


def _absolute(low: str, anchor: date | None, tense: str) -> Resolved | None:
    core = _LEAD.sub("", low).strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", core)
    if m:
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return _ymd(d) if d else NONE
    m = re.fullmatch(r"(\d{4})-(\d{2})", core)
    if m and 1 <= int(m.group(2)) <= 12:
        return _ym(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(
        r"(?:" + _WEEKDAY + r",? )?" + _MONTH + r" " + _DAY + r",? " + _YEAR, core
    ) or re.fullmatch(
        r"(?:" + _WEEKDAY + r",? )?(?:the )?" + _DAY + r"(?: of)? " + _MONTH + r",? " + _YEAR, core
    )
    if m:
        day = _day_number(m.group("day"))
        d = _safe_date(_year(m.group("year")), MONTHS[m.group("month")], day) if day else None
        return _ymd(d) if d else NONE
    m = re.fullmatch(_MONTH + r",?(?: of)? " + _YEAR, core)
    if m:
        return _ym(_year(m.group("year")), MONTHS[m.group("month")])
    m = re.fullmatch(
        r"(?:(?:the )?(?:spring|summer|autumn|fall|winter|first half|second half|"
        r"(?:first|second|third|fourth|1st|2nd|3rd|4th|last) quarter|q[1-4])(?: of)? )?"
        r"(?:the year |fiscal |fiscal year |fy ?)?(\d{4})",
        core,
    )
    if m and 1000 <= int(m.group(1)) <= 2999:
        return _y(int(m.group(1)))
    m = re.fullmatch(r"(?:the )?(\d{4})s|(?:the )?'?\d0s", core)
    if m:
        return NONE
    return None


_NOT_FOR_DATEPARSER = re.compile(
    r"\d+(?:\.\d+){2,}"  # a version, "1.1.1"
    r"|\d{4}\s*[-–/]\s*\d{2,4}"  # a range of years, "1955-2011"
    r"|(?:the )?(?:early |mid |late |mid-)?'?\d{1,3}0'?s"  # a decade, "the late 1980's"
)


def _with_dateparser(raw: str, low: str, anchor: date | None) -> Resolved:
    """Explicit dates in formats the rules above do not spell out."""
    if not re.search(r"\d", low) or _NOT_FOR_DATEPARSER.search(low):
        return NONE  # also spares loading dateparser (about a second) in most workers
    try:
        import dateparser
    except ImportError:  # pragma: no cover - a declared dependency
        return NONE
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"],
                "PARSERS": ["absolute-time"], "DATE_ORDER": "MDY"}
    try:
        parsed = dateparser.parse(raw, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return NONE
    if parsed is None:
        return NONE
    has_month = any(w in MONTHS for w in re.findall(r"[a-z]+", low)) or re.search(
        r"\d{1,4}[/.-]\d{1,2}", low
    )
    has_day = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", low))) and has_month
    if has_day:
        return _ymd(parsed.date())
    if has_month:
        return _ym(parsed.year, parsed.month)
    return _y(parsed.year)


_DURATION = re.compile(
    r"^(?:for |over |during |within |about |nearly |almost |more than |less than |up to |"
    r"at least |least |some |the |another |an additional |a further |the past |the last |the next |"
    r"the first |the previous )*"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|a few|few|several|many|a couple of|couple of|some|\d+ or \d+)"
    r"(?:-| )(?:\w+ )?(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries|century)"
    r"(?: old| long| later| earlier| ago| time| from now)?$",
    re.IGNORECASE,
)


def is_duration(text: str) -> bool:
    """A span of time or an age rather than a point on the calendar."""
    low = _clean(text).lower()
    if re.fullmatch(
        r"(?:just |only |mere |a mere |a few |few |several |many |some |the )?(?:days|weeks|months|years|decades|centuries)",
        low,
    ):
        return True
    if re.fullmatch(r"(?:for |over |within |about |up to )?\d+(?:\.\d+)? ?(?:to|-|–|or) ?\d+(?:\.\d+)? (?:days|weeks|months|years|hours)", low):
        return True
    if re.fullmatch(r"(?:within |over |during |in )?(?:the )?(?:next|coming|following|past|last|previous) "
                    r"(?:\d+|\w+) (?:days|weeks|months|years|decades)", low) and not re.search(r"\b(?:few|several|many)\b", low):
        return True
    if re.search(r"\b(ago|later|earlier|from now|time)$", low):
        return False
    if low.startswith(("in ", "within ")) and re.search(r"\b(days?|weeks?|months?|years?) time$", low):
        return False
    if re.fullmatch(r"(?:aged? )?\d{1,3}(?: years? old)?", low):
        return True
    if re.fullmatch(r"(?:the )?(?:past|last|previous|next|coming|following) (?:few |several |\w+ )?(?:days|weeks|months|years|decades)", low):
        return low.startswith(("the past", "the last", "past", "last"))
    return bool(_DURATION.match(low))
