"""Event summaries: a short phrase for what happened, built from the parse.

An analyst reads the summary on one line beside the date, kind and place, so it
is short, says who did what to whom, and uses only words of the text:

- a verb: subject, verb, object, the agent of a passive and one argument naming
  a party ("Pixar acquired by The Walt Disney Company", "Jobs returned to
  Apple"). A verb with no subject of its own takes the one it shares ("Apple
  ... and launched", "prompting Apple Corps to file suit", "a system to be
  released"); a pronoun or "the company" is the entity it refers to
  (references.py): "he was fired from the company" -> "Jobs fired from Apple".
- an event noun: its modifiers and of-object, with who holds it (a possessor,
  the subject of the verb that carries it, the agent of a passive: "Apple Corps
  filed a lawsuit against Apple Computer" -> "Apple Corps lawsuit against Apple
  Computer") and the party an against/with/between/by phrase names; with none
  of those, the parties its own phrase names.
- a support verb with an event noun ("held a meeting", "made an appearance",
  "file suit"): the noun says what happened, summarised as above.
- in what a statement reports, a pronoun subject is the speaker: left out.

Articles, possessive pronouns, clauses, dates and ordinals stay out ("July 16
press conference" -> "press conference": the date has its own column).
"""

from __future__ import annotations

import re

from briefing_tui.extract.entities import DocEntities, Mention
from briefing_tui.extract.lexicon import EVENT_NOUNS, EVENT_VERBS
from briefing_tui.extract.references import Antecedents
from briefing_tui.extract.timexes import DateMention

_TRANSIENT = frozenset(("recent", "latest", "previous", "new", "upcoming", "planned", "former", "current",
                         "last", "next", "first", "second", "third", "such", "same", "other", "further",
                         "continued", "proposed", "scheduled", "expected", "awaited", "long-awaited"))
_NP_DEPS = frozenset(("compound", "amod", "nummod", "nmod", "quantmod", "poss", "case", "npadvmod", "hmod", "punct", "cc", "conj", "advmod"))


# Verbs that only carry an event noun: "held a meeting", "made an appearance",
# "filed suit", "gave his keynote". The noun says what happened.
_SUPPORT_VERBS = frozenset("hold host make file give bring conduct stage have".split())
# Arguments that say who an event involves: "lawsuit against X", "agreement between
# X and Y", "talks with X", "investigation by X" (a noun's own "by", not a passive's).
_ARG_PREPS = ("against", "between", "with", "by")
_VERB_PREPS = ("to", "into", "in", "at", "against", "with", "from")
_PARTY_KINDS = ("place", "country", "organization", "person", "group")
_PRONOUNS = frozenset("i me we us you he him she her it they them this that these those which who whom one its his their".split())


_OBJECT_PERSONAL = frozenset(("him", "her"))


def object_person(tok, ents: DocEntities, refer: Antecedents) -> Mention | None:
    """ "She met him", "held talks with him": the person an object pronoun means, which
    is not the subject of its own clause (references.py gives the last subject, who is
    that subject here), but the person named before who is not."""
    m = refer.person(tok)
    if m is None or tok.dep_ not in ("pobj", "dobj") or tok.lower_ not in _OBJECT_PERSONAL:
        return m
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    subjects = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            s = ents.at(c.i) or refer.person(c)
            if s is not None:
                subjects.add(s.key)
    if m.key not in subjects:
        return m
    return next((o for o in reversed(ents.mentions) if o.kind == "person" and o.tok_end <= tok.i
                 and o.key not in subjects and tok.i - o.tok_end <= 120), None)


def _pronoun(tok) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ in _PRONOUNS


def summarize(
    ev,
    ents: DocEntities,
    names: dict[str, str],
    triggers: set[int] = frozenset(),
    refer: Antecedents | None = None,
    dates: list[DateMention] = (),
) -> str:
    """A short phrase for an event (its trigger, and for a statement the clause it
    reports and its speaker, the first participant)."""
    if refer is None:
        refer = Antecedents(list(ev.trigger.doc), ents)
    s = _Summarizer(ents, names, triggers, refer, {i for dm in dates for i in range(dm.tok_start, dm.tok_end)})
    speaker = names.get(ev.participants[0], "") if ev.statement is not None and ev.participants else ""
    return s.summary(ev.trigger, ev.participants, ev.statement, speaker, getattr(ev, "local", ()))


