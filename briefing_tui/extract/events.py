"""Events: what happened or is planned, when, where and who took part.

Triggers are event nouns and verbs (lexicon.EVENT_NOUNS / EVENT_VERBS). Each
trigger's own phrase (its dependents, not crossing into other clauses or other
triggers) gives the place (a place or country after in/at/to), the participants
(named entities, the verb's subject, a noun's possessor) and the date: a date
expression belongs to the nearest trigger above it in the parse; an event with
none takes the date of the event it happened during ("adopted during a meeting
on Friday"). Definite later mentions of the same kind ("the meeting") join the
first; "the first session" of a dialogue joins the dialogue; two triggers with
the same kind, summary and date are one event.

Participants are the named entities of the event's clause: its subject and
objects, a noun's possessor and of-phrase, and the products and works they
name ("Apple unveiled iPhone 4").

The summary is a short phrase built from the parse, as an analyst would write
it (extract/summaries.py).

Not events: the same words in another sense, told by the parse: a phrasal
verb ("fired back", "stepped up pressure") unless lexicon.PHRASAL_EVENT_VERBS
lists it ("stepped down"); "meet" with nothing animate to meet ("meet its
duties"); a light verb with a speech noun ("sent a message"). A verb whose
object is an event ("launched an attack") is that event, not a second one.

Intended: what is called for, urged, demanded, proposed, planned or threatened
("called for the withdrawal", "urged Norvia to withdraw") is planned, and takes
neither the date of the demand nor the report's date.

Report date: an event with no date of its own that the text tells in the
present or the present perfect ("Apple has released", "the phone has a new
screen", "Canada and Korea are holding talks") is dated to the report's date:
news uses those tenses for what is so, or has just happened, when it is
written. A past-tense event with no date stays undated; a planned one too; so
does an event that is the object of a stance or report ("has condemned the
attack": the tense is the speaker's) or a participle modifier ("troops
dispatched to aid Russia").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from briefing_tui.extract.entities import DocEntities
from briefing_tui.extract.lexicon import (
    CUE_VERBS,
    EVENT_NOUNS,
    EVENT_VERBS,
    INTENT_LEMMAS,
    LIGHT_VERBS,
    PARTICLES,
    PHRASAL_EVENT_VERBS,
    PLANNING_LEMMAS,
    SPEAKER_NOUNS,
    SPEECH_NOUNS,
    TITLE_HEADS,
    WEAK_EVENT_VERBS,
)
from briefing_tui.extract.nlp import tokens
from briefing_tui.extract.references import PERSONAL as _PERSONAL
from briefing_tui.extract.references import Antecedents
from briefing_tui.extract.summaries import object_person, summarize
from briefing_tui.extract.timexes import DateMention, clause_is_future
from briefing_tui.records import EventRecord

_BOUNDARY_DEPS = frozenset(("relcl", "ccomp", "advcl", "parataxis", "punct", "mark", "csubj"))
_PLACE_PREPS = frozenset(("in", "at", "to", "into", "near", "outside", "across", "inside", "from"))
_PARTICIPANT_KINDS = ("person", "country", "organization", "group", "other", "weapon")
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
    statement: object = None  # for a statement: the clause it reports


# Plural nouns that stand for a set of parties named before ("the two countries'
# ministers", "both sides"), and the words that make them definite.
_GROUP_HEADS = {"country": ("country",), "nation": ("country",), "state": ("country",),
                "government": ("country",), "side": None, "party": None, "partner": None, "ally": None}
_GROUP_DETERMINERS = frozenset("the both these those all two three four five".split())
# Gatherings whose attendance the next sentences tell ("Representing X were ...").
_GATHERINGS = frozenset(("meeting", "summit", "talks", "conference", "dialogue", "negotiation", "visit",
                         "signing", "ceremony", "keynote", "hearing", "trial", "event", "funeral", "inauguration"))
# Verbs of taking part: their subject is a participant of the gathering they govern.
_ATTEND_VERBS = frozenset("attend participate take join speak appear present sit gather represent".split())


def _groups(toks, ents: DocEntities) -> list[tuple[int, str, list[str]]]:
    """Sets of two or more parties named together ("South Korea and Canada"): position,
    kind and keys, in text order."""
    out = []
    for tok in toks:
        m = ents.at(tok.i)
        if m is None or tok.dep_ == "conj" or m.kind not in ("country", "organization", "group"):
            continue
        keys = [m.key]
        stack = [c for c in tok.children if c.dep_ == "conj"]
        while stack:
            c = stack.pop(0)
            cm = ents.at(c.i)
            if cm is not None and cm.kind == m.kind and cm.key not in keys:
                keys.append(cm.key)
            stack.extend(g for g in c.children if g.dep_ == "conj")
        if len(keys) >= 2:
            out.append((tok.i, m.kind, keys))
    return out


def _group_reference(tok, groups) -> list[str]:
    """ "the two countries", "both sides": the parties last named together before tok."""
    kinds = _GROUP_HEADS.get(tok.lemma_.lower(), ())
    if kinds == () or tok.tag_ != "NNS" or not any(
        c.dep_ in ("det", "nummod", "predet") and c.lower_ in _GROUP_DETERMINERS for c in tok.children
    ):
        return []
    before = [g for g in groups if g[0] < tok.i and (kinds is None or g[1] in kinds)]
    return list(before[-1][2]) if before else []


_LEGAL = frozenset("court legal criminal civil antitrust trademark patent copyright libel murder fraud corruption".split())
_LEGAL_VERBS = frozenset("win lose file hear bring settle dismiss appeal try drop".split())
_GATHERING_OBJECTS = frozenset(EVENT_NOUNS) | {"rally", "press", "ceremony", "party", "hearing"}


def _opposed(tok, m) -> bool:
    """ "filed a lawsuit against Epic Games", "a case against the city of Chicago": what a
    case or an attack is against takes part in it, even a name the tagger took for a place."""
    last = tok.doc[m.tok_end - 1]
    return last.dep_ == "pobj" and last.head.lower_ == "against"


def _particle(tok) -> str | None:
    """The particle of a phrasal verb ("fired back", "stepped up", "signed off"), which the
    parser marks as a particle or, right after the verb, as an adverb."""
    for c in tok.children:
        if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in PARTICLES and c.pos_ in ("ADV", "ADP"):
            return c.lower_
    return None


_ANIMATE_PRONOUNS = frozenset("him her them us me you each other one another".split())


def _animate(tok) -> bool:
    """Someone who can be met: a person, a body, a country, or a noun for people."""
    return (
        tok.lower_ in _ANIMATE_PRONOUNS
        or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or tok.lemma_.lower() in SPEAKER_NOUNS
        or tok.lemma_.lower() in TITLE_HEADS
        or tok.lemma_.lower() in ("counterpart", "counterparts", "delegation", "envoy", "leader", "family", "families")
    )


# Verbs whose object country is where one goes, not a party: "visited Japan".
_MOTION_VERBS = frozenset("visit tour enter reach leave arrive return travel fly flee cross hit strike rock".split())
_STAFF = frozenset("worker employee staff staffer people manager coach boss".split())
_LABOUR = frozenset("general hunger national nationwide labour labor doctor doctors worker workers teacher teachers "
                    "nurse nurses union rail transport".split())


def _labour_strike(tok) -> bool:
    """ "went on strike", "a general strike", "a strike by teachers": a stoppage of work."""
    if tok.head.lower_ == "on" and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in ("go", "be", "remain", "stay", "come"):
        return True
    if any(c.dep_ in ("amod", "compound", "poss") and c.lower_.rstrip("'") in _LABOUR for c in tok.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(g.lemma_.lower() in _STAFF or g.lower_ in _LABOUR for g in c.children)
               for c in tok.children)


def _non_event_sense(tok, lemma: str) -> bool:
    """A verb trigger in a sense that is no event, told by its arguments: "meet its
    duties" / "met resistance" (one meets people), "sent a message" / "released a
    statement" / "launched an appeal" (a speech act, which is a claim if anything)."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma == "meet" and objects and not any(_animate(o) or any(_animate(c) for c in o.children if c.dep_ == "conj") for o in objects):
        return True
    if (lemma in LIGHT_VERBS or lemma == "launch") and any(o.lemma_.lower() in SPEECH_NOUNS for o in objects):
        return True
    return False


