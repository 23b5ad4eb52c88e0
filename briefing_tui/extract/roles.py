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

from briefing_tui.extract.entities import PARTY_CODE, DocEntities, Mention
from briefing_tui.extract.lexicon import NOT_COMPANY_WORDS, PARTY_ADJECTIVES, ORG_NAME_WORDS, PLACE_NOUNS, STYLES_BEFORE_NAME, STYLES_OF_RANK, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS, plural_title
from briefing_tui.extract.nlp import tokens

AFFILIATION_KINDS = ("country", "organization", "group", "place")
_TITLE_JOINERS = frozenset(("of", "for", "and", "-", "the"))
_ADDRESS = frozenset(("dr", "prof", "doctor", "professor"))  # titles of address, weaker than an office
_RANKS = frozenset("general admiral colonel major captain lieutenant sergeant marshal brigadier commodore corporal rear vice lt col gen maj capt adm sgt".split())


# Verbs that name an office by what its holder does ("who heads the agency").
_OFFICE_VERBS = {"head": "head", "lead": "leader", "chair": "chair", "direct": "director", "command": "commander",
                 "govern": "governor", "edit": "editor", "found": "founder", "co-found": "co-founder", "cofound": "co-founder"}

_CLERGY_ADDRESS = {"Father": "Father", "Fr.": "Father", "Sister": "Sister", "Sr.": "Sister", "Brother": "Brother"}
_MADE_OFFICE = frozenset("appointed named elected made sworn re-elected reelected".split())  # "who was appointed X"
_APPOSITION_ADVERBS = frozenset("previously formerly currently now also then later still once until recently".split())


@dataclass
class Role:
    title: str | None
    affiliation_key: str | None


def _word(tok) -> str:
    return tok.lower_.strip(".")


def _plural_head(tok) -> bool:
    """ "presenters", "ministers", "MPs" (which the tagger may call a verb)."""
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in TITLE_HEADS or (
        plural_title(tok.text) and (tok.pos_ != "PROPN" or tok.i + 1 < len(tok.doc) and _name_word(tok.doc[tok.i + 1]))
    )  # "Defence Ministers Ben Wallace of Britain and ...": a name follows


