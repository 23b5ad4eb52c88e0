"""Named mentions -> one entity per real-world thing, with a key shared across reports.

Keys: `country:<alpha2>` (via the gazetteer, so names, codes, demonyms,
possessives and capitals used for their government meet), `person:<full name>`,
`org:<name without legal form or descriptor>` ("Apple Inc.", "Apple Computer"
and "Apple" are `org:apple`), `place:<name>`, `group:<name>`, `weapon:<name>`
and `other:<name>` for products and works (words sorted, so "3G iPhone" and
"iPhone 3G" meet).

Mentions come from the NER, corrected by the words around them, plus what the
small NER misses: product names written in brand case ("iPhone 4", "iTunes
Music Store", "MacBook Air") or with a version number ("Safari 4.0"), weapon
designations beside a weapon noun ("Hwasong-19 ICBM"), a name right after a
title ("Commissioner for Competition Neelie Kroes"), and later bare surnames of
a person already named. Within a report, short later mentions ("Jobs", "Mr
Lowe", "Apple") join the one longer name they abbreviate; a short form that
fits several names stays apart.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from briefing_tui.extract.gazetteer import gazetteer, normalize
from briefing_tui.extract.nlp import named_entities, text_of, tokens, word_classes
from briefing_tui.extract.lexicon import (
    ARTIFACT_NOUNS,
    EVENT_NAME_HEADS,
    EVENT_NOUNS,
    HONORIFICS,
    LOCAL_OFFICES,
    ORG_DESCRIPTORS,
    ORG_NAME_WORDS,
    ORG_PARTS,
    ORG_SUFFIXES,
    PARTY_HEADS,
    PARTY_ADJECTIVES,
    PLACE_NOUNS,
    STYLES_BEFORE_NAME,
    STYLES_OF_RANK,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WEAPON_NOUNS,
    plural_title,
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


_LEGAL_TAIL = re.compile(r",?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|PLC|plc|AG|SA|GmbH|NV|BV)\.?$")


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
        if mention.kind == "organization":
            name = _LEGAL_TAIL.sub("", name) or name  # "Acme Robotics Inc." shows as "Acme Robotics"
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
    if "." in low:
        low = low.replace(".", "")  # "C.E.O."
    return low in TITLE_HEADS or low in TITLE_MODIFIERS or low in TITLE_ABBREVIATIONS or plural_title(text)  # "MPs A and B"


_ADDRESS_FORMS = HONORIFICS | {"dr", "prof"}


def letter_article(tok) -> bool:
    """A capital letter standing alone before a name: the article of a foreign name
    ("O Globo", "A Bola"); not "I", nor an English "A" opening a sentence."""
    return len(tok.text) == 1 and tok.text.isupper() and tok.text != "I" and tok.whitespace_ != "" and (
        tok.text != "A" or not tok.is_sent_start
    ) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper()


def _trim(span):
    """Drop articles, possessive endings, punctuation and titles from an entity span."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (
        doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space
        or end - start > 1 and doc[start].tag_ == "VBG"  # "Following Benítez's decision": the verb opens the clause
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s", "'", "’")
        or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    for i in range(start + 1, end):
        if doc[i].text in ("(", "[", "|"):
            end = i  # "World Health Organisation (WHO": the bracket starts an alias
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while end - start > 1 and doc[end - 1].lower_.strip(".") in _ADDRESS_FORMS:
        end -= 1  # "World Trade Organization Dr": the next person's form of address
    if span.label_ != "PERSON":
        while end - start > 1 and doc[end - 1].is_lower and _is_title_word(doc[end - 1].text):
            end -= 1  # "Google DeepMind chief Demis Hassabis": a lowercase title is no part of a name
    if span.label_ == "PERSON" and end - start > 2 and doc[start].text in ("Said", "Says") and _inverted_speech(doc, start, end):
        start += 1  # 'Said Jane Morrow, the mayor: "..."': the verb of an inverted attribution
    if span.label_ == "PERSON":
        while end - start > 1 and (
            doc[start].lower_.strip(".") in HONORIFICS or _is_title_word(doc[start].text)
            or end - start > 2 and doc[start].tag_ in ("NNS", "NNPS")  # "(Human) Rights Volker Türk"
            or end - start > 2 and start > 0 and _is_title_word(doc[start - 1].text) and _plural_noun(doc[start].text)
        ):  # "Minister of Foreign Affairs Penny Wong": the office's field, then the name
            start += 1
    return start, end


def _plural_noun(text: str) -> bool:
    """ "Affairs", "Services": an English noun in the plural (WordNet's index)."""
    low = text.lower()
    if len(low) < 4 or not low.endswith("s") or not text[:1].isupper():
        return False
    classes = word_classes(low[:-1])
    return bool(classes) and "noun" in classes


_PLACE_PREFIXES = frozenset("lake mount mt cape fort port san santa st saint sao são el la los las le al downtown metro".split())


def _club_word(tok, name_start: int) -> bool:
    """An untagged capitalised word the parser makes part of a city's name after it
    ("Real" Madrid, "Atletico" Madrid), which no place's name starts with."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and tok.ent_type_ == "" and (
        tok.dep_ == "compound" and tok.head.i >= name_start
    ) and not _is_title_word(tok.text) and tok.lower_ not in _COMPASS and tok.lower_ not in HONORIFICS and (
        tok.lower_ not in _PLACE_PREFIXES and tok.lower_ not in PLACE_NOUNS and tok.lower_ not in _CALENDAR
    )


def _inverted_speech(doc, start: int, end: int) -> bool:
    """'Said X, the mayor: "..."' opens a sentence with the verb; 'Said Jalili said' is a
    forename: the name does something itself before the sentence's quotation or colon."""
    if not (doc[start].is_sent_start or start > 0 and doc[start - 1].text in _QUOTES):
        return False
    for tok in doc[end : doc[start].sent.end]:
        if tok.text in _QUOTES or tok.text == ":":
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBN" and "relcl" not in (tok.dep_, tok.head.dep_):
            return False  # "who runs the shelter" is said of the name, not by it
    return True


_QUOTES = frozenset(('"', "\u201c", "\u201d", "\u2018", "\u2019", "'"))


_GOVERNMENT_WORDS = frozenset("administration government cabinet regime presidency campaign era".split())


def _editorial_close(doc, start: int, end: int) -> int | None:
    """Where "]" closes an editor's insertion inside a person's name ("[Minister Ahmed] Karimov"):
    a "[" opened before the name in its sentence, and a name word follows the bracket."""
    k = next((i for i in range(start + 1, end - 1) if doc[i].text == "]"), None)
    if k is None or not doc[k + 1].text[:1].isupper():
        return None
    return k if _opening_bracket(doc, start, 12) is not None else None


def _opening_bracket(doc, i: int, reach: int) -> int | None:
    """Where a "[" still open at token i was opened: in i's sentence, at most `reach`
    tokens back, with no "]" between; None if there is none."""
    sent_start = doc[i].sent.start
    o = next((j for j in range(i - 1, max(sent_start, i - reach) - 1, -1) if doc[j].text in ("[", "]")), None)
    return o if o is not None and doc[o].text == "[" else None


def _bracketed_names(doc, taken: set[int]) -> list[Mention]:
    """ '"[Chief of Naval Staff Ivan] Sokolov!"': an editor's bracket in a quotation holds
    the office and forenames the speaker left out, then the surname he said; the NER
    often sees no name across the bracket."""
    found = []
    for close in (t for t in doc if t.text == "]"):
        k = close.i
        if k + 1 >= len(doc) or k + 1 in taken or k - 1 in taken:
            continue
        surname = doc[k + 1]
        if not (surname.is_alpha and surname.text[:1].isupper() and not surname.is_upper) or _is_title_word(surname.text):
            continue
        if surname.ent_type_ in ("DATE", "NORP") or surname.lower_ in ORG_NAME_WORDS or gazetteer().lookup(surname.text):
            continue
        o = _opening_bracket(doc, k, 10)
        if o is None:
            continue
        inside = doc[o + 1 : k]
        first = k
        while first - 1 > o and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper() and (
            not _is_title_word(doc[first - 1].text) and doc[first - 1].lower_ not in ORG_NAME_WORDS and k - first < 3
        ):
            first -= 1
        if first == k or first == o + 1 or not any(t.lower_.strip(".") in TITLE_HEADS for t in inside[: first - o - 1]):
            continue  # no forename, or no office before it: not a titled name
        if any(i in taken for i in range(first, k)):
            continue
        end = k + 2
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha and (
            doc[end].lower_ not in _GOVERNMENT_WORDS and not _is_title_word(doc[end].text) and end - k < 3
        ):
            end += 1
        shown = " ".join(t.text for t in doc[first:end] if t.text != "]")
        found.append(Mention(doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text), first, end, shown, "person", label="TITLED"))
        taken.update(range(first, end))
    return found


def _name_text(doc, start: int, end: int) -> str:
    text = doc[start:end].text
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def _org_key(text: str) -> str:
    words = [w.strip(".") for w in normalize(text).replace(",", " ").replace("’s", "").replace("'s", "").split()]
    words = [w for w in words if w]
    while len(words) > 1 and (words[-1] in ORG_SUFFIXES or words[-1] + "." in ORG_SUFFIXES):
        words.pop()
    if words and words[0] == "the" and len(words) > 1:
        words.pop(0)
    if len(words) > 2:
        words = [w for w in words if w != "the"] or words  # "Department of the Interior" / "of Interior": one body
    if len(words) == 2 and words[1] == "democrats" and words[0] in _DEMOCRAT_PARTIES:
        words[1] = "democrat"  # "the Liberal Democrats" and "a Liberal Democrat MP": one party
    return " ".join(words).replace(".", "")


def _product_key(text: str) -> str:
    return " ".join(sorted(_slug(text).replace("-", " ").split()))


_BRAND = re.compile(r"^(?:[a-z]{1,3}[A-Z][A-Za-z0-9]*|[A-Z][a-z]+[A-Z][A-Za-z]+)$")  # iPhone, eBay, MacBook
_VERSION = re.compile(r"^(?:\d+(?:\.\d+)*[A-Za-z]{0,3}|[A-Z]{1,3}\d*|X|XP|II|III|IV)$")  # 4, 3.0, 3GS, X
_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]*-\d+[A-Za-z]*$")  # Hwasong-19, MiG-29


def _is_version(tok) -> bool:
    return bool(_VERSION.match(tok.text)) and not tok.is_sent_start


def _continues_name(tok) -> bool:
    """A word that goes on a product name: a version or a capitalised name word."""
    if _is_version(tok):
        return True
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ not in ("DATE", "GPE", "PERSON")


def _product_mentions(doc) -> tuple[list[Mention], set[int]]:
    """Brand-case product names with their versions, and weapon designations."""
    found: list[Mention] = []
    taken: set[int] = set()
    toks = tokens(doc)
    n = len(doc)
    i = 0
    while i < n:
        tok = toks[i]
        weapon = bool(_DESIGNATION.match(tok.text)) and _near_weapon_noun(tok)
        if not (_BRAND.match(tok.text) or weapon) or tok.ent_type_ == "PERSON":
            i += 1  # "McGregor Scott": a surname in brand case is no product
            continue
        if not weapon and _runs_a_company(doc, i + 1):
            # "OpenAI chief executive", "eBay CEO": a company's name, not a product's, and
            # the office says so more surely than the NER's labels of its other mentions
            found.append(Mention(tok.idx, tok.idx + len(tok.text), i, i + 1, tok.text, "organization", label="TITLEBODY"))
            taken.add(i)
            i += 1
            continue
        if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and doc[tok.i : tok.i + 1].text == tok.text and not weapon:
            # An organisation in brand case ("AppleInsider", "BlackBerry maker")
            # stays one unless a version or a product noun shows it is a product.
            nxt = doc[i + 1] if i + 1 < n else None
            if not (nxt is not None and (_is_version(nxt) or nxt.lemma_.lower() in ARTIFACT_NOUNS)) and tok.text[:1].isupper():
                i += 1
                continue
        start, end = i, i + 1
        # "3G iPhone": a glued version before the name.
        if start > 0 and _is_version(doc[start - 1]) and doc[start - 1].head.i == i and doc[start - 1].dep_ in ("nummod", "compound"):
            start -= 1
            while start > 0 and doc[start - 1].whitespace_ == "" and _is_version(doc[start - 1]):
                start -= 1
        while end < n and end - i < 4 and (
            _continues_name(doc[end]) or (doc[end - 1].whitespace_ == "" and doc[end].text.isalnum() and _is_version(doc[end - 1]))
        ):
            end += 1
        # "iPod nano": a lowercase head noun the brand word modifies, if it is not a generic noun.
        if end == i + 1 and end < n and doc[end].tag_ in ("NN", "NNP") and tok.dep_ == "compound" and tok.head.i == end:
            if doc[end].lower_ not in ARTIFACT_NOUNS and doc[end].lower_ not in ORG_PARTS and doc[end].is_alpha and doc[end].is_lower and (
                not _is_title_word(doc[end].text)  # "DeepMind chief X", "OpenAI co-founder X": an office, no product
            ):
                end += 1
        holder = end
        if start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_.strip(".") in TITLE_HEADS and end - start >= 3 and (
            end == n or doc[end].pos_ in ("VERB", "AUX") or doc[end].text == ","
        ) and _name_words(doc[end - 2 : end]):
            # "Vice President of iTunes Eddy Cue said": the office's field, then its holder.
            end = holder - 2
            name = doc[end:holder]
            found.append(Mention(name.start_char, name.end_char, end, holder, name.text, "person", label="TITLED"))
            taken.update(range(end, holder))
        span = doc[start:end]
        kind = "weapon" if weapon else "other"
        found.append(Mention(span.start_char, span.end_char, start, end, span.text, kind, label="BRAND"))
        taken.update(range(start, end))
        i = holder
    return found, taken


_HELD_BY_NAME = frozenset("owner boss president".split())  # offices of a body when a name follows them
_COMPANY_OFFICES = frozenset("ceo cfo coo cto founder co-founder cofounder chairman chairwoman chairperson spokesman spokeswoman spokesperson".split())


def _runs_a_company(doc, i: int) -> bool:
    """Token i starts an office only a body has: a brand-case name before it is a company."""
    if i >= len(doc):
        return False
    word = doc[i].lower_.strip(".")
    if word == "co" and i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
        word = "co-" + doc[i + 2].lower_  # "OpenAI co-founder": split by the tokenizer
    return word in _COMPANY_OFFICES or word == "chief" and i + 1 < len(doc) and doc[i + 1].lower_ in ("executive", "financial", "operating", "technology") or (
        word in _HELD_BY_NAME and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper()
    )  # "AirAsia owner Tony Fernandes" (an iPhone owner is a customer; one named by the office, its head)