def _is_trigger(tok) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
        particle = _particle(tok)
        if particle is not None and (lemma in EVENT_VERBS or f"{lemma} {particle}" in PHRASAL_EVENT_VERBS):
            return PHRASAL_EVENT_VERBS.get(f"{lemma} {particle}")  # "stepped down"; not "fired back"
        if lemma in EVENT_VERBS and _non_event_sense(tok, lemma):
            return None
    if lemma == "case" and tok.pos_ == "NOUN":
        # "a court case", "lost its case"; not "a free case" for a phone.
        legal = any(c.lower_ in _LEGAL for c in tok.children) or (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in _LEGAL_VERBS)
        return "lawsuit" if legal else None
    if tok.pos_ == "VERB" and lemma in ("hold", "host", "convene", "pass"):
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ in ("xcomp", "acl", "relcl"):  # "talks are scheduled to be held", "a session held"
            objects += [tok.head] + [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if lemma == "pass":
            if not objects or any(c.ent_type_ in ("ORG", "PERSON", "GPE") for c in objects):
                return None  # "passed Wal-Mart", "passed through": not a vote
        elif not any(c.lemma_.lower() in _GATHERING_OBJECTS for c in objects):
            return None  # "held 19 percent of the market"
    if tok.pos_ == "NOUN" and lemma == "strike" and _labour_strike(tok):
        return "protest"  # "went on strike", "a general strike": a stoppage, not an attack
    if tok.pos_ == "NOUN" and (lemma in EVENT_NOUNS or tok.lower_ in EVENT_NOUNS):
        return EVENT_NOUNS.get(lemma) or EVENT_NOUNS[tok.lower_]
    if tok.pos_ in ("NOUN", "PROPN") and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_:
        # "Pre-orders" split in three at the start of a sentence: the whole word is the trigger.
        whole = tok.doc[tok.i - 2].lower_ + "-" + tok.lower_
        if not tok.doc[tok.i - 2].whitespace_ and whole in EVENT_NOUNS:
            return EVENT_NOUNS[whole]
    if tok.pos_ == "VERB" and lemma in EVENT_VERBS and tok.dep_ not in ("amod", "compound"):
        if lemma in CUE_VERBS and lemma != "rule" and any(c.dep_ == "ccomp" for c in tok.children):
            return None  # "announced that ...": a claim, not an event ("ruled that ...": both)
        if lemma in ("fire", "sack", "dismiss") and any(
            c.dep_ in ("nsubjpass", "dobj") and (
                c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "he", "she")
                or c.lemma_.lower() in TITLE_HEADS or c.lemma_.lower() in _STAFF  # "fired the head of", "fired 200 workers"
            )
            for c in tok.children
        ):
            return "dismissal"
        return EVENT_VERBS[lemma]
    return None


