"""Date expressions in a parsed report, each resolved against the report date.

Candidates are spaCy's DATE (and day-naming TIME) entities plus weekday names
and day anaphora ("the following day") that the NER misses. Durations and ages
("two years", "aged 56") are not dates and are dropped, and so are bare "the
day" / "the week", seasons and holidays that only modify a noun ("summer
vacation") and the first half of hyphenated adjectives ("decades-long").
Adjacent pieces the NER splits are joined ("Friday" + "morning"); a span the
NER runs on past a comma into a duration is cut ("June 17, two days").

Tense comes from the clause: a future or planned clause ("will meet on
Friday", "scheduled for July") resolves forward, a past one ("said on Friday")
backward, and a present one ("is slated for June 24") to the nearest day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefing_tui.extract.dates import FUTURE, PAST, PRESENT, WEEKDAYS, Resolved, is_duration, resolve
from briefing_tui.extract.lexicon import PLANNING_LEMMAS

_EXTRA = re.compile(
    r"\b(?:(?:last|next|this|on|this past|this coming) )?(?:"
    + "|".join(name.capitalize() for name in WEEKDAYS if len(name) > 3)
    + r")\b|\bthe (?:following|next|previous) (?:day|morning)\b|\bthe day (?:before|after)\b"
)
_TIME_WORDS = re.compile(r"\b(today|tonight|yesterday|tomorrow|morning|evening|night|afternoon)\b", re.I)
_FUTURE_TEXT = re.compile(r"\b(coming|next|upcoming|later this|tomorrow|from now)\b", re.I)
_BARE_UNIT = re.compile(r"^(?:the|a) (?:day|week|month|year|time)$", re.I)
_GENERIC = re.compile(r"^(?:spring|summer|autumn|fall|winter|christmas|easter|new year|holiday|weekend)s?$", re.I)
_NOT_A_DATE = re.compile(
    r"^(?:the )?(?:daily|weekly|monthly|annual|yearly|quarterly|annually|each year|every \w+)$"
    r"|\bage of\b|\baged\b|\byears? old\b",
    re.I,
)


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
            if head.lemma_.lower() in PLANNING_LEMMAS or head.lemma_ == "be":
                return True
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
            tags = {node.tag_} | {c.tag_ for c in node.children if c.dep_ in ("aux", "auxpass")}
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


def _spans(doc) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and _TIME_WORDS.search(ent.text)):
            spans.append((ent.start, ent.end))
    covered = {i for a, b in spans for i in range(a, b)}
    for m in _EXTRA.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(i in covered for i in range(span.start, span.end)):
            continue
        spans.append((span.start, span.end))
        covered.update(range(span.start, span.end))
    spans.sort()
    # Join pieces the NER split: "Friday" + "morning", "June 9" + ", 2008".
    joined: list[tuple[int, int]] = []
    for a, b in spans:
        if joined and joined[-1][1] == a and not doc[a].is_sent_start:
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    out = []
    for a, b in joined:
        # "June 17, two days before": cut at a comma that starts a duration.
        for i in range(a, b):
            if doc[i].text == "," and i + 1 < b and is_duration(doc[i + 1 : b].text):
                b = i
                break
        out.append((a, b))
    return out


def find_dates(doc, anchor: date | None) -> list[DateMention]:
    out: list[DateMention] = []
    reference: date | None = None
    reference_precision = "day"
    for a, b in _spans(doc):
        while a < b and (doc[a].is_punct or doc[a].lower_ in ("on", "in", "at", "by")):
            a += 1
        while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space) and doc[b - 1].text not in (")",):
            b -= 1
        if a >= b:
            continue
        span = doc[a:b]
        text = span.text
        if is_duration(text) or _NOT_A_DATE.search(text) or not re.search(r"[A-Za-z0-9]", text):
            continue
        if re.fullmatch(r"\d{1,3}", text) or _BARE_UNIT.match(text):
            continue  # bare small numbers are ages or counts; "the day" alone is no date
        if b < len(doc) - 1 and doc[b].text in ("-", "–") and doc[b + 1].lower_ in ("long", "old", "year", "day", "week", "month"):
            continue  # "decades-long", "two-year"
        if _GENERIC.match(text) and span.root.dep_ in ("compound", "amod", "nmod"):
            continue  # "summer vacation", "Christmas sales"
        tense = clause_tense(span.root)
        future = tense == FUTURE or bool(_FUTURE_TEXT.search(text))
        resolved = resolve(text, anchor, FUTURE if future else tense, reference, reference_precision)
        if resolved.value is not None:
            parts = [int(x) for x in resolved.value.split("-")] + [1, 1]
            reference, reference_precision = date(parts[0], parts[1], parts[2]), resolved.precision
        out.append(DateMention(text, span.start_char, span.end_char, a, b, resolved, future))
    return out