def _near_weapon_noun(tok) -> bool:
    around = [tok.head, *tok.children, *tok.head.children]
    if tok.i + 1 < len(tok.doc):
        around.append(tok.doc[tok.i + 1])
    return any(t.lower_ in WEAPON_NOUNS for t in around if t is not tok)


def _artifact_context(span) -> bool:
    """A name in apposition to, or modifying, a noun for a made thing."""
    root = span.root
    doc = span.doc
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in ARTIFACT_NOUNS and root.head.i >= span.end:
        return True
    for child in root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in ARTIFACT_NOUNS:
            return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in ARTIFACT_NOUNS:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.lemma_.lower() in ARTIFACT_NOUNS and nxt.pos_ == "NOUN" and root.dep_ == "compound"


def _name_words(tokens) -> bool:
    """Tokens that could be a person's name: capitalised words, hyphenated or not,
    with no word that names an organisation ("Center", "Party")."""
    words = [t for t in tokens if t.text not in ("-", "‐")]
    return 2 <= len(words) <= 4 and all(
        (t.text[:1].isupper() and (t.is_alpha or "-" in t.text or t.text.endswith(".") and len(t.text) == 2))
        and t.lower_ not in ORG_NAME_WORDS and t.lower_ not in ORG_SUFFIXES
        and not _is_title_word(t.text)
        and not (t.is_stop and "noun" not in (word_classes(t.lower_) or set()))  # "Action Against Hunger": a preposition
        for t in words
    )


def _listed_with_person(span) -> bool:
    """A name joined by 'and' or a comma to a person's name in a list of names."""
    root = span.root
    near = [root.head] if root.dep_ in ("conj", "appos") else []
    near += [c for c in root.children if c.dep_ in ("conj", "appos")]
    return any(t.ent_type_ == "PERSON" and (t.i < span.start or t.i >= span.end) for t in near)


def _past_owner(doc, i: int) -> int:
    """The token before "the FBI's" or "NASA's" that ends at token i (a possessive), so that
    "director of NASA's Science Division" reaches its 'of'; i itself if no possessive."""
    if i < 1 or not (doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s")):
        return i
    j = i - 1
    while j >= 0 and i - j <= 4 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j -= 1
    if j == i - 1:
        return i
    return j - 1 if j >= 1 and doc[j].lower_ == "the" else j


def _surname_elsewhere(doc, start: int, end: int) -> bool:
    """The last word of tokens start..end stands alone elsewhere in the report, as a
    surname does ("Sabalenka won"), not after 'the' as a body's head word does."""
    word = doc[end - 1].text
    return any(t.text == word and not start <= t.i < end and (t.i == 0 or doc[t.i - 1].lower_ != "the") and (
        t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj")  # not "Church leaders"
    ) for t in doc)


def _body_before_name(doc, kind: str, start: int, end: int, prep: int) -> bool:
    """ "head of Acme Jane Roe" read as one person: an office 'of' whom is a body, never a
    person (not 'wife of', 'lawyer for'), so the words before the last two name the body."""
    return kind == "person" and prep >= 1 and doc[prep].lower_ == "of" and doc[prep - 1].lower_ not in _PERSONAL_OFFICES and (
        end == len(doc) or doc[end].pos_ != "PROPN"
    ) and not (len(doc[end - 3].text) <= 2 and doc[end - 3].text.endswith(".")) and doc[end - 3].lower_ not in _NAME_PARTICLES


def _indefinite_title(doc, i: int) -> bool:
    """ "a spokesperson for Osaka Electric Power": a title with 'a' or 'an' describes
    someone named elsewhere; it never runs straight into a name."""
    for tok in reversed(doc[max(0, i - 4) : i]):
        if tok.lower_ in ("a", "an"):
            return True
        if not (tok.pos_ in ("ADJ", "NOUN", "PROPN") or tok.text == "-"):
            return False
    return False


def _titled_after(doc, start: int, end: int) -> bool:
    """ "Ricardo Rosselló Nevares, Puerto Rico's governor,": a title in apposition,
    or in brackets ("Ana Ruiz (Spain's foreign minister) said")."""
    if end >= len(doc) or doc[end].text not in (",", "(", "\u2014", "\u2013"):
        return False  # "Ana Lopes — the country's first female president —" too
    first = end + 1
    if first + 1 < len(doc) and doc[first].lower_ == "who" and doc[first + 1].lemma_ == "be":
        first += 2  # "Agnes Callamard, who is secretary general of ..."
    for tok in doc[first : first + 8]:
        if tok.text in (",", ".", ";", "(", ")") or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_.strip(".") in TITLE_HEADS and tok.pos_ in ("NOUN", "PROPN"):
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            # "in San Francisco, Apple CEO Steve Jobs introduced": a title before a name
            # starts the next clause's subject; it says nothing of the name before the comma.
            return not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not _is_title_word(nxt.text))
        if tok.pos_ == "NOUN" and tok.is_lower and tok.lower_ not in TITLE_MODIFIERS and not (
            tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS"
        ):  # but "the country's first female president": the owner before the title
            return False
    return False


def _after_a_title(doc, start: int) -> bool:
    """ "the prime minister, Ana Costa": a name in apposition right after a title."""
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_.strip(".") in TITLE_HEADS


def _who_after(doc, end: int) -> bool:
    """ "Name, who ...": a relative 'who' right after a name."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who" and doc[end + 1].tag_ == "WP"


def _person_after(doc, start: int, end: int) -> bool:
    """ "Orla Breen, who leads ...", "Orla Breen, 54,": a relative 'who' or an age in
    apposition is said of people only (bodies take 'which'); or a title in apposition."""
    if end + 2 < len(doc) and doc[end].text == ",":
        nxt = doc[end + 1]
        if nxt.lower_ == "who" and nxt.tag_ == "WP":
            return True
        if nxt.tag_ == "CD" and nxt.text.isdigit() and 1 <= int(nxt.text) <= 119 and doc[end + 2].text == ",":
            return True
    return _titled_after(doc, start, end)


_COUNTERPART = frozenset(("counterpart", "counterparts"))  # one who holds the same office elsewhere


_STYLED = frozenset(("sir", "dame"))  # styles of honour that go before a forename and surname


def _single_name_after_title(doc, title, tok) -> bool:
    """A capitalised office ("Patriarch", "Sheikh", "Gen.") right before one capitalised
    word that is no title, body, month or country word, and no start of a longer name."""
    if not title.text[:1].isupper() or title.tag_ in ("NNS", "NNPS") or title.lower_ in _COUNTERPART:
        return False
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and len(tok.text) > 2):
        return False
    if _is_title_word(tok.text) or tok.lower_ in _CALENDAR or tok.lower_ in ORG_NAME_WORDS or tok.lower_ in ORG_SUFFIXES:
        return False
    if tok.lower_ in ORG_DESCRIPTORS or tok.lower_ in PLACE_NOUNS or tok.lower_ in HONORIFICS:
        return False
    if tok.ent_type_ not in ("", "NORP", "PERSON") or gazetteer().lookup(tok.text):
        return False  # "General Motors" (an ORG), "President Obama" aside; "Sheikh Tamim" (NORP) kept
    low = tok.lower_
    for form in (low, low[:-1] if low.endswith("s") else None, low[:-2] if low.endswith("es") else None):
        if form and (word_classes(form) or set()) & {"verb", "adj", "adv"}:
            return False  # "Finance Minister Resigns", "King Abdicates": a headline's verb
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not (nxt.text[:1].isupper() and nxt.is_alpha)


def _joined_field_before(doc, j: int) -> bool:
    """ "Minister for Foreign Affairs and" (token `j` is the 'and'): an office's field of
    capitalised words after 'for' or 'of', joined to more of the field."""
    k = j - 1
    while k >= 0 and j - k <= 4 and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].lower_ not in TITLE_HEADS:
        k -= 1
    if k == j - 1 or k < 1 or doc[k].lower_ not in ("for", "of"):
        return False
    head = doc[k - 1].lower_.strip(".")
    return head in TITLE_HEADS or head in TITLE_MODIFIERS and k >= 3 and doc[k - 2].lower_ == "of" and doc[k - 3].lower_ in TITLE_HEADS


def _titled_names(doc, taken: set[int]) -> list[Mention]:
    """ "Commissioner for Competition Neelie Kroes": a name the NER missed after a title."""
    found = []
    toks = tokens(doc)
    n = len(toks)
    for tok in toks:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        if tok.i > 0 and toks[tok.i - 1].pos_ == "PROPN" and tok.i - 1 not in taken and not (
            _is_title_word(toks[tok.i - 1].text) and not _is_title_word(tok.text)
        ):
            continue  # not the first word of a run ("UGO Entertainment CEO J Moses": a title ends one)
        end = tok.i
        while end < n and end not in taken and end - tok.i < 8 and (
            toks[end].pos_ == "PROPN" and toks[end].text[:1].isupper()
            or toks[end].lower_ in _NAME_PARTICLES and end > tok.i and end + 1 < n and toks[end + 1].text[:1].isupper()
            and end + 1 not in taken or toks[end].lower_ in _NAME_PARTICLES and end > tok.i and end + 1 < n
            and toks[end + 1].lower_ in _NAME_PARTICLES  # "Ursula von der Leyen"
            or toks[end].text == "-" and end > tok.i and toks[end - 1].whitespace_ == "" and end + 1 < n
            and toks[end + 1].text[:1].isupper()  # "Jean-Marie", "Marie-Paule"
        ):
            end += 1
        run = doc[tok.i : end]
        names = list(run)
        if end - tok.i == 1 and tok.is_alpha and not tok.is_upper and tok.ent_type_ == "" and not _is_title_word(tok.text) and tok.lower_ not in _CALENDAR and (
            tok.lower_ not in ORG_NAME_WORDS and tok.lower_ not in ORG_DESCRIPTORS and tok.lower_ not in HONORIFICS
        ) and (_who_after(doc, end) or _titled_after(doc, tok.i, end)) and not gazetteer().lookup(tok.text):
            # "Barnier, the EU's chief negotiator, said": a surname alone, which the NER
            # missed, in apposition to a title or with a relative 'who'.
            found.append(Mention(run.start_char, run.end_char, run.start, run.end, run.text, "person", label="TITLED"))
            taken.add(tok.i)
            continue
        if _name_words(run) and _person_after(doc, tok.i, end) and not any(
            t.ent_type_ in ("GPE", "NORP", "DATE") for t in run
        ) and not gazetteer().lookup(run.text):
            # "Ricardo Rosselló Nevares, Puerto Rico's governor, ...": the NER missed the name.
            found.append(Mention(run.start_char, run.end_char, run.start, run.end, run.text, "person", label="TITLED"))
            taken.update(range(run.start, run.end))
            continue
        if tok.lower_ in _STYLED and 3 <= len(names) <= 5 and not tok.ent_type_:
            # "Dame Judi Dench": a style of honour before a full name the NER missed.
            words = names[1:]
            if _name_words(words) and not any(t.ent_type_ in ("GPE", "NORP", "DATE") for t in words):
                span = doc[words[0].i : words[-1].i + 1]
                found.append(Mention(span.start_char, span.end_char, span.start, span.end, span.text, "person", label="TITLED"))
                taken.update(range(span.start, span.end))
            continue
        # The run starts right after a title word ("Minister", "for Competition").
        j = tok.i - 1
        if j < 0:
            continue
        prev = doc[j]
        titled = prev.lower_ in TITLE_HEADS or prev.lower_.strip(".") in TITLE_ABBREVIATIONS or prev.lower_ in _COUNTERPART or (
            prev.tag_ == "NNS" and prev.lemma_.lower() in TITLE_HEADS  # "Foreign ministers Ana Costa of Portugal and ..."
            or prev.tag_ == "NNPS" and plural_title(prev.text)  # "Foreign Ministers Ana Costa of Portugal and ..."
        )
        if not titled and j > 0 and prev.lower_ in ("for", "of") and doc[j - 1].lower_ in TITLE_HEADS and len(names) >= 3:
            titled = True
            names = names[1:]  # the first word is the office's domain
            while len(names) > 2 and names[0].tag_ in ("NNS", "NNPS"):
                names = names[1:]  # "Human Rights Volker Türk"
        if not titled and j > 1 and prev.lower_ == "and" and len(names) >= 2 and j - 1 in taken:
            k = j - 1
            while k >= 0 and k in taken and doc[k].pos_ == "PROPN" and j - k <= 4:
                k -= 1
            # "singers Anna Berg and Lucas Moreau": the second name of a list a plural title heads
            titled = k >= 0 and _plural_title_at(doc, k)
        if not titled and j > 0 and prev.lower_ in ("and", "&") and len(names) >= 3 and _joined_field_before(doc, j):
            titled = True
            names = names[-2:]  # "Minister for Foreign Affairs and Trade Helen Marsh": the field's last words, then the name
        words = [t for t in names if t.text != "-"]
        if titled and len(words) == 1 and _single_name_after_title(doc, prev, words[0]):
            # "Patriarch Kirill", "Cardinal Parolin", "Sheikh Tamim": an office before a
            # single name, which the NER missed (or called a nationality).
            found.append(Mention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, tok.text, "person", label="TITLED"))
            taken.add(tok.i)
            continue
        if not titled or not 2 <= len(words) <= 4:
            continue
        if any(_is_title_word(t.text) or t.ent_type_ in ("GPE", "NORP", "DATE") or not t.is_alpha and "-" not in t.text for t in words):
            continue
        if any(t.lower_ in ORG_NAME_WORDS or t.lower_ in ORG_SUFFIXES for t in words):
            continue
        span = doc[names[0].i : names[-1].i + 1]
        found.append(Mention(span.start_char, span.end_char, span.start, span.end, span.text, "person", label="TITLED"))
        taken.update(range(span.start, span.end))
    return found


def _plural_title_at(doc, i: int) -> bool:
    tok = doc[i]
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in TITLE_HEADS or plural_title(tok.text)


def _listed_under_plural_title(doc, raw: list[Mention], gaz) -> None:
    """ "tennis players Ivan Petrov and Kenji Sato", "Ministers Ana Costa and Luis Reyes":
    a name in a pair a plural title heads is a person, whatever the NER called it."""
    starts = {m.tok_start: m for m in raw}
    ends = {m.tok_end: m for m in raw}
    for m in raw:
        if m.kind not in ("other", "organization", "place") or m.label in ("PRODUCT", "BRAND", "TITLED", "PARTY", "TITLEBODY"):
            continue
        if m.tok_start < 1 or not _name_words(doc[m.tok_start : m.tok_end]) or gaz.lookup(m.text):
            continue
        prev = m.tok_start - 1
        if _plural_title_at(doc, prev):
            partner = starts.get(m.tok_end + 1) if m.tok_end < len(doc) and doc[m.tok_end].lower_ == "and" else None
        elif doc[prev].lower_ == "and" and (partner := ends.get(prev)) is not None and partner.tok_start >= 1:
            partner = partner if _plural_title_at(doc, partner.tok_start - 1) else None
        else:
            partner = None
        if partner is not None and partner.kind == "person" and partner is not m:
            m.kind = "person"


def _bodies_and_titled(doc, raw: list[Mention], gaz) -> None:
    """Kinds the title next to a name decides, whatever the NER said.

    - A name right before a title and another person's name is the body the title
      belongs to ("Fine Gael leader Leo Varadkar", "Magnitogorsk mayor Boris ..."):
      a person does not modify a title without a possessive.
    - A name in apposition to a title, or to the body a title is 'of', is a person
      ("The Prime Minister of Ukraine, Denys Shmyhal, said").
    """
    starts = {m.tok_start: m for m in raw}
    _listed_under_plural_title(doc, raw, gaz)
    for m in raw:
        if m.kind == "person" and m.label == "PERSON" and _after_body_noun(doc, m) and not gaz.lookup(m.text):
            m.kind = "organization"
            continue
        if m.kind in ("person", "other") and m.label not in ("PRODUCT", "BRAND", "TITLED") and m.tok_end < len(doc):
            j = m.tok_end
            while j < len(doc) and j - m.tok_end < 6 and (
                _is_title_word(doc[j].text) or doc[j].lower_ == "and" and j > m.tok_end and _is_title_word(doc[j - 1].text)
            ) and doc[j].tag_ != "POS":
                j += 1
            nxt = starts.get(j)
            if j > m.tok_end and nxt is not None and nxt.kind == "person" and nxt is not m and not gaz.lookup(m.text) and not (
                m.label == "PERSON" and m.tok_start > 0 and doc[m.tok_start - 1].lower_.strip(".") in TITLE_HEADS
            ):  # but "President Ana Costa adviser Luis Reyes": a name with a title of its own is a person's
                m.kind = "organization"
                continue
        if m.kind in ("place", "organization", "other") and m.label in ("GPE", "ORG", "NORP", "LOC", "PERSON") and (
            m.tok_end < len(doc) and doc[m.tok_end].text == "," and not gaz.lookup(m.text)
        ):
            # "Shoigu, Russia's defence minister, said": a title in apposition after a
            # name makes it a person's.
            root = doc[m.tok_start : m.tok_end].root
            if any(c.dep_ == "appos" and c.i > m.tok_end and c.pos_ == "NOUN" and _is_title_word(c.text) and c.lower_ not in TITLE_MODIFIERS
                   for c in root.children):
                m.kind = "person"
                _with_forename(doc, m, raw)
                continue
        if m.kind == "organization" and m.label == "ORG" and m.tok_start >= 2 and doc[m.tok_start - 1].text == "," and (
            _name_words(doc[m.tok_start : m.tok_end]) and not gaz.lookup(m.text)
        ):
            root = doc[m.tok_start : m.tok_end].root
            head = root.head
            if root.dep_ == "appos" and head.i < m.tok_start and head.dep_ == "appos" and head.head.i < head.i and head.pos_ == "PROPN":
                head = head.head  # "The president of association X Y, <name>,": the body named in apposition first
            if root.dep_ == "appos" and head.i < m.tok_start and head.dep_ == "pobj" and head.head.dep_ == "prep":
                head = head.head.head  # "the Prime Minister of Ukraine, ..."
            if root.dep_ == "appos" and head.i < m.tok_start and _is_title_word(head.text) and head.lower_ not in TITLE_MODIFIERS:
                m.kind = "person"
                _with_forename(doc, m, raw)


# Lowercase nouns for a kind of body: right before a name that they modify, the name
# is that body's ("victims' association Secours Mutuel", "the union Unite").
_BODY_NOUNS = (ORG_NAME_WORDS | ORG_DESCRIPTORS | {"charity", "ngo", "nonprofit", "non-profit"}) - {
    "leader", "news", "press", "times", "post", "journal", "daily", "force", "forces", "services", "service",
    "international", "court", "office", "board", "government", "rival", "label", "site", "front",
}


def _after_body_noun(doc, m: Mention) -> bool:
    """The name is modified by a lowercase body noun right before it; not the
    subject of a clause of its own ("the company Marc Oliver founded")."""
    if m.tok_start == 0:
        return False
    noun = doc[m.tok_start - 1]
    root = doc[m.tok_start : m.tok_end].root
    return (
        noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_ in _BODY_NOUNS
        and (noun.dep_ == "compound" and m.tok_start <= noun.head.i < m.tok_end or root.dep_ == "appos" and root.head.i == noun.i)
        and root.dep_ not in ("nsubj", "nsubjpass")
        and not (m.tok_end < len(doc) and doc[m.tok_end].tag_ in ("VBD", "VBZ", "VBP", "MD"))
    )


def _with_forename(doc, m: Mention, raw: list[Mention]) -> None:
    """A name found a person's after the NER called it a place: "Ana Keller, Norway's
    ambassador," with only "Keller" a place to the NER takes back its forename."""
    covered = {i for o in raw for i in range(o.tok_start, o.tok_end)}
    start = _untagged_forename(doc, m.tok_start, m.tok_end, covered)
    if start < m.tok_start:
        m.tok_start, m.start = start, doc[start].idx
        m.text = _name_text(doc, start, m.tok_end)