def _name_word(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and (
        _word(tok) not in TITLE_HEADS and _word(tok) not in TITLE_MODIFIERS and _word(tok) not in TITLE_ABBREVIATIONS
    )


_FELLOW_RANKS = frozenset("senior research visiting distinguished junior postdoctoral resident".split())


def _ranked_fellow(tok) -> bool:
    """ "a senior fellow at the X Institute" is a post; "fellow Democrat X" is not."""
    return tok.lower_ == "fellow" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _FELLOW_RANKS


_CHAMBERS = frozenset("parliament congress senate assembly house legislature bundestag knesset duma council board committee cabinet politburo".split())


def _chamber_member(tok) -> bool:
    """ "member of parliament", "a Member of the European Parliament", "member of the
    board": a seat in a chamber is an office; "a member of the public" is not."""
    if tok.lower_ != "member" or tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "of":
        return False
    k = tok.i + 2
    doc = tok.doc
    if doc[k].lower_ == "the":
        k += 1
    while k < len(doc) and k - tok.i < 7 and doc[k].is_alpha and doc[k].lower_ not in _CHAMBERS and (doc[k].text[:1].isupper() or doc[k].lower_ == "european"):
        k += 1  # "the European Parliament", "the Nordvik Energy board"
    return k < len(doc) and doc[k].lower_ in _CHAMBERS


# Callings named by their science or craft: "seismologist", "oceanographer", "statistician".
_CALLING_ENDINGS = ("ologist", "ographer", "ician")


def _calling(tok) -> bool:
    text = tok.text
    return text.endswith(_CALLING_ENDINGS) and len(text) > 7 and text.islower()


def _is_head(tok) -> bool:
    return _word(tok) in TITLE_HEADS or _word(tok) in TITLE_ABBREVIATIONS or _plural_head(tok) or _ranked_fellow(tok) or _chamber_member(tok) or _calling(tok)


def _is_title_token(tok) -> bool:
    w = _word(tok)
    return w in TITLE_HEADS or w in TITLE_MODIFIERS or w in TITLE_ABBREVIATIONS or _plural_head(tok) or _ranked_fellow(tok) or _chamber_member(tok) or (
        _calling(tok)
    )


def _capital_domain(tok) -> bool:
    """A capitalised common word that may name an office's field ("Emergency", "District")."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and tok.pos_ in ("PROPN", "NOUN") and (
        tok.ent_type_ not in ("DATE", "TIME", "PERSON") and tok.lower_ not in ORG_NAME_WORDS
    )


def _title_text(tokens) -> str | None:
    words = []
    for tok in tokens:
        w = _word(tok)
        if w in TITLE_ABBREVIATIONS and tok.text.endswith(".") or (w in TITLE_ABBREVIATIONS and len(tokens) == 1):
            words.append(TITLE_ABBREVIATIONS[w])
        else:
            words.append(tok.text)
    if words and tokens and _plural_head(tokens[-1]) and words[-1] == tokens[-1].text:
        # "presenters Chris Moyles, ...", "MPs A and B": each one is a presenter, an MP
        low = tokens[-1].lemma_.lower()
        words[-1] = tokens[-1].lemma_ if low in TITLE_HEADS else tokens[-1].text[:-1]
    while len(words) > 1 and words[0].lower() in ("current", "incumbent", "sitting"):
        words = words[1:]  # "the current President": the office is the President's
    text = " ".join(words).replace(" - ", "-").strip()
    return text or None


def _title_before(doc, ents: DocEntities, m: Mention) -> tuple[list, int]:
    """Title tokens right before a name (stopping at other names) and where they start."""
    i = m.tok_start - 1
    sent_start = doc[m.tok_start].sent.start
    title = []
    field = None
    while i >= sent_start:
        tok = doc[i]
        found = ents.at(i)
        if found is not None and found.kind == "organization" and found.tok_end - found.tok_start == 1 and _is_head(tok) and not title:
            title.insert(0, tok)  # "MEP Michael Bloss": an acronym that is also a title
            i -= 1
            continue
        if found is not None:
            break
        if title and tok.lower_ in ("for", "to") and i > sent_start and doc[i - 1].is_lower and _is_head(doc[i - 1]) and (
            any(_is_head(t) for t in title)
        ):
            break  # "a spokeswoman for President X", "an aide to Minister X": the office is the other's
        if _is_title_token(tok) or (title and tok.lower_ in ("of", "for") and i + 1 < m.tok_start):
            title.insert(0, tok)
            i -= 1
            continue
        if title and tok.lower_ in ("and", "&") and i - 1 >= sent_start and _is_head(doc[i - 1]) and ents.at(i - 1) is None and (
            any(_is_head(t) for t in title)
        ):
            title.insert(0, tok)  # "Premier and Treasurer Alan Brook": two offices, one person
            i -= 1
            continue
        if title and tok.text == "-" and tok.whitespace_ == "" and i - 1 >= sent_start and doc[i - 1].whitespace_ == "" and (
            _is_title_token(doc[i - 1]) or doc[i - 1].lower_ in ("then", "co")
        ):
            title.insert(0, tok)  # "director-general", "then-new President", "co-author"
            i -= 1
            continue
        if title and tok.is_lower and tok.is_alpha and tok.pos_ == "NOUN" and i - 1 >= sent_start and ents.at(i - 1) is None and (
            _word(doc[i - 1]) in TITLE_MODIFIERS and not _is_head(doc[i - 1]) and doc[i - 1].is_lower
        ) and any(_is_head(t) for t in title):
            title[:0] = [doc[i - 1], tok]  # "senior policy officer", "senior research fellow"
            i -= 2
            continue
        if title and tok.is_lower and tok.is_alpha and tok.pos_ not in ("ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART"):
            # "WHO vaccine chief", "the country's foreign ministry spokesperson": a field
            # between the body (or its possessive) and the title.
            k = i
            while k > sent_start and i - k < 2 and doc[k - 1].is_lower and doc[k - 1].is_alpha and ents.at(k - 1) is None and (
                doc[k - 1].pos_ in ("NOUN", "ADJ") or _is_title_token(doc[k - 1])
            ):
                k -= 1
            anchor = doc[k - 1] if k > sent_start else None
            if anchor is not None and (
                (found := ents.at(anchor.i)) is not None and found.kind in AFFILIATION_KINDS or anchor.tag_ == "POS"
            ):
                title[:0] = list(doc[k : i + 1])
                field = title[0]
                i = k - 1
            break
        if title and _capital_domain(tok) and any(_is_head(t) for t in title):
            # "Deputy Emergency Situations Minister", "US District Judge", "Senior Campaign
            # Representative": capitalised words of the office's field, between a title word
            # or a country and the head.
            k = i
            while k > sent_start and i - k < 2 and _capital_domain(doc[k - 1]) and not _is_title_token(doc[k - 1]) and ents.at(k - 1) is None:
                k -= 1
            edge = doc[k - 1] if k > sent_start else None
            found = ents.at(edge.i) if edge is not None else None
            if edge is not None and (
                _is_title_token(edge) and found is None or found is not None and found.kind in ("country", "place", "organization")
            ) or k == i and tok.lower_ in PLACE_NOUNS and found is None and (
                edge is None or edge.pos_ in ("DET", "ADP", "VERB", "PUNCT", "CCONJ")
            ):  # "District Attorney", "County Judge": the level of an office, with no name before it
                title[:0] = list(doc[k : i + 1])
                field = title[0]  # kept though no title word
                i = k - 1
                continue
        # "Secretary of the Interior", "Minister for the Environment": the field after 'of the'.
        if tok.lower_ == "the" and i - 2 >= sent_start and doc[i - 1].lower_ in ("of", "for") and _is_head(doc[i - 2]) and (
            not any(_is_head(t) for t in title) and (title or _capital_domain(doc[i + 1]) and i + 2 == m.tok_start)
            and all(t.text[:1].isupper() for t in doc[i + 1 : m.tok_start])
        ):
            title = list(doc[i - 2 : m.tok_start])
            i -= 3
            continue
        # "Commissioner for Competition", "officer for climate and energy": domain words after for/of.
        if not any(_is_head(t) for t in title) and (tok.is_alpha and (tok.text[:1].isupper() or tok.pos_ == "NOUN" and tok.is_lower) or title and tok.lower_ == "and"):
            j = i
            lower = tok.is_lower if tok.lower_ != "and" else doc[i - 1].is_lower  # "Affairs and Trade": capitalised
            while j > sent_start and doc[j].is_alpha and ents.at(j) is None and j > i - (4 if lower else 7) and (
                (doc[j].text[:1].isupper() and (j > i - 3 or doc[j].lower_ != "state")
                 or doc[j].lower_ == "and" and (j < i or title) and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha) if not lower
                else (doc[j].pos_ == "NOUN" and doc[j].is_lower or doc[j].lower_ == "and")
            ):  # "for Health and Social Care": a capitalised field may join two fields
                j -= 1
            if doc[j].lower_ == "the" and j - 1 > sent_start and doc[j - 1].lower_ in ("for", "of") and not lower:
                j -= 1  # "Chancellor of the Exchequer", "Minister for the Environment"
            if doc[j].lower_ in ("for", "of") and j > sent_start and (
                _is_head(doc[j - 1]) or _is_title_token(doc[j - 1]) and j - 3 >= sent_start and doc[j - 2].lower_ == "of" and _is_head(doc[j - 3])
            ):  # "Secretary of State for Health"
                title = list(doc[j : i + 1]) + title
                i = j - 1
                continue
        break
    while title and title[0] is not field and (
        title[0].lower_ in _TITLE_JOINERS or not _is_title_token(title[0]) and title[0].lower_ != "of"
    ):
        title.pop(0)
    styled = [k for k, t in enumerate(title) if t.lower_ in STYLES_OF_RANK]
    if styled:
        title = title[styled[-1] + 1 :]  # "His Royal Highness Prince X": the style is no office
    if title and not any(_is_head(t) for t in title):
        return [], m.tok_start
    if any(t.lower_ in ("and", "&") for t in title) and _indefinite_before(doc, title[0].i, sent_start):
        # "a party candidate and doctor Leo ...": a description with an article lists what
        # the person is; the word next to the name is the role ("Premier and Treasurer X",
        # with no article, is one office holder's two offices).
        # The description still starts where it did: its body ("a Fine Gael party
        # candidate and doctor X") is the person's affiliation.
        cut = max(k for k, t in enumerate(title) if t.lower_ in ("and", "&"))
        return title[cut + 1 :], title[0].i
    return title, (title[0].i if title else m.tok_start)


def _office_before_rank(title: list) -> list:
    """ "army spokesman Colonel", "police spokesperson Inspector": an office in lower
    case, then a capitalised rank, which is how the holder is addressed; the office is the role."""
    for k, tok in enumerate(title[:-1]):
        rest = title[k + 1 :]
        if tok.is_lower and _is_head(tok) and rest[0].text[:1].isupper() and _is_head(rest[-1]) and all(
            t.text[:1].isupper() and (_is_title_token(t) or t.text == "-") for t in rest
        ):
            return title[: k + 1]
    return title


# Ranks and forms of address that stand between an office and the name ("Supreme
# Leader Ayatollah X", "Foreign Minister Prince X"); not "General", which follows
# its office ("Attorney General").
_ADDRESS_RANKS = frozenset(
    "ayatollah sheikh cardinal imam rabbi mufti archbishop bishop reverend rev father dr prof professor doctor "
    "prince princess colonel col captain capt lieutenant lt major maj sergeant sgt admiral adm marshal".split()
)


def _office_before_address(title: list) -> list:
    """ "Supreme Leader Ayatollah", "Foreign Minister Prince": an office, then the rank
    or form of address the holder is called by; the office is the role."""
    if len(title) > 1 and _word(title[-1]) in STYLES_BEFORE_NAME and any(_is_head(t) for t in title[:-1]):
        return title[:-1]  # "Crown Prince Sheikh X": the office, then the holder's style
    for k in range(len(title) - 1, 0, -1):
        if not title[k].text[:1].isupper() or _word(title[k]) not in _ADDRESS_RANKS and not (
            _word(title[k]) in _RANKS and title[k].text.endswith(".")  # "Joint Chiefs Chairman Gen. Mark Milley"
        ):
            break
        office = title[:k]
        last = office[-1]
        if _is_head(last) and _word(last) not in _ADDRESS_RANKS and _word(last) not in _RANKS and _word(last) not in TITLE_MODIFIERS and (
            all(_word(t) in _ADDRESS_RANKS or t.text == "." or _word(t) in _RANKS and t.text.endswith(".") for t in title[k:])
        ) and (
            _word(title[k]) in _ADDRESS_RANKS or not last.text.endswith(".")  # "Brig. Gen.", "Atty. Gen.": one rank, one office
        ):
            return office
    return title


def _indefinite_before(doc, i: int, sent_start: int) -> bool:
    """An 'a'/'an' opens the noun phrase that ends at token i."""
    k = i - 1
    while k >= sent_start and i - k <= 6:
        if doc[k].lower_ in ("a", "an"):
            return True
        if not (doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].tag_ == "POS"):
            return False
        k -= 1
    return False


def _title_through_body(doc, ents: DocEntities, m: Mention) -> Role | None:
    """ "Director-General of WHO Dr Margaret Chan": a title, 'of' a body, then the name
    (perhaps after a form of address)."""
    i = m.tok_start - 1
    sent_start = doc[m.tok_start].sent.start
    while i >= sent_start and (_word(doc[i]) in _ADDRESS or _word(doc[i]) in STYLES_BEFORE_NAME):
        i -= 1  # "Emir of Qatar Sheikh X": a style of the holder, not the office
    body = ents.at(i) if i >= sent_start else None
    if body is None and i >= sent_start and doc[i].pos_ == "NOUN" and doc[i].is_lower:
        # "chair of the European Parliament's environmental committee Pascal Canfin":
        # the body is a phrase that holds a name; walk over it to its 'of'.
        k, inner = i, None
        while k > sent_start and i - k < 8:
            t = doc[k]
            found = ents.at(k)
            if found is not None:
                inner = inner or (found if found.kind in AFFILIATION_KINDS else None)
                k = found.tok_start - 1
                continue
            if t.lower_ in ("of", "for", "at") and k - 1 >= sent_start and _is_head(doc[k - 1]):
                break
            if not (t.is_lower and t.pos_ in ("NOUN", "ADJ", "DET") or t.tag_ == "POS"):
                return None
            k -= 1
        if inner is None or doc[k].lower_ not in ("of", "for", "at"):
            return None
        shifted = Mention(doc[k].idx, doc[k].idx, k, k, "", "person")
        title, _start = _title_before(doc, ents, shifted)
        return Role(_title_text(title), inner.key) if title else None
    if body is not None and body.kind in ("country", "place") and body.tok_start >= 2 and doc[body.tok_start - 1].lower_ == "in" and (
        (seat := ents.at(body.tok_start - 2)) is not None and seat.kind == "organization"
    ):
        body = seat  # "Spokesperson of the Israeli Embassy in Australia X": the body, then where it sits
    elif body is not None and body.kind in ("country", "place") and body.tok_start >= 4 and doc[body.tok_start - 1].lower_ == "of" and (
        (seat := ents.at(body.tok_start - 2)) is not None and seat.kind == "organization" and seat.tok_start >= 2
        and doc[seat.tok_start - 1].lower_ in ("the", "of", "for")
    ):
        body = seat  # "judge of the High Court of Kenya X": the body, then whose it is
    if body is not None and (posted := _posted_to(doc, ents, body)) is not None:
        return posted  # "U.S. Ambassador to Israel Mike Huckabee"
    if body is not None and body.kind == "other" and body.tok_start >= 2 and doc[body.tok_start - 1].lower_ == "of" and _is_head(doc[body.tok_start - 2]):
        # "Apple Senior Vice President of iPod Engineering Tony Fadell": a product line is the
        # office's field; the body is before the title.
        of = body.tok_start - 1
        title, start = _title_before(doc, ents, Mention(doc[of].idx, doc[of].idx, of, of, "", "person"))
        return Role(_title_text(title), _affiliation_before(doc, ents, start)) if title else None
    if body is None or body.kind not in AFFILIATION_KINDS:
        return None
    of = body.tok_start - 1
    if of > sent_start and (doc[of].tag_ == "POS" or doc[of].text in ("'s", "’s")) and (
        (owner := ents.at(of - 1)) is not None and owner.kind in AFFILIATION_KINDS
    ):
        of = owner.tok_start - 1  # "director of NASA's Science Division X": the division is of its agency
    if of > sent_start and doc[of].lower_ == "the":
        of -= 1  # "Director-General of the IAEA Dr ..."
    if of <= sent_start or doc[of].lower_ not in ("of", "for", "at"):
        return None
    shifted = Mention(doc[of].idx, doc[of].idx, of, of, "", "person")
    title, start = _title_before(doc, ents, shifted)
    if title and doc[of].lower_ == "for" and (employer := _affiliation_before(doc, ents, start)) is not None:
        return Role(_title_text(title), employer)  # "UN Special Envoy for Syria X": Syria is the brief, the UN the body
    return Role(_title_text(title), body.key) if title else None


def _posted_to(doc, ents: DocEntities, body: Mention) -> Role | None:
    """ "U.S. Ambassador to Israel", "Britain's envoy to the UN": a title 'to' a place or
    body names where its holder is posted; the holder's own body is the one before
    the title, if any."""
    to = body.tok_start - 1
    if to >= 1 and doc[to].lower_ == "the":
        to -= 1
    if to < 1 or doc[to].lower_ != "to" or not _is_head(doc[to - 1]) or body.kind not in AFFILIATION_KINDS:
        return None
    title, start = _title_before(doc, ents, Mention(doc[to].idx, doc[to].idx, to, to, "", "person"))
    if not title:
        return None
    return Role(_title_text(title), _affiliation_before(doc, ents, start))


# Verbs that put a person in an office: "hired X as chief executive", "X was named
# finance director", "the Senate confirmed X as defence secretary".
_APPOINT = frozenset(
    "appoint reappoint name rename hire elect re-elect reelect choose pick tap promote nominate install "
    "select confirm recruit swear".split()
)

_EMPLOY = frozenset("appoint reappoint name hire recruit promote tap pick choose select install".split())  # by the body itself


def _appointed(doc, ents: DocEntities, m: Mention) -> Role | None:
    """The office a person is appointed to, as the object of the appointing verb's 'as'
    or, in the passive, its complement ("was named finance director of Halvex")."""
    root = doc[m.tok_end - 1]
    head = None
    if root.dep_ in ("nmod", "compound") and m.tok_end <= root.head.i <= m.tok_end + 3 and root.head.dep_ in ("dobj", "oprd") and _is_head(root.head) and (
        all(_is_title_token(t) or t.is_lower and t.pos_ == "NOUN" for t in doc[m.tok_end : root.head.i])
        and not any(c.dep_ in ("det", "poss") and c.i < m.tok_start for c in root.head.children)  # "the Fine Gael premier candidate"
    ):
        # "Volta named Peter Bishop chief executive": the parser hangs the name on the office
        head, root = root.head, root.head
    elif root.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _APPOINT:
        return None
    for c in verb.children:
        if head is not None:
            break
        if c.i < root.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "as":
            head = next((o for o in c.children if o.dep_ == "pobj"), None)
        elif c.dep_ in ("oprd", "attr", "xcomp") and root.dep_ == "nsubjpass":
            head = c  # "was named finance director"
        if head is not None:
            break
    if head is None or head.pos_ not in ("NOUN", "PROPN") or not _is_head(head):
        return None
    if verb.lemma_.lower() == "confirm" and any(c.dep_ == "det" for c in head.children):
        return None  # "confirmed X as the owner": a fact confirmed, not an office given
    words = []
    for t in head.lefts:
        if t.dep_ in ("compound", "amod") and t.i > head.i - 4 and ents.at(t.i) is None and (
            _is_title_token(t) and t.lower_ not in ("new", "next", "permanent") or t.is_lower and t.pos_ == "NOUN" and t.is_alpha
        ):
            words.append(t)
        elif words and t.i < head.i:
            words = []  # only the words next to the head
    affiliation = None
    for c in head.children:
        found = ents.at(c.i)
        if c.dep_ in ("poss", "compound", "amod") and found is not None and found.kind in AFFILIATION_KINDS:
            affiliation = found.key
        elif c.dep_ == "poss" and c.lower_ in ("its", "their"):
            affiliation = _last_body(doc, ents, c.i)
        elif c.dep_ == "prep" and c.lower_ in ("of", "at", "for"):
            for obj in c.children:
                found = ents.at(obj.i)
                if obj.dep_ == "pobj" and found is not None and found.kind in AFFILIATION_KINDS:
                    affiliation = found.key
    if affiliation is None and root.dep_ != "nsubjpass" and verb.lemma_.lower() in _EMPLOY:
        # "Volta hired Sarah Page as chief executive": the body that appoints
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = ents.at(subject.i) if subject is not None else None
        if found is not None and found.kind in ("organization", "country"):
            affiliation = found.key
    return Role(_title_text(words + [head]), affiliation)


_QUALIFIERS = frozenset("former acting interim outgoing incoming retired".split())


def _qualifier_before_body(doc, ents: DocEntities, title_start: int) -> str | None:
    """ "Former Boeing CEO", "ex-Nordvik chief": a word that qualifies the office, standing
    before the body the office is in; the role keeps it."""
    j = title_start - 1
    if j >= 0 and _possessive(doc[j]):
        j -= 1
    body = ents.at(j) if j >= 0 else None
    if body is None:
        return None
    k = body.tok_start - 1
    if k >= 0 and doc[k].lower_ in _QUALIFIERS:
        return doc[k].text
    if k >= 1 and doc[k].text == "-" and not doc[k].whitespace_ and doc[k - 1].lower_ in ("ex", "then") and not doc[k - 1].whitespace_:
        return doc[k - 1].text + "-"
    return None


def _owner_before(doc, ents: DocEntities, m: Mention) -> str | None:
    """ "Tesla's Elon Musk", "Russia's Sergei Lavrov": a body or country owning the name."""
    k = m.tok_start - 1
    if k < 1 or not _possessive(doc[k]):
        return None
    found = ents.at(k - 1)
    return found.key if found is not None and found.kind in ("organization", "country") and found.tok_end == k else None


def _party_code(doc, ents: DocEntities, m: Mention) -> str | None:
    """ "Sen. Jane Morrow (R-Texas)": the party of the code after the name
    (entities.py makes the letter a mention of the party)."""
    found = ents.at(m.tok_end + 1) if m.tok_end + 1 < len(doc) else None
    if found is not None and found.label == "PARTY" and doc[m.tok_end].text == "(" and found.tok_end < len(doc) and doc[found.tok_end].text == ")":
        return found.key  # "Jane Fox (Conservative)": the party in brackets (entities.py)
    return found.key if found is not None and found.label == PARTY_CODE else None


def _party_label(doc, ents: DocEntities, m: Mention) -> str | None:
    """ "Rep. Jim Cole, a Republican from Oklahoma,", "Sen. Jane Morrow, a Texas
    Republican,": a titled person described by a group's name alone (perhaps after the
    state) belongs to that group."""
    i = m.tok_end
    n = len(doc)
    if i + 2 >= n or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
        return None
    k = i + 2
    place = ents.at(k)
    if place is not None and place.kind in ("place", "country") and place.tok_end < n:
        k = place.tok_end  # "a Texas Republican"
    group = ents.at(k)
    if group is None or group.kind not in ("group", "organization") or group.tok_start != k:
        return None
    after = doc[group.tok_end] if group.tok_end < n else None
    if after is None or not (after.text in (",", ".", ";") or after.lower_ in ("from", "of") or after.is_sent_end):
        return None
    return group.key


# Offices held for one person: "Pope Francis's spokesman", "Biden's press secretary",
# "Trump's lawyer" work for that person, who is their affiliation.
_FOR_A_PERSON = frozenset("spokesman spokeswoman spokesperson lawyer lawyers attorney aide adviser advisor secretary staff".split())


def _for_a_person(title_words) -> bool:
    return any(_word(t) in _FOR_A_PERSON for t in title_words)


def _member_before(doc, ents: DocEntities, m: Mention) -> str | None:
    """ "Democrat Chuck Schumer", "Conservative Kemi Badenoch": a party's member word
    right before the name (entities.py makes it the party when the report names one)."""
    found = ents.at(m.tok_start - 1) if m.tok_start > 0 else None
    if found is None or found.tok_end != m.tok_start or found.kind not in ("group", "organization") or found.tok_end - found.tok_start != 1:
        return None
    word = doc[found.tok_start].lower_
    return found.key if (word[:-1] if word.endswith("s") else word) in PARTY_ADJECTIVES or found.label == "PARTY" else None


def _last_body(doc, ents: DocEntities, before: int) -> str | None:
    """The organisation last named before token `before` ("its" in "its general secretary"),
    unless the clause of that "its" has a named subject: "the agency announced Qatar had
    selected its first pilot" is Qatar's pilot."""
    tok = doc[before] if before < len(doc) else None
    if tok is not None and tok.lower_ in ("its", "their") and tok.dep_ == "poss":
        verb = tok.head.head if tok.head.dep_ in ("dobj", "attr", "oprd") else None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        owner = ents.at(subject.i) if subject is not None else None
        if owner is not None and owner.kind in AFFILIATION_KINDS and owner.tok_end <= before:
            return owner.key
    found = [x for x in ents.mentions if x.tok_end <= before and x.kind == "organization"]
    return found[-1].key if found else None