_NOT_INTENT_OBJECT = frozenset(("call", "ask", "press", "push"))  # "called a meeting", "pressed charges"


def _intended(trig) -> bool:
    """Whether the event is what someone asks for, plans or threatens (lexicon.INTENT_LEMMAS):
    "called for the withdrawal", "urged a ceasefire", "their call for the release",
    "urged Norvia to withdraw", "demanded that Norvia withdraw". What is wanted has not
    happened, and the date of the asking is not its date."""
    node = trig
    while node.dep_ == "conj" and node.head is not node:  # "called for talks and a ceasefire"
        node = node.head
    head = node.head
    if head is node:
        return False
    lemma = head.lemma_.lower()
    if trig.pos_ == "NOUN":
        if node.dep_ == "dobj" and head.pos_ == "VERB":
            return lemma in INTENT_LEMMAS and lemma not in _NOT_INTENT_OBJECT
        if node.dep_ == "pobj" and head.lower_ == "for" and head.head is not head:
            return head.head.lemma_.lower() in INTENT_LEMMAS  # "called for", "appealed for", "a call for"
        return False
    if node.dep_ in ("xcomp", "advcl", "ccomp") and lemma in INTENT_LEMMAS and head.pos_ in ("VERB", "NOUN"):
        kids = list(node.children)
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            return True  # "urged Norvia to withdraw", "plans to hold talks"
        # "demanded that Norvia withdraw": a subjunctive (or should/must) clause of a demand.
        return node.dep_ == "ccomp" and (node.tag_ == "VB" and not any(c.dep_ == "aux" for c in kids) or any(
            c.dep_ == "aux" and c.lower_ in ("should", "must") for c in kids))
    return False


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


