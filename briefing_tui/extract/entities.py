"""Named mentions -> one entity per real-world thing, with a key shared across reports.

Keys: `country:<alpha2>` (via the gazetteer, so names, codes, demonyms,
possessives and capitals used for their government meet), `person:<full name>`,
`org:<name without legal form>`, `place:<name>`, `group:<name>`, `other:<name>`.
Within a report, short later mentions ("Jobs", "Mr Lowe", "Apple") join the one
longer name they abbreviate; a short form that fits several names stays apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from briefing_tui.extract.gazetteer import gazetteer, normalize
from briefing_tui.extract.lexicon import (
    HONORIFICS,
    ORG_SUFFIXES,
    PLACE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

LABEL_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "PRODUCT": "other",
    "EVENT": "other",
}
# Prepositions before a capital that make it the city, not its government.
LOCATIVE = frozenset(
    "in at to from near into outside inside across around via toward towards visit visited visiting visits toured tour".split()
)


@dataclass
class Mention:
    start: int  # character span of the name itself (no article, no possessive)
    end: int
    tok_start: int
    tok_end: int
    text: str
    kind: str
    key: str = ""
    label: str = ""


@dataclass
class Entity:
    key: str
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


class DocEntities:
    """The entities of one report and which tokens mention them."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}

    def add(self, mention: Mention, name: str) -> None:
        entity = self.entities.get(mention.key)
        if entity is None:
            entity = self.entities[mention.key] = Entity(mention.key, name, mention.kind)
        elif len(name) > len(entity.name) and entity.kind in ("person", "organization", "other"):
            entity.name = name
        entity.aliases.add(mention.text)
        entity.mentions.append(mention)
        self.mentions.append(mention)
        for i in range(mention.tok_start, mention.tok_end):
            self.by_token[i] = mention

    def at(self, token_i: int) -> Mention | None:
        return self.by_token.get(token_i)

    def entity(self, key: str) -> Entity:
        return self.entities[key]


def _is_title_word(text: str) -> bool:
    low = text.lower().strip(".")
    return low in TITLE_HEADS or low in TITLE_MODIFIERS or low in TITLE_ABBREVIATIONS