def _body_after(doc, ents: DocEntities, m: Mention) -> str | None:
    """ "Senator Penny Wong of the opposition Labor Party": the body named after the name."""
    i = m.tok_end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("of", "from"):
        i += 1  # "Peter Dutton, of the Liberal Party,"
    if i >= len(doc) or doc[i].lower_ not in ("of", "from"):
        return None
    for tok in doc[i + 1 : i + 6]:
        found = ents.at(tok.i)
        if found is not None:
            # "Chris Moyles of BBC Radio 1": a station or brand the NER calls an organisation.
            return found.key if found.kind in AFFILIATION_KINDS or found.label == "ORG" else None
        if tok.pos_ not in ("DET", "ADJ", "NOUN") or tok.text in (",", "."):
            return None
    return None


def _affiliation_before(doc, ents: DocEntities, i: int) -> str | None:
    """An entity right before a title: "Northrop Grumman CEO", "Apple's chief"."""
    j = i - 1
    acronym = None
    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(":
        acronym = ents.at(j - 1)
        j -= 3  # "Acme Holdings (ACM) chief executive": a ticker or acronym between the body and the title
    if j >= 0 and doc[j].tag_ == "POS":
        j -= 1
    if j < 0:
        return None
    m = ents.at(j)
    if acronym is not None and acronym.kind == "organization" and (m is None or m.kind not in AFFILIATION_KINDS):
        return acronym.key  # "UN High Commissioner for Refugees (UNHCR) spokesman": the body by its acronym
    if m is not None and m.kind == "place" and m.tok_start >= 2 and _possessive(doc[m.tok_start - 1]) and (
        (owner := ents.at(m.tok_start - 2)) is not None and owner.kind in ("organization", "country")
    ):
        return owner.key  # "the SNP's Westminster leader": the party's, where it sits aside
    if m is not None and m.kind in AFFILIATION_KINDS:
        return m.key
    if m is not None and m.kind == "person" and j + 1 < i and _possessive(doc[j + 1]) and _for_a_person(doc[i : i + 4]):
        return m.key  # "Pope Francis's spokesman Matteo Bruni": the person he speaks for
    if m is not None and m.kind == "person" and j + 1 == i and m.tok_start > 0 and _word(doc[m.tok_start - 1]) in TITLE_HEADS and (
        _for_a_person(doc[i : i + 4])
    ):
        return m.key  # "President Ana Costa adviser Luis Reyes": an office-holder's own aide
    tok = doc[j]
    if m is None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha:
        # "Acme chief executive ...": the first word of an organisation named in full.
        keys = {e.key for e in ents.entities.values() if e.kind == "organization" and e.name.split()[0] == tok.text}
        if len(keys) == 1:
            return keys.pop()
    if m is None and j + 1 < i and _possessive(doc[j + 1]) and tok.pos_ == "NOUN":
        found = _modifier_body(ents, tok)  # "the Israeli embassy's spokesperson Dalia Cohen"
        if found is None and j > 0 and doc[j - 1].lower_ == "the":
            # "The country's foreign ministry spokesperson": the country last named.
            found = _described_body(ents, tok)
        return found
    return None


_DESCRIBED = {
    "country": ("country",), "nation": ("country",),
    "state": ("place",), "province": ("place",), "city": ("place",), "town": ("place",),  # "Texas ... the state's governor"
    "company": ("organization",), "firm": ("organization",), "group": ("organization",),
    "organisation": ("organization",), "organization": ("organization",), "party": ("organization",),
}
# Words for a business of no particular trade: "the company's", "the firm's" stand for the
# company last named. A word of one trade ("the bank's", "the airline's", "the ministry's")
# stands only for a body whose name holds the word or that the report called so.
_ANY_COMPANY = frozenset("company firm group business corporation conglomerate giant startup".split())
_OPEN_WORDS = frozenset(("group", "organisation", "organization", "party"))  # any body, not only a company
_TRADE_WORDS = {"lender": "bank", "automaker": "carmaker", "broadcaster": "network", "drugmaker": "company", "chipmaker": "company"}


_BODY_WORDS = ORG_NAME_WORDS | frozenset("embassy consulate delegation presidency military police".split())


def _modifier_body(ents: DocEntities, tok) -> str | None:
    """ "the Israeli embassy", "the Kenyan health ministry": a body noun named only by the
    country or body that modifies it stands for that country or body."""
    if tok.lemma_.lower() not in _BODY_WORDS:
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss"):
            found = ents.at(c.i)
            if found is not None and found.kind in ("country", "organization"):
                return found.key
    return None


def _trade(word: str) -> str:
    return _TRADE_WORDS.get(word, word)


def _called(ents: DocEntities, tok) -> Mention | None:
    """The entity an earlier noun names: "Italian lender UniCredit", "UniCredit, Italy's
    biggest bank,", "the bank, UniCredit,", "UniCredit is Italy's biggest bank"."""
    head = tok.head
    if tok.dep_ in ("appos", "compound") and (found := ents.at(head.i)) is not None:
        return found
    for c in tok.children:
        if c.dep_ == "appos" and (found := ents.at(c.i)) is not None:
            return found
    for c in tok.children:
        # "Russia's defence ministry", "the IAM union": the body or country the noun is of
        if c.dep_ in ("poss", "compound", "nmod", "amod") and (found := ents.at(c.i)) is not None and (
            found.kind == "organization" or found.kind == "country" and c.dep_ in ("poss", "amod")
        ):  # but "the London club": where it is, not whose
            return found
    if tok.dep_ == "attr" and head.lemma_ == "be":
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and (found := ents.at(subj.i)) is not None:
            return found
    return None


def _described_body(ents: DocEntities, tok) -> str | None:
    """ "the company's", "the bank's", "the country's": the body of that kind named last
    before; a word of one trade ("bank", "ministry", "airline") only for a body whose
    name holds the word or that the report called so ("Italian lender UniCredit");
    none when the report names no such body (never a guess)."""
    word = tok.lemma_.lower()
    kinds = _DESCRIBED.get(word)
    before = [m for m in ents.mentions if m.tok_end <= tok.i]
    if kinds is not None and kinds[0] in ("country", "place"):
        found = [m for m in before if m.kind in kinds]
        return found[-1].key if found else None
    trade = _trade(word)
    candidates: list[tuple[int, str]] = []  # (where the body was named or called so, its key)
    for m in before:
        if m.kind == "organization" and any(_trade(w.rstrip("s")) == trade or w == word for w in m.text.lower().split()):
            candidates.append((m.tok_end, m.key))
    doc = tok.doc
    start = before[0].tok_start if before else tok.i
    forms = {w for w, tr in _TRADE_WORDS.items() if tr == trade} | {trade, word}
    forms |= {f + "s" for f in forms}
    for t in tokens(doc)[start : tok.i]:
        if t.lower_ in forms and t.pos_ in ("NOUN", "PROPN") and t.is_lower and (found := _called(ents, t)) is not None and (
            found.kind in ("organization", "country") and found.tok_end <= tok.i
        ):
            candidates.append((t.i, found.key))
    if candidates:
        return max(candidates)[1]
    if word == "government":
        found = [m for m in before if m.kind == "country"]  # "Israel rejected the plan. The government's spokesman"
        return found[-1].key if found else None
    if kinds is not None or word in _ANY_COMPANY or word.endswith("maker"):
        found = [m for m in before if m.kind == "organization" and not (
            word not in _OPEN_WORDS and NOT_COMPANY_WORDS.intersection(m.text.lower().split())
        )]
        # "Meta was fined by the EU. ... the company's": the body last the subject of a clause;
        # with none a subject, the one body named, if only one (never a guess among several)
        subjects = [m for m in found if doc[m.tok_end - 1].dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[-1].key
        return found[-1].key if found and len({m.key for m in found}) == 1 else None
    return None


# Bodies a title names by a bare noun of its field: "a company spokesman", "a foreign
# ministry spokeswoman", "a government spokesman", "party officials".
_FIELD_BODIES = frozenset("company firm group party ministry government bank agency union club university police".split())


def _field_body(ents: DocEntities, title) -> str | None:
    """ "A company spokesman, X," after "Apple ...": the body of that kind the report
    named before (as for "the company's"), when the title's field is such a noun."""
    for t in title:
        if (t.is_lower or t.is_sent_start and t.text[1:].islower()) and t.pos_ in ("NOUN", "PROPN") and t.lower_ in _FIELD_BODIES and t.dep_ in ("compound", "nmod", "amod") and (
            t.head.i > t.i and _is_head(t.head)
        ):
            return _described_body(ents, t)
    return None


def _possessive(tok) -> bool:
    """ "'s" as a possessive, whatever the tagger says ("WHO's" is tagged a verb)."""
    return tok.tag_ == "POS" or tok.lower_ in ("'s", "’s") and tok.dep_ == "case"


def _apposition(doc, ents: DocEntities, m: Mention) -> Role | None:
    """ "Name, [the] [Org] title [of Org]," after the name."""
    i = m.tok_end
    sent_end = doc[m.tok_start].sent.end
    if i >= sent_end:
        return None
    copula = doc[i].lemma_ == "be" and doc[i].tag_ in ("VBZ", "VBD") and doc[i - 1].dep_ in ("nsubj", "nsubjpass") and doc[i - 1].head.i == i
    if copula:
        # "Rolf Kahn is the chief executive of Nordvik Energy": the name's predicate, as
        # "Rolf Kahn, who is the chief executive of ...".
        pass
    elif doc[i].text not in (",", "(", "\u2014", "\u2013"):  # "Rosa Delgado (Chile's health minister) said", "X — the ... —"
        # "Martin Winterkorn chairman of the Volkswagen Group": no comma before a plain title.
        if not (doc[i].is_lower and doc[i].pos_ == "NOUN" and _is_head(doc[i]) and i + 1 < sent_end and doc[i + 1].lower_ in ("of", "at")):
            return None
        i -= 1
    i += 1
    if i + 1 < sent_end and doc[i].like_num and doc[i + 1].text == ",":
        i += 2  # "Ken Ito, 54, a lawyer for the family": the age first
    if i + 5 < sent_end and doc[i].lower_ in ("a", "an") and doc[i + 1].like_num and [t.lower_ for t in doc[i + 2 : i + 6]] == ["-", "year", "-", "old"]:
        i += 6  # "a 45-year-old teacher": the age, then the title
    tokens = []
    while i < sent_end and doc[i].text not in (",", ";", ".", "(", ")", "—", "–") and len(tokens) < 12:
        if not doc[i].is_space:  # "Maria Lopes,  UNICEF officer": a doubled space is no word
            tokens.append(doc[i])
        i += 1
    if len(tokens) > 1 and tokens[0].lower_ == "as" and tokens[0].i == m.tok_end + 1:
        tokens = tokens[1:]  # "Ann Cole, as copilot, and ...": the part a person plays
    tokens = [t for n, t in enumerate(tokens) if not (  # "Qatar's de facto ruler": how, not which office
        t.lower_ == "de" and n + 1 < len(tokens) and tokens[n + 1].lower_ in ("facto", "jure")
        or t.lower_ in ("facto", "jure") and n > 0 and tokens[n - 1].lower_ == "de"
    )]
    # "Parr, who is chief executive of ...", "Lind, previously the firm's finance director"
    as_at = next((n for n, t in enumerate(tokens[:5]) if t.lower_ == "as"), None) if tokens and tokens[0].text == "who" else None
    if as_at is not None and as_at >= 2 and all(t.pos_ in ("VERB", "AUX", "ADP", "ADV", "PART") for t in tokens[1:as_at]) and (
        len(tokens) > as_at + 1
    ):
        tokens = tokens[as_at + 1 :]  # "who has served as finance minister", "who took over as", "who works as a spokesman"
    elif len(tokens) > 3 and tokens[0].text == "who" and tokens[1].lemma_ == "have" and tokens[2].lower_ == "been":
        tokens = tokens[3:]  # "who has been the mayor since 2010"
    elif len(tokens) > 2 and tokens[0].text == "who" and tokens[1].lemma_ in ("be", "become", "serve", "remain"):
        tokens = tokens[2:]
        if tokens and tokens[0].lower_ in ("been", "as"):
            tokens = tokens[1:]
        if tokens and tokens[0].lower_ == "as":
            tokens = tokens[1:]
        if len(tokens) > 1 and tokens[0].lower_ in _MADE_OFFICE:
            tokens = tokens[1:]  # "who was appointed health minister in May"
    while tokens and tokens[0].lower_ in _APPOSITION_ADVERBS:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0].lower_ in _MADE_OFFICE and tokens[0].tag_ in ("VBN", "VBD"):
        tokens = tokens[1:]  # "Maria Silva, appointed health minister in May,": a reduced relative clause
        if tokens and tokens[0].lower_ == "as":
            tokens = tokens[1:]
    verb = 1
    if len(tokens) > 3 and tokens[0].text == "who" and tokens[1].pos_ in ("ADP", "ADV"):
        # "who until 2020 headed the Nordvik Institute": a time before the verb
        verb = next((n for n in range(2, min(6, len(tokens))) if tokens[n].tag_ in ("VBZ", "VBD")), 1)
        if not all(t.pos_ in ("ADP", "ADV", "NUM", "NOUN", "ADJ", "DET") and ents.at(t.i) is None for t in tokens[1:verb]):
            verb = 1
    if len(tokens) > verb and tokens[0].text == "who" and tokens[verb].tag_ in ("VBZ", "VBD") and tokens[verb].lemma_ in _OFFICE_VERBS:
        # "Ali Reza, who heads the Red Crescent,": the office is what the verb names.
        body = next((ents.at(t.i) for t in tokens[verb + 1 :] if ents.at(t.i) is not None), None)
        key = body.key if body is not None and body.kind in AFFILIATION_KINDS else None
        if body is None:
            owner = next((t for k, t in enumerate(tokens[verb + 2 : -1], verb + 2) if tokens[k - 1].lower_ == "the" and t.is_lower
                          and t.pos_ == "NOUN" and _possessive(tokens[k + 1])), None)
            key = _described_body(ents, owner) if owner is not None else None  # "who heads the country's central bank"
        return Role(_OFFICE_VERBS[tokens[verb].lemma_], key)
    if not tokens:
        return None
    affiliation = None
    title = []
    domain = 0  # how many words of "of Justice", "of staff" belong to the title
    started = False  # past the title, in "of/at/for ..." phrases
    located = False  # the phrase is "in/from ...": a place there is where, not whose
    skip_hyphen = False  # the hyphen of "ex-" already in the title
    for n, tok in enumerate(tokens):
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        if title and not started and tok.lower_ in ("of", "for") and nxt is not None and ents.at(nxt.i) is None and (
            nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in ("the", "a", "an") and not _office_of_a_person_at(doc, ents, nxt.i)
        ) and not domain:  # but "spokeswoman for President X": another's office, then the name
            title.append(tok)  # "Secretary of Justice for Puerto Rico", "chief of staff"
            domain = 1
            continue
        if domain and not started:
            if ents.at(tok.i) is None and tok.pos_ in ("NOUN", "PROPN"):
                title.append(tok)
                domain += 1
                continue
            if tok.lower_ in ("of", "at", "for", "in", "with"):
                started = True
                continue
        found = ents.at(tok.i)
        if found is not None and domain > 1 and not started and found.kind in AFFILIATION_KINDS and title[-domain].lower_ == "for":
            # "a spokeswoman for carmaker Nordvik Motors": the words after 'for' described the body
            del title[-domain:]
            domain, started = 0, True
        if found is not None and located and found.kind in ("country", "place") and not (
            doc[found.tok_end - 1].head.lemma_.lower() in ORG_NAME_WORDS and doc[found.tok_end - 1].head.i >= found.tok_end
        ):
            continue  # "an official in Kenya", "a lawyer from Lisbon": where, not whose
        if found is not None:
            if found.kind == "person" and not (found.tok_end < len(doc) and _possessive(doc[found.tok_end])):
                if started and title:
                    if affiliation is None and _for_a_person(title):
                        affiliation = found.key  # "a lawyer for Donald Trump": the person one works for
                    break  # "a spokesman for President X": the title is the named one's, X is no body
                return None  # another person, not "Rosselló's chief of staff"
            if found.kind in AFFILIATION_KINDS and affiliation is None:
                affiliation = found.key
            elif found.kind == "person" and affiliation is None and _for_a_person(tokens[n + 1 : n + 5]):
                affiliation = found.key  # "Matteo Bruni, Pope Francis's spokesman,": the person spoken for
            after = doc[found.tok_end] if found.tok_end < len(doc) else None
            if after is not None and found.kind in ("country", "place") and (chamber := ents.at(after.i)) is not None and (
                chamber.kind == "organization" and chamber.tok_end < len(doc)
            ):
                after = doc[chamber.tok_end]  # "former US House Majority Leader": the country, its body, then the title
            if title and not (tok.i == found.tok_end - 1 and after is not None and (_is_title_token(after) or _possessive(after))):
                started = True  # "a senior Palestinian official": the body sits inside the title
            continue
        if _possessive(tok) and title and not started:
            if affiliation is None and len(title) == 1 and title[0].is_lower and n > 1 and tokens[n - 2].lower_ == "the":
                affiliation = _described_body(ents, title[0])  # "the party's leader": the party named before
            title = []  # "the mayor's chief of staff": the words so far named the owner
            continue
        if tok.lower_ in ("the", "a", "an", "its", "his", "her", "their") or _possessive(tok):
            if title and not started:
                break
            if tok.lower_ in ("its", "their") and not title and affiliation is None:
                affiliation = _last_body(doc, ents, tok.i)  # "and Tom Hale, its finance director"
            continue
        if not title and not started and (tok.lower_ in ("newly", "recently") or tok.lower_ in _MADE_OFFICE and tok.tag_ == "VBN"):
            continue  # "the newly appointed head of ..."
        if not title and not started and tok.tag_ == "VBN" and tok.dep_ == "amod" and tok.is_lower and _head_ahead(ents, tokens[n + 1 : n + 4]):
            continue  # "a retired NASA astronaut": a description of the person, not of the office
        if not title and not started and tok.lower_ in ("ex", "then", "co") and nxt is not None and nxt.text == "-" and not tok.whitespace_ and (
            n + 2 < len(tokens) and _is_title_token(tokens[n + 2])
        ):
            title.extend((tok, nxt))  # "Nordvik's ex-chief executive"
            skip_hyphen = True
            continue
        if skip_hyphen:
            skip_hyphen = False
            continue
        if started:
            # "a professor of economics at Harvard University": read on for the affiliation.
            if tok.lower_ in ("and", "or") and affiliation is not None:
                break
            if affiliation is None and not located and tok.is_lower and tok.pos_ == "NOUN" and n > 0 and tokens[n - 1].lower_ == "the" and (
                nxt is None or not (nxt.pos_ in ("NOUN", "PROPN") or _possessive(nxt))
            ):
                affiliation = _described_body(ents, tok)  # "a spokeswoman for the company": the company named before
            continue
        if _is_title_token(tok):
            title.append(tok)
        elif tok.lower_ in ("and", "&") and title:
            title.append(tok)  # "founder and chief executive"
        elif tok.text == "-" and title and tok.whitespace_ == "" and title[-1].whitespace_ == "" and nxt is not None and _is_title_token(nxt):
            title.append(tok)  # "secretary-general"
        elif tok.lower_ in ("of", "at", "for", "with", "in", "from") and title:
            started = True
            located = tok.lower_ in ("in", "from")  # "a senior official in the Norwegian foreign ministry"
        elif ents.at(tok.i) is None and _capital_domain(tok) and _capital_head_after(ents, tokens[n + 1 : n + 3]):
            title.append(tok)  # "the U.S. Treasury Secretary", "Deputy Interior Minister": the office's field
        elif title and not (tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "PROPN", "ADJ") and nxt is not None and (
            nxt.is_lower and _is_head(nxt)
        )):
            break  # but "a foreign ministry spokesman": a field noun between title words
        elif tok.is_lower and tok.is_alpha and (tok.pos_ in ("ADJ", "NOUN", "PROPN") or tok.tag_ == "VBG") and _head_ahead(ents, tokens[n + 1 : n + 4]):
            title.append(tok)  # "editorial director of ...", "senior policy officer at ...", "the top U.S. diplomat"
        elif nxt is not None and _possessive(nxt) and tok.pos_ in ("NOUN", "PROPN"):
            if affiliation is None and tok.is_lower and n > 0 and tokens[n - 1].lower_ == "the":
                affiliation = _described_body(ents, tok)  # "the council's director": the council named before
            continue  # "the firm's finance director": the owner, then the title
        else:
            return None  # a clause, not an apposition ("Jobs, who ...")
    while title and title[-1].lower_ in ("and", "&"):
        title.pop()
    if not title or not any(_is_head(t) for t in title):
        return None
    if not domain:
        while title and not _is_head(title[-1]) and _word(title[-1]) not in TITLE_MODIFIERS:
            title.pop()
    return Role(_title_text(title), affiliation or _field_body(ents, tokens))


