"""Events: what happened or is planned, when, where and who took part.

Triggers are event nouns and verbs (lexicon.EVENT_NOUNS / EVENT_VERBS). Each
trigger's own phrase (its dependents, not crossing into other clauses or other
triggers) gives the place (a place or country after in/at/to), the participants
(named entities, the verb's subject, a noun's possessor) and the date: a date
expression belongs to the nearest trigger above it in the parse; an event with
none takes the date of the event it happened during ("adopted during a meeting
on Friday"). Definite later mentions of the same kind ("the meeting") join the
first; "the first session" of a dialogue joins the dialogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from briefing_tui.extract.entities import DocEntities
from briefing_tui.extract.lexicon import CUE_VERBS, EVENT_NOUNS, EVENT_VERBS, PLANNING_LEMMAS, WEAK_EVENT_VERBS
from briefing_tui.extract.timexes import DateMention, clause_is_future
from briefing_tui.records import EventRecord

_BOUNDARY_DEPS = frozenset(("relcl", "ccomp", "advcl", "parataxis", "punct", "mark", "csubj"))
_PLACE_PREPS = frozenset(("in", "at", "to", "into", "near", "outside", "across", "inside", "from"))
_PARTICIPANT_KINDS = ("person", "country", "organization", "group", "other")
_RECURRING = frozenset(("dialogue", "talks", "negotiation", "conference", "summit", "meeting", "exercise"))
_SERIES_WORDS = frozenset(("session", "round", "meeting", "edition", "installment"))
_PLANNED_MODIFIERS = frozenset(("upcoming", "planned", "proposed", "scheduled", "forthcoming", "future", "next", "expected", "intended"))
_DURING = frozenset(("during", "at", "amid", "on", "following"))


@dataclass
class _Event:
    trigger: object  # spaCy token
    kind: str
    local: list = field(default_factory=list)  # tokens of its own phrase
    date: DateMention | None = None
    place_key: str | None = None
    participants: list[str] = field(default_factory=list)
    planned: bool = False
    merged_into: "_Event | None" = None


def _is_trigger(tok) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (lemma in EVENT_NOUNS or tok.lower_ in EVENT_NOUNS):
        return EVENT_NOUNS.get(lemma) or EVENT_NOUNS[tok.lower_]
    if tok.pos_ == "VERB" and lemma in EVENT_VERBS and tok.dep_ not in ("amod", "compound"):
        if lemma in CUE_VERBS and any(c.dep_ == "ccomp" for c in tok.children):
            return None  # "announced that ...": a claim, not an event
        if lemma in ("fire", "sack", "dismiss") and any(
            c.dep_ in ("nsubjpass", "dobj") and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "he", "she"))
            for c in tok.children
        ):
            return "dismissal"
        return EVENT_VERBS[lemma]
    return None


def _local(trigger, triggers: set[int]) -> list:
    out = []
    stack = list(trigger.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in _BOUNDARY_DEPS or tok.i in triggers:
            continue
        if tok.dep_ == "conj" and tok.pos_ == "VERB":
            continue
        if trigger.pos_ == "VERB" and tok.dep_ == "acl":
            continue
        out.append(tok)
        stack.extend(tok.children)
    return sorted(out, key=lambda t: t.i)


def _summary(ev: _Event, names: dict[str, str]) -> str:
    """A short phrase for the event: its trigger with the words that say what and where."""
    trig = ev.trigger
    doc = trig.doc
    phrase = _local(trig, set())
    right = [t for t in phrase if t.i > trig.i]
    end = trig.i + 1
    for t in right:
        if t.i > end + 1 or t.i - trig.i > 14:
            break
        end = t.i + 1
    if trig.pos_ == "VERB":
        subj = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            start = subj[0].left_edge.i if subj[0].i - subj[0].left_edge.i < 6 else subj[0].i
        elif trig.dep_ == "acl":
            start = trig.head.i
            while start > 0 and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].head.i == trig.head.i:
                start -= 1
        else:
            start = trig.i
    else:
        start = trig.i
        while start > 0 and doc[start - 1].head.i == trig.i and doc[start - 1].dep_ in ("amod", "compound", "nmod", "nummod", "poss", "case", "punct"):
            start -= 1
        while start < trig.i and (doc[start].is_punct or doc[start].tag_ == "POS"):
            start += 1
    text = doc[start:end].text
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    if text.count("“") > text.count("”"):
        text = text.replace("“", "")
    return text[:160]


def find_events(
    doc, ents: DocEntities, dates: list[DateMention], anchor: date | None, names: dict[str, str]
) -> list[EventRecord]:
    trigger_kinds = {}
    for tok in doc:
        kind = _is_trigger(tok)
        if kind:
            trigger_kinds[tok.i] = kind
    triggers = set(trigger_kinds)
    events = {i: _Event(doc[i], k) for i, k in trigger_kinds.items()}
    for ev in events.values():
        ev.local = _local(ev.trigger, triggers)

    # Dates go to the nearest trigger above them in the parse; dates of clauses
    # that are no event are kept by verb for the event nouns those verbs govern.
    verb_dates: dict[int, DateMention] = {}
    for dm in dates:
        node = doc[dm.tok_start : dm.tok_end].root
        hops = 0
        while node.head is not node and hops < 8:
            node = node.head
            hops += 1
            if node.i in events:
                if events[node.i].date is None:
                    events[node.i].date = dm
                break
            if node.pos_ in ("VERB", "AUX"):
                verb_dates.setdefault(node.i, dm)
                break  # the date belongs to a clause that is no event

    for ev in events.values():
        trig = ev.trigger
        local_ids = {t.i for t in ev.local}
        # The verb that governs an event noun ("go to the polls in an election on
        # July 7", "a complaint Acme brought in March 2021", "a hearing is expected
        # next month in San Jose") lends it its date and place.
        governors = []
        if trig.pos_ == "NOUN":
            if trig.dep_ in ("nsubj", "nsubjpass", "dobj") and trig.head.pos_ in ("VERB", "AUX"):
                governors.append(trig.head)
            if trig.dep_ == "pobj" and trig.head.head.pos_ in ("VERB", "AUX"):
                governors.append(trig.head.head)
            governors += [c for c in trig.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
            governors = [g for g in governors if g.i not in events]
        if ev.date is None:
            for g in governors:
                if g.i in verb_dates:
                    ev.date = verb_dates[g.i]
                    break
        # Place: a place or country after in/at/to within the event's own phrase.
        extra = [t for g in governors for c in g.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree]
        objects = [c for c in trig.children if c.dep_ == "dobj"] if trig.pos_ == "VERB" else []
        for tok in objects + ev.local + extra:
            if tok.dep_ == "dobj" and tok.head.i == trig.i:
                for t in [tok, *[c for c in tok.children if c.dep_ in ("compound", "amod")]]:
                    m = ents.at(t.i)
                    if m is not None and m.kind in ("place", "country"):
                        ev.place_key = m.key
                        break
                if ev.place_key:
                    break
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
                for t in [tok, *[c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]]:
                    m = ents.at(t.i)
                    if m is not None and m.kind in ("place", "country"):
                        ev.place_key = m.key
                        break
            if ev.place_key:
                break
        # Participants: entities in the phrase, the verb's subject, the noun's possessor.
        pool = list(ev.local)
        if trig.pos_ == "VERB":
            pool += [t for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        else:
            head = trig.head
            if trig.dep_ == "pobj" and head.head.lower_ in ("including", "such"):
                pool += [t for c in head.head.head.children if c.dep_ == "poss" for t in c.subtree]
            if trig.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
                pool += [t for c in head.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
        for tok in pool:
            m = ents.at(tok.i)
            if m is not None and m.kind in _PARTICIPANT_KINDS and m.key != ev.place_key and m.key not in ev.participants:
                ev.participants.append(m.key)
        # Planned: a future clause, a planning word on the noun, or a date still to come.
        ev.planned = clause_is_future(trig) or any(
            c.lemma_.lower() in _PLANNED_MODIFIERS or (c.dep_ == "acl" and c.lemma_.lower() in PLANNING_LEMMAS)
            for c in trig.children
        ) or any(g.lemma_.lower() in PLANNING_LEMMAS or clause_is_future(g) for g in governors)
        if ev.date and ev.date.resolved.value and anchor and ev.date.resolved.precision == "day":
            if ev.date.resolved.value > anchor.isoformat():
                ev.planned = True
        if ev.date and ev.date.future and not ev.date.resolved.value:
            ev.planned = True
        del local_ids

    ordered = [events[i] for i in sorted(events)]
    # An event with no date of its own happened during the dated event it names.
    for ev in ordered:
        if ev.date is None:
            for child in ev.trigger.children:
                if child.dep_ == "prep" and child.lower_ in _DURING:
                    for obj in child.children:
                        other = events.get(obj.i)
                        if other is not None and other.date is not None:
                            ev.date = other.date
    _merge(ordered, doc)

    records = []
    for ev in ordered:
        if ev.merged_into is not None:
            continue
        strong = ev.trigger.pos_ == "NOUN" or ev.trigger.lemma_.lower() not in WEAK_EVENT_VERBS
        evidence = ev.date is not None or ev.place_key is not None
        if not evidence and not (strong and ev.participants) and not (len(ev.participants) >= 2):
            continue
        trig = ev.trigger
        start = min([trig.idx] + [t.idx for t in ev.local])
        last = max([trig] + ev.local, key=lambda t: t.idx)
        end = last.idx + len(last.text)
        if ev.trigger.pos_ == "VERB":
            subj = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                start = min(start, subj[0].left_edge.idx)
        dm = ev.date
        records.append(
            EventRecord(
                kind=ev.kind,
                summary=_summary(ev, names),
                start=start,
                end=end,
                date_text=dm.text if dm else None,
                date_value=dm.resolved.value if dm else None,
                precision=dm.resolved.precision if dm else None,
                planned=ev.planned,
                place_key=ev.place_key,
                participant_keys=ev.participants,
            )
        )
    return records


def _merge(ordered: list[_Event], doc) -> None:
    """Join later definite mentions and series sessions to the event they refer to."""
    for n, ev in enumerate(ordered):
        trig = ev.trigger
        if trig.pos_ != "NOUN":
            continue
        dets = {c.lower_ for c in trig.children if c.dep_ in ("det", "poss")}
        ordinal = any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "next") for c in trig.children)
        target = None
        if trig.lemma_.lower() in _SERIES_WORDS and ordinal:
            for prev in reversed(ordered[:n]):
                if prev.merged_into is None and prev.kind in _RECURRING and prev is not ev and trig.i - prev.trigger.i < 40:
                    target = prev
                    break
        elif dets & {"the", "this", "that", "its"} and not ordinal:
            for prev in reversed(ordered[:n]):
                if (
                    prev.merged_into is None
                    and prev.kind == ev.kind
                    and prev.trigger.pos_ == "NOUN"
                    and (ev.date is None or prev.date is None or ev.date.resolved == prev.date.resolved)
                ):
                    target = prev
                    break
        if target is None:
            continue
        ev.merged_into = target
        target.date = target.date or ev.date
        target.place_key = target.place_key or ev.place_key
        target.planned = target.planned or ev.planned
        for key in ev.participants:
            if key not in target.participants:
                target.participants.append(key)
    # "An earthquake struck Peru": the verb belongs to the event its subject names.
    for ev in ordered:
        if ev.merged_into is None and ev.trigger.pos_ == "VERB":
            for child in ev.trigger.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    other = next((e for e in ordered if e.trigger.i == child.i and e.merged_into is None), None)
                    if other is not None:
                        ev.merged_into = other
                        other.date = other.date or ev.date
                        other.place_key = other.place_key or ev.place_key
                        other.planned = other.planned or ev.planned
                        for key in ev.participants:
                            if key not in other.participants:
                                other.participants.append(key)
    # "session scheduled to be held": the verb "hold" belongs to its noun.
    for ev in ordered:
        if ev.merged_into is None and ev.trigger.lemma_ in ("hold", "host", "convene") and ev.trigger.pos_ == "VERB":
            node = ev.trigger
            for _ in range(3):
                if node.dep_ in ("xcomp", "acl") and node.head is not node:
                    node = node.head
                else:
                    break
            candidates = [node] + [
                c for t in (ev.trigger, node) for c in t.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")
            ]
            if node.dep_ == "acl":
                candidates.insert(0, node.head)
            for cand in candidates:
                other = next((e for e in ordered if e.trigger.i == cand.i and e is not ev), None)
                while other is not None and other.merged_into is not None:
                    other = other.merged_into
                if other is not None:
                    ev.merged_into = other
                    other.date = other.date or ev.date
                    other.place_key = other.place_key or ev.place_key
                    other.planned = other.planned or ev.planned
                    for key in ev.participants:
                        if key not in other.participants:
                            other.participants.append(key)
                    break