def _trim(span):
    """Drop articles, possessive endings, punctuation and titles from an entity span."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (
        doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s", "'", "’")
        or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    if span.label_ == "PERSON":
        while end - start > 1 and (
            doc[start].lower_.strip(".") in HONORIFICS or _is_title_word(doc[start].text)
        ):
            start += 1
    return start, end


def _name_text(doc, start: int, end: int) -> str:
    text = doc[start:end].text
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def _org_key(text: str) -> str:
    words = [w for w in normalize(text).replace(",", " ").split()]
    while len(words) > 1 and words[-1] in ORG_SUFFIXES:
        words.pop()
    return " ".join(words).replace(".", "")


def _slug(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).replace(".", "")


def resolve_entities(doc) -> DocEntities:
    gaz = gazetteer()
    raw: list[Mention] = []
    taken: set[int] = set()
    for ent in doc.ents:
        kind = LABEL_KINDS.get(ent.label_)
        if kind is None:
            continue
        start, end = _trim(ent)
        if start >= end:
            continue
        tokens = doc[start:end]
        if all(_is_title_word(t.text) or not t.is_alpha for t in tokens):
            continue  # "Defense" in "Defense Minister" tagged ORG
        if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens):
            continue  # lowercase spans are rarely names
        text = _name_text(doc, start, end)
        # "the Kursk region": a name before a place noun is a place, whatever its label.
        if end < len(doc) and doc[end].lower_ in PLACE_NOUNS and kind in ("other", "organization"):
            kind = "place"
        mention = Mention(doc[start].idx, doc[start].idx + len(text), start, end, text, kind, label=ent.label_)
        raw.append(mention)
        taken.update(range(start, end))
    raw.extend(_gazetteer_mentions(doc, taken))
    raw.sort(key=lambda m: m.tok_start)
    raw = _merge_adjacent(doc, raw)

    # One kind per surface form within a report: NER labels the same name differently.
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in raw:
        votes[_slug(m.text)][m.kind] += 1
    for m in raw:
        counts = votes[_slug(m.text)]
        if len(counts) > 1 and m.kind not in ("place",):
            m.kind = counts.most_common(1)[0][0]

    out = DocEntities()
    surnames: dict[str, list[str]] = defaultdict(list)  # last word -> full-name keys
    forenames: dict[str, list[str]] = defaultdict(list)
    weight: Counter = Counter()  # how often each full name or its surname occurs
    full_orgs: list[tuple[list[str], str]] = []
    for m in raw:
        if m.kind == "person" and len(m.text.split()) > 1:
            key = "person:" + _slug(m.text)
            parts = _slug(m.text).split()
            if key not in surnames[parts[-1]]:
                surnames[parts[-1]].append(key)
            if key not in forenames[parts[0]]:
                forenames[parts[0]].append(key)
        if m.kind == "organization" and len(_org_key(m.text).split()) > 1:
            full_orgs.append((_org_key(m.text).split(), "org:" + _org_key(m.text)))

    for m in raw:
        if m.kind == "person":
            words = _slug(m.text).split()
            for key in surnames.get(words[-1], []) if words else []:
                if len(words) == 1 or key == "person:" + " ".join(words):
                    weight[key] += 1

    # A one-word mention of a surname or of an organisation's first word is that
    # person or organisation whatever the NER labelled it ("Albanese" as NORP).
    org_heads: dict[str, set[str]] = defaultdict(set)
    acronyms: dict[str, set[str]] = defaultdict(set)
    for words, key in full_orgs:
        org_heads[words[0]].add(key)
    for m in raw:
        if m.kind == "organization" and len(m.text.split()) > 1:
            initials = "".join(w[0] for w in m.text.split() if w[:1].isupper())
            if len(initials) > 1:
                acronyms[initials.lower()].add("org:" + _org_key(m.text))
    for m in raw:
        words = _slug(m.text).split()
        if len(words) != 1 or m.kind == "country":
            continue
        if words[0] in surnames and m.kind != "person":
            m.kind = "person"
        elif words[0] in org_heads and m.kind in ("other", "group", "person", "place") and len(org_heads[words[0]]) == 1:
            m.kind = "organization"

    names: dict[str, str] = {}
    for m in raw:
        country = None
        if m.kind in ("place", "group") or (m.kind == "organization" and m.text.replace(".", "").isupper()):
            country = gaz.lookup(m.text)
        if country is not None:
            before = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
            name = gaz.name(country.code)
            if country.how == "capital" and before in LOCATIVE:
                m.kind, m.key = "place", "place:" + _slug(m.text)
                names[m.key] = m.text
            else:
                m.kind, m.key = "country", "country:" + country.code
                names[m.key] = name
        elif m.kind == "person":
            words = [w for w in _slug(m.text).split() if w.strip(".") not in HONORIFICS]
            target = None
            if len(words) == 1:
                for table in (surnames, forenames):
                    keys = table.get(words[0], [])
                    if len(keys) == 1:
                        target = keys[0]
                        break
                    if len(keys) > 1:
                        # "Steve" among Steve Jobs (7 mentions) and Steve Ballmer (1).
                        ranked = sorted(keys, key=lambda k: -weight[k])
                        if weight[ranked[0]] >= 3 * max(1, weight[ranked[1]]):
                            target = ranked[0]
                        break
            if target is not None:
                m.key = target
            else:
                m.key = "person:" + " ".join(words)
                names.setdefault(m.key, m.text)
        elif m.kind == "organization":
            key_words = _org_key(m.text).split()
            longer = {k for words, k in full_orgs if words[: len(key_words)] == key_words and len(words) > len(key_words)}
            expanded = acronyms.get(m.text.replace(".", "").lower(), set()) if m.text.replace(".", "").isupper() else set()
            if len(longer) == 1 and len(key_words) == 1:
                m.key = longer.pop()
            elif len(expanded) == 1:
                m.key = expanded.pop()
            else:
                m.key = "org:" + " ".join(key_words)
                names.setdefault(m.key, m.text)
        elif m.kind == "group":
            m.key = "group:" + _slug(m.text)
            names.setdefault(m.key, m.text)
        elif m.kind == "place":
            m.key = "place:" + _slug(m.text)
            names.setdefault(m.key, m.text)
        else:
            m.key = "other:" + _slug(m.text)
            names.setdefault(m.key, m.text)
        if not m.key.split(":", 1)[1]:
            continue
        out.add(m, names.get(m.key, m.text))
    for entity in out.entities.values():
        if entity.kind == "country":
            entity.name = names[entity.key]
    return out


def _merge_adjacent(doc, raw: list[Mention]) -> list[Mention]:
    """ "Northrop" (ORG) + "Grumman" (PRODUCT): the NER split one name in two."""
    out: list[Mention] = []
    for m in raw:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.tok_end == m.tok_start
            and prev.kind == "organization"
            and m.kind in ("organization", "other")
            and doc[prev.tok_end - 1].whitespace_
        ):
            text = doc.text[prev.start : m.end]
            out[-1] = Mention(prev.start, m.end, prev.tok_start, m.tok_end, text, "organization", label=prev.label)
            continue
        out.append(m)
    return out


def _gazetteer_mentions(doc, taken: set[int]) -> list[Mention]:
    """Country names and demonyms the NER missed ("Korean-American", "Canadian officials")."""
    gaz = gazetteer()
    found = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if i in taken or not tok.text[:1].isupper() or tok.is_sent_start and tok.lower_ in ("the",):
            i += 1
            continue
        for width in (3, 2, 1):
            if i + width > n or any(j in taken for j in range(i, i + width)):
                continue
            span = doc[i : i + width]
            if not all(t.text[:1].isupper() or t.text in ("-", "of") for t in span):
                continue
            match = gaz.lookup(span.text)
            if match and match.how in ("name", "demonym", "code"):
                found.append(
                    Mention(span.start_char, span.end_char, i, i + width, span.text, "place", label="GAZ")
                )
                taken.update(range(i, i + width))
                i += width - 1
                break
        i += 1
    return found
