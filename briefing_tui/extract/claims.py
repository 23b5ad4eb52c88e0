"""Attributed claims from the dependency parse: who said, condemned or called for what.

A cue is a reporting or stance verb (lexicon.CUE_VERBS, by lemma) or an
attribution phrase ("according to"). Its claimant is the verb's subject (or the
agent of a passive, or the subject it shares with the verb it is conjoined
to); pronouns and collective nouns ("they", "the statement", "the ministers",
"the company") resolve to what they most recently referred to. The claim text
is the reported content (the clause or object the cue governs); when that lies
in a quotation, the whole quotation is taken, across sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_tui.extract.entities import DocEntities, Mention
from briefing_tui.extract.lexicon import CUE_VERBS, DOCUMENT_NOUNS, SPEAKER_NOUNS
from briefing_tui.records import ClaimRecord

CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "prep", "dative", "acomp", "parataxis", "npadvmod", "prt")
_OPEN = "“‘«"
_CLOSE = "”’»"
_PERSONAL = {"he": "person", "she": "person", "him": "person", "her": "person"}
_COLLECTIVE = {"it", "they", "them", "we"}


@dataclass
class Claimant:
    text: str
    key: str | None = None
    keys: list[str] = field(default_factory=list)
    plural: bool = False
    kind: str | None = None
    owner: "Claimant | None" = None  # for a document: who issued it


def _wrap(owner: "Claimant", what: str) -> "Claimant":
    """ "South Korea and Canada (joint statement)": a document or body of an owner."""
    return Claimant(f"{owner.text} ({what})", owner.key, owner.keys, owner.plural, owner.kind, owner)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations as [start, end) inside the quote marks; straight quotes pair up by order."""
    spans = []
    stack: int | None = None
    for m in re.finditer(r"[“”\"]", text):
        ch = m.group()
        if ch == "“":
            stack = m.end()
        elif ch == "”":
            if stack is not None:
                spans.append((stack, m.start()))
            stack = None
        elif stack is None:
            stack = m.end()
        else:
            spans.append((stack, m.start()))
            stack = None
    return [(a, b) for a, b in spans if b - a > 1]