def _office_of_a_person_at(doc, ents: DocEntities, i: int) -> bool:
    """ "President Rolf Kahn", "Prime Minister X" from token `i`: capitalised title words
    and then a person's name."""
    k = i
    while k < len(doc) and k - i < 4 and doc[k].text[:1].isupper() and _is_title_token(doc[k]) and ents.at(k) is None:
        k += 1
    found = ents.at(k) if k > i and k < len(doc) else None
    return found is not None and found.kind == "person" and found.tok_start == k


def _head_ahead(ents: DocEntities, following) -> bool:
    """A title head within the next words, with only lowercase words or one-token
    bodies before it ("policy officer", "U.S. military officer", "Swedish lawyer")."""
    for k, t in enumerate(following):
        if k == 0 and not (t.is_lower and t.is_alpha or _body_in_title(ents, t)):
            return False
        if _is_head(t):
            return True
        if not (t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN", "PROPN") or _body_in_title(ents, t)):
            return False
    return False


def _body_in_title(ents: DocEntities, tok) -> bool:
    """A one-token country or body inside a description ("the top U.S. diplomat")."""
    found = ents.at(tok.i)
    return found is not None and found.kind in ("country", "organization") and found.tok_end == tok.i + 1


def _capital_head_after(ents: DocEntities, following) -> bool:
    """A capitalised title head next, perhaps after one more capitalised field word."""
    for t in following:
        if not t.text[:1].isupper() or ents.at(t.i) is not None:
            return False
        if _is_head(t):
            return True
        if not _capital_domain(t):
            return False
    return False


def _own_field(ents: DocEntities, head) -> list:
    """ "chief of staff", "head of research": a lowercase noun right after 'of', with no
    article, is the office's own field, not its body."""
    field = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1
                  for o in c.children if o.dep_ == "pobj" and o.i == c.i + 1), None)
    if field is not None and field.is_lower and field.is_alpha and field.pos_ == "NOUN" and ents.at(field.i) is None:
        return [field.head, field]
    return []