def find_events(
    doc, ents: DocEntities, dates: list[DateMention], anchor: date | None, names: dict[str, str]
) -> list[EventRecord]:
    trigger_kinds = {}
    toks = tokens(doc)
    for tok in toks:
        kind = _is_trigger(tok)
        if kind:
            trigger_kinds[tok.i] = kind
    triggers = set(trigger_kinds)
    events = {i: _Event(toks[i], k) for i, k in trigger_kinds.items()}
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

    # "made an appearance in March to unveil the iPad 2", "opened and launched ... on
    # Monday": a verb event with no date takes the date of the verb it hangs on.
    intended = {i for i, ev in events.items() if _intended(ev.trigger)}
    for ev in events.values():
        trig = ev.trigger
        if ev.date is None and trig.pos_ == "VERB" and trig.dep_ in ("xcomp", "advcl", "conj") and trig.head is not trig and trig.i not in intended:
            head = trig.head
            if head.i in verb_dates:
                ev.date = verb_dates[head.i]
            elif head.i in events and events[head.i].date is not None and trig.dep_ == "conj":
                ev.date = events[head.i].date

    groups = _groups(toks, ents)
    # What "he", "it", "which" and "the company" refer to (references.py).
    refer = Antecedents(toks, ents)
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
        if ev.date is None and trig.i not in intended:
            for g in governors:
                if g.i in verb_dates:
                    ev.date = verb_dates[g.i]
                    break
        # Place: a place or country after in/at/to within the event's own phrase.
        extra = [t for g in governors for c in g.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree]
        objects = [c for c in trig.children if c.dep_ == "dobj"] if trig.pos_ == "VERB" else []
        target = None  # "Iran attacked Israel": the country done to takes part, as well as being where
        for tok in objects + ev.local + extra:
            if tok.dep_ == "dobj" and tok.head.i == trig.i:
                for t in [tok, *[c for c in tok.children if c.dep_ in ("compound", "amod")]]:
                    m = ents.at(t.i)
                    if m is not None and m.kind in ("place", "country"):
                        ev.place_key = m.key
                        if m.kind == "country" and t.i == tok.i and trig.lemma_.lower() not in _MOTION_VERBS:
                            target = m.key
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
            if trig.dep_ == "pobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in _ATTEND_VERBS:
                # "Ministers of both countries took part in the talks"
                pool += [t for c in head.head.children if c.dep_ == "nsubj" for t in c.subtree]
        if trig.pos_ == "VERB" and trig.dep_ in ("acl", "relcl") and trig.head.pos_ == "PROPN":
            pool.append(trig.head)  # "Jobs, born in San Francisco on ...": the name it describes
        if trig.pos_ == "VERB":
            # What the event is done to, with the clauses that describe it
            # ("released an application that limits the volume of its iPod").
            pool += [t for c in trig.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
        for tok in pool:
            m = ents.at(tok.i)
            if m is None and tok.lower_ in _PERSONAL and tok.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "dobj"):
                m = object_person(tok, ents, refer)  # "he was fired", "he founded NeXT", "she met him"
            if m is not None and m.key != ev.place_key and m.key not in ev.participants and (
                m.kind in _PARTICIPANT_KINDS or m.kind == "place" and _opposed(tok, m)
            ):
                ev.participants.append(m.key)
            for key in _group_reference(tok, groups):
                if key not in ev.participants and key != ev.place_key:
                    ev.participants.append(key)
        if target is not None and target not in ev.participants:
            ev.participants.append(target)
        # Planned: a future clause, a planning word on the noun, or a date still to come.
        ev.planned = clause_is_future(trig) or any(
            c.lemma_.lower() in _PLANNED_MODIFIERS or (c.dep_ == "acl" and c.lemma_.lower() in PLANNING_LEMMAS)
            for c in trig.children
        ) or any(g.lemma_.lower() in PLANNING_LEMMAS or clause_is_future(g) for g in governors) or trig.i in intended
        if ev.date and ev.date.resolved.value and anchor and ev.date.resolved.precision == "day":
            if ev.date.resolved.value > anchor.isoformat():
                ev.planned = True
        if ev.date and ev.date.future and not ev.date.resolved.value:
            ev.planned = True
        del local_ids

    _representatives(doc, ents, events)

    # A dated statement is an event too ("Jobs said yesterday that ...", "Apple
    # announced Friday that ..."): the speaker and what the statement names take part.
    cue_verbs = {t.i: verb_dates.get(t.i) for t in toks if t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS}
    for i, dm in cue_verbs.items():
        tok = toks[i]
        if i in events or dm is None and not (anchor is not None and _told_now(tok)):
            continue
        content = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        speaker = ents.at(subj.i) if subj is not None else None
        if content is None or speaker is None:
            continue
        ev = _Event(tok, "statement", date=dm)
        ev.participants.append(speaker.key)
        for t in content.subtree:
            m = ents.at(t.i)
            if m is not None and m.kind in _PARTICIPANT_KINDS and m.key not in ev.participants:
                ev.participants.append(m.key)
        ev.planned = False
        ev.statement = content
        events[i] = ev

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
    # ... and those who held it: "a statement adopted during the meeting" is the meeting's parties'.
    for ev in ordered:
        if not ev.participants:
            for child in ev.trigger.children:
                if child.dep_ == "prep" and child.lower_ in ("during", "at"):
                    for obj in child.children:
                        other = events.get(obj.i)
                        if other is not None and other.kind in _GATHERINGS:
                            ev.participants.extend(other.participants)
    _merge(ordered, doc)

    records = []
    seen: dict[tuple, EventRecord] = {}
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
        record = EventRecord(
            kind=ev.kind,
            summary=summarize(ev, ents, names, set(events), refer, dates),
            start=start,
            end=end,
            date_text=dm.text if dm else None,
            date_value=dm.resolved.value if dm else None,
            precision=dm.resolved.precision if dm else None,
            planned=ev.planned,
            place_key=ev.place_key,
            participant_keys=ev.participants,
        )
        if dm is None and anchor is not None and not ev.planned and _told_now(trig):
            record.date_value, record.precision = anchor.isoformat(), "day"
        same = seen.get((record.kind, record.summary.lower(), record.date_value))
        if same is not None:
            for key in record.participant_keys:
                if key not in same.participant_keys:
                    same.participant_keys.append(key)
            same.place_key = same.place_key or record.place_key
            continue
        seen[(record.kind, record.summary.lower(), record.date_value)] = record
        records.append(record)
    return records


