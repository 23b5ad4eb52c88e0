"""What a pronoun or a description stands for, for events and their summaries.

"He was fired", "it acquired NeXT", "Pixar, which was acquired by Disney",
"fired from the company": an event told with a pronoun is about the entity the
pronoun refers to, and both its participants and its summary should name it.

- "he"/"she" (and "him", "his", "her"): the last person who was the subject of
  a clause before it, within the last few sentences (a person named as an
  object is rarely what a later "he" means).
- "it"/"its" as a subject or possessor: the nearest organisation or named thing
  earlier in the same sentence ("Apple released ... from its iPod"), or in a
  phrase put before the subject, that subject ("after its launch, iTunes ...");
  failing that, the last organisation that was the subject of a clause in the sentences
  before, or the last organisation named there (not as a modifier).
- "they"/"their": the organisation or group last the subject of a clause before,
  if that subject was one party ("Apple have released ...; they announced").
- "which"/"that"/"who" opening a relative clause: the noun the clause describes.
- "the company", "the firm" (lexicon.ORG_DESCRIPTORS, definite and singular):
  the organisation last named before, as for "it"; "the two companies", "both
  parties": the last two distinct ones named before.

Claims resolve their claimants with more state (claims.ClaimFinder: the last
speaker, named descriptions); events need only this, which works on any token.
"""

from __future__ import annotations

from briefing_tui.extract.entities import DocEntities, Mention
from briefing_tui.extract.lexicon import ORG_DESCRIPTORS

PERSONAL = frozenset(("he", "she", "him", "his", "her"))
_NEUTER = frozenset(("it", "its"))
_PLURAL = frozenset(("they", "their"))
_PLACE_PREPS = frozenset(("in", "at", "near", "from", "outside", "inside"))
_RELATIVE = frozenset(("which", "that", "who", "whom"))
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "ROOT", "appos")
_NEAR_KINDS = ("organization", "other", "group", "country")
_REACH = 120  # tokens: a few sentences
_NUMBERS = {"two": 2, "three": 3, "four": 4}
_GROUP_NOUNS = {"country": ("country",), "nation": ("country",), "party": ("organization", "country", "person", "group"),
                "side": ("organization", "country", "person", "group")}


def person_before(people: list[Mention], tok) -> Mention | None:
    """The person a third-person pronoun most likely refers to: the last person who was
    the subject of a clause before it, within the last few sentences."""
    found = None
    for m in people:
        if m.tok_end > tok.i:
            break
        found = m
    if found is None or tok.i - found.tok_end > _REACH:
        return None
    return found


class Antecedents:
    """Pronoun and description resolution over one document (built once per report)."""

    def __init__(self, toks: list, ents: DocEntities):
        self.ents = ents
        # Mentions in text order whose last token was the subject of its clause.
        self.people = [m for m in ents.mentions if m.kind == "person" and toks[m.tok_end - 1].dep_ in _SUBJECT_DEPS]
        # An organisation named as a modifier ("the Macintosh personal computer") is no referent.
        self.orgs = [m for m in ents.mentions if m.kind == "organization" and toks[m.tok_end - 1].dep_ not in ("compound", "amod", "nmod")]
        self.org_subjects = [m for m in self.orgs if toks[m.tok_end - 1].dep_ in ("nsubj", "nsubjpass")]
        self.subjects = [m for m in ents.mentions if toks[m.tok_end - 1].dep_ in ("nsubj", "nsubjpass")]

    def person(self, tok) -> Mention | None:
        """The person "he", "his", "she" or "her" refers to, or None for other words."""
        return person_before(self.people, tok) if tok.lower_ in PERSONAL else None

    def mention(self, tok) -> Mention | None:
        """The entity a pronoun or definite description refers to (None if not one, or unknown)."""
        low = tok.lower_
        if low in PERSONAL:
            return self.person(tok)
        if low in _NEUTER and tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            return self._thing_before(tok)  # "it" as an object is too often a clause or a product
        if low in _PLURAL and tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            return self._collective_before(tok)
        if self._org_description(tok):
            return self._org_before(tok)
        if low in _RELATIVE and tok.head.dep_ == "relcl":
            return self.ents.at(tok.head.head.i)
        return None

    def antecedent_token(self, tok):
        """The noun a relative pronoun stands for ("the update that was released"), or None."""
        if tok.lower_ in _RELATIVE and tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
            return tok.head.head
        return None

    def group(self, tok) -> list[Mention]:
        """ "the two companies", "both parties": the last distinct parties of that sort
        named before tok (two unless a number says otherwise), or [] if not such a phrase."""
        if tok.tag_ != "NNS":
            return []
        count = None
        for c in tok.children:
            if c.dep_ == "nummod" and c.lower_ in _NUMBERS:
                count = _NUMBERS[c.lower_]
            elif c.dep_ in ("det", "predet") and c.lower_ == "both":
                count = 2
        if count is None:
            return []
        lemma = tok.lemma_.lower()
        kinds = ("organization",) if lemma in ORG_DESCRIPTORS else _GROUP_NOUNS.get(lemma)
        if kinds is None:
            return []
        found: list[Mention] = []
        for m in reversed(self.ents.mentions):
            if m.tok_end > tok.i or tok.i - m.tok_end > _REACH:
                continue
            last = tok.doc[m.tok_end - 1]
            if last.dep_ == "pobj" and last.head.lower_ in _PLACE_PREPS:
                continue  # "lost its case against Apple Computer in the High Court": not a party
            if m.kind in kinds and all(f.key != m.key for f in found):
                found.append(m)
                if len(found) == count:
                    return found[::-1]
        return []

    @staticmethod
    def _org_description(tok) -> bool:
        return (
            tok.lemma_.lower() in ORG_DESCRIPTORS
            and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ in ("compound", "amod", "prep", "relcl", "acl") for c in tok.children)
        )

    def _thing_before(self, tok) -> Mention | None:
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            m = self.ents.at(i)
            if m is not None and m.kind in _NEAR_KINDS and i == m.tok_end - 1:
                return m
        return self._subject_after(tok) or self._org_before(tok)

    def _subject_after(self, tok) -> Mention | None:
        """ "Five years after its launch, Apple's iTunes service passed ...": "its" in a
        phrase put before the clause's subject refers forward to that subject."""
        root = tok.sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.left_edge.i <= tok.i or not any(a.i == root.i for a in tok.ancestors):
            return None
        for t in [subj, *[c for c in subj.children if c.dep_ in ("compound", "nmod")], *[c for c in subj.children if c.dep_ == "poss"]]:
            m = self.ents.at(t.i)
            if m is not None and m.kind in _NEAR_KINDS:
                return m
        return None

    def _org_before(self, tok) -> Mention | None:
        """The organisation last the subject of a clause in the sentences before, or last named there."""
        for seen in (self.org_subjects, self.orgs):
            before = [m for m in seen if m.tok_end <= tok.sent.start and tok.i - m.tok_end <= _REACH]
            if before:
                return before[-1]
        return None

    def _collective_before(self, tok) -> Mention | None:
        """ "Apple have released ... they have announced": "they" is the organisation or
        group that was the last subject before, unless that subject was several parties."""
        before = [m for m in self.subjects if m.tok_end <= tok.sent.start and tok.i - m.tok_end <= _REACH]
        if not before:
            return None
        last = before[-1]
        head = tok.doc[last.tok_end - 1]
        if last.kind not in ("organization", "group") or any(c.dep_ == "conj" for c in head.children) or head.dep_ == "conj":
            return None
        return last