def _title_apposition(doc, ents: DocEntities, m: Mention) -> Role | None:
    """ "The former Chief Operating Officer, Tim Cook": the name is in apposition to a title."""
    root = doc[m.tok_start : m.tok_end].root
    body = root.head
    if body.dep_ == "appos" and body.pos_ == "PROPN" and body.head.dep_ == "pobj" and body.head.i < body.i < m.tok_start:
        body = body.head  # "The chairwoman of the growers' union Terra Fina, Odile Marchand,"
    if root.dep_ == "appos" and body.dep_ == "pobj" and body.i < m.tok_start:
        # "The head of the UN refugee agency, Filippo Rossi,": the name is in apposition
        # to the body, the title is what the body's phrase hangs on.
        prep = body.head
        office = prep.head
        if prep.dep_ == "prep" and (prep.lower_ in ("of", "for", "at") or prep.lower_ == "to" and _is_head(body)) and (
            office.pos_ == "NOUN" and _is_head(office) and m.tok_start >= 1 and doc[m.tok_start - 1].text == ","
        ):  # "An adviser to the President, X,": X is the adviser, the President another
            words = [t for t in office.lefts if t.dep_ in ("compound", "amod") and _is_title_token(t)] + [office]
            words += _own_field(ents, office) if prep.i > office.i + 2 else []  # "The head of research at Nordea, X"
            affiliation = None
            for t in body.subtree:
                found = ents.at(t.i)
                if found is not None and found.kind in AFFILIATION_KINDS and t.i < m.tok_start:
                    affiliation = found.key
                    break
            return Role(_title_text(words), affiliation)
    title_head, named_body = root.head, None
    if root.dep_ == "appos" and title_head.dep_ == "appos" and title_head.pos_ == "PROPN" and (
        _is_head(title_head.head) and title_head.head.i < title_head.i < m.tok_start
    ):
        # "The president of victims' association Entraide AF447, Danièle Lamy,": the
        # name in apposition to the body's name, that in apposition to the title.
        named_body = ents.at(title_head.i)
        title_head = title_head.head
    if root.dep_ != "appos" or not _is_head(title_head) or title_head.i > m.tok_start:
        # The parser may miss the apposition: "The former Chief Operating Officer, Tim Cook will ...".
        i = m.tok_start - 2
        if i >= 0 and doc[i + 1].text == "," and not _is_head(doc[i]):
            # "The current President of Ireland, head of state, Michael D. Higgins": a second,
            # short description between the title and the name.
            k = next((k for k in range(i - 1, max(i - 6, 0), -1) if doc[k].text == ","), None)
            if k is not None and all(t.pos_ in ("NOUN", "ADP", "DET", "ADJ", "PROPN") for t in doc[k + 1 : i + 1]):
                i = k - 1
        body = ents.at(i) if i >= 2 and doc[i + 1].text == "," else None
        posted = _posted_to(doc, ents, body) if body is not None else None
        if posted is not None:
            return posted  # "The former U.S. Ambassador to the United Nations, Karen Bell"
        if body is not None and body.kind in AFFILIATION_KINDS and body.tok_start >= 2 and doc[body.tok_start - 1].lower_ in ("of", "for") and _is_head(doc[body.tok_start - 2]):
            # "The President of Ireland, Michael D. Higgins": the title ends in its body.
            of = body.tok_start - 1
            title, start = _title_before(doc, ents, Mention(doc[of].idx, doc[of].idx, of, of, "", "person"))
            before = doc[start - 1] if start > doc[i].sent.start else None
            if title and (before is None or before.lower_ in ("the", "a", "an", "its", "their", "his", "her")):
                return Role(_title_text(title), body.key)
        if body is not None and body.kind in ("country", "place") and body.tok_start >= 3 and doc[body.tok_start - 1].lower_ == "in" and (
            _is_head(doc[body.tok_start - 2]) or body.tok_start >= 5 and doc[body.tok_start - 3].lower_ == "of" and _is_head(doc[body.tok_start - 4])
        ) and body.tok_end == i + 1:
            i = body.tok_start - 2  # "the WFP country director in Chad, X": where the office is held, not whose
        elif i < 0 or doc[i + 1].text != "," or not _is_head(doc[i]):
            return None
        shifted = Mention(doc[i + 1].idx, doc[i + 1].idx, i + 1, i + 1, "", "person")
        title, start = _title_before(doc, ents, shifted)
        k, own = start - 1, []
        while title and k > doc[i].sent.start and start - k <= 2 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("ADJ", "NOUN", "VERB") and (
            doc[k].tag_ in ("JJ", "NN", "VBG", "VBN") and ents.at(k) is None
        ):
            if doc[k].tag_ != "JJ" and (not own or own[0].i == k + 1):
                own.insert(0, doc[k])  # "The prosecuting attorney, X", "The district attorney, X": the office's own words
            k -= 1  # "The new coach, X": a word about the person, not the office
        if k < start - 1 and doc[k].lower_ in ("the", "a", "an", "its", "their", "his", "her"):
            title, start = own + title, k + 1
        before = doc[start - 1] if start > doc[i].sent.start else None
        if before is not None and (owner := ents.at(before.i)) is not None and owner.kind in AFFILIATION_KINDS and owner.tok_start > doc[i].sent.start and (
            doc[owner.tok_start - 1].lower_ in ("the", "a", "an")
        ):
            before = doc[owner.tok_start - 1]  # "the WFP country director, X": the body inside the description
        if not title or (before is not None and before.lower_ not in ("the", "a", "an", "its", "their", "his", "her")):
            return None
        affiliation = _affiliation_before(doc, ents, start)
        if affiliation is None and before is not None and before.lower_ in ("its", "their"):
            affiliation = _last_body(doc, ents, before.i)  # "its general secretary, Jeremy Dear"
        return Role(_title_text(title), affiliation or _field_body(ents, doc[start : i + 1]))
    head = title_head
    heads = [head] + [c for c in head.children if c.dep_ == "conj" and _is_head(c)]
    if len(heads) > 1 and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        heads = heads[-1:]  # "a party candidate and doctor X": a description; the word by the name
    words = []
    affiliation = None
    for h in heads:
        if words:
            words.append("and")
        left = [t for t in h.lefts if t.dep_ in ("compound", "amod", "nmod") and (_is_title_token(t) or t.is_alpha or ents.at(t.i) is not None)
                or t.text == "-" and t.whitespace_ == "" and t.i > 0 and t.doc[t.i - 1].whitespace_ == ""]  # "Secretary-General"
        # "the country's first female prime minister": a word of no title ("female")
        # ends the title; the title words before it describe the person, not the office.
        plain = [t for t in left if t.text != "-" and ents.at(t.i) is None and not _is_title_token(t) and t.is_lower]
        fence = plain[-1].i if plain else -1
        for t in left:
            if t.text == "-":
                if words and not isinstance(words[-1], str):
                    words.append(t)
                continue
            found = ents.at(t.i)
            if found is not None and found.kind in AFFILIATION_KINDS:
                affiliation = affiliation or found.key
            elif _is_title_token(t) and t.i > fence or t.lower_ in ("co", "ex") and t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_:
                words.append(t)  # "co-author": the prefix belongs to the title
        if not words and h.i >= 2 and doc[h.i - 1].text == "-" and doc[h.i - 2].lower_ in ("co", "ex") and not doc[h.i - 2].whitespace_ and (
            not doc[h.i - 1].whitespace_
        ):
            words.extend(doc[h.i - 2 : h.i])  # "The report's co-author, X" parsed as three words
        words.append(h)
        words.extend(_own_field(ents, h))  # "Biden's chief of staff, Jeff Zients"
        for c in h.children:
            if c.dep_ == "poss":
                found = ents.at(c.i)
                if found is not None and found.kind in AFFILIATION_KINDS:
                    affiliation = affiliation or found.key
                elif found is not None and found.kind == "person" and _for_a_person([h]):
                    affiliation = affiliation or found.key  # "Pope Francis's spokesman, Matteo Bruni,"
                elif found is None and c.pos_ == "NOUN" and (mod := _modifier_body(ents, c)) is not None:
                    affiliation = affiliation or mod  # "The Israeli embassy's spokesperson"
                elif c.lower_ in ("its", "their"):
                    affiliation = affiliation or _last_body(doc, ents, c.i)
                elif c.pos_ == "NOUN" and c.is_lower and any(d.lower_ == "the" for d in c.children):
                    # "The country's president, X": the country last named
                    affiliation = affiliation or _described_body(ents, c)
            if c.dep_ == "prep" and c.lower_ in ("of", "at", "for"):
                for obj in c.children:
                    found = ents.at(obj.i)
                    if obj.dep_ == "pobj" and found is not None and found.kind in AFFILIATION_KINDS:
                        affiliation = affiliation or found.key
                    elif obj.dep_ == "pobj" and found is None:
                        affiliation = affiliation or _modifier_body(ents, obj)  # "a spokesperson for the Israeli embassy"
                        if affiliation is None and obj.pos_ == "NOUN" and obj.is_lower and [d.lower_ for d in obj.children] == ["the"]:
                            affiliation = _described_body(ents, obj)  # "A spokesman for the ministry, X,"
    if affiliation is None and named_body is not None and named_body.kind in AFFILIATION_KINDS:
        affiliation = named_body.key
    text = " ".join(w if isinstance(w, str) else _title_text([w]) for w in words).replace(" - ", "-")
    if affiliation is None:
        affiliation = _field_body(ents, [t for h in heads for t in h.lefts])
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


