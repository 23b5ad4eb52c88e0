"""Date expressions in a parsed report, each resolved against the report date.

Candidates are spaCy's DATE (and day-naming TIME) entities plus weekday names
and day anaphora ("the following day") that the NER misses. Durations and ages
("two years", "aged 56") are not dates and are dropped, and so are bare "the
day" / "the week", seasons and holidays that only modify a noun ("summer
vacation") and the first half of hyphenated adjectives ("decades-long").
Adjacent pieces the NER splits are joined ("Friday" + "morning"); a span the
NER runs on past a comma into a duration is cut ("June 17, two days").

What the NER calls DATE but puts nothing on a calendar is dropped too: numbers,
fractions and ratios ("two and a half", "1224 on 454"), plural units with no count
("the hottest days", "decades later"), sets ("every day"), and a part of a day no
day is named for ("during the morning rush hour").

The text's own story moves the anchor where a reader's would: a month without a
year after an earlier year's full date in the same sentence is in that time; a
month named again in a paragraph is the month it named; "the following day" with
no day told in its paragraph, after a background date, follows the story's day.

Tense comes from the clause: a future or planned clause ("will meet on
Friday", "scheduled for July") resolves forward, a past one ("said on Friday")
backward, and a present one ("is slated for June 24") or a modal one ("could last
until March", "would start on May 15") to the nearest day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefing_tui.extract.dates import FUTURE, MONTHS, PAST, PRESENT, WEEKDAYS, Resolved, is_duration, resolve
from briefing_tui.extract.lexicon import PLANNING_LEMMAS
from briefing_tui.extract.nlp import named_entities, text_of, tokens

# Alternations of the calendar's words for the patterns below.
_MONTH_NAMES = "|".join(calendar.month_name[1:])  # "January|February|..."
_MONTHS_OR_WEEKDAYS = "|".join(sorted(MONTHS, key=len, reverse=True)) + "|" + "|".join(WEEKDAYS)  # forms, longest first

_EXTRA = re.compile(
    r"\b(?:(?:last|next|this|on|this past|this coming) )?(?:"
    + "|".join(name.capitalize() for name in WEEKDAYS if len(name) > 3)
    + r")\b|\b[Tt]he (?:following|next|previous) (?:day|morning)\b|\b[Tt]he day (?:before|after)\b"
    r"|\b(?:[Tt]hat|[Tt]he same) (?:day|month|year)\b|\b[Tt]he (?:day|week|month|year) (?:prior|before|earlier)\b"
    r"|\b[Tt]he same (?:period|quarter)(?: of the (?:last|previous|prior) year| (?:a year (?:earlier|ago|before)|last year))?\b"
    r"|\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ll]ast|[Tt]his) (?:" + _MONTH_NAMES + r")\b(?! \d)"
)
_TIME_WORDS = re.compile(r"\b(today|tonight|yesterday|tomorrow|morning|evening|night|afternoon)\b", re.I)
_FUTURE_TEXT = re.compile(r"\b(coming|next|upcoming|later this|tomorrow|from now)\b", re.I)
_BARE_UNIT = re.compile(r"^(?:the|a) (?:day|week|month|year|time)$", re.I)
_GENERIC = re.compile(r"^(?:spring|summer|autumn|fall|winter|christmas|easter|new year|holiday|weekend)s?$", re.I)
_NOT_A_DATE = re.compile(
    r"^(?:the )?(?:daily|weekly|monthly|annual|yearly|quarterly|annually|each year|every \w+)$"
    r"|^(?:under )?(?:age|aged?)\b|\bage of\b|\baged\b|\byears? old\b|\w[- ](?:year|month|week|day)s?[- ]old\b",
    re.I,
)
_CLOCK_ZONES = frozenset("utc gmt cet cest est edt pst pdt bst ist jst msk hrs hours".split())
_UNIT_WORDS = frozenset("year month week weekend day morning afternoon evening night".split())


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    tok_start: int
    tok_end: int
    resolved: Resolved
    future: bool


def clause_is_future(tok) -> bool:
    """Whether the clause governing `tok` speaks of what is planned or to come.

    Future: a will/shall auxiliary, or an infinitive under a planning word
    ("plans to establish", "scheduled to be held", "is to visit", "expected to").
    """
    node = tok
    for _ in range(8):
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in ("will", "shall", "'ll", "wo", "’ll"):
                return True
        head = node.head
        if head is node:
            return False
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if infinitive and node.dep_ in ("xcomp", "acl", "advcl", "ccomp"):
            if head.lemma_.lower() in PLANNING_LEMMAS:
                return True
            if head.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr") for c in head.children):
                return True  # "is to visit"; "was able to emerge" is no plan

        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis", "conj"):
            return False
        node = head
    return False


def clause_tense(tok) -> str:
    """FUTURE, PAST or PRESENT for the clause governing `tok` (PAST when unsure)."""
    if clause_is_future(tok):
        return FUTURE
    node = tok
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod", "compound"):
            auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
            if any(c.lemma_ == "have" for c in auxes):
                return PAST  # "has been missing since March"
            if any(c.lower_ in _MODALS for c in auxes):
                # "floods could remain until March", "patrols would start on May 15":
                # what may (or was said to) happen, on either side of the report.
                return PRESENT
            tags = {node.tag_} | {c.tag_ for c in auxes}
            if tags & {"VBD"} or (node.tag_ == "VBN" and any(c.lower_ in ("had", "has", "have") for c in node.children)):
                return PAST
            if tags & {"VBZ", "VBP"}:
                return PRESENT
            if node.tag_ == "VBN" and node.dep_ in ("acl", "relcl"):
                return PAST  # "figures released April 3"
            if node.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "parataxis", "conj", "xcomp"):
                return PAST
        if node.head is node:
            break
        node = node.head
    return PAST


_CLOCK_WORDS = frozenset("a.m. p.m. am pm a.m p.m noon midnight local time at : .".split())
_MODALS = frozenset("could may might can must should would".split())
_MONTH_WORDS = frozenset(m for m in MONTHS)
_CLOCK_ONLY = re.compile(r"(?i)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?")
_DECADE_AGE = re.compile(r"(?i)(?:early |mid |late |mid-)?\d0'?s")
_OWNERS = frozenset("their his her my our your its".split())
_NUMBERED_NAME = re.compile(r"([A-Z][a-z]+) \d{1,3}")
_DAY_NAMED = re.compile(
    r"(?i)^(?:(?:next|this|this coming) )?(?:" + "|".join(name for name in WEEKDAYS if len(name) > 3) + r")\b"
    r"|^(?:" + "|".join(name for name in MONTHS if len(name) > 3) + r") \d{1,2}(?:st|nd|rd|th)?$"
)
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
_BEFORE_YEAR = frozenset("the a in of since until till from by to and between through its their his her our".split())
_RANGE = re.compile(r"^(?:between |from )?(?P<a>.+?) (?:and|to|until|through) (?P<b>.+)$", re.I)
_YEAR_IN_TEXT = re.compile(r"(?<![\w.,])(?:1[5-9]|20)\d\d(?![\w.,]\d)")


def _spans(doc, anchor: date | None = None) -> list[tuple[int, int]]:
    toks = tokens(doc)  # doc[i] makes a new Token each time
    spans: list[tuple[int, int]] = []
    for ent in named_entities(doc):
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and _TIME_WORDS.search(ent.text)):
            spans.append((ent.start, ent.end))
    covered = {i for a, b in spans for i in range(a, b)}
    for hit in _YEAR_IN_TEXT.finditer(text_of(doc)):
        # "the 1967 Arab-Israeli War": a year inside a name or modifying a noun, missed as a date.
        span = doc.char_span(hit.start(), hit.end())
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        if tok.i not in covered and _YEAR.match(tok.text) and tok.i > 0 and toks[tok.i - 1].lower_ in _BEFORE_YEAR and (
            tok.i + 1 >= len(doc) or toks[tok.i + 1].tag_ != "NNS" or toks[tok.i - 1].tag_ == "PRP$"
        ) and (tok.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT") or (
            # "Its 2023 sales projection": a year near the report's, owned, is a year
            tok.ent_type_ == "CARDINAL" and toks[tok.i - 1].tag_ == "PRP$" and anchor is not None
            and abs(int(tok.text) - anchor.year) <= 10
        )):
            spans.append((tok.i, tok.i + 1))
            covered.add(tok.i)
    for m in _EXTRA.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or (span.end < len(doc) and toks[span.end].tag_ in ("VBG", "VB")):
            continue  # "available the day after airing": after each airing, no day of its own
        inside = [(x, y) for x, y in spans if span.start <= x and y <= span.end]
        if any(i in covered for i in range(span.start, span.end)):
            if not inside or any(x < span.start < y or x < span.end < y for x, y in spans):
                continue
            # "the day before the blast": the NER's "the day" is part of the phrase.
            spans = [sp for sp in spans if sp not in inside]
        spans.append((span.start, span.end))
        covered.update(range(span.start, span.end))
    spans.sort()
    # Join pieces the NER split: "Friday" + "morning", "June 9" + ", 2008".
    joined: list[tuple[int, int]] = []
    for a, b in spans:
        if joined and joined[-1][1] == a and not toks[a].is_sent_start:
            joined[-1] = (joined[-1][0], b)
        elif joined and joined[-1][1] == a - 1 and toks[a - 1].lower_ in ("to", "into") and b == a + 1 and (
            toks[a].lower_ in WEEKDAYS and toks[a - 2].lower_ in WEEKDAYS
        ) and "night of" in doc[max(0, joined[-1][0] - 3) : joined[-1][1]].text.lower():
            # "the night of Monday to Tuesday": one night, of the first day
            start = joined[-1][0]
            if "night of" not in doc[start : joined[-1][1]].text.lower():
                start = max(0, start - 3)
            joined[-1] = (start, b)
        else:
            joined.append((a, b))
    out = []
    for a, b in joined:
        # "June 17, two days before": cut at a comma that starts a duration.
        for i in range(a, b):
            if toks[i].text == "," and i + 1 < b and is_duration(doc[i + 1 : b].text):
                b = i
                break
        out.append((a, b))
    return out


_CALENDAR_WORD = re.compile(
    r"(?i)\b(?:" + _MONTHS_OR_WEEKDAYS +
    r"|today|tonight|yesterday|tomorrow|overnight|days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)"
    r"|spring|summer|autumn|fall|winter|seasons?|quarters?|half|christmas|easter|eve|noon|midnight"
    r"|morning|afternoon|evening|night|ago|period|fy|q[1-4]|holidays?|date"
    r"|thanksgiving|ramadan|eid|diwali|hanukkah|passover|lent|advent|halloween|hogmanay|nowruz|yom kippur"
    r"|rosh hashanah|carnival|new year)\b"
    r"|(?<![\d,.])\d{4}(?![\d,.]\d)|'\d\d\b|\d0'?s\b|(?<![\d,.])\d{1,2}/\d{1,2}(?![\d,.]?\d)"
)
_COUNTED = re.compile(
    r"(?i)\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|couple"
    r"|coming|next|past|recent|previous|following|ago)\b"
)
_DAY_PART = re.compile(r"(?i)\b(?:morning|afternoon|evening|night)\b")
_DAY_PART_ANCHOR = re.compile(
    r"(?i)\d|\b(?:" + _MONTHS_OR_WEEKDAYS +
    r"|today|tonight|yesterday|tomorrow|this|last|next|that|following|previous|same|day)\b"
)
_FRACTION = re.compile(r"(?i)^(?:a|one|three|two) (?:quarter|half|third)s?$|\band a (?:half|quarter)\b")


def _not_calendar(doc, a: int, b: int, text: str) -> bool:
    """Spans the NER calls DATE that put nothing on a calendar: numbers and fractions
    ("two and a half", "fourteen to 31", "13,123.4", "the 25th"), plural units with no
    count ("the hottest days", "decades later"), recurring or counted years ("each day",
    "the second consecutive year"), a part of a day no day is named for ("during the
    morning rush hour") and a ratio of counts ("1224 on 454")."""
    toks = tokens(doc)
    if not _CALENDAR_WORD.search(text) or _FRACTION.search(text):
        return True
    words = re.findall(r"[a-z]+", text.lower())
    if any(w in ("days", "weeks", "months", "years", "decades") for w in words) and (
        not _COUNTED.search(text) or words[0] in ("these", "those")
    ):
        return True
    if re.search(r"(?i)\b(?:consecutive|straight|running|each|every)\b", text):
        return True
    if _DAY_PART.search(text) and not _DAY_PART_ANCHOR.search(text):
        return True
    if re.fullmatch(r"\d{4}", text) and (
        b + 1 < len(doc) and toks[b].lower_ in ("on", "of", "out") and toks[b + 1].like_num or toks[a].dep_ == "dobj"
    ):
        return True  # "1224 on 454", "the jail held 1180": counts
    if re.fullmatch(r"(?i)the (?!(?:last|next|following|previous|this|current|same|new|coming)\b)\w+ season", text):
        return True  # "the Christmas season", "the rainy season": a recurring time
    return False


_BARE_MONTH = re.compile(
    r"(?i)(?:(?:in|early|late|mid|mid-) )?(?:" + _MONTH_NAMES + r")(?: \d{1,2}(?:st|nd|rd|th)?)?"
)
_ANAPHORIC_DAY = re.compile(r"(?i)(?:the|that) (?:same|following|next|previous) day\b|(?:the|that) day (?:before|after|prior)\b|that day$")
_PERIOD_PART = frozenset("end close start beginning middle".split())


def _trim(doc, a: int, b: int) -> tuple[int, int]:
    """Cut words the NER ran on into that name no time: "this month's [previous two]
    riots", "the 2023 [hurricane season]"."""
    toks = tokens(doc)
    for i in range(a + 1, b):
        if toks[i].tag_ == "POS":
            rest = doc[i + 1 : b].text
            if rest and not _CALENDAR_WORD.search(rest) and not any(t.lower_ in _PERIOD_PART for t in toks[i + 1 : b]):
                return a, i
    first = a + 1 if toks[a].lower_ == "the" else a
    if first + 1 < b and _YEAR.match(toks[first].text) and all(
        t.pos_ in ("NOUN", "ADJ") and not _CALENDAR_WORD.search(t.text) or t.lower_ == "season" for t in toks[first + 1 : b]
    ):
        return first, first + 1
    return a, b


_SPEECH_SHIFT = re.compile(
    r"(?i)\b(?:(?P<today>today|tonight|this (?:morning|afternoon|evening))"
    r"|(?P<before>yesterday|last night)|(?P<after>tomorrow))(?: morning| afternoon| evening| night)?$"
)


def _speech_shift(text: str) -> int | None:
    """Days from the time of speaking that a quoted "today", "yesterday" or
    "tomorrow" names, or None for anything else."""
    m = _SPEECH_SHIFT.search(text.strip())
    if not m:
        return None
    return 0 if m.group("today") else -1 if m.group("before") else 1


def _sent_start(toks, i: int) -> int:
    """Where the sentence holding token i starts (Token.sent walks the whole document)."""
    while i > 0 and not toks[i].is_sent_start:
        i -= 1
    return i


def _month_named(text: str) -> str | None:
    """The month a month-precision expression names by name ("last February" -> february)."""
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _MONTH_WORDS and len(word) > 3 or word == "may":
            return calendar.month_name[MONTHS[word]].lower()
    return None


def _first_day(value: str) -> date:
    """The first day of a resolved value ('2019', '2019-07', '2019-07-04')."""
    parts = [int(x) for x in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _alone_on_line(full: str, start: int, end: int) -> bool:
    """A dateline: the date is all its line holds ("Friday, January 4, 2019")."""
    before = full.rfind("\n", 0, start)
    after = full.find("\n", end)
    return not full[before + 1 : start].strip(" ,.") and not full[end : after if after >= 0 else len(full)].strip(" ,.")


def find_dates(doc, anchor: date | None) -> list[DateMention]:
    from briefing_tui.extract.claims import quote_spans  # one notion of a quotation

    toks = tokens(doc)
    out: list[DateMention] = []
    reference: date | None = None
    reference_precision = "day"
    ref_end = 0
    months_told: dict[str, tuple[Resolved, int]] = {}  # a month's name -> the month it last named, and where
    main_day: date | None = None
    text = full = text_of(doc)
    quotes = quote_spans(text) if re.search(r"(?i)\b(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow)\b", text) else []
    told_day: date | None = None  # the last day the narrative names, in the week before the report
    story: tuple[date, int] | None = None  # the last date of an earlier year the text gave, and where
    for a, b in _spans(doc, anchor):
        while a < b and (toks[a].is_punct or toks[a].lower_ in ("on", "in", "at", "by")):
            a += 1
        if a + 1 < b and toks[a].lower_ in _OWNERS | {"a", "an", "the"} and toks[a + 1].lower_ in _MONTH_WORDS:
            a += 1  # "a January statement": the month is the date
        while b > a and (toks[b - 1].is_punct or toks[b - 1].is_space) and toks[b - 1].text not in (")",):
            b -= 1
        if a >= b:
            continue
        if toks[a].lower_ in _UNIT_WORDS and a > 0 and toks[a - 1].lower_ in ("this", "last", "next", "that", "previous", "following"):
            a -= 1  # "this year's": the NER left the determiner out
            if a > 0 and toks[a].lower_ in ("previous", "following") and toks[a - 1].lower_ == "the":
                a -= 1
        after = b
        while after < len(doc) and toks[after].is_space:
            after += 1  # "1430\u00a0UTC": a no-break space is a token of its own
        if after < len(doc) and toks[after].lower_ in _CLOCK_ZONES and doc[a:b].text.isdigit():
            continue  # "2100 UTC": a clock time, not a year
        if re.fullmatch(r"\d{4}", doc[a:b].text) and a > 0 and toks[a - 1].pos_ in ("NOUN", "PROPN") and toks[a - 1].lower_ not in _MONTH_WORDS:
            continue  # "resolution 2259", "Flight 2100": a number that names a thing
        if a > 0 and toks[a - 1].lower_ in ("over", "for", "within") and re.fullmatch(
            r"(?i)the (?:next|past|last|coming|following) (?:week|month|year)", doc[a:b].text
        ):
            continue  # "over the next month": a stretch of time, not a date
        a, b = _trim(doc, a, b)
        span = doc[a:b]
        text = span.text
        if is_duration(text) or _NOT_A_DATE.search(text) or not re.search(r"[A-Za-z0-9]", text):
            continue
        if _not_calendar(doc, a, b, text):
            continue
        if re.fullmatch(r"\d{1,3}", text) or _BARE_UNIT.match(text):
            continue  # bare small numbers are ages or counts; "the day" alone is no date
        if b < len(doc) - 1 and toks[b].text in ("-", "–") and toks[b + 1].lower_ in ("long", "old", "year", "day", "week", "month"):
            continue  # "decades-long", "two-year"
        if _GENERIC.match(text) and span.root.dep_ in ("compound", "amod", "nmod"):
            continue  # "summer vacation", "Christmas sales"
        if re.fullmatch(r"(?:early |late )?(?:morning|afternoon|evening|night)", text, re.I) and span.root.dep_ in ("compound", "amod", "nmod"):
            continue  # "an early morning raid"
        if text.lower() == "today" and a > 0 and toks[a - 1].tag_ == "POS":
            continue  # "Radio 4's Today": a name
        if re.fullmatch(r"\d{4}", text) and b < len(doc) and toks[b].tag_ == "NNS" and not (
            a > 0 and (toks[a - 1].lower_ in _BEFORE_YEAR or toks[a - 1].tag_ in ("DT", "PRP$", "IN"))
        ):
            continue  # "1018 people were arrested": a count, not "from 1990 levels", "its 2023 sales"
        if _CLOCK_ONLY.fullmatch(text):
            continue  # "at 6:17": a time of a day the text names elsewhere, if at all
        if _DECADE_AGE.fullmatch(text) and a > 0 and toks[a - 1].lower_ in _OWNERS:
            continue  # "men in their 50s": an age
        named = _NUMBERED_NAME.fullmatch(text)
        if named and named.group(1).lower() not in _MONTH_WORDS and named.group(1).lower() not in WEEKDAYS:
            continue  # "Flight 17", "Route 9": a number that names a thing
        tense = clause_tense(span.root)
        before = a - 1
        while before > 0 and (toks[before].like_num or toks[before].lower_ in _CLOCK_WORDS or _CLOCK_ONLY.fullmatch(toks[before].text)):
            before -= 1  # "a press conference for 1:30 p.m. Friday"
        if before >= 0 and toks[before].lower_ == "for" and _DAY_NAMED.search(text) and not (b < len(doc) and toks[b].tag_ == "POS"):
            # "a storm warning for Friday", "a strike called for Thursday": what a warning,
            # plan or order is for lies ahead ("arrested for Sunday's attack" does not).
            tense = FUTURE
        future = tense == FUTURE or bool(_FUTURE_TEXT.search(text))
        pieces = _range_pieces(doc, a, b)
        for pa, pb in pieces:
            piece = doc[pa:pb]
            ref, ref_precision = reference, reference_precision
            if main_day is not None and _ANAPHORIC_DAY.match(piece.text) and "\n\n" in full[ref_end : piece.start_char] and (
                reference is None or abs((reference - main_day).days) > 7
            ):
                # "In a related statement issued the following day": with no day told in its
                # paragraph, and the last day told a background one (not in the story's
                # week), a day relative to "the day" is relative to the story's own day.
                ref, ref_precision = main_day, "day"
            resolved = resolve(piece.text, anchor, FUTURE if future else tense, ref, ref_precision)
            if story is not None and not future and _BARE_MONTH.fullmatch(piece.text) and story[1] == _sent_start(toks, pa):
                # "On April 3, 2011, divers found the wreckage; the recorders were raised in
                # May": a month without a year, told after an earlier year's date in the same
                # sentence, is the first such month from that date on.
                later = resolve(piece.text, story[0], FUTURE, reference, reference_precision)
                if later.value is not None and anchor is not None and later.value[:7] <= anchor.isoformat()[:7]:
                    resolved = later
            month_word = _month_named(piece.text)
            if month_word and resolved.precision == "month":
                told = months_told.get(month_word)
                if told is not None and not future and _BARE_MONTH.fullmatch(piece.text) and "\n\n" not in full[told[1] : piece.start_char]:
                    # "a fight last February ... the loss in February": the same month again
                    resolved = told[0]
                months_told[month_word] = (resolved, piece.end_char)
            if resolved.value is not None and anchor is not None and _YEAR_IN_TEXT.search(piece.text):
                first = _first_day(resolved.value)
                if first.year < anchor.year and "-" in resolved.value:
                    story = (first, _sent_start(toks, pa))
                else:
                    story = None
            quoted = any(q[0] <= piece.start_char < q[1] for q in quotes)
            shift = _speech_shift(piece.text) if quoted and told_day is not None and anchor is not None else None
            if shift is not None and resolved.value == (anchor + timedelta(days=shift)).isoformat():
                # '"... today," he said' after "At a press conference on Wednesday": the
                # day the words were spoken, which the text gave, not the report's date
                # ('"last night"', '"yesterday"': the day before it).
                resolved = Resolved((told_day + timedelta(days=shift)).isoformat(), "day")
            elif not quoted and resolved.precision == "day" and anchor is not None:
                day = date.fromisoformat(resolved.value)
                if 0 < (anchor - day).days <= 7:
                    told_day = day
            if resolved.value is None and re.fullmatch(r"(?i)(?:this|that) day", piece.text) and piece.root.dep_ in ("nsubj", "nsubjpass"):
                continue  # '"That day has come"': an occasion, not a day of the calendar
            if resolved.value is None and piece.text.lower() == "the same period":
                continue  # no period told before it: a stretch of time, not a date
            if resolved.value is not None:
                reference, reference_precision = _first_day(resolved.value), resolved.precision
                ref_end = piece.end_char
                if main_day is None and resolved.precision == "day" and not _alone_on_line(full, piece.start_char, piece.end_char):
                    main_day = reference  # the first day the story tells (not its dateline)
            out.append(DateMention(piece.text, piece.start_char, piece.end_char, pa, pb, resolved, future))
    return out


def _range_pieces(doc, a: int, b: int) -> list[tuple[int, int]]:
    """ "between 1990 and 2019", "May 31 and June 1": each end of a span that joins two
    dates is a date of its own; anything else is one piece."""
    toks = tokens(doc)
    for i in range(a + 1, b - 1):
        if toks[i].lower_ in ("and", "to", "until", "through"):
            left_start = a + 1 if toks[a].lower_ in ("between", "from") else a
            left, right = doc[left_start:i], doc[i + 1 : b]
            if left and right and _explicit(left.text) and _explicit(right.text):
                return [(left_start, i), (i + 1, b)]
    return [(a, b)]


def _explicit(text: str) -> bool:
    """A year, a month or a day of a month written out."""
    words = re.findall(r"[a-z]+", text.lower())
    if re.fullmatch(r"(?i)(?:the )?(?:early |mid |late |mid-)?\d{3}0'?s", text.strip()):
        return True  # "from the 1940s through 2002": a decade is one end
    if len(words) == 1 and words[0] in WEEKDAYS and len(words[0]) > 3:
        return True  # "from Friday to Sunday": each day is a date
    return bool(re.fullmatch(r"\d{4}", text.strip())) or any(w in _MONTH_WORDS for w in words) and len(words) <= 2