class _Summarizer:
    def __init__(self, ents: DocEntities, names: dict[str, str], triggers, refer: Antecedents, dated: set[int]):
        self.ents = ents
        self.names = names
        self.triggers = triggers
        self.refer = refer
        self.dated = dated  # tokens of date expressions: the date has its own column

    def summary(self, trig, participants=(), statement=None, speaker: str = "", local=()) -> str:
        if statement is not None:
            # In what a speaker said, "he", "it" and "they" mostly mean the speaker: left out.
            said = self._verb(statement, participants, reported=True) if statement.pos_ in ("VERB", "AUX") else statement.text
            text = f"{speaker} {trig.text}: {said}"
        elif trig.pos_ == "NOUN":
            text = self._noun(trig, participants, local=local)
        else:
            text = self._verb(trig, participants, local=local)
        text = re.sub(r"[“”\"]", "", re.sub(r"\s+", " ", text)).strip(" ,;:")
        return text[:120]

    # -- verbs -------------------------------------------------------------------
    def _verb(self, trig, participants, reported: bool = False, local=()) -> str:
        noun = self._supported_noun(trig)
        if noun is not None:
            # "held a special event", "made an appearance", "to file suit": the noun is the event.
            if self._passive(trig):
                agent = self._agent(trig)
            else:
                subj = self._subject(trig)
                agent = self._party(subj)
                if agent is None and subj is not None and not _pronoun(subj) and subj.i != noun.i:
                    agent = self._compact(subj, 1)  # "the Dutch government having talks"
            text = self._noun(noun, participants, agent=agent, extra=[trig], local=local)
            if self._passive(trig) and noun.i < trig.i:
                text += " " + trig.text  # "special event held"
            return text
        parts = []
        subj = self._subject(trig)
        if subj is not None and reported and (_pronoun(subj) or self._is_speaker(subj, participants)):
            subj = None  # "AppleInsider claims to have seen": the speaker is named already
        if subj is not None:
            parts.append(self._party(subj) or (None if _pronoun(subj) else self._compact(subj)))
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
            parts.append(self._party(obj) or self._compact(obj))
        agent = self._agent(trig)
        if agent:
            parts.append("by " + agent)  # "Pixar acquired by The Walt Disney Company"
        for child in trig.children:
            if child.dep_ == "prep" and child.lower_ in _VERB_PREPS:
                arg = self._arg(child, participants, kinds=_PARTY_KINDS)
                if arg:
                    parts.append(f"{child.text} {arg}")
                    break
        purpose = next((c for c in trig.children if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)), None)
        if purpose is not None and obj is None and len(parts) < 4:
            pobj = next((c for c in purpose.children if c.dep_ == "dobj"), None)
            parts.append("to " + purpose.text + (" " + self._compact(pobj, 1) if pobj is not None else ""))
        return " ".join(p for p in parts if p)

    def _subject(self, verb, hops: int = 0):
        """Who does it: the verb's own subject, or the one it shares ("Apple was started by
        Jobs and launched ...", "prompting Apple Corps to file suit", "have to be approved")."""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or hops > 3 or verb.head is verb:
            return subj
        head = verb.head
        if verb.dep_ in ("acl", "relcl"):  # "a system to be released", with no "which"
            if head.i in self.triggers:  # "the withdrawal of troops dispatched": the troops
                return next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), head)
            return head  # "troops dispatched to aid Russia"
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            return self._subject(head, hops + 1)
        if verb.dep_ in ("xcomp", "acomp") or verb.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None and verb.dep_ == "xcomp" and head.i < obj.i < verb.i:
                return obj  # object control: "prompting Apple Corps to file suit"
            return self._subject(head, hops + 1)
        return None

    def _is_speaker(self, tok, participants) -> bool:
        m = self.ents.at(tok.i)
        return m is not None and bool(participants) and m.key == participants[0]

    @staticmethod
    def _passive(verb) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN"

    def _agent(self, verb) -> str | None:
        for c in verb.children:
            if c.dep_ == "agent":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return self._party(obj)
        return None

    def _supported_noun(self, verb):
        if verb.lemma_.lower() not in _SUPPORT_VERBS:
            return None
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and self._event_noun(c):
                return c
        if verb.dep_ in ("acl", "relcl") and self._event_noun(verb.head):
            return verb.head  # "a special event to be held"
        return None

    def _event_noun(self, tok) -> bool:
        return tok.pos_ == "NOUN" and (tok.i in self.triggers or tok.lemma_.lower() in EVENT_NOUNS or tok.lower_ in EVENT_NOUNS)

    # -- nouns -------------------------------------------------------------------
    def _noun(self, noun, participants, agent: str | None = None, extra: list = (), local: list = ()) -> str:
        """The event noun with who holds it and whom it involves: "Apple Corps lawsuit
        against Apple Computer", "agreement between Apple Corps and Apple Computer"."""
        base = self._compact(noun)
        named = any(c.dep_ == "poss" and self.ents.at(c.i) is not None for c in noun.children)
        owner = None if named else (agent or self._owner(noun))
        # Where the arguments are: the noun, the verb that governs it, the clause describing it.
        holders = [noun, *extra]
        if noun.dep_ in ("dobj", "nsubjpass", "nsubj") and noun.head.pos_ == "VERB":
            holders.append(noun.head)  # "a lawsuit was filed against", "the dispute came up between"
        holders += [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        arg = None
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in _ARG_PREPS and (holder is noun or child.lower_ != "by"):
                    found = self._arg(child, participants)
                    if found and (owner is None or found != owner):
                        arg = f"{child.text} {found}"
                        break
            if arg:
                break
        if owner is None and arg is None and " of " not in base and not self._names_something(noun):
            # Nothing says who: the parties its own phrase names ("the Apple Corps and Apple
            # Computer agreement reached in 1991").
            parties = []
            for t in local:
                m = self.ents.at(t.i)
                if m is not None and m.key in participants and m.kind in _PARTY_KINDS and m.kind != "place" and m.text not in parties:
                    parties.append(m.text)
            owner = " and ".join(parties[:2]) or None
        return " ".join(p for p in (owner, base, arg) if p)

    def _owner(self, noun) -> str | None:
        """Who holds the event: a possessive pronoun's referent ("its launch"), the subject
        of the verb that carries it ("Apple Corps filed a lawsuit"), or the agent of a
        passive ("a lawsuit filed by", "an event hosted by Apple")."""
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is not None and poss.pos_ == "PRON":
            found = self._party(poss)
            if found:
                return found
        head = noun.head
        if noun.dep_ == "dobj" and head.pos_ == "VERB" and self._carrier(head):
            subj = self._subject(head)
            if subj is not None and not self._passive(head):
                return self._party(subj)
        if noun.dep_ == "nsubjpass" and head.pos_ == "VERB":
            return self._agent(head)
        for c in noun.children:
            if c.dep_ == "acl" and c.pos_ == "VERB":
                found = self._agent(c)
                if found:
                    return found
        return None

    def _carrier(self, verb) -> bool:
        """A verb whose subject holds the event its object names ("filed a lawsuit",
        "announced a special event", "settled its dispute"); not "violated an agreement"."""
        lemma = verb.lemma_.lower()
        return lemma in _SUPPORT_VERBS or lemma in EVENT_VERBS or verb.i in self.triggers

    def _names_something(self, noun) -> bool:
        return any(self.ents.at(t.i) is not None and t.i not in self.dated for t in noun.subtree if t.dep_ != "relcl")

    # -- parties -----------------------------------------------------------------
    def _party(self, tok) -> str | None:
        """A name for who or what tok is: the entity it names (with those conjoined to
        it), or the one a pronoun or "the company" refers to; None if not a party."""
        if tok is None:
            return None
        m = self.ents.at(tok.i)
        if m is not None:
            return self._with_conjuncts(tok, m)
        ref = object_person(tok, self.ents, self.refer) if tok.lower_ in _OBJECT_PERSONAL else self.refer.mention(tok)
        if ref is not None:
            return ref.text
        for c in tok.children:
            cm = self.ents.at(c.i) if c.dep_ == "appos" else None
            if cm is not None and cm.kind in _PARTY_KINDS:
                return cm.text  # "its chief executive, Anna Berg,"
        antecedent = self.refer.antecedent_token(tok)
        if antecedent is not None and antecedent.pos_ in ("NOUN", "PROPN"):
            return self._compact(antecedent, 1)  # "the iPhone 2.0 update that was released"
        return None

    def _with_conjuncts(self, tok, m: Mention) -> str:
        texts, keys = [m.text], [m.key]
        for c in tok.children:
            cm = self.ents.at(c.i) if c.dep_ == "conj" else None
            if cm is not None and cm.key not in keys:
                texts.append(cm.text)
                keys.append(cm.key)
        return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]

    def _arg(self, prep, participants, kinds=None) -> str | None:
        """The party a preposition names ("against Apple Computer", "from the company"), or
        for "between the two companies" the parties the event involves."""
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        m = self.ents.at(pobj.i)
        named = next((self.ents.at(c.i) for c in pobj.children if c.dep_ == "appos" and self.ents.at(c.i) is not None), None)
        if m is None and named is not None:
            # "with the Beatles' record company, Apple Corps": the name in apposition
            return named.text if kinds is None or named.kind in kinds else None
        m = m or next((self.ents.at(c.i) for c in pobj.children if self.ents.at(c.i) is not None), None)
        if m is not None:
            if kinds is not None and m.kind not in kinds:
                return None
            return self._with_conjuncts(pobj, m) if self.ents.at(pobj.i) is not None else self._compact(pobj, 1)
        if pobj.pos_ == "PRON" or self.refer.mention(pobj) is not None:
            return self._party(pobj)
        if prep.lower_ == "between":
            group = self.refer.group(pobj)  # "between the two companies"
            if group:
                return ", ".join(m.text for m in group[:-1]) + " and " + group[-1].text
        return None

    # -- noun phrases ------------------------------------------------------------
    def _compact(self, tok, depth: int = 0) -> str:
        """A noun phrase without articles, possessive pronouns, generic possessors or clauses."""
        doc = tok.doc
        m = self.ents.at(tok.i)
        if m is not None:
            return m.text
        # A named thing inside the phrase names it: "the new ... missile (ICBM) Hwasong-19" -> "Hwasong-19 ICBM".
        for child in tok.children:
            cm = self.ents.at(child.i)
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
                if node.dep_ == "poss" and self.ents.at(node.i) is None and (not node.text[:1].isupper() or _pronoun(node)):
                    ok = False  # "its", "the two countries’"
                    break
                node = node.head
            if not ok or t.dep_ == "det" or t.tag_ == "POS" and self.ents.at(t.i - 1) is None:
                continue
            if t.is_punct and t.text not in ("-", "–", "/"):
                continue
            if t.lower_ in _TRANSIENT and t.dep_ == "amod" and t.head.i == tok.i:
                continue
            if self.ents.at(t.i) is None and (t.i in self.dated or t.ent_type_ == "ORDINAL" and t.dep_ == "amod"):
                continue  # "1991 agreement", "July 16 press conference": the date has its column
            keep.append(t)
        toks = keep + [tok]
        j = tok.i + 1
        while j + 1 < len(doc) and doc[j].text in ("-", "–") and doc[j + 1].is_alpha and doc[j + 1].is_lower and tok.is_lower:
            toks += [doc[j], doc[j + 1]]  # "re - designs" parsed as "re" with a tail: one word
            j += 2
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
                        text += " of " + self._compact(obj, depth + 1)
                    break
        return text