def _inner_title(doc, start: int, end: int) -> tuple[int, int] | None:
    """Where a title inside an NER span ends its body and starts the name, as
    (body end, name start): "Kharkiv Governor Yuri Kovalenko", "Apple CEO Tim
    Cook", "State Antony Blinken" after "Secretary of". None if the span holds no
    title before two to four name words."""
    t = end - 1
    while t >= start and not _is_title_word(doc[t].text):
        t -= 1
    if t < start or not _name_words(doc[t + 1 : end]) or any(x.lower_ in PLACE_NOUNS for x in doc[t + 1 : end]):
        return None  # not "Prince William County"

    b = t
    while b > start and (_is_title_word(doc[b - 1].text) or doc[b - 1].text == "-"):
        b -= 1
    office = doc[b : t + 1]
    headed = any(x.lower_.strip(".") in TITLE_HEADS or x.lower_.strip(".") in TITLE_ABBREVIATIONS for x in office)
    field = b == start and start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_.strip(".") in TITLE_HEADS
    if not headed and not field:
        return None
    return b, t + 1


def _body_kind(doc, start: int, end: int, office_end: int, label: str, gaz) -> str:
    """The kind of a body the NER ran into a title: a country or a city by its name
    or its office ("Kharkiv Governor"), else an organisation."""
    if gaz.lookup(doc[start:end].text) is not None or label in ("GPE", "LOC"):
        return "place"
    if any(t.lower_ in LOCAL_OFFICES for t in doc[end:office_end]):
        return "place"
    return "organization"


def _local_office_beside(doc, m: Mention) -> bool:
    """ "London Mayor", "the mayor of Kyiv": a city's own office next to its name."""
    after = doc[m.tok_end].lower_ if m.tok_end < len(doc) else ""
    k = m.tok_start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return after in LOCAL_OFFICES or k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in LOCAL_OFFICES


_PARTY_NOUNS = frozenset(("party", "movement"))  # lower case after a name: the name is a party's
_CONTEXT_LABELS = frozenset(("PARTY", "TITLEBODY", "TITLED"))
_PARTY_FIELDS = frozenset(("labour", "labor", "national"))  # fields of an office that are also parties' names


def _goes_on_a_name(doc, start: int, taken: set[int]) -> bool:
    """ "Ziff Davis" (PERSON) + "Media" (ORG) before "CEO": the last word of a company's
    name the NER cut off the name before it, though it could be an office's field."""
    return start > 0 and start - 1 in taken and doc[start - 1].ent_type_ in ("PERSON", "ORG") and bool(doc[start - 1].whitespace_) and (
        doc[start].text[:1].isupper()
    )


def _party_before_office(doc, start: int, end: int) -> bool:
    """ "Labour leader": a capitalised word that could name a ministry's field
    ("Labour Minister") is the party when a party's office follows (not "Supreme Leader")."""
    if not all(t.lower_ in _PARTY_FIELDS for t in doc[start:end]):
        return False
    return _party_office_from(doc, end)


def _party_office_from(doc, j: int) -> bool:
    """A party's office ("MP", "senior MP", "leader") starting at token `j`."""
    end = j
    while j < len(doc) and j - end < 3 and doc[j].lower_ in TITLE_MODIFIERS and doc[j].lower_ not in PARTY_HEADS:
        j += 1
    return j < len(doc) and doc[j].lower_ in PARTY_HEADS


_RELIGIOUS_ADDRESS = frozenset(("father", "sister", "brother", "mother", "fr", "sr"))  # forms of address, no forenames


def _untagged_forename(doc, start: int, end: int, taken: set[int]) -> int:
    """ "London Mayor Sadiq Khan" with only "Khan" a person to the NER: a
    capitalised word the NER left out, between a title and the name, is the name's."""
    i = start - 1
    if end - start < 3 and i >= 0 and i not in taken and doc[i].pos_ == "PROPN" and doc[i].is_alpha and doc[i].text[:1].isupper() and (
        not (doc[i].is_upper and len(doc[i]) > 1) and doc[i].ent_type_ == "" and not _is_title_word(doc[i].text)
        and doc[i].lower_ not in ORG_NAME_WORDS and gazetteer().lookup(doc[i].text) is None
        and doc[i].lower_ not in HONORIFICS and doc[i].lower_ not in _RELIGIOUS_ADDRESS  # "Sir Keir Starmer", "Father James Martin"
        and not _plural_noun(doc[i].text)  # "Minister of Foreign Affairs Penny Wong"
    ) and (
        i >= 1 and _is_title_word(doc[i - 1].text)
        # "Australia Eman Amasha" with only "Amasha" a person: a word the parser
        # makes part of the name, after no name of its own
        or doc[i].dep_ == "compound" and start <= doc[i].head.i < end and (i == 0 or doc[i - 1].pos_ != "PROPN" or doc[i - 1].ent_type_ != "")
    ):
        return i
    return start


def _bodies_before_titles(doc, raw: list[Mention], taken: set[int], gaz) -> list[Mention]:
    """ "ECB President Christine Lagarde", "Human Rights Watch director Kenneth Roth",
    "Kharkiv governor Oleh Syniehubov": capitalised words the NER left untagged
    right before the title of a named person are the body the title belongs to."""
    found = []
    for m in [x for x in raw if x.kind == "person"]:
        i = m.tok_start - 1
        headed = False
        while i >= 0 and i not in taken and m.tok_start - i <= 6 and (
            _is_title_word(doc[i].text) or doc[i].text == "-"
            or headed and doc[i].is_lower and (doc[i].pos_ in ("NOUN", "ADJ") or doc[i].lower_ == "and")
        ):  # "Fine Gael party premier candidate and doctor Leo Varadkar": a description's words
            headed = headed or doc[i].lower_.strip(".") in TITLE_HEADS
            i -= 1
        while i < m.tok_start - 1 and doc[i + 1].lower_ == "and":
            i += 1
        if not headed or i == m.tok_start - 1:
            continue
        k = i + 1
        if doc[k].lower_ in _PARTY_FIELDS and doc[k].text[:1].isupper() and k not in taken and _party_before_office(doc, k, k + 1):
            # "Labour MP Diane Abbott" opening a sentence (no name to the NER there): the party
            found.append(Mention(doc[k].idx, doc[k].idx + len(doc[k].text), k, k + 1, doc[k].text, "organization", label="PARTY"))
            taken.add(k)
            continue
        if i >= 0 and i not in taken and doc[i].lower_ in PARTY_ADJECTIVES and doc[i].text[:1].isupper() and doc[i].ent_type_ == "" and (
            _party_office_from(doc, k)
        ):
            # "Conservative MP Sarah Lytle" opening a sentence (an adjective to the tagger,
            # no name to the NER there): the party, as "Conservative" is mid-sentence
            found.append(Mention(doc[i].idx, doc[i].idx + len(doc[i].text), i, i + 1, doc[i].text, "organization", label="PARTY"))
            taken.add(i)
            continue
        product = next((x for x in raw if x.tok_end == i + 1 and x.kind == "other" and x.label in ("PRODUCT", "WORK_OF_ART")), None)
        if product is not None and i in taken and doc[product.tok_start].text[:1].isupper():
            product.kind = "organization"  # "Oxfam campaigner X": a title is held in a body, not in a product
            continue
        j = i
        while j >= 0 and i - j < 3 and j not in taken and doc[j].ent_type_ == "" and doc[j].is_alpha and doc[j].text[:1].isupper() and (
            doc[j].pos_ == "PROPN" or doc[j].is_upper and len(doc[j]) > 1 or doc[j].pos_ in ("NOUN", "ADJ") and not doc[j].is_sent_start
        ) and doc[j].lower_ not in TITLE_HEADS and doc[j].lower_ not in HONORIFICS and not (
            doc[j].lower_ in PLACE_NOUNS and (j == 0 or not doc[j - 1].text[:1].isupper() or j - 1 in taken)
        ):
            j -= 1  # "WHO" (a pronoun to the tagger), "Kharkiv" (a noun), "Grey District" (not "District Attorney")
        if j == i and i not in taken and _DIGIT_NAME.match(doc[i].text) and doc[i].ent_type_ in ("", "CARDINAL", "ORG", "PRODUCT"):
            j = i - 1  # "7UP spokeswoman Ann Lee": a body's name that opens with a digit
        elif (first := j + 1 if j < i else i) >= 1 and not {first - 1, first} & taken and not doc[first - 1].whitespace_ and (
            doc[first - 1].like_num and _DIGIT_NAME.match(doc[first - 1].text + doc[first].text)
        ):
            j = first - 2  # "3M", split by the tokenizer into "3" and "M"
        if j < i and j >= 1 and doc[j].text == "-" and doc[j - 1].like_num and not doc[j].whitespace_ and not doc[j - 1].whitespace_ and (
            j - 1 not in taken and j not in taken
        ):
            j -= 2  # "7-Eleven spokesman": a number joined to the name is part of it
        owner = next((x for x in raw if x.tok_end == j + 1 and x.kind == "organization"), None) if j >= 0 and j in taken else None
        if j < i and owner is not None and doc[j].whitespace_:
            # "Sony" + "Ericsson President": the rest of the company's name the NER cut off
            owner.tok_end, owner.end = i + 1, doc[i].idx + len(doc[i].text)
            owner.text = doc[owner.tok_start : i + 1].text
            taken.update(range(j + 1, i + 1))
            continue
        if j == i and i >= 0 and i not in taken and doc[i].is_sent_start and doc[i].text[:1].isupper():
            j = i - 1  # "Office spokesman X" opening a sentence: the body named before, if any
            if _named_by_head(raw, doc[i : i + 1]) is None and not _name_opening_a_sentence(doc, i, gaz):
                continue
        if j == i or j >= 0 and (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() or j in taken and doc[j].tag_ != "POS"):
            continue  # none, or part of a longer name that is not all here
        span = doc[j + 1 : i + 1]
        if span[-1].lower_ in STYLES_OF_RANK and j >= 0 and doc[j].lower_ in ("his", "her", "their", "your"):
            continue  # "His Holiness Pope Francis", "Her Majesty Queen X": a style, no body
        named = _named_by_head(raw, span) if len(span) == 1 else None
        if named is not None:
            # "the Pacific Monitoring Group said ... Group director Ji-ho Baek": the body
            # named before, by the last word of its name (capitalised or at a sentence start).
            found.append(Mention(span.start_char, span.end_char, span.start, span.end, named.text,
                                 "organization", label="TITLEBODY"))
            taken.update(range(span.start, span.end))
            continue
        if len(span) == 1 and span[0].is_sent_start and span[0].lower_ in ORG_NAME_WORDS:
            continue  # "Party leader X" opening a sentence: a common noun, no body's name
        kind = "place" if gaz.lookup(span.text) else _body_kind(doc, j + 1, i + 1, m.tok_start, "", gaz)
        found.append(Mention(span.start_char, span.end_char, span.start, span.end, span.text, kind, label="TITLEBODY"))
        taken.update(range(span.start, span.end))
    return found