def _listed_title(doc, ents: DocEntities, m: Mention, roles: dict[str, Role]) -> Role | None:
    """ "presenters Chris Moyles of BBC Radio 1, Terry Wogan of BBC Radio 2, and ...":
    a plural title before the first name of a list is each one's."""
    root = doc[m.tok_end - 1]
    first = root
    while first.dep_ in ("conj", "appos") and first.head is not first:
        # up the list through the names before ("A of X, B of Y, and C": B in apposition to A)
        before = ents.at(first.head.i)
        if first.dep_ == "appos" and (before is None or before.kind != "person"):
            break
        first = first.head
        if before is not None and before.kind == "person" and first.dep_ == "conj":
            tokens, _start = _title_before(doc, ents, before)
            if tokens and _plural_head(tokens[-1]) and tokens[-1].is_lower:
                # "Driver A and assistants B and C": the nearest plural title up the list is C's
                known = roles.get(before.key)
                return Role(_title_text(tokens), known.affiliation_key if known else None)
    if first.dep_ == "pobj" and first.head.lower_ in ("including", "like") and _plural_head(first.head.head):
        # "Ministers including A and B": the plural title the list is drawn from.
        return Role(_title_text([t for t in first.head.head.lefts if t.dep_ in ("compound", "amod") and _is_title_token(t)]
                                + [first.head.head]), None)
    if first is root:
        return None
    head = ents.at(first.i)
    if head is None or head.kind != "person":
        return None
    tokens, _start = _title_before(doc, ents, head)
    known = roles.get(head.key)
    if not tokens and first.dep_ == "appos" and first.head.tag_ in ("NNS", "NNPS") and _is_head(first.head) and known and known.title:
        # "presenters A of X, B of Y, and C of Z": B is in apposition to the title, C joined to B.
        return Role(known.title, None)
    if not tokens or not _plural_head(tokens[-1]):
        return None
    return Role(_title_text(tokens), known.affiliation_key if known else None)