def _representatives(doc, ents: DocEntities, events: dict) -> None:
    """ "... a meeting in Ottawa. Representing South Korea were Foreign Minister Cho
    Tae-yul and ..., while Canada was represented by ...": who represented whom at a
    gathering told in the sentence before (or the same one) took part in it."""
    gatherings = sorted((i, ev) for i, ev in events.items() if ev.kind in _GATHERINGS)
    if not gatherings:
        return
    for sent in doc.sents:
        if not any(t.lemma_.lower() == "represent" and t.pos_ == "VERB" for t in sent):
            continue
        previous = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        target = [ev for i, ev in gatherings if previous <= i < sent.end]
        if not target:
            continue
        ev = target[-1]
        for tok in sent:
            m = ents.at(tok.i)
            if m is not None and m.kind in ("person", "country", "organization", "group") and m.key not in ev.participants and m.key != ev.place_key:
                ev.participants.append(m.key)


def _told_now(trig) -> bool:
    """Whether the clause of a trigger is in the present or the present perfect.

    Not when the clause is that of a stance or report about the event ("Ostland has
    condemned the attack", "has called for the withdrawal"): the tense is the
    speaker's, not the event's. Nor for a participle modifier ("troops dispatched
    to aid Russia"): it has no tense of its own."""
    if trig.pos_ == "VERB" and trig.dep_ == "acl" and trig.tag_ == "VBN":
        return False
    node = trig
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod", "compound", "acl"):
            break
        if node.head is node:
            return False
        node = node.head
    else:
        return False
    if node.pos_ not in ("VERB", "AUX"):
        return False
    if node is not trig and node.lemma_.lower() in CUE_VERBS:
        return False
    auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "would", "could", "might", "may", "should", "shall", "'ll", "to") or a.tag_ == "MD" for a in auxes):
        return False
    if any(a.lower_ in ("has", "have", "'s", "'ve") and a.tag_ in ("VBZ", "VBP") for a in auxes) and node.tag_ == "VBN":
        return True  # "Apple has released"
    if node.tag_ in ("VBZ", "VBP") and not auxes:
        return True  # "the phone has a new screen", "pre-orders begin"
    return any(a.tag_ in ("VBZ", "VBP") for a in auxes) and node.tag_ in ("VBG", "VBN")  # "are holding", "is released"


