"""Roles and affiliations of people, from the words around their names.

Patterns, all general English:
- a title before the name: "Foreign Minister Cho Tae-yul", "Apple chief executive Steve Jobs";
- an affiliation before the title: "Northrop Grumman CEO Ron Sugar", "South Korean
  Foreign Minister ...", "Alabama Governor Bob Riley", "Apple's CEO Steve Jobs";
- an apposition after the name: "Steve Jobs, the Apple Chief Executive Officer,",
  "Ron Sugar, chief executive of Northrop Grumman,", "Jobs, Apple's co-founder";
- a title with its domain: "European Commissioner for Competition Neelie Kroes";
- a title in apposition before the name: "The Vice President and general counsel
  of the company, Mark Chandler,", "The former Chief Operating Officer, Tim Cook";
- representation: "Canada was represented by Foreign Minister Melanie Joly",
  "Representing South Korea were Foreign Minister Cho Tae-yul and ...".
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.extract.entities import DocEntities, Mention
from briefing_tui.extract.lexicon import TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS

AFFILIATION_KINDS = ("country", "organization", "group", "place")
_TITLE_JOINERS = frozenset(("of", "for", "and", "-", "the"))
_ADDRESS = frozenset(("dr", "prof", "doctor", "professor"))  # titles of address, weaker than an office


@dataclass
class Role:
    title: str | None
    affiliation_key: str | None


def _word(tok) -> str:
    return tok.lower_.strip(".")


def _is_head(tok) -> bool:
    return _word(tok) in TITLE_HEADS or _word(tok) in TITLE_ABBREVIATIONS


def _is_title_token(tok) -> bool:
    w = _word(tok)
    return w in TITLE_HEADS or w in TITLE_MODIFIERS or w in TITLE_ABBREVIATIONS


def _title_text(tokens) -> str | None:
    words = []
    for tok in tokens:
        w = _word(tok)
        if w in TITLE_ABBREVIATIONS and tok.text.endswith(".") or (w in TITLE_ABBREVIATIONS and len(tokens) == 1):
            words.append(TITLE_ABBREVIATIONS[w])
        else:
            words.append(tok.text)
    text = " ".join(words).replace(" - ", "-").strip()
    return text or None


def _title_before(doc, ents: DocEntities, m: Mention) -> tuple[list, int]:
    """Title tokens right before a name (stopping at other names) and where they start."""
    i = m.tok_start - 1
    sent_start = doc[m.tok_start].sent.start
    title = []
    while i >= sent_start:
        tok = doc[i]
        if ents.at(i) is not None:
            break
        if _is_title_token(tok) or (title and tok.lower_ in ("of", "for") and i + 1 < m.tok_start):
            title.insert(0, tok)
            i -= 1
            continue
        # "Commissioner for Competition": capitalised domain words after for/of.
        if not title and tok.text[:1].isupper() and tok.is_alpha:
            j = i
            while j > sent_start and doc[j].text[:1].isupper() and doc[j].is_alpha and ents.at(j) is None and j > i - 3:
                j -= 1
            if doc[j].lower_ in ("for", "of") and j > sent_start and _is_head(doc[j - 1]):
                title = list(doc[j : i + 1])
                i = j - 1
                continue
        break
    while title and (title[0].lower_ in _TITLE_JOINERS or not _is_title_token(title[0]) and title[0].lower_ != "of"):
        title.pop(0)
    if title and not any(_is_head(t) for t in title):
        return [], m.tok_start
    return title, (title[0].i if title else m.tok_start)


def _affiliation_before(doc, ents: DocEntities, i: int) -> str | None:
    """An entity right before a title: "Northrop Grumman CEO", "Apple's chief"."""
    j = i - 1
    if j >= 0 and doc[j].tag_ == "POS":
        j -= 1
    if j < 0:
        return None
    m = ents.at(j)
    if m is not None and m.kind in AFFILIATION_KINDS:
        return m.key
    return None


def _apposition(doc, ents: DocEntities, m: Mention) -> Role | None:
    """ "Name, [the] [Org] title [of Org]," after the name."""
    i = m.tok_end
    sent_end = doc[m.tok_start].sent.end
    if i >= sent_end or doc[i].text != ",":
        return None
    i += 1
    tokens = []
    while i < sent_end and doc[i].text not in (",", ";", ".", "(", ")", "—", "–") and len(tokens) < 12:
        tokens.append(doc[i])
        i += 1
    if not tokens:
        return None
    affiliation = None
    title = []
    started = False  # past the title, in "of/at/for ..." phrases
    for tok in tokens:
        found = ents.at(tok.i)
        if found is not None:
            if found.kind == "person":
                return None
            if found.kind in AFFILIATION_KINDS and affiliation is None:
                affiliation = found.key
            if title:
                started = True
            continue
        if tok.lower_ in ("the", "a", "an", "its", "his", "her", "their") or tok.tag_ == "POS":
            if title and not started:
                break
            continue
        if started:
            # "a professor of economics at Harvard University": read on for the affiliation.
            if tok.lower_ in ("and", "or") and affiliation is not None:
                break
            continue
        if _is_title_token(tok):
            title.append(tok)
        elif tok.lower_ in ("and", "&") and title:
            title.append(tok)  # "founder and chief executive"
        elif tok.lower_ in ("of", "at", "for", "with") and title:
            started = True
        elif title:
            break
        else:
            return None  # a clause, not an apposition ("Jobs, who ...")
    while title and title[-1].lower_ in ("and", "&"):
        title.pop()
    if not title or not any(_is_head(t) for t in title):
        return None
    while title and not _is_head(title[-1]) and _word(title[-1]) not in TITLE_MODIFIERS:
        title.pop()
    return Role(_title_text(title), affiliation)


def _title_apposition(doc, ents: DocEntities, m: Mention) -> Role | None:
    """ "The former Chief Operating Officer, Tim Cook": the name is in apposition to a title."""
    root = doc[m.tok_start : m.tok_end].root
    if root.dep_ != "appos" or not _is_head(root.head) or root.head.i > m.tok_start:
        # The parser may miss the apposition: "The former Chief Operating Officer, Tim Cook will ...".
        i = m.tok_start - 2
        if i < 0 or doc[i + 1].text != "," or not _is_head(doc[i]):
            return None
        shifted = Mention(doc[i + 1].idx, doc[i + 1].idx, i + 1, i + 1, "", "person")
        title, start = _title_before(doc, ents, shifted)
        before = doc[start - 1] if start > doc[i].sent.start else None
        if not title or (before is not None and before.lower_ not in ("the", "a", "an", "its", "their", "his", "her")):
            return None
        affiliation = _affiliation_before(doc, ents, start)
        return Role(_title_text(title), affiliation)
    head = root.head
    heads = [head] + [c for c in head.children if c.dep_ == "conj" and _is_head(c)]
    words = []
    affiliation = None
    for h in heads:
        if words:
            words.append("and")
        left = [t for t in h.lefts if t.dep_ in ("compound", "amod", "nmod") and (_is_title_token(t) or t.is_alpha)]
        for t in left:
            found = ents.at(t.i)
            if found is not None and found.kind in AFFILIATION_KINDS:
                affiliation = affiliation or found.key
            elif _is_title_token(t):
                words.append(t)
        words.append(h)
        for c in h.children:
            if c.dep_ == "poss":
                found = ents.at(c.i)
                if found is not None and found.kind in AFFILIATION_KINDS:
                    affiliation = affiliation or found.key
            if c.dep_ == "prep" and c.lower_ in ("of", "at", "for"):
                for obj in c.children:
                    found = ents.at(obj.i)
                    if obj.dep_ == "pobj" and found is not None and found.kind in AFFILIATION_KINDS:
                        affiliation = affiliation or found.key
    text = " ".join(w if isinstance(w, str) else _title_text([w]) for w in words)
    return Role(text, affiliation) if text else None


def _representation(doc, ents: DocEntities, m: Mention) -> str | None:
    """ "X was represented by <person>" / "Representing X were <person>"."""
    tok = doc[m.tok_end - 1]
    seen = 0
    while tok.head is not tok and seen < 8:
        head = tok.head
        if head.lemma_ == "represent":
            for child in head.children:
                if child.dep_ in ("nsubjpass", "dobj"):
                    found = ents.at(child.i)
                    if found is not None and found.kind in AFFILIATION_KINDS:
                        return found.key
            return None
        tok = head
        seen += 1
    # "Representing South Korea were ..." : the person is the attribute of the clause.
    root = doc[m.tok_end - 1]
    while root.dep_ in ("compound", "conj", "appos", "nmod", "cc") and root.head is not root:
        root = root.head
    if root.dep_ == "attr":
        for child in root.head.children:
            if child.dep_ == "csubj" and child.lemma_ == "represent":
                for obj in child.children:
                    found = ents.at(obj.i)
                    if obj.dep_ == "dobj" and found is not None and found.kind in AFFILIATION_KINDS:
                        return found.key
    return None


def person_roles(doc, ents: DocEntities) -> dict[str, Role]:
    """The first role and affiliation the text gives each person entity."""
    roles: dict[str, Role] = {}
    for m in ents.mentions:
        if m.kind != "person":
            continue
        title_tokens, title_start = _title_before(doc, ents, m)
        title = _title_text(title_tokens) if title_tokens else None
        affiliation = _affiliation_before(doc, ents, title_start) if title_tokens else None
        if title_tokens and affiliation is None:
            # "South Korean Foreign Minister": the demonym may sit inside the title.
            pass
        if title is None or _word(title_tokens[-1]) in _ADDRESS:
            # "Dr. Anthony Fauci, director of ...": a form of address yields to a title.
            appos = _apposition(doc, ents, m) or _title_apposition(doc, ents, m)
            if appos is not None:
                title, affiliation = appos.title, appos.affiliation_key
        if title is not None and affiliation is None:
            affiliation = _representation(doc, ents, m)
        known = roles.get(m.key)
        if known is None:
            roles[m.key] = Role(title, affiliation)
        else:
            if known.title is None and title:
                known.title = title
            if known.affiliation_key is None and affiliation:
                known.affiliation_key = affiliation
    return roles