def _counterparts(doc, ents: DocEntities, roles: dict[str, Role]) -> None:
    """ "Foreign minister A and his Greek, Cypriot and French counterparts, B, C and D,
    respectively": each named counterpart holds A's office, for the country named in
    the same place of the list (or for the one country named)."""
    for tok in tokens(doc):
        if tok.lower_ not in ("counterpart", "counterparts") or tok.i + 2 >= len(doc):
            continue
        # "his Greek counterpart, Nikos Dendias," or with no comma, "his Ugandan counterpart Yoweri Museveni"
        i = tok.i + 2 if doc[tok.i + 1].text == "," else tok.i + 1
        first = ents.at(i)
        if first is None or i == tok.i + 1 and first.kind != "person":
            continue
        items: list[Mention] = []
        while i < len(doc):
            m = ents.at(i)
            if m is None:
                break
            items.append(m)
            i = m.tok_end
            while i < len(doc) and doc[i].lower_ in (",", "and"):
                i += 1
        people = [m for m in items if m.kind == "person"]
        if not people:
            continue
        sent_start = tok.sent.start
        countries = []
        k = tok.i - 1
        while k >= sent_start and tok.i - k <= 8:
            m = ents.at(k)
            if m is not None and m.kind in ("country", "organization", "place"):
                countries.insert(0, m.key)  # "her Halden counterpart": a town's or a body's office too
                k = m.tok_start - 1
                continue
            if doc[k].lower_ in (",", "and") or doc[k].pos_ == "ADJ" and m is None:
                k -= 1
                continue
            break
        title = None
        for m in reversed([x for x in ents.mentions if x.kind == "person" and sent_start <= x.tok_start and x.tok_end <= tok.i]):
            known = roles.get(m.key)
            if known is not None and known.title:
                title = known.title
                break
        for m in people:
            n = items.index(m)
            country = countries[n] if len(countries) == len(items) else (countries[0] if len(countries) == 1 else None)
            role = roles.setdefault(m.key, Role(None, None))
            if role.title is None:
                role.title = title or "counterpart"
            if role.affiliation_key is None:
                role.affiliation_key = country


def _shared_apposition(doc, ents: DocEntities, roles: dict[str, Role]) -> None:
    """ "A and B, the prime ministers of Hungary and Poland,": a plural title in
    apposition after a list of names is each one's, with the bodies named in it
    given in turn when there are as many as names (else the one body to all)."""
    for m in ents.mentions:
        root = doc[m.tok_end - 1]
        if m.kind != "person" or root.dep_ != "conj" or m.tok_end >= len(doc) or doc[m.tok_end].text != ",":
            continue
        names, t = [m], root
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
            head = ents.at(t.i)
            if head is None or head.kind != "person":
                break
            names.insert(0, head)
        if len(names) < 2:
            continue
        phrase = []
        for tok in doc[m.tok_end + 1 : m.tok_end + 15]:
            if tok.text in (",", ";", ".", "(", ")"):
                break
            phrase.append(tok)
        plural = next((tok for tok in phrase if _plural_head(tok)), None)
        own = roles.get(m.key)
        if plural is None or own is None or not own.title:
            continue
        bodies: list[str] = []
        for tok in phrase:
            found = ents.at(tok.i)
            if found is not None and found.kind in AFFILIATION_KINDS and found.key not in bodies:
                bodies.append(found.key)
        for n, name in enumerate(names):
            role = roles.setdefault(name.key, Role(None, None))
            role.title = role.title or own.title
            if len(bodies) == len(names):
                role.affiliation_key = bodies[n]
            elif len(bodies) == 1 and role.affiliation_key is None:
                role.affiliation_key = bodies[0]


def _respective_bodies(doc, ents: DocEntities, roles: dict[str, Role]) -> None:
    """ "Hungarian and Polish leaders A and B": bodies listed before a plural title,
    as many as the names listed after it, go to them in turn."""
    for m in ents.mentions:
        if m.kind != "person" or doc[m.tok_end - 1].dep_ == "conj":
            continue
        title, start = _title_before(doc, ents, m)
        if not title or not _plural_head(title[-1]):
            continue
        bodies: list[str] = []
        k = start - 1
        while k >= doc[m.tok_start].sent.start:
            found = ents.at(k)
            if found is not None and found.kind in AFFILIATION_KINDS:
                bodies.insert(0, found.key)
                k = found.tok_start - 1
            elif doc[k].lower_ in (",", "and") and bodies:
                k -= 1
            else:
                break
        if len(bodies) < 2:
            continue
        names = [m] + [x for t in doc[m.tok_end - 1].conjuncts if (x := ents.at(t.i)) is not None and x.kind == "person"]
        names = list({x.key: x for x in names}.values())
        if len(names) == len(bodies):
            for name, body in zip(names, bodies):
                roles.setdefault(name.key, Role(None, None)).affiliation_key = body


def _whose_body(doc, ents: DocEntities, title_start: int) -> str | None:
    """ "Nordvik, whose chief executive Ole Berg resigned": the body 'whose' stands for;
    "Nordvik Bank, led by chief executive Ruth Olsen": the body led."""
    k = title_start - 1
    if k >= 1 and doc[k].lower_ == "by" and doc[k - 1].tag_ == "VBN" and doc[k - 1].lemma_.lower() in ("lead", "head", "run", "chair"):
        # "Nordvik Bank, led by chief executive Ruth Olsen,": the body the clause is said of
        found = ents.at(doc[k - 1].head.i) if doc[k - 1].dep_ == "acl" else None
        return found.key if found is not None and found.kind in AFFILIATION_KINDS else None
    if k < 1 or doc[k].lower_ != "whose":
        return None
    k -= 1
    if doc[k].text == "," and k >= 1:
        k -= 1
    found = ents.at(k)
    return found.key if found is not None and found.kind in AFFILIATION_KINDS and found.tok_end == k + 1 else None