def _party_possessors(doc, raw: list[Mention], taken: set[int]) -> list[Mention]:
    """ "Labour's Rachel Reeves", "the Conservatives' Kemi Badenoch": a party's name
    the NER left out, in the possessive right before a person's name."""
    found = []
    for m in [x for x in raw if x.kind == "person"]:
        k = m.tok_start - 2
        if k < 0 or k in taken or not (doc[k + 1].tag_ == "POS" or doc[k + 1].text in ("'s", "’s", "'", "’")):
            continue
        tok = doc[k]
        word = tok.lower_[:-1] if tok.lower_.endswith("s") and tok.lower_ not in PARTY_ADJECTIVES else tok.lower_
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and (word in PARTY_ADJECTIVES or word == "tory" or tok.lower_ == "tories"):
            found.append(Mention(tok.idx, tok.idx + len(tok.text), k, k + 1, tok.text, "organization", label="PARTY"))
            taken.add(k)
    return found


_DEMOCRAT_PARTIES = frozenset(("liberal", "social", "christian", "free"))  # "Liberal Democrat leader", "Christian Democrats"


def _democrat_party(doc, start: int, end: int) -> int:
    """ "Liberal Democrat", "Social Democrats": the NER parts a party's name into a
    body and a group; the end of the whole name."""
    if end < len(doc) and doc[end].text in ("Democrat", "Democrats") and doc[end - 1].lower_ in _DEMOCRAT_PARTIES and doc[end - 1].text[:1].isupper():
        return end + 1
    return end


# US party codes after a legislator's name: "Sen. Jane Morrow (R-Texas)", "Rep. Tom
# Keller, D-Calif.,": the letter is the party, the rest the state (wire style).
PARTY_CODES = {"R": "Republican Party", "D": "Democratic Party", "I": "Independent"}
PARTY_CODE = "PARTYCODE"


def _party_codes(doc, taken: set[int], opening: list[int]) -> list[Mention]:
    """The party letter of "(R-Texas)" or ", D-N.Y.," right after a name, as a mention
    of that party (before the NER's spans: it reads "I-Maine" as an organisation)."""
    found = []
    n = len(doc)
    for tok in tokens(doc):
        i = tok.i
        text = tok.text
        if text == "(":
            opening.append(i)
        elif text != ",":
            continue
        if i == 0 or i + 3 >= n or doc[i - 1].pos_ != "PROPN" or not doc[i - 1].text[:1].isupper():
            continue
        code, dash = doc[i + 1], doc[i + 2]
        if code.text not in PARTY_CODES or code.whitespace_ or dash.text != "-" or dash.whitespace_ or code.i in taken:
            continue
        k = i + 3
        while k < n and k - i <= 6 and (doc[k].text[:1].isupper() or doc[k].text == ".") and doc[k].text not in (")", ","):
            k += 1
        closing = ")" if tok.text == "(" else ","
        if k == i + 3 or k >= n or doc[k].text != closing:
            continue
        found.append(Mention(code.idx, code.idx + 1, code.i, code.i + 1, code.text, "organization", label=PARTY_CODE))
        taken.add(code.i)
        if any("." in t.text or t.is_upper and len(t.text) <= 3 for t in doc[i + 3 : k]):
            taken.update(range(i + 3, k))  # "S.C.", "Ky.", "NY": a state's postal form, not the country of that code
    return found


_PARTY_SHORT = {"lib": "Liberal", "dem": "Democrat", "dems": "Democrats", "ind": "Independent", "con": "Conservative", "lab": "Labour",
                "ld": "Liberal Democrat"}


def _party_in_brackets(doc, taken: set[int], opening: list[int]) -> list[Mention]:
    """ "Jane Fox (Conservative) and Tom Hale (Lib Dem)": a party's name or its short
    form alone in brackets right after a name (British wire style), as a mention of the
    party; the short forms are written out ("Lib Dem" -> "Liberal Democrat")."""
    found: list[Mention] = []
    n = len(doc)
    for i in opening:
        if i == 0 or i + 2 >= n or doc[i - 1].pos_ != "PROPN" or not doc[i - 1].text[:1].isupper():
            continue
        k = i + 1
        while k < n and k - i <= 3 and doc[k].is_alpha and doc[k].text[:1].isupper():
            k += 1
        if k == i + 1 or k >= n or doc[k].text != ")" or any(t in taken for t in range(i + 1, k)):
            continue
        words = [t.lower_ for t in doc[i + 1 : k]]
        whole = " ".join(
            _PARTY_SHORT.get(w, t.text) if len(words) > 1 or w in ("ind", "con", "lab", "ld") else t.text for w, t in zip(words, doc[i + 1 : k])
        ).split()
        first = whole[0].lower()
        if not (first in PARTY_ADJECTIVES or first in ("independent", "tory") or first == "liberal" and len(whole) == 2) or (
            len(whole) > 1 and not (whole[-1].lower().startswith("democrat") or whole[-1] == "Party")
        ):
            continue
        text = " ".join(whole)
        found.append(Mention(doc[i + 1].idx, doc[k - 1].idx + len(doc[k - 1].text), i + 1, k, text, "organization", label="PARTY"))
        taken.update(range(i + 1, k))
    return found


_DIGIT_NAME = re.compile(r"^\d+[A-Z][A-Za-z]*$")  # "3M", "7UP": no count, no version ("4G" stays out by the title test)


def _possessor_of_office(doc, m: Mention) -> bool:
    """A one-word name, no brand nor version, then "'s" and a title ("Nordvik's chief executive")."""
    if m.tok_end - m.tok_start != 1 or _BRAND.match(m.text) or any(c.isdigit() for c in m.text):
        return False
    k = m.tok_end
    if k + 1 >= len(doc) or not (doc[k].tag_ == "POS" or doc[k].text in ("'s", "’s")):
        return False
    return any(t.lower_.strip(".") in TITLE_HEADS for t in doc[k + 1 : k + 4] if not t.is_punct)


_PERSONAL_OFFICES = frozenset("lawyer lawyers attorney attorneys aide aides adviser advisers advisor advisors wife husband widow son daughter successor predecessor biographer bodyguard".split())


def _personal_office_after(doc, m: Mention) -> bool:
    """ "Trump's lawyer", "Merkel's chief of staff": an office one holds for a person."""
    k = m.tok_end + 1
    words = [t for t in doc[k : k + 4] if not t.is_punct]
    if words[:1] and words[0].lower_ in _PERSONAL_OFFICES:
        return True
    return [t.lower_ for t in words[:3]] == ["chief", "of", "staff"]


# Offices and kin one has only as a person: no company has a wife, a son or a biographer,
# and a company's lawyers and advisers come in the plural or with the firm's own title.
_KIN_OF_A_PERSON = frozenset("lawyer attorney aide adviser advisor wife husband widow son daughter biographer bodyguard".split())


def _kin_of_one_name(doc, m: Mention, gaz, full_names: dict[str, tuple[int, int]], taken: set[int]) -> bool:
    """ "Trump's lawyer said": a one-word name the NER calls an organisation, before
    "'s" and an office held for a person; no acronym, brand, body word or place."""
    if not _possessor_of_office(doc, m) and not (
        m.tok_end - m.tok_start == 1 and m.tok_end + 1 < len(doc) and doc[m.tok_end].tag_ == "POS"
    ):
        return False
    tok = doc[m.tok_start]
    if m.tok_end - m.tok_start != 1 or tok.is_upper or not tok.is_alpha or _BRAND.match(tok.text):
        return False
    low = tok.lower_
    if low in ORG_NAME_WORDS or low in ORG_DESCRIPTORS or low in ORG_SUFFIXES or gaz.lookup(tok.text) is not None:
        return False
    words = [t for t in doc[m.tok_end + 1 : m.tok_end + 6] if not t.is_punct]
    while len(words) > 1 and words[0].lower_ in _KIN_QUALIFIERS:
        words = words[1:]  # "Trump's former lawyer", "his longtime aide"
    kin = words[:1] and words[0].lower_ in _KIN_OF_A_PERSON and words[0].tag_ == "NN" or [t.lower_ for t in words[:3]] == ["chief", "of", "staff"]
    if not kin and not any(t.lower_ in _SPOKES for t in words[:3]):
        return False
    if not full_names:
        full_names.update(_full_names(doc, taken))
        full_names.setdefault("", (0, 0))  # built once per report
    if full_names.get(tok.text):
        return True  # "Alexei Navalny died ... Navalny's spokeswoman": the report names the person
    if kin and words[0].lower_ in _COMPANY_KIN:
        # "Boeing's lawyer", "Tesla's lawyer": a company has lawyers and advisers too; with
        # no full name in the report, the name is a person's only when the NER reads it so
        # out of the possessive in two plain sentences, as for a spokesman.
        return all(_read_alone(tok.text, frame) == "PERSON" for frame in _PERSON_FRAMES)
    if kin:
        return _read_alone(tok.text, _PLAIN) != "ORG"  # "Navalny's widow": kin only a person has
    return _speaks_for_a_person(tok.text, words)


_COMPANY_KIN = frozenset("lawyer attorney adviser advisor".split())  # offices a company has as well as a person


def _full_names(doc, taken: set[int]) -> dict[str, tuple[int, int]]:
    """ "Alexei Navalny": a capitalised forename the NER tagged as nothing (or as a person)
    right before a word, anywhere in the report: word -> the tokens of the first full name.
    Built only when a one-word possessor is in question."""
    found: dict[str, tuple[int, int]] = {}
    for tok in tokens(doc)[1:]:
        prev = doc[tok.i - 1]
        if tok.text in found or not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper):
            continue
        if prev.pos_ == "PROPN" and prev.is_alpha and prev.text[:1].isupper() and not prev.is_upper and prev.ent_type_ in ("", "PERSON") and (
            prev.i not in taken and not _is_title_word(prev.text) and prev.lower_ not in ORG_NAME_WORDS and prev.lower_ not in HONORIFICS
            and gazetteer().lookup(prev.text) is None and (prev.i == 0 or not doc[prev.i - 1].text[:1].isupper() or doc[prev.i - 1].is_sent_start)
        ) and (tok.i + 1 >= len(doc) or not (doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper())):
            found[tok.text] = (prev.i, tok.i + 1)
    return found


_SPOKES = frozenset("spokesman spokeswoman spokesperson adviser advisor aide".split())


def _speaks_for_a_person(word: str, words: list) -> bool:
    """ "Putin's spokesman", "Biden's national security adviser": offices a company
    has as well; the name is a person's only when the NER, out of the possessive,
    reads it so in two plain sentences (not "Tesla", "Pfizer", "Nvidia")."""
    return any(t.lower_ in _SPOKES for t in words[:3]) and all(_read_alone(word, frame) == "PERSON" for frame in _PERSON_FRAMES)


_KIN_QUALIFIERS = frozenset("former longtime long-time personal top senior chief then-".split())
_PLAIN = "He met {} on Monday."
_PERSON_FRAMES = (_PLAIN, "{} was born in 1960.")  # companies read ORG, nothing or a place in one of them


_ALONE: dict[tuple[str, str], str] = {}  # (a name, a sentence) -> the NER's label for it in a plain sentence


def _read_alone(word: str, frame: str) -> str:
    """The NER's own reading of a bare name out of its possessive, where it calls
    most one-word names an organisation ("Trump's lawyer"): in "He met X on
    Monday." it knows "Trump", "Navalny" as people and "Boeing", "Google" as
    companies. Asked only of the rare possessor before an office, and cached."""
    found = _ALONE.get((word, frame))
    if found is None:
        from briefing_tui.extract.nlp import load

        nlp = load()
        doc = nlp(frame.format(word), disable=[p for p in nlp.pipe_names if "ner" not in p])
        found = next((e.label_ for e in doc.ents if e.text == word), "")
        if len(_ALONE) > 10_000:
            _ALONE.clear()
        _ALONE[(word, frame)] = found
    return found