def _fold(ev: _Event, into: _Event) -> None:
    """`ev` is another telling of `into`: it lends what `into` lacks (date, place, the
    planned mark) and its participants, and is no event of its own."""
    ev.merged_into = into
    into.date = into.date or ev.date
    into.place_key = into.place_key or ev.place_key
    into.planned = into.planned or ev.planned
    for key in ev.participants:
        if key not in into.participants:
            into.participants.append(key)


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
        _fold(ev, target)
    # "An earthquake struck Peru": the verb belongs to the event its subject names.
    for ev in ordered:
        if ev.merged_into is None and ev.trigger.pos_ == "VERB":
            for child in ev.trigger.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    other = next((e for e in ordered if e.trigger.i == child.i and e.merged_into is None), None)
                    if other is not None:
                        _fold(ev, other)
    # "launched an attack", "won the election", "opened an investigation": a verb whose
    # object is an event names no event of its own; it lends its date and place to that one.
    for ev in ordered:
        trig = ev.trigger
        if ev.merged_into is not None or trig.pos_ != "VERB" or trig.lemma_.lower() in CUE_VERBS:
            continue
        for child in trig.children:
            if child.dep_ != "dobj":
                continue
            other = next((e for e in ordered if e.trigger.i == child.i and e is not ev), None)
            while other is not None and other.merged_into is not None:
                other = other.merged_into
            if other is None or other.trigger.pos_ != "NOUN":
                continue
            _fold(ev, other)
            break
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
                    _fold(ev, other)
                    break