def person_roles(doc, ents: DocEntities) -> dict[str, Role]:
    """The first role and affiliation the text gives each person entity."""
    roles: dict[str, Role] = {}
    owners: dict[str, str] = {}  # "Tesla's Elon Musk": the body whose person it is, if nothing better
    for m in ents.mentions:
        if m.kind != "person":
            continue
        title_tokens, title_start = _title_before(doc, ents, m)
        if not title_tokens and m.key not in owners and (owner := _owner_before(doc, ents, m)) is not None:
            owners[m.key] = owner
        title_tokens = _office_before_address(_office_before_rank(title_tokens))
        title = _title_text(title_tokens) if title_tokens else None
        affiliation = _affiliation_before(doc, ents, title_start) if title_tokens else None
        if affiliation is not None and title and (qualifier := _qualifier_before_body(doc, ents, title_start)):
            title = qualifier + title if qualifier.endswith("-") else f"{qualifier} {title}"  # "Former Boeing CEO X"
        if title_tokens and affiliation is None:
            # "South Korean Foreign Minister": the demonym may sit inside the title.
            pass
        if title is None or _word(title_tokens[-1]) in _ADDRESS or _word(title_tokens[-1]) in STYLES_BEFORE_NAME:
            # "Dr. Anthony Fauci, director of ...": a form of address yields to a title.
            appos = _apposition(doc, ents, m) or _title_apposition(doc, ents, m) or _title_through_body(doc, ents, m)
            if appos is not None:
                title, affiliation = appos.title, appos.affiliation_key or affiliation
        elif all(_word(t) in _RANKS or t.text in ("-", ".") for t in title_tokens) and (
            (office := _apposition(doc, ents, m)) is not None and office.title and office.affiliation_key
        ):
            # "Lt. Col. Richard Hecht, an Israeli military spokesman,": a rank by the name, the
            # office with its body in apposition; the office is the role, as below.
            title, affiliation = office.title, office.affiliation_key
        elif all(_word(t) in _RANKS or t.text == "-" for t in title_tokens) and title_start >= 1 and doc[title_start - 1].text == ",":
            # "Pakistan's army chief, General Asim Munir,": a rank by the name, the office in
            # apposition before it; the office is the role, as in "army spokesman Colonel X".
            ranked = Mention(doc[title_start].idx, m.end, title_start, m.tok_end, "", "person")
            office = _title_apposition(doc, ents, ranked)
            if office is not None and office.title:
                title, affiliation = office.title, office.affiliation_key or affiliation
        if title_tokens and affiliation is None and m.tok_end < len(doc) and doc[m.tok_end].text == "," and (
            (office := _apposition(doc, ents, m)) is not None and office.affiliation_key
        ):
            affiliation = office.affiliation_key  # "Inspector Paul Lee, a police spokesman,": the office's body
        if title_tokens and affiliation is None:
            affiliation = _whose_body(doc, ents, title_start) or _field_body(
                ents, doc[max(title_start - 1, doc[title_start].sent.start) : m.tok_start]
            )  # "Company spokesman X": the field word the title left out
        if title is not None and affiliation is None:
            affiliation = _representation(doc, ents, m) or _body_after(doc, ents, m)
        if affiliation is None:
            affiliation = _party_code(doc, ents, m) or (_party_label(doc, ents, m) if title else None) or _member_before(doc, ents, m)
        if title is None and m.tok_start > 0 and doc[m.tok_start - 1].text in _CLERGY_ADDRESS:
            title = _CLERGY_ADDRESS[doc[m.tok_start - 1].text]  # "Father James Martin": a priest; "her father X" is kin
        if title is None and (made := _appointed(doc, ents, m)) is not None:
            title, affiliation = made.title, affiliation or made.affiliation_key
        if title is None:
            listed = _listed_title(doc, ents, m, roles)
            if listed is not None:
                # "Foreign ministers A of Hungary and B of Poland": B's own body before the first's
                title, affiliation = listed.title, affiliation or _body_after(doc, ents, m) or listed.affiliation_key
        known = roles.get(m.key)
        if known is None:
            roles[m.key] = Role(title, affiliation)
        else:
            if known.title is None and title:
                known.title = title
            if known.affiliation_key is None and affiliation:
                known.affiliation_key = affiliation
    for key, owner in owners.items():
        if roles[key].affiliation_key is None:
            roles[key].affiliation_key = owner
    _office_of_a_titled_person(doc, ents, roles)
    _counterparts(doc, ents, roles)
    _shared_apposition(doc, ents, roles)
    _plural_title_before_list(doc, ents, roles)
    _respective_bodies(doc, ents, roles)
    _title_referring_back(doc, ents, roles)
    return roles


def _plural_title_before_list(doc, ents: DocEntities, roles: dict[str, Role]) -> None:
    """ "The study's lead authors, Chen of MIT and Laura Weiss of Yale,": a plural title,
    then in apposition a list of names (each perhaps 'of' its body): each one's title,
    with the body after the name."""
    for m in ents.mentions:
        if m.kind != "person" or (known := roles.get(m.key)) is not None and known.title:
            continue
        if m.tok_start > 0 and doc[m.tok_start - 1].lower_ in ("of", "from", "at", "the"):
            continue  # "Sam Reid of BBC Radio": a body's place in the list, whatever the NER says
        sent_start = doc[m.tok_start].sent.start
        i = m.tok_start - 1
        while i > sent_start:
            tok, found = doc[i], ents.at(doc[i].i)
            if found is not None and found.tok_start < i:
                i = found.tok_start
                continue
            if tok.lower_ in ("and", "of", "from", "at", "the") or tok.text == "," and doc[i - 1].lower_ != "and" and not _plural_head(doc[i - 1]):
                i -= 1
                continue
            if found is not None or tok.pos_ == "PROPN" and tok.text[:1].isupper():
                i -= 1
                continue
            break
        if not (doc[i].text == "," and i - 1 >= sent_start and _plural_head(doc[i - 1])):
            continue
        if i + 1 == m.tok_start and not any(
            t.lower_ == "and" and (after := ents.at(t.i + 1)) is not None and after.kind == "person" for t in doc[m.tok_end : m.tok_end + 6]
        ):
            continue  # the first name: only when more names follow it ("The authors, X said" is no list)
        head = doc[i - 1]
        title, _start = _title_before(doc, ents, Mention(head.idx + len(head.text), head.idx + len(head.text), i, i, "", "person"))
        if not title or title[-1].i != head.i:
            continue
        body = None
        if m.tok_end + 1 < len(doc) and doc[m.tok_end].lower_ in ("of", "from", "at"):
            k = m.tok_end + 1 + (doc[m.tok_end + 1].lower_ == "the")
            found = ents.at(k) if k < len(doc) else None
            body = found.key if found is not None and found.kind in AFFILIATION_KINDS else None
        role = roles.setdefault(m.key, Role(None, None))
        role.title = _title_text(title)
        role.affiliation_key = role.affiliation_key or body


def _office_of_a_titled_person(doc, ents: DocEntities, roles: dict[str, Role]) -> None:
    """ "President Emmanuel Macron visited Kyiv. The president's spokeswoman, Maud
    Bregeon, said": one who works for "the president" works for the person the report
    last gave that title, if one."""
    people = [m for m in ents.mentions if m.kind == "person"]
    for n, m in enumerate(people):
        role = roles.get(m.key)
        if role is None or role.affiliation_key is not None or not role.title or not _FOR_A_PERSON.intersection(role.title.lower().split()):
            continue
        sent = doc[m.tok_start].sent
        owner = None
        for k in range(max(sent.start + 1, m.tok_start - 6), min(sent.end - 1, m.tok_end + 6)):
            if _possessive(doc[k]) and doc[k - 1].is_lower and _word(doc[k - 1]) in TITLE_HEADS and _for_a_person(doc[k + 1 : k + 4]):
                owner = k - 1
                break
        if owner is None:
            continue
        start = owner
        while start > sent.start and doc[start - 1].is_lower and _is_title_token(doc[start - 1]):
            start -= 1  # "the prime minister's"
        if doc[start - 1].lower_ != "the":
            continue
        title = doc[start : owner + 1].text.lower()
        for before in reversed(people[:n]):
            known = roles.get(before.key)
            if before.key != m.key and known is not None and known.title and known.title.lower().endswith(title):
                role.affiliation_key = before.key
                break


_OTHER_PERSON = frozenset(("him", "his", "her", "hers"))  # "The president welcomed him": someone else


def _title_referring_back(doc, ents: DocEntities, roles: dict[str, Role]) -> None:
    """ "Rolf Kahn arrived in Kyiv on Monday. The minister said ...": a definite title
    opening the next sentence as its subject names the one person the report has named
    so far, when that person has no title yet. With two people named, or a pronoun for
    another person in that sentence, the title may be anyone's: it is left alone."""
    people = sorted((m for m in ents.mentions if m.kind == "person"), key=lambda m: m.tok_start)
    if not people:
        return
    key = people[0].key
    known = roles.get(key)
    if known is not None and known.title:
        return
    limit = next((m.tok_start for m in people if m.key != key), len(doc))  # a second person named: no later title is safe
    toks = tokens(doc)
    for tok in toks[people[0].tok_end : limit]:
        if tok.lower_ != "the" or not tok.is_sent_start:
            continue
        s = tok.i
        sent = tok.sent
        k = s + 1
        while k < sent.end and k - s <= 3 and doc[k].is_lower and _word(doc[k]) in TITLE_MODIFIERS and _word(doc[k]) not in TITLE_HEADS:
            k += 1
        head = doc[k] if k < sent.end else None
        if head is None or not head.is_lower or _word(head) not in TITLE_HEADS or head.tag_ != "NN" or head.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(ents.at(t) is not None for t in range(s, min(k + 2, sent.end))) or k + 1 < sent.end and doc[k + 1].pos_ == "PROPN":
            continue
        if any(t.lower_ in _OTHER_PERSON for t in sent) or any(m.tok_start >= s and m.tok_end <= sent.end for m in people):
            continue  # "... said Kahn would stay": the title is another's
        if any(_word(t) == _word(head) or t.lemma_.lower() == _word(head) for t in doc[:s]):
            return  # "Ana Keller met the finance minister. The minister said": the one met
        prev = doc[s - 1].sent
        if not any(m.key == key and m.tok_start >= prev.start and m.tok_end <= s for m in people):
            continue
        title = doc[s + 1 : k + 1].text
        if known is None:
            roles[key] = Role(title, None)
        else:
            known.title = title
        break