def _name_opening_a_sentence(doc, i: int, gaz) -> bool:
    """ "Greenpeace campaigner Anna Kivi said", "Tesla chief executive Elon Musk": a
    capitalised word opening a sentence before a title is a body's name when English
    has no such adjective or verb (WordNet's index, shipped with the pipeline: not
    "Veteran", "Top", "Rebel" or "Union") and it is no common body noun ("Ministry
    spokesman"), or when the report writes it capitalised inside a sentence too."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper) or tok.is_stop or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False  # not "The", which WordNet does not hold either
    low = tok.lower_
    if low in ORG_NAME_WORDS or low in PLACE_NOUNS or low in ORG_DESCRIPTORS or _is_title_word(tok.text) or low in HONORIFICS:
        return False
    if gaz.lookup(tok.text) is not None:
        return False
    if any(t.text == tok.text and not t.is_sent_start for t in tokens(doc)):
        return True
    classes = word_classes(low)
    if classes is None:
        return False
    if not classes:
        return True  # no English word at all ("Frontex", "Europol"), whatever the tagger made of it
    return tok.tag_ in ("NNP", "NNPS", "JJ") and not classes & {"adj", "verb", "adv"}


def _title_case_line(doc, i: int, seen: dict[int, bool]) -> bool:
    """A headline set in title case ("Biden Signs Climate Bill Into Law"): every word
    capitalised, a short word ("Into", "To", "As") among them, no closing full stop.
    The NER reads such lines as runs of names."""
    n = len(doc)
    for k in range(i + 1, min(n, i + 6)):  # prose: a lowercase word comes soon after
        t = doc[k]
        if "\n" in t.text:
            break
        if t.is_alpha and t.is_lower:
            return False
    first = i  # the line, which the parser may cut into several sentences
    while first > 0 and "\n" not in doc[first - 1].text and i - first < 40:
        first -= 1
    found = seen.get(first)
    if found is None:
        last = i
        while last + 1 < len(doc) and "\n" not in doc[last + 1].text and last - first < 40:
            last += 1
        line = doc[first : last + 1]
        words = [t for t in line if t.is_alpha]
        found = seen[first] = 4 <= len(words) <= 20 and line[-1].text not in (".", "!", "?", ":", '"', "”") and all(
            t.text[:1].isupper() for t in words
        ) and any(t.is_stop and t.i > first and t.lower_ not in _NAME_PARTICLES for t in words)
    return found


def _headline_name_end(doc, start: int, end: int) -> int:
    """Where a name the NER found in a title-case headline really ends: before a
    short word it ran on into ("Bill Into Law"; then no name at all, when one common
    English word is left), and before a verb of the headline ("Trump Vows")."""
    cut = next((k for k in range(start + 1, end) if doc[k].is_stop and doc[k].lower_ not in _NAME_PARTICLES), end)
    if cut < end:
        return start if cut - start == 1 and word_classes(doc[start].lower_) else cut
    while end - start > 1 and doc[end - 1].lower_.endswith("s") and (classes := word_classes(doc[end - 1].lower_[:-1])) and "verb" in classes and (
        end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha
    ):
        end -= 1  # "Trump Vows To Appeal": a name, then the verb of the headline
    return end


def _named_by_head(raw: list[Mention], span) -> Mention | None:
    """The one organisation of several words named before `span` whose last word it is."""
    word = span.text.lower()
    found = {m.text: m for m in raw if m.kind == "organization" and m.tok_end <= span.start
             and len(m.text.split()) > 1 and m.text.split()[-1].lower() == word}
    return next(iter(found.values())) if len(found) == 1 else None


def _folded(text: str) -> tuple[str, ...]:
    """A person's name as compared within a report: no accents, hyphens, forms of
    address or initials ("Erdoğan" / "Erdogan", "Kim Jong-un" / "Kim Jong Un",
    "Michael D. Higgins" / "Michael Higgins")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", _slug(text)) if not unicodedata.combining(c))
    words = [w for w in plain.replace("-", " ").replace("‐", " ").split() if w not in HONORIFICS]
    core = [re.sub(r"(.)\1+", r"\1", w) for w in words if len(w) > 1]  # "Garry" / "Gary" in one report
    return tuple(core or words)


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _name_variants(raw: list[Mention]) -> dict[str, str]:
    """Full-name keys that are variants of a fuller name of the same report, mapped
    to that name's key: spelling variants (see _folded) and a name's own tail
    ("Tayyip Erdoğan" in "Recep Tayyip Erdoğan", "Le Drian" in "Jean-Yves Le
    Drian", which the NER may label an organisation: it becomes the person's)."""
    groups: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in raw:
        if m.kind == "person" and len(m.text.split()) > 1:
            groups[_folded(m.text)].append(m)
    for f in sorted(groups, key=len):
        # "Leo Varadkar" / "Leo Eric Varadkar": the same first and last names, a middle name or not.
        fuller = [g for g in groups if len(g) > len(f) > 1 and g[0] == f[0] and g[-1] == f[-1] and _subsequence(f, g)]
        if len(fuller) == 1:
            groups[fuller[0]].extend(groups.pop(f))
    # the form used most, then the fullest, then the first, names the person
    best = {f: max(ms, key=lambda m: (sum(x.text == m.text for x in ms), len(m.text.split()))) for f, ms in groups.items()}
    for m in raw:
        f = _folded(m.text)
        if m.kind in ("organization", "place", "other") and len(f) > 1 and m.label not in ("PRODUCT", "BRAND") and any(
            len(g) > len(f) and g[-len(f):] == f for g in best
        ):
            m.kind = "person"
            groups[f].append(m)
            best.setdefault(f, m)
    canon: dict[str, str] = {}
    for f, ms in groups.items():
        longer = [g for g in best if len(g) > len(f) and g[-len(f):] == f]
        target = best[longer[0]] if len(longer) == 1 else best[f]
        key = "person:" + " ".join(w for w in _slug(target.text).split() if w not in HONORIFICS)
        for m in ms:
            for form in (_slug(m.text), " ".join(w for w in _slug(m.text).split() if w not in HONORIFICS)):
                if "person:" + form != key:
                    canon["person:" + form] = key
    return canon


def _demonym_home(text: str, places: set[str]) -> str | None:
    """The place a regional demonym is of, when the report names it: "Tasmanian" ->
    "Tasmania", "Ohioan" -> "Ohio", "Floridian" -> "Florida", "Texan" -> "Texas"
    (countries' demonyms are the gazetteer's)."""
    if len(text) < 5 or not text.endswith("n") or " " in text:
        return None
    return next((home for home in (text[:-1], text[:-2], text[:-3] + "a", text[:-1] + "s") if home in places), None)