class ClaimFinder:
    def __init__(self, doc, ents: DocEntities, names: dict[str, str]):
        self.doc = doc
        self.ents = ents
        self.names = names  # entity key -> display name
        self.quotes = quote_spans(doc.text)
        self.last_person: Claimant | None = None
        self.last_collective: Claimant | None = None
        self.last_plural: Claimant | None = None
        self.last_org: Claimant | None = None
        self.last_countries: Claimant | None = None
        self.documents: dict[str, Claimant] = {}  # "statement" -> who issued it

    # -- claimants -----------------------------------------------------------
    def _entities_in(self, tok) -> list[Mention]:
        """Entity mentions heading a noun phrase: the token itself and its conjuncts."""
        found: list[Mention] = []
        for t in [tok, *self._conjuncts(tok)]:
            m = self.ents.at(t.i)
            if m is not None and m not in found:
                found.append(m)
        return found

    def _conjuncts(self, tok):
        out = []
        for child in tok.children:
            if child.dep_ == "conj":
                out.append(child)
                out.extend(self._conjuncts(child))
        return out

    def _join(self, mentions: list[Mention]) -> Claimant:
        keys = []
        for m in mentions:
            if m.key not in keys:
                keys.append(m.key)
        names = [self.names.get(k, k) for k in keys]
        text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        kind = mentions[0].kind if len(keys) == 1 else None
        return Claimant(text, keys[0] if len(keys) == 1 else None, keys, plural=len(keys) > 1, kind=kind)

    def claimant_of(self, tok) -> Claimant | None:
        """Resolve the subject token of a cue to a claimant."""
        low = tok.lower_
        if low in _PERSONAL:
            return self.last_person
        if low in _COLLECTIVE:
            if low in ("they", "them", "we"):
                return self.last_plural or self.last_collective
            return self.last_collective or self.last_org
        if low in ("who", "that", "which") and tok.head.dep_ == "relcl":
            tok = tok.head.head
        direct = self._entities_in(tok)
        if direct:
            return self._join(direct)
        # A noun phrase holding an entity: "Seoul's foreign ministry", "officials of Apple".
        inner = self._inner(tok)
        head = tok.lemma_.lower()
        if head in DOCUMENT_NOUNS:
            if inner and inner[0].kind != "person":
                return _wrap(self._join(inner[:1]), self._phrase(tok, drop=inner[0]))
            bound = self.documents.get(head)
            if bound is not None:
                return bound
            author = self.last_collective
            if author is not None:
                return _wrap(author.owner or author, self._phrase(tok))
            return Claimant(self._phrase(tok, keep_det=True))
        if inner and inner[0].kind != "person":
            owner = self._join(inner[:1])
            rest = self._phrase(tok, drop=inner[0])
            if rest and rest.lower() != owner.text.lower():
                return _wrap(owner, rest)
            return owner
        if inner and inner[0].kind == "person":
            return self._join(inner[:1])
        if head in ("company", "firm", "corporation", "maker", "giant") and self.last_org:
            return self.last_org
        if head in ("country", "nation", "side", "government") and tok.tag_ == "NNS" and self.last_countries:
            return self.last_countries
        if tok.pos_ not in ("NOUN", "PROPN") or head not in SPEAKER_NOUNS:
            return None
        return Claimant(self._phrase(tok, keep_det=True), plural=tok.tag_ in ("NNS", "NNPS"))

    def _np_tokens(self, tok) -> list:
        """The noun phrase of tok: its subtree less clauses and appositions."""
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "appos", "advcl", "ccomp", "punct"))
        return sorted(out, key=lambda t: t.i)

    def _inner(self, tok) -> list[Mention]:
        found: list[Mention] = []
        for t in self._np_tokens(tok):
            m = self.ents.at(t.i)
            if m is not None and m not in found:
                found.append(m)
        return found

    def _phrase(self, tok, drop: Mention | None = None, keep_det: bool = False) -> str:
        """The noun phrase headed by tok, without clauses, appositions or a dropped owner."""
        doc = self.doc
        left, right = tok.left_edge.i, tok.i
        for t in tok.rights:
            if t.dep_ in ("compound", "prep") and t.i == right + 1:
                right = t.right_edge.i
        words = []
        for t in doc[left : right + 1]:
            if drop is not None and drop.tok_start <= t.i < drop.tok_end:
                continue
            if drop is not None and t.tag_ == "POS" and t.i == drop.tok_end:
                continue
            words.append(t.text_with_ws)
        text = "".join(words).strip(" ,")
        if not keep_det or drop is not None:
            for det in ("the ", "a ", "an ", "The ", "A ", "An "):
                if text.startswith(det):
                    text = text[len(det):]
        return text[:1].lower() + text[1:] if keep_det else text

    def remember(self, claimant: Claimant | None) -> None:
        if claimant is None:
            return
        if claimant.kind == "person":
            self.last_person = claimant
        elif claimant.owner is not None:
            self.last_collective = claimant
        else:
            self.last_collective = claimant
            if claimant.plural:
                self.last_plural = claimant
            if claimant.kind == "organization":
                self.last_org = claimant
            if claimant.plural and claimant.keys and all(k.startswith("country:") for k in claimant.keys):
                self.last_countries = claimant

    def note_sentence(self, sent) -> None:
        """Track entities that pronouns may refer to, from sentences with no cue too."""
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                found = self._entities_in(tok)
                if found:
                    self.remember(self._join(found))

    def note_documents(self, sent) -> None:
        """Bind documents introduced here to who was speaking before this sentence."""
        for tok in sent:
            # "a joint statement": a document introduced now belongs to who speaks now.
            lemma = tok.lemma_.lower()
            if lemma in DOCUMENT_NOUNS and tok.pos_ == "NOUN" and lemma not in self.documents:
                if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                    inner = [m for m in self._inner(tok) if m.kind != "place"]
                    owner = self._join(inner[:1]) if inner else (self.last_collective.owner or self.last_collective if self.last_collective else None)
                    if owner is not None:
                        self.documents[lemma] = _wrap(owner, self._phrase(tok, drop=inner[0] if inner else None).split(" by ")[0].split(" of ")[0])

    # -- content ---------------------------------------------------------------
    def _quote_around(self, start: int, end: int) -> tuple[int, int] | None:
        for a, b in self.quotes:
            if a <= start < b or a < end <= b or (start <= a and b <= end):
                return a, b
        return None

    def _content(self, cue, exclude: set[int]) -> tuple[int, int] | None:
        tokens = []
        for child in cue.rights:
            if child.dep_ in CONTENT_DEPS:
                if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during", "after", "before") and not tokens:
                    continue  # "said on Thursday": a time, not what was said
                if child.dep_ == "npadvmod":
                    continue
                tokens.extend(t for t in child.subtree if t.i not in exclude)
            elif child.dep_ in ("advcl", "cc", "conj") and tokens:
                break
        if not tokens:
            # Content before the cue: "“...,” he said" parses the quote as a ccomp on the left.
            for child in cue.lefts:
                if child.dep_ in ("ccomp", "parataxis"):
                    tokens.extend(t for t in child.subtree if t.i not in exclude)
        tokens = [t for t in tokens if not (t.is_punct and t.text not in "“”\"")]
        cue_words = {c.i for c in cue.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "for" and cue.lemma_ == "call")}
        tokens = [t for t in tokens if t.i not in cue_words]
        while tokens and tokens[0].lower_ in ("that", ":", "to") and tokens[0].dep_ in ("mark", "punct", "aux") and tokens[0].lower_ != "to":
            tokens.pop(0)
        if not tokens:
            return None
        start = min(t.idx for t in tokens)
        last = max(tokens, key=lambda t: t.idx)
        return start, last.idx + len(last.text)

    def _span_text(self, start: int, end: int) -> str:
        text = self.doc.text[start:end].strip().strip("“”\"' ,.").strip()
        return re.sub(r"\s+", " ", text)

    # -- the finder --------------------------------------------------------------
    def cues(self, sent):
        doc = self.doc
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                yield tok, "according to"
            elif tok.lemma_.lower() in CUE_VERBS and tok.pos_ in ("VERB",) and (
                tok.dep_ not in ("amod", "acl", "compound")
                or tok.dep_ == "acl" and any(c.dep_ in ("ccomp",) for c in tok.children)
            ):
                cue = tok.text
                for child in tok.children:
                    if child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ == "for" and tok.lemma_ == "call"):
                        cue = f"{tok.text} {child.text}"
                        break
                yield tok, cue

    def subject(self, cue):
        """The subject token of a cue verb, looking through conjunction and control."""
        tok = cue
        for _ in range(6):
            for child in tok.children:
                if child.dep_ in ("nsubj", "csubj"):
                    return child
                if child.dep_ == "agent":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return obj
            if tok.dep_ == "acl" and tok.head is not tok:
                return tok.head  # "a spokesman ... warning that ..."
            if tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and tok.head is not tok:
                tok = tok.head
                continue
            break
        return None

    def find(self) -> list[ClaimRecord]:
        claims: list[ClaimRecord] = []
        used_quotes: set[tuple[int, int]] = set()
        for sent in self.doc.sents:
            self.note_documents(sent)
            for cue, cue_text in self.cues(sent):
                record = self._claim(cue, cue_text, used_quotes)
                if record is not None:
                    claims.append(record)
            self.note_sentence(sent)
        return claims

    def _claim(self, cue, cue_text: str, used_quotes: set) -> ClaimRecord | None:
        doc = self.doc
        if cue_text == "according to":
            to = doc[cue.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if not objs:
                return None
            claimant = self.claimant_of(objs[0])
            exclude = {t.i for t in cue.subtree} | {t.i for t in to.subtree}
            clause = cue.head if cue.head is not cue else cue
            while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head is not clause:
                clause = clause.head
            tokens = [t for t in clause.subtree if t.i not in exclude and not t.is_punct]
            if not tokens:
                return None
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            span_start = min(start, cue.idx)
            span_end = max(end, objs[0].right_edge.idx + len(objs[0].right_edge.text))
        else:
            extra = None
            subj = self.subject(cue)
            claimant = self.claimant_of(subj) if subj is not None else None
            if subj is not None and claimant is None and subj.lower_ not in _PERSONAL and subj.lower_ not in _COLLECTIVE:
                return None  # "tension that threatens ...": not a speaker
            if any(c.dep_ == "auxpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children):
                return None  # "are expected to": no one is speaking
            exclude = {t.i for t in subj.subtree} if subj is not None else set()
            content = self._content(cue, exclude)
            quote = None
            if content is not None and len(self.doc.text[content[0]:content[1]].split()) <= 1:
                content = None  # "saying that, ..." followed by the quotation
            if content is not None:
                around = self._quote_around(*content)
                # Only a quotation that holds the whole content replaces it.
                if around is not None and around[0] <= content[0] + 2 and content[1] <= around[1] + 2:
                    quote = around
            else:
                # "He said:" followed by a quotation.
                after = [q for q in self.quotes if q[0] >= cue.idx and q[0] - cue.idx < 40]
                before = [q for q in self.quotes if q[1] <= cue.idx and cue.idx - q[1] < 30]
                quote = (before or after or [None])[-1 if before else 0]
            if quote is not None and quote[1] <= cue.idx:
                # '"A," he said. "B."': the quotation goes on after the attribution.
                nxt = [q for q in self.quotes if q[0] > cue.idx and 0 <= q[0] - cue.sent.end_char <= 3]
                if nxt:
                    extra = nxt[0]
            if quote is not None:
                cue_inside = quote[0] <= cue.idx < quote[1]
                if not cue_inside:
                    content = quote
                    used_quotes.add(quote)
            if content is None:
                return None
            start, end = content
            span_start = min(start, subj.left_edge.idx if subj is not None else cue.idx, cue.idx)
            span_end = max(end, cue.idx + len(cue.text))
        text = self._span_text(start, end)
        if cue_text != "according to" and extra is not None:
            text = f"{text} {self._span_text(*extra)}"
            span_end = max(span_end, extra[1])
        if not text or len(text) < 3:
            return None
        self.remember(claimant)
        if claimant is None:
            display = "unattributed"
            key = None
        else:
            display, key = claimant.text, claimant.key
        return ClaimRecord(
            claimant=display,
            cue=cue_text,
            text=text,
            start=span_start,
            end=span_end,
            claimant_key=key,
        )


def find_claims(doc, ents: DocEntities, names: dict[str, str]) -> list[ClaimRecord]:
    return ClaimFinder(doc, ents, names).find()
