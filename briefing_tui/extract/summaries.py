"""Event summaries: a short phrase for what happened, built from the parse.

An analyst reads the summary on one line beside the date, kind and place, so it
is short and says who did what to whom: the trigger with its modifiers and
of-object, names for what is named ("two plus two meeting of foreign and
defense ministers", "test of Hwasong-19 ICBM", "Apple Computer launched 3G
version of iPhone device"), without articles, possessive pronouns, dates or
clauses. Every word comes from the text.
"""

from __future__ import annotations

import re

from briefing_tui.extract.entities import DocEntities

_TRANSIENT = frozenset(("recent", "latest", "previous", "new", "upcoming", "planned", "former", "current",
                         "last", "next", "first", "second", "third", "such", "same", "other", "further",
                         "continued", "proposed", "scheduled", "expected", "awaited", "long-awaited"))
_NP_DEPS = frozenset(("compound", "amod", "nummod", "nmod", "quantmod", "poss", "case", "npadvmod", "hmod", "punct", "cc", "conj", "advmod"))


def _compact(tok, ents: DocEntities, names: dict[str, str], depth: int = 0) -> str:
    """A noun phrase without articles, possessive pronouns, generic possessors or clauses."""
    doc = tok.doc
    m = ents.at(tok.i)
    if m is not None:
        return m.text
    # A named thing inside the phrase names it: "the new ... missile (ICBM) Hwasong-19" -> "Hwasong-19 ICBM".
    for child in tok.children:
        cm = ents.at(child.i)
        if child.dep_ in ("appos", "npadvmod", "compound", "nmod") and cm is not None and cm.kind in ("weapon", "other"):
            short = next((c.text for c in tok.children if c.dep_ == "appos" and c.text.isupper() and len(c.text) <= 6), None)
            return f"{cm.text} {short or tok.text}"
    keep: list = []
    for t in doc[tok.left_edge.i : tok.i]:
        node, ok = t, True
        while node.i != tok.i:
            if node.dep_ not in _NP_DEPS or node.dep_ == "det":
                ok = False
                break
            if node.dep_ == "poss" and ents.at(node.i) is None and not node.text[:1].isupper():
                ok = False  # "its", "the two countries’"
                break
            node = node.head
        if not ok or t.dep_ == "det" or t.tag_ == "POS" and ents.at(t.i - 1) is None:
            continue
        if t.is_punct and t.text not in ("-", "–", "/"):
            continue
        if t.lower_ in _TRANSIENT and t.dep_ == "amod" and t.head.i == tok.i:
            continue
        keep.append(t)
    toks = keep + [tok]
    text = ""
    for n, t in enumerate(toks):
        text += t.text
        if n + 1 < len(toks):
            text += t.whitespace_ if toks[n + 1].i == t.i + 1 else " "
    text = re.sub(r" ([-–/]) ", r"\1", text).replace(" ’s", "’s").replace(" 's", "'s")
    if depth == 0:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ != "PRON":
                    text += " of " + _compact(obj, ents, names, depth + 1)
                break
    return text


def summarize(ev, ents: DocEntities, names: dict[str, str], triggers: set[int] = frozenset()) -> str:
    """A short phrase for an event (its trigger, and for a statement the clause it
    reports and its speaker, the first participant)."""
    speaker = names.get(ev.participants[0], "") if ev.statement is not None and ev.participants else ""
    return _summary(ev.trigger, ents, names, triggers, ev.statement, speaker)


def _summary(trig, ents: DocEntities, names: dict[str, str], triggers, statement=None, speaker: str = "") -> str:
    if statement is not None:
        said = _summary(statement, ents, names, triggers) if statement.pos_ in ("VERB", "AUX") else statement.text
        text = f"{speaker} {trig.text}: {said}"
    elif trig.pos_ == "NOUN":
        text = _compact(trig, ents, names)
    else:
        subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and trig.dep_ == "acl":
            subj = trig.head  # "troops dispatched to aid Russia"
            if subj.i in triggers:  # "the withdrawal of troops dispatched": the troops
                subj = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), subj)
        parts = []
        if subj is not None and subj.pos_ != "PRON":
            parts.append(_compact(subj, ents, names))
        verb = trig.text
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in trig.children):
            auxes = [c.text for c in trig.children if c.dep_ in ("aux", "auxpass") and c.i < trig.i and c.lower_ != "to"]
            verb = " ".join(auxes + [verb])  # "will be sold"
        prt = next((c.text for c in trig.children if c.dep_ == "prt"), None)
        if prt:
            verb += " " + prt
        parts.append(verb)
        obj = next((c for c in trig.children if c.dep_ in ("dobj", "attr")), None)
        if obj is not None:
            parts.append(_compact(obj, ents, names))
        for child in trig.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "into", "in", "at", "against", "with", "from"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                pm = ents.at(pobj.i) or next((ents.at(c.i) for c in pobj.children if ents.at(c.i) is not None), None)
                if pm is not None and pm.kind in ("place", "country", "organization", "person", "group"):
                    parts.append(f"{child.text} {_compact(pobj, ents, names, 1)}")
                    break
        purpose = next((c for c in trig.children if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)), None)
        if purpose is not None and obj is None and len(parts) < 4:
            pobj = next((c for c in purpose.children if c.dep_ == "dobj"), None)
            parts.append("to " + purpose.text + (" " + _compact(pobj, ents, names, 1) if pobj is not None else ""))
        text = " ".join(p for p in parts if p)
    text = re.sub(r"[“”\"]", "", re.sub(r"\s+", " ", text)).strip(" ,;:")
    return text[:120]