def _party_of_member(text: str, parties: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """ "Democrat", "Republicans": the party named in the report whose first word the
    member's name begins ("Democratic Party"), if one."""
    words = _slug(text).split()
    if len(words) != 1 or len(words[0]) < 5:
        return None
    stem = words[0][:-1] if words[0].endswith("s") else words[0]
    stem = "conservative" if stem in ("tory", "torie") else stem  # "the Tories" are the Conservative Party
    found = [p for first, p in parties.items() if first.startswith(stem)]
    return found[0] if len(found) == 1 else None


def _slug(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).replace(".", "")


def resolve_entities(doc) -> DocEntities:
    gaz = gazetteer()
    raw, taken = _product_mentions(doc)
    opening: list[int] = []  # where brackets open, noted by _party_codes's walk
    raw.extend(_party_codes(doc, taken, opening))
    raw.extend(_party_in_brackets(doc, taken, opening))
    raw.extend(_bracketed_names(doc, taken))
    headlines: dict[int, bool] = {}
    for ent in named_entities(doc):
        kind = LABEL_KINDS.get(ent.label_)
        if kind is None and ent.label_ != "WORK_OF_ART":
            continue
        start, end = _trim(ent)
        if kind is not None and end < len(doc) and doc[end].text == "Republic" and doc[end].ent_type_ == "" and end not in taken and (
            (whole := gaz.lookup(doc[start : end + 1].text)) is not None and whole.how == "name"
        ):
            end += 1  # "Czech Republic Prime Minister": the NER tagged the nationality; the country's name goes on
        if kind is not None and 3 <= end - start <= 4 and start not in taken and (dem := gaz.lookup(doc[start].text)) is not None and (
            dem.how == "demonym" and _name_words(doc[start + 1 : end]) and _surname_elsewhere(doc, start, end)
        ):
            # "beat Belarusian Aryna Sabalenka": a nationality before a person the report
            # names again by her surname, run together by the NER
            raw.append(Mention(doc[start].idx, doc[start].idx + len(doc[start].text), start, start + 1, doc[start].text, "group", label="NORP"))
            taken.add(start)
            start, kind = start + 1, "person"
        if kind in ("place", "organization", "other") and end + 1 < len(doc) and _GAMES_YEAR.match(doc[end].text) and end not in taken and (
            _is_title_word(doc[end + 1].text) and doc[end + 1].is_lower and not _is_title_word(doc[end - 1].text)
        ):
            end, kind = end + 1, "organization"  # "Tokyo 2020 president X": the organisers named by their event
        if kind in ("person", "other", "organization") and end - start >= 2 and doc[end - 1].text[:1].isupper() and (
            doc[end - 1].lower_ in _LANDFORMS or kind == "person" and doc[end - 1].lower_ in _PLACE_TAILS
        ):
            kind = "place"  # "Ruang Volcano", "Quezon City" read as a person: a place by its last word
        if kind in ("organization", "group", "other") and (whole := _democrat_party(doc, start, end)) > end and whole - 1 not in taken:
            end, kind = whole, "organization"
        elif kind == "group" and doc[end - 1].text in ("Democrat", "Democrats") and end - start <= 2 and start >= 2 - (end - start) and (
            doc[end - 2].lower_ in _DEMOCRAT_PARTIES and doc[end - 2].text[:1].isupper() and (end - start == 2 or end - 2 not in taken)
        ):
            start, kind = end - 2, "organization"  # "the Liberal Democrats", "Social Democrats": a party, not a people
        if kind == "person" and end - start == 1 and start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].ent_type_ == "PERSON" and (
            _BRAND.match(doc[start].text) or not word_classes(doc[start].lower_)
        ) and start + 1 < len(doc) and doc[start + 1].text != ",":
            kind = "organization"  # "Elon Musk's SpaceX": what a person owns, not the person
        if kind == "person" and _title_case_line(doc, start, headlines):
            end = _headline_name_end(doc, start, end)
            if end <= start:
                continue
        if kind in ("place", "organization") and start > 0 and start - 1 not in taken and doc[start - 1].lower_ in _COMPASS and (
            doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ == "" and gaz.lookup(doc[start - 1 : end].text) is None
            and (whole := gaz.lookup(doc[start:end].text)) is not None and whole.how == "name"
        ):
            start, kind = start - 1, "place"  # "Upper Austria governor": a region, not the country it is named after
        region = None
        if kind == "group" and end - start == 2 and doc[start].lower_ in _COMPASS and doc[start].text[:1].isupper() and end < len(doc) and (
            _is_title_word(doc[end].text) or doc[end].lower_ in ORG_NAME_WORDS
        ) and gaz.lookup(doc[start:end].text) is None and (demonym := gaz.lookup(doc[end - 1].text)) is not None and demonym.how == "demonym":
            # "the South Australian premier": the state named after its country, not a people
            kind, region = "place", f"{doc[start].text} {gaz.name(demonym.code)}"
        if kind == "group" and end - start == 1 and start > 0 and start - 1 not in taken and (
            doc[start - 1].lower_.strip(".") in TITLE_HEADS or doc[start - 1].lower_.strip(".") in TITLE_ABBREVIATIONS
        ) and _single_name_after_title(doc, doc[start - 1], doc[start]):
            kind = "person"  # "Sheikh Tamim" (a nationality to the NER): a name after an office
        if kind in ("organization", "place", "other", "group", None) and end - start >= 2 and doc[start].lower_.strip(".") in HONORIFICS and (
            all(t.text[:1].isupper() for t in doc[start + 1 : end])
        ):
            start, kind = start + 1, "person"  # "Ms Costa", "Mr. Barnier": a form of address is said of people only
        if kind == "place" and end - start == 1 and start > 0 and start - 1 not in taken and _club_word(doc[start - 1], start) and (
            gaz.lookup(doc[start:end].text) is not None and gaz.lookup(doc[start - 1 : end].text) is None
        ):
            start, kind = start - 1, "organization"  # "Real Madrid": a city's name inside a club's or a firm's
        if kind is not None and start > 0 and start - 1 not in taken and letter_article(doc[start - 1]) and start < end:
            start -= 1  # "O Globo", "A Bola": a one-letter article of another language is part of the name
        if kind in ("organization", "place") and start >= 2 and doc[start - 2].lower_.strip(".") in TITLE_HEADS:
            start = _untagged_forename(doc, start, end, taken)  # "CEO J Moses" with "Moses" an organisation
        if kind == "person" and end - start >= 2 and (country := gaz.lookup(doc[start:end].text)) is not None and country.how == "name":
            kind = "place"  # "Côte d'Ivoire", "Sierra Leone" as a person to the NER: a country's name is a country's
        if kind == "person":
            while start >= 2 and doc[start - 1].lower_ in ("bin", "bint", "ibn", "ben") and doc[start - 1].is_lower and (
                start - 2 not in taken and start - 1 not in taken and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_alpha
                and doc[start - 2].text[:1].isupper() and doc[start - 2].ent_type_ == "" and not _is_title_word(doc[start - 2].text)
                and doc[start - 2].lower_ not in STYLES_BEFORE_NAME and gaz.lookup(doc[start - 2].text) is None
            ):
                start -= 2  # "Moza bint Nasser" with only "Nasser" a person: the name runs back over the patronymic
            start = _untagged_forename(doc, start, end, taken)
            while end < len(doc) and end - start < 4 and end not in taken and doc[end].pos_ == "PROPN" and doc[end].is_alpha and (
                doc[end].text[:1].isupper() and doc[end].ent_type_ == "" and doc[end - 1].dep_ == "compound"
                and doc[end - 1].head.i == end and not _is_title_word(doc[end].text) and doc[end].lower_ not in ORG_NAME_WORDS
                and gazetteer().lookup(doc[end].text) is None
            ):
                end += 1  # "Maria Corina" + "Machado": the surname the names before it modify
            k = end
            while k < len(doc) and k - end < 3 and doc[k].lower_ in _NAME_PARTICLES and doc[k].is_lower and k not in taken:
                k += 1
            if k > end and k < len(doc) and k not in taken and doc[k].pos_ == "PROPN" and doc[k].is_alpha and doc[k].text[:1].isupper() and (
                doc[k].ent_type_ in ("", "PERSON") and not _is_title_word(doc[k].text) and gazetteer().lookup(doc[k].text) is None
            ) and (k + 1 >= len(doc) or not (doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper())):
                end = k + 1  # "Erik ten Hag", "Ines de Castro": the NER stopped at the particle
        while end + 1 < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text == "-" and doc[end].whitespace_ == "" and (
            doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha
        ):
            end += 2  # "OVD-Info": the NER stopped at the hyphen
        if start >= end or any(i in taken for i in range(start, end)):
            continue
        prep = start - 2 if start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "to" else _past_owner(doc, start - 1)
        if (kind in ("place", "organization") and end < len(doc) and (doc[end].pos_ in ("VERB", "AUX") or doc[end].text == ",")
            or _body_before_name(doc, kind, start, end, prep)) and end - start >= 3 and prep >= 1 and doc[prep].lower_ in ("of", "for", "to") and (
            doc[prep - 1].lower_.strip(".") in TITLE_HEADS
        ) and not _indefinite_title(doc, prep - 1) and _name_words(doc[end - 2 : end]):
            # "President of Ukraine Volodymyr Zelenskyy said": the NER ran the body and the
            # name together; the name is the subject that speaks.
            if not all(t.lower_ in TITLE_MODIFIERS for t in doc[start : end - 2]) and not (
                doc[start].lower_ in TITLE_MODIFIERS and doc[start + 1].lower_ in ("for", "of")
            ):  # "Secretary of State for Health and Social Care": the office's field too
                # "Secretary of State Antony ...": a field of the office is no body.
                unit = next((i + 1 for i in range(start + 1, end - 3) if doc[i].tag_ == "POS"), start)
                if unit > start:
                    # "JAXA's Space Science Division": the owner and its unit the office is of
                    raw.append(Mention(doc[start].idx, doc[unit - 2].idx + len(doc[unit - 2].text), start, unit - 1,
                                       doc[start : unit - 1].text, _body_kind(doc, start, unit - 1, unit - 1, ent.label_, gaz), label=ent.label_))
                body = Mention(doc[unit].idx, doc[end - 3].idx + len(doc[end - 3].text), unit, end - 2, doc[unit : end - 2].text,
                               _body_kind(doc, unit, end - 2, end - 2, ent.label_, gaz) if kind == "person" or unit > start else kind,
                               label=ent.label_)
                raw.append(body)
                taken.update(range(start, end - 2))
            person = doc[end - 2 : end]
            raw.append(Mention(person.start_char, person.end_char, end - 2, end, person.text, "person", label="TITLED"))
            taken.update(range(end - 2, end))
            continue
        if kind == "organization" and end < len(doc) and _is_title_word(doc[end].text):
            # "British Defence Secretary": the NER ran a country and an office's field together.
            cut = end
            while cut > start + 1 and doc[cut - 1].lower_ in TITLE_MODIFIERS and doc[cut - 1].lower_ not in ORG_NAME_WORDS:
                cut -= 1
            if cut < end and gaz.lookup(doc[start:cut].text) is not None:
                end, kind = cut, "place"
        office = _inner_title(doc, start, end) if start < end and not any(i in taken for i in range(start, end)) else None
        if office is not None:
            # "Kharkiv Governor Yuri Kovalenko" (a work of art to the NER), "Apple CEO Tim
            # Cook" (an organisation): the body, the title words left for the role rules, the name.
            body_end, name_start = office
            while body_end > start and (doc[body_end - 1].tag_ == "POS" or doc[body_end - 1].text in ("'s", "’s")):
                body_end -= 1
            if body_end > start:
                body = doc[start:body_end]
                raw.append(Mention(body.start_char, body.end_char, start, body_end, body.text,
                                   _body_kind(doc, start, body_end, name_start, ent.label_, gaz), label=ent.label_))
                taken.update(range(start, body_end))
            person = doc[name_start:end]
            raw.append(Mention(person.start_char, person.end_char, name_start, end, person.text, "person", label="TITLED"))
            taken.update(range(name_start, end))
            continue
        if kind is None:
            continue
        if kind in ("place", "organization") and end - start == 1 and start >= 2 and doc[start - 1].lower_ in _NAME_PARTICLES:
            # "Ursula von der Leyen": the NER took the last name for a place.
            j = start - 1
            while j > 0 and doc[j].lower_ in _NAME_PARTICLES:
                j -= 1
            if doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and j not in taken:
                while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and j - 1 not in taken and start - j < 4:
                    j -= 1
                start, kind = j, "person"
        tokens = doc[start:end]
        if all(_is_title_word(t.text) or not t.is_alpha for t in tokens) and (
            # "U.N.", "1UP": a name with no word of a title is kept; a product's code
            # ("AF447") stays out, as it may be the end of a longer name.
            any(_is_title_word(t.text) for t in tokens) or kind in ("other", None)
            or not any(c.isupper() for c in tokens.text) or _CODE.match(tokens.text)  # "320x240", "COVID-19"
        ) and (
            any(t.lower_.strip(".") in TITLE_HEADS for t in tokens) or end < len(doc) and _is_title_word(doc[end].text)
            or tokens[-1].lower_ not in ORG_NAME_WORDS
        ) and not (kind == "organization" and (_party_before_office(doc, start, end) or _goes_on_a_name(doc, start, taken))) and not (
            end - start > 1 and doc[end - 1].lower_ in _PARTY_NOUNS and doc[end - 1].text[:1].isupper()
        ):  # "Labour Party leader": a party's name, not the words of an office
            continue  # "Defense" in "Defense Minister" tagged ORG; not "the Labor Party"
        if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens):
            continue  # lowercase spans are rarely names
        last = doc[end - 1]
        nxt = doc[end] if end < len(doc) else None
        # "Apple Computer's Mac OS": a possessive inside the span parts owner and thing.
        inner = next((i for i in range(start + 1, end - 1) if doc[i].tag_ == "POS"), None)
        if doc[end - 1].lemma_.lower() in EVENT_NAME_HEADS or inner == end - 2 and doc[end - 1].lower_ in ORG_NAME_WORDS and (
            doc[end - 1].text[:1].isupper() and not gaz.lookup(doc[start:inner].text)
        ):
            inner = None  # "Worldwide Developer's Conference", "St Mary's Hospital", "King's College" are one name
        if inner is not None:
            owner = Mention(doc[start].idx, doc[inner].idx, start, inner, doc[start:inner].text, kind, label=ent.label_)
            raw.append(owner)
            taken.update(range(start, inner + 1))
            start = inner + 1
            if kind == "organization":
                kind = "other"
        label = ent.label_
        if kind in ("person", "group", "other", "place") and nxt is not None and nxt.lower_ in _PARTY_NOUNS and not gaz.lookup(doc[start:end].text):
            kind, label = "organization", "PARTY"  # "a Fine Gael party candidate" (a person to the NER)
        elif kind in ("other", "organization", "group") and (
            last.lemma_.lower() in PLACE_NOUNS and end - start > 1 and last.is_lower
            or nxt is not None and nxt.lemma_.lower() in PLACE_NOUNS and nxt.is_lower and nxt.pos_ == "NOUN"
        ):
            # "the Kursk region", "Indo-Pacific region": a name before a place noun is a place.
            kind = "place"
            if last.lemma_.lower() in PLACE_NOUNS:
                end -= 1
        elif kind == "organization" and (
            last.lemma_.lower() in EVENT_NAME_HEADS or nxt is not None and nxt.lemma_.lower() in EVENT_NAME_HEADS and nxt.pos_ == "NOUN"
        ):
            kind = "other"  # the name of a conference or a dialogue, not a body
        elif kind in ("organization", "place", "other") and _name_words(doc[start:end]) and (
            start > 0 and doc[start - 1].lower_.strip(".") in TITLE_HEADS or _person_after(doc, start, end) or _after_a_title(doc, start)
        ) and not gaz.lookup(doc[start:end].text) and doc[end - 1].lower_ not in _PLACE_TAILS:
            # "German Chancellor Olaf Scholz", "WHO vaccine chief Jean-Marie Okwo Bele",
            # "Ricardo Rosselló Nevares, Puerto Rico's governor": labelled an organisation.
            kind, label = "person", "TITLED"  # the title outweighs the NER's label elsewhere
            start = _untagged_forename(doc, start, end, taken)
        elif kind in ("organization", "place", "other") and end - start == 1 and doc[start].is_alpha and doc[start].text[:1].isupper() and (
            not doc[start].is_upper and doc[start].lower_ not in ORG_NAME_WORDS and doc[start].lower_ not in ORG_DESCRIPTORS
            and not _is_title_word(doc[start].text) and not gaz.lookup(doc[start:end].text)
        ) and (
            start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_.strip(".") in TITLE_HEADS | TITLE_ABBREVIATIONS.keys()
            and (nxt is None or nxt.pos_ != "PROPN")
            or _after_a_title(doc, start) and nxt is not None and nxt.text == ","
        ):
            # "Chancellor Scholz said", "Brazil's president, Lula, met": one name by a
            # title, which the NER took for a place or a body
            kind, label = "person", "TITLED"
        elif kind in ("organization", "place") and end - start == 1 and (forename := _untagged_forename(doc, start, end, taken)) < start and (
            _name_words(doc[forename:end]) and not gaz.lookup(doc[start:end].text) and not gaz.lookup(doc[forename:end].text)
            and (_person_after(doc, forename, end) or _after_a_title(doc, forename))
        ):
            # "prime minister, Ana Costa, was sworn in" with "Costa" a place to the NER
            # and "Ana" left out: a forename and a name no gazetteer knows, by a title.
            kind, start = "person", forename
        elif kind in ("organization", "other") and end - start == 1 and _who_after(doc, end) and doc[start].is_alpha and (
            doc[start].text[:1].isupper() and not doc[start].is_upper and doc[start].lower_ not in ORG_NAME_WORDS
            and doc[start].lower_ not in ORG_DESCRIPTORS and not gaz.lookup(doc[start:end].text)
        ):
            kind = "person"  # "welcomed by Barnier, who said": bodies take 'which'
        elif kind == "organization" and _name_words(doc[start:end]) and _listed_with_person(doc[start:end]) and not gaz.lookup(doc[start:end].text):
            kind = "person"  # "counterparts, Nikos Dendias, Nikos Christodoulides and ...": one of a list of people
        elif kind == "person" and end - start == 1 and (
            last.tag_ == "NNPS" or start > 0 and doc[start - 1].lower_ == "the"
        ):
            kind = "group"  # "the Beatles"
        elif kind in ("person", "place", "organization") and end - start > 1 and _VERSION.match(last.text) and any(c.isdigit() for c in last.text) and not gaz.lookup(doc[start:end].text):
            kind = "other"  # "Galaxy S2", "Windows 7": a name with a version is a product
        elif kind in ("person", "place") and _artifact_context(doc[start:end]):
            kind = "other"  # "Tiger, the newest version of ...", "the Safari web browser"
        if kind == "other" and ent.label_ not in ("PRODUCT", "WORK_OF_ART", "EVENT", "ORG"):
            pass
        if kind == "other" and nxt is not None and nxt.i == end and nxt.is_lower and nxt.pos_ == "NOUN" and (
            nxt.lemma_.lower() in EVENT_NAME_HEADS or nxt.lemma_.lower() in _SCHEME_HEADS
        ) and end not in taken:
            end += 1  # 'a "Korea-Canada Indo-Pacific dialogue"': the forum's name keeps its head noun
        edited = None
        if kind == "person" and (closing := _editorial_close(doc, start, end)) is not None:
            # '"[Defence Minister Ahmed] Karimov!"': an editor's words in a quotation; the
            # name runs across the bracket, and "Karimov Administration" is his government.
            while end - closing > 2 and doc[end - 1].lower_ in _GOVERNMENT_WORDS:
                end -= 1
            edited = " ".join(t.text for t in doc[start:end] if t.text not in ("[", "]"))
        text = _name_text(doc, start, end)
        shown = region or edited or (_without_nickname(doc, start, end) if kind == "person" and end - start >= 5 else None) or text
        mention = Mention(doc[start].idx, doc[start].idx + len(text), start, end, shown, kind, label=label)
        raw.append(mention)
        taken.update(range(start, end))
    raw.extend(_titled_names(doc, taken))
    raw.extend(_gazetteer_mentions(doc, taken))
    raw.extend(_org_word_mentions(doc, taken))
    raw.extend(_bodies_before_titles(doc, raw, taken, gaz))
    raw.extend(_party_possessors(doc, raw, taken))
    raw.sort(key=lambda m: m.tok_start)
    raw = _merge_adjacent(doc, raw)  # whole names before their surnames are looked for
    raw.extend(_surname_mentions(doc, raw, taken))
    raw.extend(_acronym_mentions(doc, raw, taken))
    raw.sort(key=lambda m: m.tok_start)
    raw = _merge_adjacent(doc, raw)

    org_cores = {_org_key(m.text) for m in raw if m.kind == "organization"}
    legal_cores = {_org_key(m.text) for m in raw if m.kind == "organization" and _org_key(m.text) != _slug(m.text)}
    for m in raw:
        if m.kind == "person" and len(m.text.split()) > 1 and _slug(m.text) in legal_cores:
            m.kind = "organization"  # "Ziff Davis" (a person to the NER) beside "Ziff Davis Holdings Inc"
    full_people = [m.text.split() for m in raw if m.kind == "person" and len(m.text.split()) > 1]
    guessed: set[int] = set()  # one-word "persons" made 'other' for want of any sign: no vote against a kind with one
    for m in raw:
        if m.kind == "place" and m.label in ("GPE", "LOC", "FAC") and _org_key(m.text) in org_cores:
            m.kind = "organization"  # "Cisco" beside "Cisco System"
        root = doc[m.tok_end - 1]
        if m.kind == "person" and len(m.text.split()) == 1 and any(
            c.dep_ == "amod" and c.is_lower and c.pos_ == "ADJ" and c.lower_ not in TITLE_MODIFIERS for c in root.children
        ):
            m.kind = "other"  # "hard Brexit": people are not qualified like things
            continue
        if m.kind == "person" and len(m.text.split()) == 1 and m.label == "PERSON":
            word = m.text
            found = gaz.lookup(word)
            if found is not None and found.how in ("name", "capital") and not any(word in words for words in full_people) and not (
                m.tok_start > 0 and (_is_title_word(doc[m.tok_start - 1].text) or doc[m.tok_start - 1].lower_.strip(".") in HONORIFICS)
            ):
                m.kind = "place"  # "said Kyiv needed air defence": a capital speaking for its government
                continue
            if not any(word in (words[0], words[-1]) for words in full_people) and not _speaks(doc, m) and not (
                _after_a_title(doc, m.tok_start) and m.tok_end < len(doc) and doc[m.tok_end].text == ","
                or m.tok_start > 0 and doc[m.tok_start - 1].text[:1].isupper() and doc[m.tok_start - 1].lower_.strip(".") in TITLE_HEADS
            ):  # but "Brazil's president, Lula, met", "President Lula met": a name by a title
                m.kind = "other"  # "Safari", "Spotlight": one-word names nobody introduced as a person
                guessed.add(id(m))
                k = m.tok_start
                if k >= 2 and doc[k - 1].lower_ in ("of", "for") and doc[k - 2].lower_ in TITLE_HEADS:
                    # "the mayor of Kyiv", "a spokesman for Hamas": the body an office is of
                    m.kind = "place" if doc[k - 2].lower_ in LOCAL_OFFICES else "organization"
                    m.label = "TITLEBODY"
                    guessed.discard(id(m))
                elif k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].ent_type_ == "PERSON" and doc[k - 2].pos_ == "PROPN":
                    m.kind = "place"  # "Mayor Carlos Mendes of Porto": where a named person is from

    _bodies_and_titled(doc, raw, gaz)
    full_names: dict[str, tuple[int, int]] = {}  # built when a possessor is in question (_kin_of_one_name)
    for m in list(raw):
        if m.kind == "organization" and m.label == "ORG" and m.tok_end - m.tok_start == 1 and m.tok_end < len(doc) and (
            doc[m.tok_end].tag_ == "POS" or doc[m.tok_end].text in ("'s", "’s")
        ):
            if not _kin_of_one_name(doc, m, gaz, full_names, taken):
                continue
            m.kind, m.label = "person", "KIN"  # "Trump's lawyer" (an organisation to the NER): offices held for a person
            named = full_names.get(m.text)
            if named is not None and not any(i in taken for i in range(*named)):
                # "Alexei Navalny" the NER left out: the person named in full
                raw.append(Mention(doc[named[0]].idx, doc[named[1] - 1].idx + len(doc[named[1] - 1].text), named[0], named[1],
                                   doc[named[0] : named[1]].text, "person", label="KIN"))
                taken.update(range(*named))
                raw.sort(key=lambda x: x.tok_start)
    # One kind per surface form within a report: NER labels the same name differently.
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in raw:
        # a kind the words around a name decide outweighs the NER's label elsewhere
        # (an office a body holds outweighs the letter case that made its other mentions products)
        votes[_slug(m.text)][m.kind] += 5 if m.label == "TITLEBODY" else 3 if m.label in _CONTEXT_LABELS else 0 if id(m) in guessed else 1
    for m in raw:
        counts = votes[_slug(m.text)]
        if len(counts) > 1 and m.kind not in ("place",):
            m.kind = counts.most_common(1)[0][0]
    _not_people(doc, raw)
    for m in raw:
        if m.kind == "other" and m.label in ("PRODUCT", "PERSON", "WORK_OF_ART") and _possessor_of_office(doc, m):
            # "named Nordvik's chief executive": offices are held in bodies; but a person
            # to the NER with "'s lawyer", "'s aide" is a person who has one ("Trump's lawyer")
            m.kind = "person" if m.label == "PERSON" and (
                _personal_office_after(doc, m) or _speaks_for_a_person(m.text, [t for t in doc[m.tok_end + 1 : m.tok_end + 5] if not t.is_punct])
            ) else "organization"
    for m in list(raw):
        if m.text.lower().strip(".,") in _GENERATIONS:
            raw.remove(m)  # "Ann Lee, Jr.": the end of the name before it, nobody of its own

    canon = _name_variants(raw)
    out = DocEntities()
    surnames: dict[str, list[str]] = defaultdict(list)  # last word -> full-name keys
    forenames: dict[str, list[str]] = defaultdict(list)
    weight: Counter = Counter()  # how often each full name or its surname occurs
    full_orgs: list[tuple[list[str], str]] = []
    for m in raw:
        if m.kind == "person" and len(m.text.split()) > 1:
            key = "person:" + _slug(m.text)
            key = canon.get(key, key)
            parts = key.split(":", 1)[1].split()
            if len(parts) >= 3 and parts[-1].strip(".,") in _GENERATIONS:
                parts = parts[:-1]  # "Lee" is the surname of "Ann Lee Jr."
            for last in {parts[-1], _folded(parts[-1])[0]}:  # "Erdogan" for "Erdoğan"
                if key not in surnames[last]:
                    surnames[last].append(key)
            if len(parts) >= 3 and parts[-2] not in _NAME_PARTICLES and parts[-2] != parts[0]:
                # "Ricardo Rosselló Nevares" is "Rosselló" too (a paternal surname first).
                if key not in surnames[parts[-2]]:
                    surnames[parts[-2]].append(key)
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
    short_names: dict[str, str] = {}
    for words, key in full_orgs:
        org_heads[words[0]].add(key)
    for m in raw:
        if m.kind == "organization" and len(m.text.split()) > 1:
            initials = "".join(w[0] for w in m.text.split() if w[:1].isupper())
            if len(initials) > 1:
                acronyms[initials.lower()].add("org:" + _org_key(m.text))
            paren = _parenthesised(doc, m.tok_end, short=True) or _or_acronym(doc, m.tok_end)
            if paren and paren[0] == m.text[0]:
                # "World Health Organisation (WHO)", "Médecins sans Frontières (MSF)"
                acronyms[paren.lower()] = {"org:" + _org_key(m.text)}
                if not paren.isupper():
                    short_names[paren] = "org:" + _org_key(m.text)  # "(Ofcom)": every "Ofcom" is that body
    org_cores_one = {_org_key(m.text) for m in raw if m.kind == "organization" and len(_org_key(m.text).split()) == 1}
    for m in raw:
        words = _slug(m.text).split()
        if len(words) != 1 or m.kind == "country":
            continue
        if words[0] in org_cores_one and m.kind in ("other", "group", "person", "place") and m.label != "BRAND":
            m.kind = "organization"  # "Globex" beside "Globex Corporation"
        elif words[0] in surnames and m.kind != "person":
            m.kind = "person"
        elif words[0] in org_heads and m.kind in ("other", "group", "person", "place") and len(org_heads[words[0]]) == 1 and not (
            m.kind in ("place", "group") and gaz.lookup(m.text)
        ):
            m.kind = "organization"  # not "Turkish" beside "Turkish Ministry of Foreign Affairs"

    org_keys = {"org:" + _org_key(m.text) for m in raw if m.kind == "organization" and _org_key(m.text) != _slug(m.text)}
    named_countries = {
        found.code for m in raw if m.kind in ("place", "group")
        and (found := gaz.lookup(m.text)) is not None and found.how != "code"
    }
    product_forms = {m.text for m in raw if m.label in ("PRODUCT", "BRAND")}
    # "Democratic Party" (or "D-Mass.") named in the report: "a Massachusetts Democrat",
    # "Democrats" are that party, one entity with it.
    parties = {
        words[0]: ("org:" + " ".join(words), name) for m in raw if m.kind == "organization"
        and (m.label == PARTY_CODE or m.text[-5:].lower() == "party")
        and len(words := _org_key(name := PARTY_CODES[m.text] if m.label == PARTY_CODE else m.text).split()) == 2 and words[1] == "party"
    }
    for m in raw:  # "Conservative leader X ... the Tories": a party named by its one word
        if m.kind == "organization" and m.label == "PARTY" and " " not in m.text and (word := m.text.lower()) not in parties:
            parties[word] = ("org:" + _org_key(m.text), m.text)
    place_names = {m.text for m in raw if m.kind == "place"}
    all_orgs = {"org:" + _org_key(m.text) for m in raw if m.kind == "organization"}
    names: dict[str, str] = {}
    for m in raw:
        country = None
        if m.label == PARTY_CODE:
            m.key = "org:" + _org_key(PARTY_CODES[m.text])
            names.setdefault(m.key, PARTY_CODES[m.text])
            out.add(m, names[m.key])
            continue
        if m.text in short_names:
            m.kind, m.key = "organization", short_names[m.text]  # "Phivolcs" after "... Seismology (Phivolcs)"
            out.add(m, names.setdefault(m.key, m.text))
            continue
        if m.kind == "organization" and m.text.replace(".", "").lower() in acronyms:
            country = None  # "ATF" defined as an acronym here, not the code of a territory
        elif m.kind in ("place", "group") or (m.kind == "organization" and m.text.replace(".", "").isupper()):
            country = gaz.lookup(m.text)
            if country is not None and country.how == "code" and m.kind == "organization" and len(m.text.replace(".", "")) == 3 and (
                country.code not in named_countries
            ):
                country = None  # "ATF" the NER calls an organisation is one, unless its country is named too
        elif m.kind == "organization" and m.label not in ("PRODUCT", "BRAND"):
            found = gaz.lookup(m.text)
            # "Sierra Leone" as an ORG; "Washington said": a capital speaking for its government
            country = found if found is not None and found.how in ("name", "capital") else None
            if found is not None and found.how == "demonym" and m.tok_end < len(doc) and (
                _is_title_word(doc[m.tok_end].text) or doc[m.tok_end].lower_ in _COUNTERPART
            ):
                country = found  # "his Ugandan counterpart", "Ugandan officials": a demonym the NER took for a body
        elif m.kind == "person" and m.label == "PERSON" and m.tok_end < len(doc) and _is_title_word(doc[m.tok_end].text):
            # "Sri Lankan Prime Minister ...": a demonym before a title the NER took for a name.
            found = gaz.lookup(m.text)
            country = found if found is not None and found.how == "demonym" else None
        if country is not None:
            before = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
            name = gaz.name(country.code)
            if country.how == "capital" and (before in LOCATIVE or _local_office_beside(doc, m) or m.text.split()[-1] == "City"):
                # "Mexico City Health Secretary": a capital named as a city is the city, not its government
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
                    keys = table.get(words[0], []) or table.get(_folded(words[0])[0], [])
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
                m.key = canon.get("person:" + " ".join(words), "person:" + " ".join(words))
                names.setdefault(m.key, m.text)
        elif m.kind == "organization":
            key_words = _org_key(m.text).split()
            if len(key_words) > 2 and "org:" + " ".join(key_words[1:]) in all_orgs and (home := gaz.lookup(m.text.split()[0])) is not None and (
                home.how in ("code", "name")  # not "French Ministry of Interior" beside another country's
            ):
                key_words = key_words[1:]  # "US Department of Interior" beside "Department of the Interior"
            longer = {
                k for words, k in full_orgs
                if words[: len(key_words)] == key_words and len(words) > len(key_words)
                and not set(words[len(key_words):]) & ORG_PARTS
            }
            if "org:" + " ".join(key_words) in org_keys:
                longer = set()  # "Apple" beside "Apple Inc.": the bare name is that one
            expanded = acronyms.get(m.text.replace(".", "").lower(), set()) if m.text.replace(".", "").isupper() else set()
            if not longer and len(key_words) == 1 and key_words[0] in ORG_NAME_WORDS and m.text[:1].isupper():
                # "the Association's president", "[the] Foundation" after "the American
                # Psychological Association", "the Wikimedia Foundation": the one body named with that head
                longer = {k for words, k in full_orgs if words[-1] == key_words[0] and len(words) > 1}
            if len(longer) == 1 and len(key_words) == 1:
                m.key = longer.pop()
            elif len(expanded) == 1:
                m.key = next(iter(expanded))
            else:
                m.key = "org:" + " ".join(key_words)
                names.setdefault(m.key, m.text)
        elif m.kind == "group" and parties and (party := _party_of_member(m.text, parties)) is not None:
            m.kind, m.key = "organization", party[0]
            names.setdefault(m.key, party[1])
        elif m.kind in ("group", "place") and (home := _demonym_home(m.text, place_names)) is not None:
            m.kind, m.key = "place", "place:" + _slug(home)  # "Tasmanian officials" in a report on Tasmania
            names.setdefault(m.key, home)
        elif m.kind == "group":
            m.key = "group:" + _slug(m.text)
            names.setdefault(m.key, m.text)
        elif m.kind == "place":
            m.key = "place:" + _slug(m.text)
            names.setdefault(m.key, m.text)
        elif m.kind == "other" and m.label in ("PRODUCT", "BRAND") and m.text.endswith("s") and m.text[:-1] in product_forms:
            m.key = "other:" + _product_key(m.text[:-1])  # "iPhones" with "iPhone"
            names.setdefault(m.key, m.text[:-1])
        elif m.kind == "weapon":
            m.key = "weapon:" + _product_key(m.text)
            names.setdefault(m.key, m.text)
        else:
            m.key = "other:" + _product_key(m.text)
            names.setdefault(m.key, m.text)
        if not m.key.split(":", 1)[1]:
            continue
        out.add(m, names.get(m.key, m.text))
    for entity in out.entities.values():
        if entity.kind == "country":
            entity.name = names[entity.key]
        elif entity.kind == "organization" and "." in entity.name:
            entity.name = _usual_form(entity)
    return out


def _usual_form(entity: Entity) -> str:
    """ "U.N." and "UN" are one body: show the form the report uses most, the one
    without full stops on a tie, rather than the longer by its dots."""
    bare = entity.name.replace(".", "")
    forms = Counter(_LEGAL_TAIL.sub("", m.text) or m.text for m in entity.mentions if m.text.replace(".", "") == bare)
    if len(forms) < 2:
        return entity.name
    return max(forms, key=lambda f: (forms[f], "." not in f))


def _or_acronym(doc, i: int) -> str | None:
    """The acronym in ", or ATF" after a name at token i."""
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "or":
        text = doc[i + 2].text
        if 2 <= len(text) <= 8 and text.isupper() and text.isalpha():
            return text
    return None


def _parenthesised(doc, i: int, short: bool = False) -> str | None:
    """The acronym in "(WHO)" at token i, if there is one; with `short`, a short name
    written in lower case too ("(Ofcom)", "(Phivolcs)")."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        text = doc[i + 1].text
        if 2 <= len(text) <= 8 and text.replace(".", "").isupper() and text.replace(".", "").isalpha():
            return text
        if short and 3 <= len(text) <= 12 and text.isalpha() and text[:1].isupper() and text[1:].islower():
            return text
    return None


def _acronym_mentions(doc, raw: list[Mention], taken: set[int]) -> list[Mention]:
    """Every occurrence of an organisation's acronym, once the report has used it:
    the NER tags "WHO" in one sentence and reads it as the pronoun in the next."""
    forms = {m.text for m in raw if m.kind == "organization" and m.text.isupper() and m.text.isalpha() and len(m.text) >= 2}
    for m in raw:
        if m.kind == "organization":
            paren = _parenthesised(doc, m.tok_end, short=True) or _or_acronym(doc, m.tok_end)
            if paren and (paren.isupper() or paren[0] == m.text[0]):
                forms.add(paren)
    found = []
    if not forms:
        return found
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
    for hit in pattern.finditer(text_of(doc)):  # the text, not every token: this runs on each report
        span = doc.char_span(hit.start(), hit.end())
        if span is None or len(span) != 1 or span.start in taken:
            continue
        tok = span[0]
        found.append(Mention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, tok.text, "organization", label="ACRONYM"))
        taken.add(tok.i)
    return found


_OPENING = frozenset(('"', "\u201c", "'", "\u2018"))
_CLOSING = frozenset(('"', "\u201d", "'", "\u2019"))


def _nickname_between(doc, start: int, end: int) -> bool:
    """Tokens start..end are a quoted nickname of one to three capitalised words or numbers."""
    if not (3 <= end - start <= 5) or doc[start].text not in _OPENING or doc[end - 1].text not in _CLOSING:
        return False
    inner = doc[start + 1 : end - 1]
    return all(t.text[:1].isupper() or t.like_num for t in inner) and not any(t.is_sent_start for t in doc[start + 1 : end + 1])


def _without_nickname(doc, start: int, end: int) -> str | None:
    """ 'Sam "The Hammer" Jones' as one span of the NER: the name without the nickname."""
    for i in range(start + 1, end - 2):
        for k in range(i + 3, min(i + 6, end)):
            if _nickname_between(doc, i, k):
                return f"{doc[start:i].text} {doc[k:end].text}"
    return None


def _merge_adjacent(doc, raw: list[Mention]) -> list[Mention]:
    """ "Northrop" (ORG) + "Grumman" (PRODUCT): the NER split one name in two."""
    out: list[Mention] = []
    for m in raw:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == m.kind == "person" and _nickname_between(doc, prev.tok_end, m.tok_start):
            # 'Curtis "50 Cent" Jackson': one person; the name shown leaves the nickname out
            out[-1] = Mention(prev.start, m.end, prev.tok_start, m.tok_end, f"{prev.text} {m.text}", "person", label=prev.label)
            continue
        if (
            prev is not None
            and prev.tok_end == m.tok_start
            and prev.kind == "organization"
            and m.kind in ("organization", "other")
            and doc[prev.tok_end - 1].whitespace_
        ):
            text = doc[prev.tok_start : m.tok_end].text
            out[-1] = Mention(prev.start, m.end, prev.tok_start, m.tok_end, text, "organization", label=prev.label)
            continue
        if (
            prev is not None
            and prev.tok_end == m.tok_start
            and prev.kind == "person"
            and m.kind in ("place", "organization", "other")
            and prev.text.split()[-1] in _NAME_PARTICLES
            and len(m.text.split()) == 1
        ):
            # "Ursula von der" + "Leyen" (a place to the NER): one name.
            text = doc[prev.tok_start : m.tok_end].text
            out[-1] = Mention(prev.start, m.end, prev.tok_start, m.tok_end, text, "person", label=prev.label)
            continue
        if (
            prev is not None
            and prev.tok_end == m.tok_start
            and prev.kind == "person"
            and m.kind == "organization"
            and m.tok_end - m.tok_start == 1
            and doc[m.tok_start].lower_ in ORG_NAME_WORDS | ORG_SUFFIXES | TITLE_MODIFIERS
            and doc[prev.tok_end - 1].whitespace_
        ):
            # "Ziff Davis" + "Media": a company's name the NER took for a person's, then its last word.
            text = doc[prev.tok_start : m.tok_end].text
            out[-1] = Mention(prev.start, m.end, prev.tok_start, m.tok_end, text, "organization", label=m.label)
            continue
        if (
            prev is not None
            and prev.tok_end == m.tok_start
            and prev.kind == m.kind == "person"
            and doc[prev.tok_end - 1].whitespace_
            and len(prev.text.split()) + len(m.text.split()) <= 5
        ):
            # "Maria Fernanda" + "Ruiz Calderon": the NER cut one name in two.
            text = doc[prev.tok_start : m.tok_end].text
            out[-1] = Mention(prev.start, m.end, prev.tok_start, m.tok_end, text, "person", label=prev.label)
            continue
        out.append(m)
    return out


# Last words of street names (PLACE_NOUNS has the rest): "Karl Marx Avenue" is no person.
_SCHEME_HEADS = frozenset("initiative strategy programme program partnership framework process plan".split())
_STREET_WORDS = frozenset("avenue street road square boulevard lane bridge park".split())
_SHOP_WORDS = frozenset(("store", "stores", "shop"))  # "Mac App Store", "iTunes Music Store"
# Nouns whose "in X" is where they are: events, bodies and sites, not "confidence in X".
_SITE_NOUNS = frozenset(EVENT_NOUNS) | ORG_NAME_WORDS | PLACE_NOUNS | _STREET_WORDS


def _a_thing_by_its_words(doc, m: Mention) -> str | None:
    """The kind of a name the NER took for a person that the words around it say is
    a thing: "a task manager named Mission Control that shows ..." (a relative
    'that' or 'which' is said of things), "Server Message Block (SMB)" (an acronym
    of its initials), "Apps, books, documents and photos" (listed with common
    nouns), "retailers, including Best Buy and Radio Shack" (an example of a kind
    of body: that body)."""
    after = doc[m.tok_end] if m.tok_end < len(doc) else None
    if after is not None and (after.tag_ == "WDT" or after.text == "," and m.tok_end + 1 < len(doc) and doc[m.tok_end + 1].lower_ == "which"):
        return "other"
    paren = _parenthesised(doc, m.tok_end)
    words = m.text.split()
    if paren and len(words) > 1 and paren.replace(".", "") == "".join(w[0] for w in words).upper():
        return "other"
    root = doc[m.tok_end - 1]
    first = root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    siblings = [t for t in first.conjuncts if t.i < m.tok_start or t.i >= m.tok_end]
    if len(siblings) >= 2 and all(t.is_lower and t.pos_ == "NOUN" and t.lemma_.lower() not in TITLE_HEADS for t in siblings) and not any(
        t.lower_ in _COUNTERPART or t.lemma_.lower() in ("people", "person", "family", "official") for t in siblings
    ):
        return "other"
    while first.dep_ in ("nmod", "compound", "conj") and first.head is not first and first.head.pos_ == "PROPN":
        first = first.head  # "including Best Buy and Radio Shack", parsed as one name
    prep = first.head if first.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("including", "like", "as") and prep.head.tag_ == "NNS" and (
        prep.head.lemma_.lower() in ORG_DESCRIPTORS and prep.head.lemma_.lower() not in TITLE_HEADS
    ):
        return "organization"
    return None


def _not_people(doc, raw: list[Mention]) -> None:
    """Names the NER took for people that the report shows are not: one ending in a
    place or street word ("Karl Marx Avenue") or a shop ("Mac App Store"), and one the
    report only ever puts 'in' as a place ("in San Francisco") and never has speak or
    hold a title."""
    located: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for m in raw:
        if m.kind == "person" and m.label not in _CONTEXT_LABELS and m.label != "SURNAME" and (
            (thing := _a_thing_by_its_words(doc, m)) is not None
        ):
            m.kind = thing
    for m in raw:
        if m.kind != "person" or m.label != "PERSON":
            continue
        last = doc[m.tok_end - 1]
        titled = m.tok_start > 0 and doc[m.tok_start - 1].lower_.strip(".") in TITLE_HEADS  # "candidate Lena Park"
        if m.tok_end - m.tok_start > 1 and last.text[:1].isupper() and not titled:
            if last.lower_ in PLACE_NOUNS or last.lower_ in _STREET_WORDS:
                m.kind = "place"
                continue
            if last.lower_ in _SHOP_WORDS:
                m.kind = "other"
                continue
        before = doc[m.tok_start - 1] if m.tok_start > 0 else None
        after = doc[m.tok_end] if m.tok_end < len(doc) else None
        seen = located[_slug(m.text)]
        if before is not None and before.lower_ in ("in", "near") and (
            before.head.pos_ in ("VERB", "AUX") or before.head.lemma_.lower() in _SITE_NOUNS  # "a conference in San Jacinto"
        ) and not (
            after is not None and (after.tag_ == "POS" or after.text in ("'s", "’s"))
        ) and not _speaks(doc, m):
            seen[0] += 1
        else:
            seen[1] += 1
    for m in raw:
        if m.kind == "person" and m.label == "PERSON" and located.get(_slug(m.text), (0, 1))[1] == 0:
            m.kind = "place"
    for m in raw:
        if m.kind == "person" and m.label == "PERSON" and _a_common_noun_doing(doc, m) and not any(
            x.kind == "person" and x.tok_end - x.tok_start > 1 and m.text in x.text.split() for x in raw
        ):
            m.kind = "other"


_SPEAKING = frozenset("say tell add argue claim insist note warn write explain ask reply state announce believe think".split())


def _a_common_noun_doing(doc, m: Mention) -> bool:
    """ "Dashboard provides a quick view", "Spotlight indexes every file": one word that is
    an English common noun, the subject of a verb that is no speaking, with no title,
    form of address or 'who' and no fuller name in the report, is a thing, not a person."""
    if m.tok_end - m.tok_start != 1:
        return False
    tok = doc[m.tok_start]
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper) or tok.dep_ not in ("nsubj",):
        return False
    if tok.head.pos_ != "VERB" or tok.head.lemma_.lower() in _SPEAKING or tok.head.tag_ != "VBZ":
        return False
    if m.tok_start > 0 and (_is_title_word(doc[m.tok_start - 1].text) or doc[m.tok_start - 1].lower_.strip(".") in HONORIFICS):
        return False
    if _who_after(doc, m.tok_end) or any(c.dep_ == "appos" for c in tok.children):
        return False
    classes = word_classes(tok.lower_)
    return bool(classes) and "noun" in classes


def _speaks(doc, m: Mention) -> bool:
    """Whether a mention is the subject of a verb or has a title before it: signs of a person."""
    root = doc[m.tok_end - 1]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB":
        return True
    return m.tok_start > 0 and (_is_title_word(doc[m.tok_start - 1].text) or doc[m.tok_start - 1].lower_.strip(".") in HONORIFICS)


# Last words that make a capitalised name a place's: landforms whatever the NER says
# ("Mindanao Fault" as a body), and places' nouns no surname ends in ("Quezon City").
_LANDFORMS = frozenset("volcano crater glacier canyon trench fault reef".split())
_PLACE_TAILS = _LANDFORMS | frozenset("city county province district island islands peninsula airport mall valley oblast prefecture".split())
_GAMES_YEAR = re.compile(r"^(?:19|20)\d\d$")
_GENERATIONS = frozenset(("jr", "sr"))  # "Jr." after a surname: a father and a son, two people of one surname
_NAME_PARTICLES = frozenset("da de del della di do dos das du la le van von der den ten ter al el bin bint ibn".split())


def _surname_mentions(doc, raw: list[Mention], taken: set[int]) -> list[Mention]:
    """Later bare surnames ("Jobs") of a person named in full, where the NER missed them."""
    surnames = {m.text.split()[-1] for m in raw if m.kind == "person" and len(m.text.split()) > 1}
    surnames |= {
        m.text.split()[-2] for m in raw
        if m.kind == "person" and len(m.text.split()) >= 3 and m.text.split()[-2].lower() not in _NAME_PARTICLES
    }
    surnames = {s for s in surnames if s[:1].isupper() and s.isalpha()}
    found = []
    toks = tokens(doc)
    for tok in toks:
        if tok.i in taken or tok.text not in surnames or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        if tok.i + 1 < len(toks) and toks[tok.i + 1].pos_ == "PROPN" and toks[tok.i + 1].text[:1].isupper():
            continue  # part of a longer name
        found.append(Mention(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, tok.text, "person", label="SURNAME"))
        taken.add(tok.i)
    return found


_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)
_CODE = re.compile(r"^[A-Za-z]+-\d+$")  # a designation or a disease ("F-16", "COVID-19"), no body's name


_COMPASS = frozenset("north south east west northern southern eastern western central upper lower new greater".split())


def _placed(doc, i: int) -> bool:
    """ "in Kyiv", "the mayor of Kyiv": a preposition of place, or an office's 'of',
    before a capital's name (which alone may be a person's: "Washington")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in ("in", "at", "from", "near", "to"):
        return True
    k = i - 2
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return before == "of" and k >= 0 and doc[k].lower_.strip(".") in TITLE_HEADS


def _gazetteer_mentions(doc, taken: set[int]) -> list[Mention]:
    """Country names and demonyms the NER missed ("Korean-American", "Canadian officials")."""
    gaz = gazetteer()
    found = []
    toks = tokens(doc)
    i = 0
    n = len(doc)
    while i < n:
        tok = toks[i]
        if i in taken or not tok.text[:1].isupper() or tok.is_sent_start and tok.lower_ in ("the",):
            i += 1
            continue
        for width in (3, 2, 1):
            if i + width > n or any(j in taken for j in range(i, i + width)):
                continue
            words = toks[i : i + width]
            if not all(t.text[:1].isupper() or t.text in ("-", "of") for t in words):
                continue
            span = doc[i : i + width]
            match = gaz.lookup(span.text)
            if match and match.how == "name" and i > 0 and i - 1 not in taken and toks[i - 1].lower_ in _COMPASS and (
                toks[i - 1].text[:1].isupper() and gaz.lookup(doc[i - 1 : i + width].text) is None
            ):
                # "Western Australia", "New Mexico", "Upper Austria": a region named after
                # its country, not the country (a compass word the gazetteer's names lack).
                region = doc[i - 1 : i + width]
                found.append(Mention(region.start_char, region.end_char, i - 1, i + width, region.text, "place", label="REGION"))
                taken.update(range(i - 1, i + width))
                i += width - 1
                break
            if match and (match.how in ("name", "demonym", "code") or match.how == "capital" and _placed(doc, i)):
                found.append(
                    Mention(span.start_char, span.end_char, i, i + width, span.text, "place", label="GAZ")
                )
                taken.update(range(i, i + width))
                i += width - 1
                break
        i += 1
    return found


def _org_word_mentions(doc, taken: set[int]) -> list[Mention]:
    """Names of bodies the NER missed that say what they are: capitalised words
    ending in an organisation word ("the opposition Labor Party", "the Grand
    Council"), so that a title "of" them has its affiliation."""
    found = []
    toks = tokens(doc)
    for i, tok in enumerate(toks):
        if tok.is_lower and tok.pos_ == "NOUN" and tok.lemma_ in _BODY_NOUNS and i + 1 < len(doc) and i + 1 not in taken:
            named = _named_after_body_noun(doc, i + 1, taken)
            if named is not None:
                found.append(named)
                taken.update(range(named.tok_start, named.tok_end))
            continue
        if i in taken or tok.lower_ not in ORG_NAME_WORDS or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        if i + 1 < len(doc) and toks[i + 1].text[:1].isupper() and toks[i + 1].is_alpha and not _is_title_word(toks[i + 1].text):
            continue  # the name goes on: "Labor Party Conference" is not this one's to cut
        j = i
        while j - 1 >= 0 and i - j < 3 and j - 1 not in taken and toks[j - 1].pos_ == "PROPN" and toks[j - 1].is_alpha and (
            toks[j - 1].text[:1].isupper() and not _is_title_word(toks[j - 1].text) and not toks[j - 1].is_sent_start
        ):
            j -= 1
        if j == i:
            continue  # "Party" alone is no name
        span = doc[j : i + 1]
        found.append(Mention(span.start_char, span.end_char, j, i + 1, span.text, "organization", label="ORGWORD"))
        taken.update(range(j, i + 1))
    return found


def _named_after_body_noun(doc, start: int, taken: set[int]) -> Mention | None:
    """ "victims' association Entraide et Solidarité AF447, ...": proper nouns right
    after a lowercase body noun, up to a comma or a verb, are that body's name."""
    end = start
    while end < len(doc) and end - start < 6 and end not in taken and doc[end].tag_ == "NNP" and not doc[end].ent_type_ in (
        "DATE", "TIME", "GPE", "NORP", "PERSON"
    ):
        end += 1
    if end == start or not doc[start].text[:1].isupper() or all(_is_title_word(t.text) for t in doc[start:end]):
        return None  # "the company Chairman, ...": an office, not a name
    if end < len(doc) and not (doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX", "ADP", "CCONJ")):
        return None  # "the company Apple Store staff": the name goes on past what we know
    span = doc[start:end]
    if gazetteer().lookup(span.text) is not None:
        return None
    return Mention(span.start_char, span.end_char, start, end, span.text, "organization", label="BODYNOUN")
