"""Attributed claims from the dependency parse: who said, condemned or called for what.

A cue is a reporting or stance verb (lexicon.CUE_VERBS, by lemma), an
attribution phrase ("according to"), a light verb with a speech noun ("made
this comment", "extended an invitation") or, with a document or data subject,
an evidential verb ("the memo showed that"). Only stance verbs take a plain
noun phrase as content ("condemned the test"); other cues need a clause, an
infinitive or a quotation, so "announced the iPhone 3GS" is an event, not a
claim. Cues inside a quotation are the speaker's own words and are skipped.

The claimant is the cue's subject (or the agent of a passive, or the subject it
shares with the verb it is conjoined to; a name right before the cue wins over
a misparse). Pronouns, relative pronouns and descriptions resolve to what they
refer to: "he"/"she" to the last person in view whom the report does not show
to be of the other gender (person_genders), "they" to the last group that was a
subject ("police", "the foreign ministers of Norway and Chile"), "who" to the
person it follows, "the company"/"the firm"/"the young computer maker" to the
organisation so described or last named (never a commission or a ministry),
"the commission" to the organisation so named, "the ministers" to the group of
that kind, "the two leaders" to the two people just named, "the
statement"/"those figures" to whoever issued them. A claim by several entities
keeps a key for each ("Norway and Chile (foreign ministers)").

The claim text is the reported content (the clause or object the cue governs),
never cut inside brackets or a quotation; when that lies in a quotation, the
whole quotation is taken, across sentences, and a quotation that goes on after
its attribution ('"A," she said. "B."') joins it unless it has a cue of its own.

Parses of real news often misplace the reported clause or the speaker; the rules
look for the usual misparses by shape, not by word: a cue hung on the clause it
reports ("Although some feared a camp would ..."), a clause joined to another
verb ("a report alleging X abused Y"), a relative clause whose reported verb went
elsewhere ("a hall the museum says is ..."), the verb of a sentence taken for a
modifier of its subject's name, a participle tagged as a noun ("a statement
warning ..."). A cue inside what an outer cue of the same speaker reports is one
report, not two ("X said it would welcome ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_tui.extract.entities import DocEntities, Mention, letter_article
from briefing_tui.extract.lexicon import (
    CUE_VERBS,
    DOCUMENT_NOUNS,
    EVENT_NOUNS,
    EVIDENTIAL_VERBS,
    HONORIFICS,
    LIGHT_VERBS,
    ORG_DESCRIPTORS,
    PARTICLES,
    PHRASAL_CUES,
    POSITION_NOUNS,
    REQUEST_VERBS,
    SAY_VERBS,
    SPEAKER_NOUNS,
    SPEECH_NOUNS,
    STANCE_NOUNS,
    STANCE_NP_VERBS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from briefing_tui.extract.nlp import text_of, tokens
from briefing_tui.records import ClaimRecord

CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "prep", "dative", "acomp", "parataxis", "npadvmod", "prt")
CLAUSE_DEPS = ("ccomp", "xcomp", "parataxis", "oprd", "csubj")
_PERSONAL = {"he": "person", "she": "person", "him": "person", "her": "person"}
_COLLECTIVE = {"it", "they", "them", "we"}
_RELATIVE = {"who", "that", "which", "whom"}
_INDEFINITE = frozenset("another others".split())  # a speaker of its own, left unnamed
# Verbs of speech that open an inverted attribution after a quotation ('"...," commented a commuter').
_AFTER_QUOTE = frozenset("comment remark reply respond answer observe recall quip joke shout whisper explain".split())
# Cues of evidence whose reported clause the parser may take for an object with a
# finite modifier ("reports indicated zoo staff evaluated 40 animals").
_EVIDENCE_CUES = frozenset("indicate suggest reveal confirm".split())
# Feelings voiced: "spoke of his sadness", "wrote about her anger".
_FEELINGS = frozenset(
    "sadness grief sorrow shock anger outrage concern concerns regret hope hopes fear fears frustration "
    "disappointment pride relief gratitude sympathy dismay horror".split()
)
# People who report what they saw or heard: "witnesses reported a loud bang".
_WITNESSES = frozenset("witness resident passenger survivor neighbour neighbor bystander eyewitness villager local".split())
_FIGURE_NOUNS = frozenset("toll tally figure estimate count".split())  # "gave a death toll of 373"
_REQUEST_NOUNS = frozenset("plea appeal call request demand".split())  # + "for": what is asked for
_SOME_PEOPLE = frozenset("some many most several few".split())  # "some feared ...": people, not counted
_SOMEONE = frozenset(("someone", "somebody"))  # a speaker the text does not name (or names in apposition)
_NEGATION = {"not", "n't", "never", "no"}
_REFUSALS = frozenset("refuse decline fail neglect omit".split())  # + to-infinitive: a cue not spoken
RECIPIENT_VERBS = frozenset("tell inform assure reassure remind notify brief warn caution promise advise alert".split())
_BUSINESS = frozenset("company firm corporation business group conglomerate maker manufacturer".split())
# Last words of the names of bodies that are no business ("European Commission").
_INSTITUTIONS = frozenset(
    """party council committee commission ministry department office agency institute institution
    university college school hospital association federation union league alliance coalition front
    movement army force forces navy court assembly parliament congress senate government authority
    board bureau service organisation organization fund foundation trust society club police""".split()
)
_LESSER = frozenset("deputy vice assistant associate under acting former junior".split())  # another office
_MILITARY = frozenset("military army forces navy".split())  # "the military": the armed force named before
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson aide adviser advisor representative".split())
# Words news uses for a title it named before: "King Charles ... the monarch", "Pope Francis ... the pontiff".
_TITLE_KINDS = {
    "monarch": frozenset("king queen emperor empress sultan emir".split()),
    "pontiff": frozenset(("pope",)),
    "premier": frozenset(("minister",)),
    "envoy": frozenset("ambassador representative".split()),
    "diplomat": frozenset("ambassador envoy".split()),
    "lawmaker": frozenset("senator congressman congresswoman representative mp legislator".split()),
    "legislator": frozenset("senator congressman congresswoman representative mp lawmaker".split()),
}
_HYPHEN_PARTICIPLES = frozenset("backed led based funded aligned linked allied sponsored run owned supported brokered".split())
# "the Nordic country", "the Gulf state", "the island nation", "the Asian giant": a
# country described by where it lies (see ClaimFinder._described_country)
_COUNTRY_WORDS = frozenset("country nation state kingdom republic giant neighbour neighbor".split())
_COUNTRY_DESCRIPTIONS = frozenset("island landlocked coastal oil-rich archipelago city-state".split())
# "the Republican candidate": any one person the report gave a title of that party
_MEMBER_HEADS = frozenset("candidate nominee lawmaker politician legislator".split())
_LEADER_TITLES = frozenset("president chancellor premier minister king queen emperor sultan emir".split())  # "the German leader"
_TOP_HEADS = frozenset("chief head leader boss".split())  # "the NATO chief": whoever leads that body
_REFLEXIVE = frozenset("himself herself itself themselves myself ourselves yourself".split())
_NAMING = frozenset("call deem consider label dub brand term name declare pronounce".split())  # X Y
_FIGURE_VERBS = frozenset("report announce post record forecast project estimate".split())  # + a figure
# "claimed responsibility", "denied credit", "claimed victory": one noun says what is claimed.
_CREDIT_VERBS = frozenset(("claim", "accept", "deny"))
_CREDIT_NOUNS = frozenset(("responsibility", "credit", "victory"))
_AS_VERBS = frozenset("describe characterize characterise portray depict claim regard see view consider brand label interpret refer identify indicate record".split())


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


_QUANTITIES = frozenset("dozen dozens hundred hundreds thousand thousands million millions number majority minority most many some group handful".split())
_AGENTIVE = ("ants", "ents", "ers", "ors", "ists", "ians", "ives", "ees")


def _agentive(tok) -> bool:
    """A plural noun of people by what they do ("the defendants", "organisers",
    "economists", "the plaintiffs"): a speaker though no list names it."""
    low = tok.lower_
    return tok.tag_ == "NNS" and len(low) > 5 and (low.endswith(_AGENTIVE) or low.endswith("iffs")) and not low.endswith("ments")


def _extent(tokens) -> tuple[int, int] | None:
    """The characters from the first to the last of `tokens`, or None if there are none."""
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def _as_of(kids) -> bool:
    """An "as of (Sunday)" among a verb's children: a figure given at a time."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in kids)


def _finite(verb) -> bool:
    """A clause with a tense of its own or a 'that': reported content, not a scene
    seen ("showed the car burn", "showed them leaving")."""
    kids = list(verb.children)
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass", "mark") and (c.tag_ in ("VBD", "VBZ", "VBP", "MD") or c.lower_ == "that") for c in kids
    )


def _verb_forms() -> dict[str, str]:
    """Inflected forms of the cue verbs -> lemma, for cues the tagger calls nouns."""
    forms: dict[str, str] = {}
    for verb in CUE_VERBS:
        stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
        forms[stem + "ing"] = verb
        forms[verb] = verb
        forms[verb + "s" if not verb.endswith(("s", "sh", "ch")) else verb + "es"] = verb
    return forms


_VERB_FORMS = _verb_forms()


def repair_verbal_nouns(doc) -> None:
    """A cue verb the tagger took for a noun while the parser gave it a clause
    ("AFP and O Globo report that ...", 'called it "unfortunate" saying, "..."'):
    a noun does not govern a clausal complement, so it is the verb."""
    for tok in tokens(doc):
        if tok.pos_ != "NOUN" or tok.lower_ not in _VERB_FORMS:
            continue
        kids = list(tok.children)
        lemma = _VERB_FORMS[tok.lower_]
        if _conjoined_verb(tok, lemma):
            continue
        if _with_participle(tok, lemma):
            continue
        gerund = tok.lower_.endswith("ing") and lemma != tok.lower_
        if tok.dep_ == "ROOT" and not gerund and tok.tag_ == "NN" and not any(c.dep_ == "nsubj" for c in kids):
            # "The Times and Radio X report that the ferry sank": a sentence with no verb
            # but a name before the cue and a 'that' clause after it.
            clause = next((c for c in kids if c.i > tok.i and (c.dep_ == "ccomp" or c.dep_ == "acl" and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children))), None)
            name = next((c for c in reversed(kids) if c.i < tok.i and c.pos_ == "PROPN" and c.dep_ in ("nsubj", "nmod", "compound")), None)
            if clause is not None and name is not None and not any(c.dep_ == "nsubj" and c is not name for c in kids):
                name.dep_, clause.dep_ = "nsubj", "ccomp"
                tok.pos_, tok.lemma_, tok.tag_ = "VERB", lemma, "VBP"
                continue
        if not any(c.dep_ == "ccomp" for c in kids) or any(c.dep_ in ("det", "poss") for c in kids):
            continue
        if not gerund and not any(c.dep_ == "nsubj" for c in kids):
            continue  # "report that ..." with no subject may be a noun with a clause
        tok.pos_, tok.lemma_ = "VERB", lemma
        tok.tag_ = "VBG" if gerund else ("VBZ" if tok.lower_.endswith("s") and lemma != tok.lower_ else "VBP")
        if gerund and tok.dep_ in ("oprd", "dobj", "attr", "npadvmod", "appos"):
            tok.dep_ = "advcl"  # a participle adjunct of the clause: it shares its subject


_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_ADJUNCT_MARKS = frozenset("after before when while as once since until because although though".split())


def _tensed(verb) -> bool:
    """A verb with a tense of its own, or a tensed or modal auxiliary (_finite without 'that')."""
    return verb.tag_ in _FINITE_TAGS or any(a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE_TAGS for a in verb.children)


def repair_complement_clauses(doc) -> None:
    """Reported clauses the parser hung on the wrong word, so their cue had none.

    - 'indicated on Twitter the boy was hurt': a finite clause after an adjunct,
      with no 'and' or comma before it, made a conjunct of the cue: it is the
      cue's complement (conjoined clauses need a coordinator or a comma).
    - 'told media, after talks failed, that a strike ...': the ', that' clause
      after an adjunct clause hung on the adjunct's verb, which is no cue: it is
      what the cue reports.
    """
    for tok in tokens(doc):
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            cue = tok.head
            if cue.i > tok.i or cue.pos_ != "VERB" or cue.lemma_.lower() not in CUE_VERBS:
                continue
            if any(c.dep_ in ("ccomp", "cc", "preconj") for c in cue.children):
                continue
            if cue.lemma_.lower() not in RECIPIENT_VERBS and any(c.dep_ == "dobj" for c in cue.children):
                continue  # "welcomed the plan, on Monday, the council ...": the cue has what it takes
            subj = next((c for c in tok.children if c.dep_ in _CLAUSE_SUBJECTS and c.i < tok.i), None)
            if subj is None or subj.lower_ in _RELATIVE or not _tensed(tok):
                continue
            between = doc[cue.i + 1 : tok.left_edge.i]
            if any(t.pos_ == "CCONJ" for t in between) or any(t.is_punct for t in between) and not any(
                # "told media, after years of disputes, the families were ...": an adjunct set off by commas
                c.dep_ == "prep" and c.i > cue.i and doc[c.i - 1].text == "," and doc[tok.left_edge.i - 1].text == ","
                and c.right_edge.i in (tok.left_edge.i - 1, tok.left_edge.i - 2) for c in cue.children
            ):
                continue
            tok.dep_ = "ccomp"
        elif tok.dep_ == "advcl" and tok.head.i < tok.i and _tensed(tok):
            # "told media, after years of talks, the families were angry": a finite clause
            # with its own subject and no subordinator, after an adjunct, is what was told.
            cue = tok.head
            if cue.pos_ != "VERB" or cue.lemma_.lower() not in CUE_VERBS or any(c.dep_ in CLAUSE_DEPS for c in cue.children):
                continue
            if cue.lemma_.lower() not in RECIPIENT_VERBS and any(c.dep_ == "dobj" for c in cue.children):
                continue
            subj = next((c for c in tok.children if c.dep_ in _CLAUSE_SUBJECTS and c.i < tok.i), None)
            if subj is None or subj.lower_ in _RELATIVE or subj.tag_ in ("WDT", "WP"):
                continue
            if any(c.dep_ in ("mark", "advmod") and c.i < subj.i and (c.dep_ == "mark" or c.tag_ in ("WRB",)) for c in tok.children):
                continue
            if not any(c.dep_ == "prep" and c.i < subj.i for c in tok.children):
                continue
            tok.dep_ = "ccomp"
        elif tok.dep_ == "ccomp" and tok.head.dep_ == "advcl":
            adjunct = tok.head
            cue = adjunct.head
            if cue.pos_ != "VERB" or cue.lemma_.lower() not in CUE_VERBS or adjunct.lemma_.lower() in CUE_VERBS:
                continue
            if not cue.i < adjunct.i < tok.i or any(c.dep_ in CLAUSE_DEPS for c in cue.children):
                continue
            if not any(m.dep_ == "mark" and m.lower_ in _ADJUNCT_MARKS for m in adjunct.children):
                continue
            that = tok.left_edge
            if not (that.lower_ == "that" and that.dep_ == "mark" and that.i > 0 and doc[that.i - 1].text == ","):
                continue
            tok.head = cue


def _conjoined_verb(tok, lemma: str) -> bool:
    """ "The firm denied the claims and states that ...": a cue in the present tense
    after 'and', taken for a plural noun joined to the object, with the 'that' clause
    hung on the first verb. Made the verb joined to that verb, the clause its own."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.dep_ != "conj" or lemma == tok.lower_ or tok.i < 1 or tok.i + 1 >= len(doc):
        return False
    obj, mark = tok.head, doc[tok.i + 1]
    verb, clause = obj.head, mark.head
    if not (doc[tok.i - 1].lower_ == "and" and mark.lower_ == "that" and mark.dep_ == "mark" and obj.dep_ == "dobj"
            and verb.pos_ == "VERB" and clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.i > tok.i):
        return False
    tok.head, tok.dep_ = verb, "conj"
    clause.head = tok
    tok.pos_, tok.lemma_, tok.tag_ = "VERB", lemma, "VBZ"
    return True


def _with_participle(tok, lemma: str) -> bool:
    """ "China criticized the meeting, with a spokesman ... warning that X": a cue in
    "with NOUN ...ing" that the tagger took for a noun, its 'that' clause hung on
    the main verb. Re-read as a participle of the noun after 'with', governing the
    clause; True if repaired."""
    doc = tok.doc
    if not tok.lower_.endswith("ing") or lemma == tok.lower_ or tok.i + 1 >= len(doc):
        return False
    mark = doc[tok.i + 1]
    clause = mark.head
    if mark.lower_ != "that" or mark.dep_ != "mark" or clause.dep_ != "ccomp" or clause.i <= tok.i or clause.head.i > tok.i:
        return False
    node, owner = tok, None
    for _ in range(6):
        if node.head is node:
            break
        if node.dep_ == "pobj" and node.head.lower_ == "with":
            owner = node
            break
        node = node.head
    if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
        return False
    tok.head, clause.head = owner, tok
    tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = "acl", "VERB", "VBG", lemma
    return True


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations as [start, end) inside the quote marks; straight quotes pair up by order.

    A quotation that runs on into the next paragraph is left unclosed there in
    news style and opened again at the next paragraph's start; a quote mark left
    open thus ends at its paragraph's end, and pairing starts afresh in the next
    paragraph if that opens with a quote mark, instead of turning every later
    quote inside out. If the next paragraph does not open with one, the
    quotation goes on into it until its closing mark.
    """
    spans = []
    carried = False  # the previous paragraph ended inside a quotation
    for para in re.finditer(r"[^\n]+", text):
        body = para.group()
        stack: int | None = None
        if carried and not body.lstrip()[:1] in ("\"", "“"):
            stack = para.start() + (len(body) - len(body.lstrip()))
        for m in re.finditer(r"[“”\"]", body):
            ch, at, end = m.group(), para.start() + m.start(), para.start() + m.end()
            if ch == "“":
                stack = end
            elif ch == "”":
                if stack is not None:
                    spans.append((stack, at))
                stack = None
            elif stack is None:
                stack = end
            else:
                spans.append((stack, at))
                stack = None
        carried = stack is not None
        if stack is not None:
            spans.append((stack, para.end()))
    return [(a, b) for a, b in spans if b - a > 1]


def quote_runs(text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """A quotation over several paragraphs in the wire convention: each paragraph
    opens with a quote mark and only the last closes it ("“A.\n\n“B,” she said.").
    Maps the start of each paragraph's quotation after the first to the start of the
    one in the paragraph before, which was left open at that paragraph's end."""
    starts = {a: (a, b) for a, b in spans}
    runs: dict[int, int] = {}
    for a, b in spans:
        if b >= len(text) or text[b] != "\n" or text[a - 1 : a] not in ("“", '"'):
            continue  # not left open at its paragraph's end
        if text[a - 1 : a] == '"' and a >= 2 and not text[a - 2].isspace():
            continue  # a straight mark that opens a quotation follows a space
        m = re.match(r"\n+[^\S\n]*[“\"]", text[b:])
        if m and b + m.end() in starts:
            runs[b + m.end()] = a
    return runs


_MALE_WORDS = frozenset(
    """he him his himself mr mr. sir lord spokesman chairman congressman businessman king prince
    duke count emperor father husband son brother grandfather uncle nephew widower monk""".split()
)
_FEMALE_WORDS = frozenset(
    """she her hers herself mrs mrs. ms ms. miss dame lady madam spokeswoman chairwoman
    congresswoman businesswoman queen princess duchess countess empress mother wife daughter
    sister grandmother aunt niece widow nun actress""".split()
)


_RELATIONS = frozenset("aide wife husband son daughter mother father brother sister widow friend relative partner colleague".split())


_NAME_SPEAKER_REACH = 80  # tokens: two or three sentences


def _named_like_a_person(name: str) -> bool:
    """ "Shapps", "Peter Dutton": one to three capitalised words, none all capitals, none
    a word that ends the name of a body ("Council", "Group")."""
    words = name.split()
    return 0 < len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in _INSTITUTIONS and w.lower() not in _BUSINESS
        and w.lower() not in ORG_DESCRIPTORS for w in words
    )


def _person_noun(tok) -> bool:
    """A noun for a person by office or relation ("lawyer", "spokesman", "wife")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in TITLE_HEADS or lemma in _RELATIONS)


def _age_description(tok) -> bool:
    """ "the 54-year-old", "the 54-year-old surgeon": a definite phrase that describes
    a person by age alone."""
    if tok.tag_ in ("NNS", "NNPS"):
        return False
    old = tok if tok.lower_ == "old" else next((c for c in tok.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    if old is None or old is not tok and not _person_noun(tok):
        return False
    year = next((c for c in old.children if c.lower_ in ("year", "years")), None)
    first = year.left_edge.i if year is not None else 0
    return first > 0 and tok.doc[first - 1].lower_ == "the"  # the parser may hang "the" on the verb


def _gender_of(words) -> str | None:
    male = any(w in _MALE_WORDS for w in words)
    female = any(w in _FEMALE_WORDS for w in words)
    return "m" if male and not female else "f" if female and not male else None


def person_genders(doc, ents: DocEntities, titles: dict[str, str], quotes: list[tuple[int, int]]) -> dict[str, str]:
    """What the report itself tells of each person's gender, for "he" and "she" when
    several people are in view: a form of address ("Ms Keller"), a gendered title or
    description ("spokeswoman", "his wife"), or a pronoun in a sentence (outside
    quotations) that names that person and no other ("Keller said her government
    ..."). Evidence both ways leaves the person open."""
    seen: dict[str, set[str]] = {}

    def note(key: str, gender: str | None) -> None:
        if key and gender:
            seen.setdefault(key, set()).add(gender)

    people = [m for m in ents.mentions if m.kind == "person"]
    for key, title in titles.items():
        note(key, _gender_of((title or "").lower().split()))
    for m in people:
        before = doc[m.tok_start - 1] if m.tok_start > 0 else None
        if before is not None:
            note(m.key, _gender_of([before.lower_]) if before.lower_ not in ("he", "she", "his", "her", "him") else None)
        head = doc[m.tok_end - 1]
        related = [c for c in head.children if c.dep_ in ("appos", "compound") and not m.tok_start <= c.i < m.tok_end]
        related += [t for t in doc[max(0, m.tok_start - 3) : m.tok_start] if t.dep_ == "compound" and t.head.i == head.i]
        if head.dep_ == "appos":
            related.append(head.head)
        note(m.key, _gender_of([t.lower_ for t in related if t.pos_ in ("NOUN", "PROPN")]))
    by_surname: dict[str, set[str]] = {}
    for m in people:
        by_surname.setdefault(m.text.split()[-1].lower() if m.text.split() else "", set()).add(m.key)
    for tok in doc:
        # "Mr Brand" that the NER left out: the person of that surname named elsewhere.
        if tok.lower_.rstrip(".") in HONORIFICS and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            keys = by_surname.get(doc[tok.i + 1].lower_, set())
            if len(keys) == 1:
                note(next(iter(keys)), _gender_of([tok.lower_]))
            note("name:" + doc[tok.i + 1].lower_, _gender_of([tok.lower_]))  # for a name with no entity
    for sent in doc.sents:
        inside = [m for m in people if sent.start <= m.tok_start < sent.end and not any(a <= m.start < b for a, b in quotes)]
        keys = {m.key for m in inside}
        if len(keys) != 1:
            continue
        first = min(m.tok_start for m in inside)
        if any(t.lower_ in _MALE_WORDS | _FEMALE_WORDS and t.pos_ == "PRON" for t in doc[sent.start : first]):
            continue  # "His rival, Ana Keller, said he was lying": the pronouns are someone else's
        words = [t.lower_ for t in doc[first : sent.end] if t.pos_ == "PRON" and not any(a <= t.idx < b for a, b in quotes)]
        note(next(iter(keys)), _gender_of(words))
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


class ClaimFinder:
    def __init__(self, doc, ents: DocEntities, names: dict[str, str], titles: dict[str, str] | None = None,
                 affiliations: dict[str, str] | None = None):
        self.doc = doc
        self.titles = titles or {}  # person key -> title ("Foreign Minister")
        self.affiliations = affiliations or {}  # person key -> the body of that title ("country:KR")
        self.ents = ents
        self.names = names  # entity key -> display name
        self.text = text_of(doc)  # computed on every access by spaCy: keep one copy
        self.quotes = quote_spans(self.text)
        self.quote_runs = quote_runs(self.text, self.quotes)
        self.quote_next = {before: after for after, before in self.quote_runs.items()}  # the other way
        self.last_person: Claimant | None = None
        self.people: list[Claimant] = []  # persons remembered, most recent last
        self.genders = person_genders(doc, ents, self.titles, self.quotes)
        self.last_collective: Claimant | None = None
        self.last_plural: Claimant | None = None
        self.last_org: Claimant | None = None
        self.last_countries: Claimant | None = None
        self.last_parties: Claimant | None = None
        self.name_speaker: tuple[Claimant, int] | None = None  # (speaker, cue index): see _pronoun_person
        self.documents: dict[str, Claimant] = {}  # "statement" -> who issued it
        self.groups: dict[str, Claimant] = {}  # "minister" -> the ministers last spoken of
        self.descriptors: dict[str, Claimant] = {}  # "maker" -> the organisation so described
        self.orgs_seen: list[Mention] = []  # organisation mentions in text order, up to here
        self.org_subjects: list[Mention] = []  # those that were the subject of their clause
        self._when: dict[int, int] = {}  # id(claimant) -> when it was last remembered
        self._clock = 0
        self.absorbed: set[int] = set()  # verbs of a clause another cue reports (_clause_as_object)
        self.noun_cues: set[int] = set()  # participles the tagger took for nouns (_statement_participle)

    # -- claimants -----------------------------------------------------------
    def _entities_in(self, tok) -> list[Mention]:
        """Entity mentions heading a noun phrase: the token itself and its conjuncts."""
        found: list[Mention] = []
        for t in [tok, *self._conjuncts(tok)]:
            m = self.ents.at(t.i)
            if m is None and t is not tok and t.pos_ == "NOUN":
                # "X and his Ugandan counterpart Y": a conjoined title with its name in apposition
                m = next((n for c in t.children if c.dep_ == "appos" and (n := self.ents.at(c.i)) is not None and n.kind == "person"), None)
            if m is not None and m not in found and m.kind != "place" or (m is not None and m.kind == "place" and m not in found and t is tok):
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

    def _person_before(self, tok, reach: int = 12) -> Mention | None:
        """The nearest person mention left of tok in its sentence."""
        for i in range(tok.i - 1, max(tok.sent.start, tok.i - reach) - 1, -1):
            m = self.ents.at(i)
            if m is not None and m.kind == "person":
                return m
        return None

    def _org_antecedent(self, tok) -> Claimant | None:
        """ "the company", "the firm", "the young computer maker": the organisation meant."""
        head = tok.lemma_.lower()
        if head.endswith("maker") and head != "maker":
            head = "maker"  # "the carmaker", "the chipmaker": a maker of something
        bound = self.descriptors.get(head)
        if bound is None and head in _BUSINESS:
            # "Europe's largest technology company ... The firm": one business, two words.
            bound = next((self.descriptors[w] for w in reversed(self.descriptors) if w in _BUSINESS), None)
        if bound is not None:
            return bound
        for seen in (self.org_subjects, self.orgs_seen):
            before = [m for m in seen if m.start < tok.idx and m.tok_end <= tok.sent.start]
            if head in _BUSINESS:
                # "The European Commission fined Apple. The company said": no commission is a company.
                before = [m for m in before if (m.text.split() or [""])[-1].lower() not in _INSTITUTIONS]
            if before:
                return self._join(before[-1:])
        if self.last_org is None and head in _BUSINESS:
            # "Nvidia reported record revenue. ... The company said": with no organisation
            # named, a name the tagger took for a place that acted as a subject.
            acting = [m for m in self.ents.mentions if m.kind == "place" and m.tok_end <= tok.sent.start
                      and self.doc[m.tok_end - 1].dep_ == "nsubj" and self.doc[m.tok_end - 1].head.pos_ == "VERB"]
            if acting:
                return self._join(acting[-1:])
        return self.last_org

    def _named_body(self, tok) -> Claimant | None:
        """ "The European Commission fined Apple ... The commission said": a definite
        noun that is the last word of an organisation named before (or of a body
        last spoken of, "Norway's foreign ministry ... the ministry") is that one."""
        head = tok.lemma_.lower()
        named = [m for m in self.ents.mentions if m.kind in ("organization", "group") and m.tok_end <= tok.i
                 and (m.text.split() or [""])[-1].lower() == head]
        if named:
            return self._join(named[-1:])
        body = self.last_collective
        if body is not None and body.owner is not None and body.text.rstrip(")").split()[-1:] == [head]:
            return body
        return None

    def claimant_of(self, tok, loose: bool = False) -> Claimant | None:
        """Resolve the subject token of a cue to a claimant.

        `loose`: the cue is plain speech ("said", "according to"), so any noun
        phrase is its source; other cues need a known speaker noun.
        """
        low = tok.lower_
        if low in _PERSONAL:
            return self._pronoun_person("m" if low in ("he", "him") else "f", tok)
        if low in _SOMEONE:
            # "someone, seemingly Honcharuk, says": the person the apposition names, if any.
            for c in tok.children:
                m = self.ents.at(c.i) if c.dep_ == "appos" or c.dep_ in ("advmod", "amod") and c.pos_ == "PROPN" else None
                if m is not None and m.kind == "person":
                    return self._join([m])
            nxt = self.doc[tok.i + 2] if tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "," else None
            if nxt is not None and nxt.lower_ in ("seemingly", "apparently", "reportedly", "allegedly", "possibly", "probably", "likely"):
                m = self.ents.at(nxt.i + 1) if nxt.i + 1 < len(self.doc) else None
                if m is not None and m.kind == "person":
                    return self._join([m])
            return Claimant(low, kind="person")
        if low in _INDEFINITE and tok.dep_ == "nsubj":
            return Claimant(low)  # "another said": a speaker the text leaves unnamed
        if self._some_people(tok):
            return Claimant(low, plural=True)  # "some feared ...", "many believe ..."
        if tok.ent_type_ == "PERCENT" and tok.dep_ == "nsubj" and tok.pos_ == "NOUN":
            return Claimant(self._phrase(tok, keep_det=True), plural=True)  # "32% believed": those polled
        if low in _COLLECTIVE:
            if low in ("they", "them", "we"):
                # The most recent group, or an organisation ("the ministry ...; they invited").
                options = [c for c in (self.last_plural, self.last_org) if c is not None]
                if options:
                    return max(options, key=lambda c: self._when.get(id(c), -1))
                return self.last_collective
            return self.last_collective or self.last_org
        if low in _RELATIVE and tok.head.dep_ == "relcl" and tok.tag_ in ("WP", "WDT", "WP$", "IN"):
            antecedent = tok.head.head
            if low in ("who", "whom"):
                m = self.ents.at(antecedent.i)
                if m is None or m.kind != "person":
                    person = self._person_before(tok)
                    if person is not None:
                        return self._join([person])
            tok = antecedent
        for child in tok.children:
            if child.dep_ == "appos" or child.dep_ in ("compound", "nmod") and tok.lemma_.lower() in TITLE_HEADS:
                m = self.ents.at(child.i)
                if m is not None and m.kind == "person":
                    # "the Vice President ..., Mark Chandler,"; "Martin Winterkorn chairman of ..."
                    return self._join([m])
                if child.dep_ == "appos" and tok.tag_ == "NN" and (
                    m is not None and m.kind in ("organization", "group", "country")
                    or m is None and child.pos_ == "PROPN" and child.text[:1].isupper() and tok.lemma_.lower() in SPEAKER_NOUNS
                ):
                    # "one news site, Znak.com, claims": the name is the speaker
                    if m is not None:
                        return self._join([m])
                    words = [t for t in child.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [child]
                    return Claimant(" ".join(t.text for t in words))
        direct = self._entities_in(tok)
        if len(direct) == 1 and direct[0].kind == "place" and direct[0].tok_end - 1 == tok.i and self._titled_name(direct[0]):
            return Claimant(direct[0].text, kind="person")  # "the mayor, John Park, said": no place speaks
        if len(direct) == 1 and direct[0].kind in ("country", "place") and direct[0].tok_start == tok.i:
            # "Amnesty International Kenya said": the organisation's branch in that country.
            body = next((m for c in tok.children if c.dep_ == "compound" and (m := self.ents.at(c.i)) is not None
                         and m.kind == "organization" and m.tok_end == tok.i), None)
            if body is not None:
                return _wrap(self._join([body]), direct[0].text)
        if direct:
            return self._join(direct)
        if tok.lemma_.lower() in TITLE_HEADS and tok.pos_ == "NOUN":
            # "disputed by senior policy officer for climate and energy at the European
            # Environmental Bureau Barbara Mariani": the name closes the titled phrase.
            for nxt in self.doc[tok.i + 1 : tok.i + 14]:
                if nxt.pos_ in ("VERB", "AUX") or nxt.is_punct and nxt.text != "-":
                    break
                m = self.ents.at(nxt.i)
                if m is not None and m.kind == "person" and tok.lemma_.lower() in _SPOKESPEOPLE and self.doc[m.tok_end - 1].head.lower_ in ("for", "to"):
                    break  # "A spokesperson for Rishi Sunak": whose spokesperson, below
                if m is not None and m.kind == "person":
                    after = self.doc[m.tok_end] if m.tok_end < len(self.doc) else None
                    if after is None or after.is_punct or after.pos_ in ("VERB", "AUX"):
                        return self._join([m])
                    break
        # A noun phrase holding an entity: "Seoul's foreign ministry", "officials of Apple".
        inner = [m for m in self._inner(tok) if not self._hyphen_modifier(m)]  # "the Iran-backed group"
        head = tok.lemma_.lower()
        if head in DOCUMENT_NOUNS:
            return self._document(tok, inner)
        holder = self._office_holder(tok, inner)
        if holder is not None:
            return holder
        if inner and all(m.kind == "country" for m in inner) and (head in ORG_DESCRIPTORS or head.endswith("maker")) and tok.tag_ == "NN" and all(
            self.doc[m.tok_end - 1].dep_ in ("amod", "compound") and self.doc[m.tok_end - 1].head.i == tok.i for m in inner
        ) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "Toyota recalled cars. The Japanese automaker said": the company, described by its country
            found = self._org_antecedent(tok)
            if found is not None and found.kind == "organization":
                return found
        country = self._described_country(tok, inner)
        if country is not None:
            return country
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in _COUNTRY_WORDS), None)
        if poss is not None and tok.pos_ == "NOUN":
            country = self._described_country(poss, [m for m in inner if poss.left_edge.i <= m.tok_start and m.tok_end <= poss.i + 1])
            if country is not None:
                # "The Nordic country's prime minister said": Norway's
                what = " ".join(t.text for t in self.doc[poss.i + 1 : tok.i + 1] if t.tag_ != "POS").lower()
                return _wrap(country, what) if what else country
        if inner and inner[0].kind != "person":
            # "the foreign ministers of Norway and Chile": a body of every party named.
            group = self._owners(inner)
            owner = self._join(group)
            rest = self._phrase(tok, drop=group)
            if rest and rest.lower() != owner.text.lower():
                return _wrap(owner, rest)
            return owner
        if inner and inner[0].kind == "person":
            person = self.doc[inner[0].tok_end - 1]
            if person.dep_ == "poss" and person.head.i == tok.i and _person_noun(tok):
                # "Paul Grant's lawyer said": another person, who speaks for him, not he.
                return Claimant(self._phrase(tok), kind="person")
            if tok.lemma_.lower() in _SPOKESPEOPLE and person.dep_ == "pobj" and person.head.lower_ in ("for", "to", "of") and (
                person.head.head.i == tok.i
            ):
                # "A spokesperson for Prime Minister Rishi Sunak said": his spokesperson, on his behalf.
                return _wrap(self._join(inner[:1]), tok.text.lower())
            return self._join(inner[:1])
        if not inner and tok.pos_ == "NOUN":
            owned = self._pronoun_owned(tok)
            if owned is not None:
                return owned
        if tok.tag_ == "NN" and not inner and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            found = self._named_body(tok)
            if found is not None:
                return found
        if (head in ORG_DESCRIPTORS or head.endswith("maker")) and tok.tag_ in ("NN", "NNP") and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
        ):
            found = self._org_antecedent(tok)
            if found is not None:
                return found
        if head in ("country", "nation", "side", "government") and tok.tag_ == "NNS" and self.last_countries:
            return self.last_countries
        if not inner and tok.tag_ == "NN" and tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for c in tok.children
        ):
            earlier = self._same_noun_before(tok)
            if earlier is not None:
                return earlier
        if head in ("government", "authority", "country", "nation") and tok.tag_ == ("NNS" if head == "authority" else "NN") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ) and not any(c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for c in tok.children):
            # "Taiwan detected 20 Chinese aircraft. The government said": the country last a subject.
            country = next((m for m in reversed(self.ents.mentions) if m.kind == "country" and m.tok_end <= tok.sent.start
                            and tok.i - m.tok_end <= _NAME_SPEAKER_REACH and self.doc[m.tok_end - 1].dep_ in ("nsubj", "nsubjpass")), None)
            if country is not None and head in ("country", "nation"):
                return self._join([country])  # "India tested a missile. The country said"
            if country is not None:
                return _wrap(self._join([country]), self._phrase(tok))
        if head in _MILITARY and tok.tag_ in ("NN", "NNS", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children
        ):
            # "The Israel Defense Forces launched strikes. The military said": the armed force named before.
            named = [m for m in self.orgs_seen if m.tok_end <= tok.i and _MILITARY & set(m.text.lower().split())]
            if named:
                return self._join(named[-1:])
        if (head in ORG_DESCRIPTORS or head.endswith("maker")) and tok.tag_ == "NNS" and self.last_parties is not None and all(
            k.startswith("org:") for k in self.last_parties.keys
        ) and all(c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("the", "both", "two") for c in tok.children) and any(
            c.dep_ == "det" and c.lower_ in ("the", "both") for c in tok.children
        ):
            return self.last_parties  # "Microsoft and OpenAI announced a deal. The companies said"
        if head in ("side", "party", "country", "nation", "government") and tok.tag_ == "NNS" and self.last_parties is not None and all(
            c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("the", "both", "two", "all") for c in tok.children
        ) and any(c.lower_ in ("both", "two") or c.lower_ == "the" and head in ("side", "party") for c in tok.children):
            return self.last_parties  # "Hamas and Israel agreed to a truce. Both sides said"
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.dep_ in ("nsubj", "nsubjpass", "pobj"):
            # A name the NER missed ("Jobs added that ..."): shown as written, with no key;
            # all its words ("Human Rights Watch": "Human" modifies "Rights", not "Watch").
            start = tok.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].dep_ == "compound" and (
                start <= self.doc[start - 1].head.i <= tok.i
            ):
                start -= 1
            if start > 0 and letter_article(self.doc[start - 1]):
                start -= 1  # "O Globo reported"
            return Claimant(" ".join(t.text for t in self.doc[start : tok.i + 1]), kind="person")
        if _age_description(tok):
            # "the 54-year-old said": the person last named, outside quotations.
            for m in reversed(self.ents.mentions):
                if m.kind == "person" and m.tok_end <= tok.left_edge.i and not any(a <= m.start < b for a, b in self.quotes):
                    return self._join([m])
            return Claimant(self._phrase(tok, keep_det=True), kind="person")
        titled = self._titled_antecedent(tok)
        if titled is not None:
            return titled
        if head in _QUANTITIES and (not loose or tok.pos_ == "PRON") and tok.pos_ in ("NOUN", "ADJ", "PRON") and self._speaker_like(tok):
            return Claimant(self._phrase(tok, keep_det=True), plural=True)  # "dozens of scientists"
        if tok.pos_ not in ("NOUN", "PROPN") or head not in SPEAKER_NOUNS and head not in TITLE_HEADS and not loose and not _agentive(tok):
            return None
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both") for c in tok.children)
        if tok.tag_ == "NNS" and definite and not any(c.dep_ in ("amod", "compound", "prep") for c in tok.children):
            group = self.groups.get(head)
            if group is not None and (group.key or group.keys):
                return group  # "The foreign ministers of Norway and Chile met ... The ministers said"
        if tok.lower_ in ("former", "latter") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            pair = self._last_two_people(tok)
            if pair is not None:
                # "Biden spoke with Netanyahu. ... the latter said": the second named
                return self._join([next(m for m in self.ents.mentions if m.key == pair.keys[0 if tok.lower_ == "former" else 1])])
        if head in ("couple", "pair", "duo") and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            pair = self._last_two_people(tok)
            if pair is not None:
                return pair  # "Tom Evans and Sara Evans lost their home. The couple said"
        if tok.tag_ == "NNS" and any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in tok.children) and (
            _person_noun(tok) or head in ("man", "woman", "men", "women")
        ):
            pair = self._last_two_people(tok)
            if pair is not None:
                return pair  # "Keller met Grant in Oslo. The two leaders said", "Both men said"
        claimant = Claimant(self._phrase(tok, keep_det=True), plural=tok.tag_ in ("NNS", "NNPS"))
        if tok.tag_ == "NN" and _person_noun(tok) and head not in ORG_DESCRIPTORS:
            claimant.kind = "person"  # "The minister said ... He added": one person, unnamed
        if tok.tag_ == "NNS" and definite and tok.lower_ != "those":
            # "the ministers": the people named with that title earlier in the report.
            keys = [k for k, title in self.titles.items() if title and title.lower().split()[-1].rstrip("s") == head]
            if len(keys) >= 2:
                claimant.keys = keys
        return claimant

    def _last_two_people(self, tok) -> Claimant | None:
        """The two people named in this sentence (before tok) and the two before it, if
        just two are: what "the two leaders" or "both men" refers to."""
        sent = tok.sent
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = self.doc[start - 1].sent.start
        named = [m for m in self.ents.mentions if m.kind == "person" and start <= m.tok_start and m.tok_end <= tok.i]
        keys = list(dict.fromkeys(m.key for m in named))
        if len(keys) != 2:
            return None
        pair = self._join([next(m for m in named if m.key == k) for k in keys])
        pair.kind = "person"
        return pair

    def _pronoun_person(self, gender: str, tok=None) -> Claimant | None:
        """ "he"/"she": the person last in view whom the report does not tell to be of
        the other gender (see person_genders)."""
        if tok is not None:
            bound = self._subject_before(tok, gender)
            if bound is not None:
                return bound
        if tok is not None and self.name_speaker is not None and self.people:
            # 'Sabalenka said, "..." She said': a speaker named like a person, whom the tagger
            # took for a body, who spoke after the last person remembered.
            speaker, at = self.name_speaker
            if tok.i - at <= _NAME_SPEAKER_REACH and self._when.get(id(speaker), -1) > self._when.get(id(self.people[-1]), -1) and (
                self.genders.get(speaker.key or "", gender) == gender
            ):
                return speaker
        for person in reversed(self.people):
            if self.genders.get(person.key or "name:" + person.text.lower(), gender) == gender:
                return person
        if tok is not None and (self.last_person is None or self.people):
            # No person yet a subject or a speaker, or every one in view is told to be of
            # the other gender: the last person named before who is not
            # ("The court heard testimony from Jane Doe. She said ...", "Maria Gomez and
            # Tom Brady met. Ms Gomez said ... He said": Brady).
            for m in reversed(self.ents.mentions):
                if m.kind == "person" and m.tok_end <= tok.i and self.genders.get(m.key, gender) == gender and not any(
                    a <= m.start < b for a, b in self.quotes
                ):
                    other = self._named_with_another(m, gender) if self.genders.get(m.key) is None else None
                    if other is not None and self.genders.get(other.key) == gender:
                        return self._join([other])  # "Spokeswoman Lina Ortiz and Carl Berg spoke. She said"
                    if other is not None:
                        # "Maria Gomez and Tom Brady met. She said": either; no evidence which
                        return Claimant("he" if gender == "m" else "she", kind="person")
                    return self._join([m])
            if self.people:
                return Claimant("he" if gender == "m" else "she", kind="person")
        if self.last_person is None and tok is not None and self.name_speaker is not None:
            # 'Shapps said ... "...," he said': with no person in view, a speaker the
            # tagger took for a body but who is named like a person.
            speaker, at = self.name_speaker
            if tok.i - at <= _NAME_SPEAKER_REACH:
                return speaker
        return self.last_person

    def _subject_before(self, tok, gender: str) -> Claimant | None:
        """ "Lund was touring the plant, where she told staff ...", "Ortiz admitted the
        error; however, she called the fine unfair": a person who is the subject of an
        earlier clause of the same sentence is who a later "he"/"she" of it means (the
        people in view are only updated after each sentence). The nearest one, if the
        report does not tell that person to be of the other gender."""
        start = tok.sent.start
        found = None
        for i in range(tok.i - 1, start - 1, -1):
            m = self.ents.at(i)
            if m is None or m.kind != "person" or i != m.tok_end - 1:
                continue
            last = self.doc[i]
            if last.dep_ in ("nsubj", "nsubjpass") and not self._in_quote(last) and self.genders.get(m.key, gender) == gender and not self._reported_by_earlier(last):
                found = m
                break
        if found is None or self._named_with_another(found, gender) is not None:
            return None  # "Gomez and Brady met, and she said": the rules after decide
        return self._join([found])

    def _reported_by_earlier(self, subj) -> bool:
        """ "He said Keller was right; ... he added": a subject inside what a cue with a
        subject before it reports is talked about, not the one talking."""
        node = subj.head
        for _ in range(8):
            if node.head is node:
                return False
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in CUE_VERBS and any(
                c.dep_ == "nsubj" and c.i < subj.i for c in node.children
            ):
                return True
        return False

    def _note_conjoined_parties(self, tok) -> None:
        """ "Sudan's army and the RSF agreed to a truce": parties named together where
        one is a body of a named owner; what "the two parties" means next."""
        parts = []
        for t in [tok, *self._conjuncts(tok)]:
            m = self.ents.at(t.i)
            owner = next((o for c in t.children if c.dep_ == "poss" and (o := self.ents.at(c.i)) is not None), None)
            if m is not None and m.kind not in ("person", "place"):
                part = self._join([m])
            elif m is None and owner is not None and owner.kind in ("country", "organization") and t.pos_ == "NOUN" and (
                t.lemma_.lower() in SPEAKER_NOUNS or t.lemma_.lower() in ORG_DESCRIPTORS or t.lemma_.lower() in _MILITARY
            ):
                part = _wrap(self._join([owner]), t.lower_)  # "Sudan's army"
            else:
                return
            parts.append(part)
        keys = list(dict.fromkeys(k for p in parts for k in (p.keys or [p.key])))
        if len(parts) >= 2 and len(keys) >= 2:
            text = ", ".join(p.text for p in parts[:-1]) + " and " + parts[-1].text
            self.last_parties = Claimant(text, None, keys, plural=True)

    def _titled_name(self, m: Mention) -> bool:
        """ "the mayor, John Park,": a name like a person's in apposition to a title of
        a person, though the tagger took it for a place ("Park")."""
        last = self.doc[m.tok_end - 1]
        return last.dep_ == "appos" and last.head.lemma_.lower() in TITLE_HEADS and last.head.pos_ == "NOUN" and _named_like_a_person(m.text)

    def _described_country(self, tok, inner: list[Mention]) -> Claimant | None:
        """ "Norway said ... The Nordic country said", "Qatar ... the Gulf state", "the
        island nation", "the Asian giant": a definite country word described only by a
        region or a kind of land is the country last named before (a subject first),
        within a few sentences; not a country of its own nor a body of the region."""
        if tok.lemma_.lower() not in _COUNTRY_WORDS or tok.tag_ not in ("NN", "NNS") or not tok.text.islower():
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        mods = [c for c in tok.children if c.dep_ not in ("det", "punct", "case")]
        if not mods or any(c.dep_ not in ("amod", "compound") or c.i > tok.i for c in mods):
            return None
        member = [c for c in mods if c.lower_ == "member" and c.dep_ == "compound"]
        if member:
            # "Hungary blocked the package. The EU member state said": a member of a union or bloc
            mods = [c for c in mods if c not in member and not (c.dep_ == "compound" and c.head.i == member[0].i)]
            inner = [m for m in inner if m.kind not in ("organization", "group")]
            if mods and not all(self.ents.at(c.i) is not None and self.ents.at(c.i).kind in ("organization", "group") for c in mods):
                return None
            mods = []
        regional = [m for m in inner if m.kind in ("group", "place")]
        if len(regional) != len(inner) or not all(
            self.ents.at(c.i) is not None or c.lower_ in _COUNTRY_DESCRIPTIONS for c in mods
        ) or not regional and tok.lemma_.lower() == "giant":
            return None  # "the tech giant" is a company; "the Nordic country" is a region's
        if tok.tag_ == "NNS":
            # "Brazil and Argentina signed a deal. The South American neighbours said"
            parties = self.last_parties or self.last_countries
            if parties is not None and parties.keys and all(k.startswith("country:") for k in parties.keys):
                return parties
            return None
        found = [m for m in self.ents.mentions if m.kind == "country" and m.tok_end <= tok.sent.start
                 and tok.i - m.tok_end <= _NAME_SPEAKER_REACH and not any(a <= m.start < b for a, b in self.quotes)]
        subjects = [m for m in found if self.doc[m.tok_end - 1].dep_ in ("nsubj", "nsubjpass")]
        chosen = (subjects or found)[-1:]
        return self._join(chosen) if chosen else None

    def _named_with_another(self, m: Mention, gender: str) -> Mention | None:
        """ "Maria Gomez and Tom Brady": another person joined to m by "and" who may be
        of that gender too (one told to be of it first)."""
        head = self.doc[m.tok_end - 1]
        near = [head.head] if head.dep_ == "conj" else []
        near += [c for c in head.children if c.dep_ == "conj"]
        others = [o for t in near if (o := self.ents.at(t.i)) is not None and o.kind == "person" and o.key != m.key
                  and self.genders.get(o.key, gender) == gender]
        others.sort(key=lambda o: self.genders.get(o.key) != gender)
        return others[0] if others else None

    def _office_holder(self, tok, inner: list[Mention]) -> Claimant | None:
        """ "South Korean Foreign Minister Cho Tae-yul met ... The South Korean foreign
        minister said", "Mark Rutte, the NATO secretary general ... The NATO chief said":
        a definite singular title, with or without its body, is the person the report
        gave that office (of that body), the one last named if several were; "the
        official" is whoever holds an office (of that body)."""
        if tok.lemma_.lower() not in TITLE_HEADS or tok.tag_ not in ("NN", "NNP") or tok.lower_.endswith("s") and tok.tag_ == "NNP":
            return None
        bodies = [m for m in inner if m.kind != "person"]
        if any(m.kind == "person" for m in inner) or not (
            any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
            or bodies and any(c.dep_ == "poss" for c in tok.children)
        ) or not bodies and any(c.dep_ == "prep" for c in tok.children):
            return None  # "the minister of finance" names its own office
        head = tok.lemma_.lower()
        body_keys = {m.key for m in bodies}
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in TITLE_MODIFIERS}
        keys = []
        for key, title in self.titles.items():
            words = title.lower().replace("-", " ").split()
            if not words or words[-1] != head and head != "official" and words[-1] not in _TITLE_KINDS.get(head, ()) and not (
                (head in _TOP_HEADS or head in _MEMBER_HEADS and bodies and all(m.kind == "group" for m in bodies))
                and self.affiliations.get(key) in body_keys
            ):
                continue
            if body_keys and self.affiliations.get(key) not in body_keys:
                continue
            if any(w in _LESSER and w not in mods for w in words):
                continue  # "Deputy Governor Oleg Klimov" is not "Chelyabinsk's governor"
            keys.append((key, words))
        exact = [(k, words) for k, words in keys if words[-1] == head]
        keys = exact or keys  # "the premier": Premier Doug Ford rather than Prime Minister Trudeau
        if not keys and head == "leader" and bodies and all(m.kind == "country" for m in bodies):
            # "Chancellor Olaf Scholz met French President Emmanuel Macron. The German
            # leader said": the one head of a state or government the report gave no
            # other country, when exactly one.
            keys = [(k, t.lower().split()) for k, t in self.titles.items() if (t or "").lower().split()[-1:]
                    and t.lower().split()[-1] in _LEADER_TITLES and (t.lower().split()[-1] != "minister" or t.lower().split()[-2:-1] == ["prime"])
                    and self.affiliations.get(k) in (None, *body_keys)
                    and not any(w in _LESSER for w in t.lower().split())]
        if not keys:
            return None
        if not exact and (head in _TOP_HEADS or head in _MEMBER_HEADS) and len({k for k, _ in keys}) > 1:
            return None  # "the German leader" with two offices of Germany named: which one leads is not told
        # "the foreign minister" among a prime minister and a foreign minister: the words of the office.
        fitting = [k for k, words in keys if mods <= set(words)] if mods else []
        chosen = set(fitting or [k for k, _ in keys])
        before = [m for m in self.ents.mentions if m.key in chosen and m.tok_end <= tok.left_edge.i]
        return self._join(before[-1:]) if before else None

    def _same_noun_before(self, tok) -> Claimant | None:
        """ "The Biden administration announced ... The administration said": a bare
        definite noun is the same noun named before with its owner, within a few sentences."""
        head = tok.lemma_.lower()
        for prev in reversed(self.doc[max(0, tok.i - _NAME_SPEAKER_REACH) : tok.sent.start]):
            if prev.lemma_.lower() != head or prev.pos_ != "NOUN" or prev.tag_ != "NN":
                continue
            owners = [m for c in prev.children if c.dep_ in ("compound", "poss", "amod", "nmod")
                      and (m := self.ents.at(c.i)) is not None and m.kind in ("person", "country", "organization", "group")
                      and not self._hyphen_modifier(m)]
            if owners:
                return _wrap(self._join(owners[-1:]), prev.text.lower())
            return None
        return None

    def _hyphen_modifier(self, m: Mention) -> bool:
        """ "Iran-backed", "US-led": a name in a modifier that says who backs or leads, not who it is."""
        doc = self.doc
        return m.tok_end + 1 < len(doc) and doc[m.tok_end].text == "-" and doc[m.tok_end + 1].lower_ in _HYPHEN_PARTICIPLES

    def _pronoun_owned(self, tok) -> Claimant | None:
        """ "Shehbaz Sharif ordered an inquiry. ... his office said": a body of the person
        "his" or "her" refers to speaks for that person; a person of his ("his spokesman",
        "her lawyer") is another person, shown as whose he is, with no key."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if poss is None or self._in_quote(tok) or tok.lemma_.lower() not in SPEAKER_NOUNS and not _person_noun(tok):
            return None
        gender = "m" if poss.lower_ == "his" else "f"
        owner = self._pronoun_person(gender, tok)
        if owner is not None and not owner.key:
            # "His lawyer said ... His party called": the named person, not his lawyer
            owner = next((p for p in reversed(self.people) if p.key and self.genders.get(p.key, gender) == gender), None)
        if owner is None or not owner.key:
            return None
        what = self._phrase(tok)
        what = what.split(" ", 1)[1] if what.lower().split(" ", 1)[0] == poss.lower_ and " " in what else what
        if _person_noun(tok) or tok.lemma_.lower() in _RELATIONS:
            return Claimant(f"{owner.text}'s {what}", kind="person")
        return _wrap(owner, what)

    def _titled_antecedent(self, tok) -> Claimant | None:
        """ "Foreign Minister Ana Keller ... The minister said": a definite title is the
        person last named with that title in the report."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in TITLE_HEADS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ) or any(c.dep_ == "prep" for c in tok.children):
            return None  # "the minister of finance" names its own office
        head = tok.lemma_.lower()
        keys = {k for k, title in self.titles.items() if title and title.lower().replace("-", " ").split()[-1] == head}
        if not keys:
            return None
        before = [m for m in self.ents.mentions if m.key in keys and m.tok_end <= tok.i]
        return self._join(before[-1:]) if before else None

    def _document(self, tok, inner: list[Mention]) -> Claimant:
        """Who issued a statement, memo, set of figures or website."""
        head = tok.lemma_.lower()
        what = self._phrase(tok, drop=inner[0] if inner else None) or head
        if inner and inner[0].kind != "person":
            return _wrap(self._join(inner[:1]), what)
        if inner:
            return _wrap(self._join(inner[:1]), what)
        # "figures released April 3 by NPD Group", "a review by PC World"
        for node in [tok, *[c for c in tok.children if c.dep_ in ("acl", "relcl")]]:
            for c in node.children:
                if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from", "of"):
                    for obj in c.children:
                        m = self.ents.at(obj.i)
                        if obj.dep_ == "pobj" and m is not None and m.kind != "place":
                            owner = self._join([m])
                            self.documents.setdefault(head, _wrap(owner, head))
                            return _wrap(owner, what)
                        if obj.dep_ == "pobj" and m is None and obj.pos_ == "NOUN" and self._speaker_like(obj) and obj.lemma_.lower() not in DOCUMENT_NOUNS:
                            # "a survey by the institute": a described author is still the author.
                            return _wrap(Claimant(self._phrase(obj, keep_det=True)), what)
        # "company statistics", "the company website": a description of an organisation.
        for c in tok.children:
            if c.dep_ in ("compound", "poss", "nmod") and c.lemma_.lower() in ORG_DESCRIPTORS:
                owner = self._org_antecedent(c)
                if owner is not None:
                    return _wrap(owner, what)
        bound = self.documents.get(head)
        if bound is not None:
            return bound
        author = self.last_collective
        if author is not None and not (author.key or author.keys or author.owner is not None):
            author = None  # "witnesses said ... The report found": a described group issued nothing
        if author is not None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children):
            return _wrap(author.owner or author, self._phrase(tok))
        return Claimant(self._phrase(tok, keep_det=True))

    def _np_tokens(self, tok) -> list:
        """The noun phrase of tok: its subtree less clauses and appositions."""
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(
                c for c in t.children if c.dep_ not in ("relcl", "acl", "appos", "advcl", "ccomp", "punct")
                and not (c.dep_ == "prep" and c.lower_ in ("including", "like"))  # "leaders including the Queen": the group
            )
        return sorted(out, key=lambda t: t.i)

    def _inner(self, tok) -> list[Mention]:
        found: list[Mention] = []
        for t in self._np_tokens(tok):
            m = self.ents.at(t.i)
            if m is not None and m not in found:
                found.append(m)
        return found

    def _owners(self, inner: list[Mention]) -> list[Mention]:
        """The first non-person mention of a phrase with those conjoined to it: "officials
        from Norway and Chile" speak for both."""
        first = inner[0]
        conj = {t.i for t in self._conjuncts(self.doc[first.tok_end - 1])}
        return [first] + [m for m in inner[1:] if m.kind != "person" and m.tok_end - 1 in conj]

    def _phrase(self, tok, drop: "Mention | list[Mention] | None" = None, keep_det: bool = False) -> str:
        """The noun phrase headed by tok, without clauses, appositions or a dropped owner."""
        doc = self.doc
        dropped = drop if isinstance(drop, list) else [drop] if drop is not None else []
        drop = dropped[0] if dropped else None
        gone = {i for m in dropped for i in range(m.tok_start, m.tok_end)}
        gone |= {m.tok_end for m in dropped if m.tok_end < len(doc) and doc[m.tok_end].tag_ == "POS"}
        if len(dropped) > 1:
            gone |= {t.i for t in doc[dropped[0].tok_start : dropped[-1].tok_end] if t.dep_ == "cc" or t.text == ","}
        left, right = tok.left_edge.i, tok.i
        for t in tok.rights:
            if t.dep_ in ("compound", "prep") and t.i == right + 1 and t.lower_ not in ("by", "including", "like"):
                right = t.right_edge.i
        words = []
        for t in doc[left : right + 1]:
            if t.i in gone:
                continue
            if t.is_punct and t.text in "\"“”":
                continue
            words.append(t.text_with_ws)
        text = re.sub(r"\s+", " ", "".join(words)).strip(" ,")
        first = next((t for t in doc[left : right + 1] if t.i not in gone and not t.is_punct), None)
        if first is not None and first.is_sent_start and first.pos_ != "PROPN" and first.text[1:2].islower():
            text = text[:1].lower() + text[1:]  # "Officials from ...": capitalised only as the sentence's first word
        if drop is not None:
            # "statement from the [White House]": no dangling preposition or article.
            text = re.sub(r"(?:\s+(?:from|of|by|at|in|for|the|a|an|’s|'s))+$", "", text, flags=re.I)
        if not keep_det or drop is not None:
            for det in ("the ", "a ", "an ", "The ", "A ", "An "):
                if text.startswith(det):
                    text = text[len(det):]
        return text[:1].lower() + text[1:] if keep_det else text

    def remember_group(self, tok, claimant: Claimant) -> None:
        """A plural group of people as the subject of its clause (see note_sentence)."""
        if self._in_quote(tok):
            return  # the speaker's own words
        group = Claimant(claimant.text, claimant.key, claimant.keys, True, claimant.kind, claimant.owner)
        self.groups[tok.lemma_.lower()] = group
        self._clock += 1  # for "they" only: "it" is never a group of people
        self._when[id(group)] = self._clock
        self.last_plural = group
        self._note_parties(group)

    def _note_parties(self, claimant: Claimant) -> None:
        """The last parties named together ("Armenia and Azerbaijan", "the ministers of
        Peru and Chile"): what "both sides" or "the two countries" means."""
        parties = claimant.owner or claimant
        if len(parties.keys) >= 2 and not all(k.startswith("person:") for k in parties.keys):
            self.last_parties = parties

    def remember(self, claimant: Claimant | None) -> None:
        if claimant is None:
            return
        self._clock += 1
        self._when[id(claimant)] = self._clock
        self._note_parties(claimant)
        if claimant.kind == "person" and claimant.plural:
            self.last_plural = claimant  # "Shoukry and his counterparts ...; they concluded"
        elif claimant.kind == "person" and not (claimant.owner is not None and claimant.owner.kind == "person"):
            self.last_person = claimant
            self.people = [p for p in self.people if p.key is None or p.key != claimant.key][-8:] + [claimant]
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
        """Track what pronouns and descriptions may refer to, from every sentence."""
        people = [m for m in self.ents.mentions if m.kind == "person" and sent.start <= m.tok_start < sent.end
                  and not any(a <= m.start < b for a, b in self.quotes)
                  and sent.doc[m.tok_end - 1].dep_ in ("poss", "nsubj", "nsubjpass", "appos", "dobj", "pobj")
                  and not (sent.doc[m.tok_end - 1].dep_ == "poss" and _person_noun(sent.doc[m.tok_end - 1].head))]
        if people and not any(
            self.ents.at(t.i) is not None and self.ents.at(t.i).kind == "person"
            or t.lower_ in ("he", "she") and not self._in_quote(t)  # "He met Peter Lund": still he
            for t in tokens(sent.doc)[sent.start : sent.end] if t.dep_ in ("nsubj", "nsubjpass")
        ):
            # "Claire Dumas's niece was aboard. ... she said": with no person as a subject,
            # the person last named in the sentence is the one a later "she" means.
            self.remember(self._join(people[-1:]))
        for tok in tokens(sent.doc)[sent.start : sent.end]:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                found = self._entities_in(tok)
                if found:
                    joined = self._join(found)
                    if self._conjuncts(tok):
                        joined.plural = True  # "X and his counterparts": a group, whoever is named
                    self.remember(joined)
                    if self._conjuncts(tok) and len(joined.keys) < 2 and not self._in_quote(tok):
                        self._note_conjoined_parties(tok)
                elif tok.tag_ in ("NNS", "NNPS") and tok.pos_ == "NOUN" and self._speaker_like(tok) and tok.lemma_.lower() not in DOCUMENT_NOUNS:
                    # "Police arrested two men. They said ...", "The foreign ministers of
                    # Norway and Chile met ... The ministers said": a group of people, named
                    # by its parties where the phrase names them, is what a later "they" or
                    # a definite description of the same kind refers to.
                    described = self.claimant_of(tok)
                    if described is not None:
                        self.remember_group(tok, described)
                elif self._described_speaker(tok):
                    # "The union represents nurses. It said ...": a body or group named by a
                    # description is what a later pronoun refers to, as a name would be.
                    # What the description itself resolves to ("both countries": the two
                    # named before; "the carmaker": the company) is remembered.
                    described = self.claimant_of(tok)
                    if described is not None and tok.tag_ in ("NN", "NNP") and (not (described.key or described.keys) or described.owner is not None):
                        # Only a body no name stands for: one that resolves to a name is
                        # tracked by that name, and a plural of people with no names
                        # ("the users") is too loose an antecedent for "they".
                        self.remember(described)
            m = self.ents.at(tok.i)
            if m is not None and m.kind == "organization" and tok.i == m.tok_end - 1:
                self.orgs_seen.append(m)
                if tok.dep_ in ("nsubj", "nsubjpass"):
                    self.org_subjects.append(m)
                # "computer and electronics maker Apple Computer", "NPD Group, a market research firm"
                for c in [*tok.children, tok.head]:
                    lemma = c.lemma_.lower()
                    if lemma in ORG_DESCRIPTORS and c.pos_ == "NOUN" and (c.dep_ == "appos" or c.head.i == tok.i or tok.dep_ == "appos"):
                        self.descriptors.pop(lemma, None)
                        self.descriptors[lemma] = self._join([m])
                for c in tok.lefts:
                    if c.lemma_.lower() in ORG_DESCRIPTORS and c.pos_ == "NOUN" and c.dep_ in ("compound", "nmod", "amod"):
                        self.descriptors.pop(c.lemma_.lower(), None)
                        self.descriptors[c.lemma_.lower()] = self._join([m])

    def _described_speaker(self, tok) -> bool:
        """A definite description of a body or group of people ("the union", "the
        ministers", "its lawyers") with no name inside it."""
        if not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()) or tok.lemma_.lower() in DOCUMENT_NOUNS or tok.lemma_.lower() in _QUANTITIES:
            return False  # (a lower-case "ministry" the tagger took for a name is a noun)
        if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "his", "her", "both")
                   or c.dep_ == "poss" and self.ents.at(c.i) is not None for c in tok.children):
            return False  # "the union", "its lawyers", "Norway's foreign ministry"
        lemma = tok.lemma_.lower()
        return lemma in SPEAKER_NOUNS or lemma in ORG_DESCRIPTORS or _agentive(tok)

    def note_documents(self, sent) -> None:
        """Bind documents introduced here to who was speaking before this sentence."""
        for tok in tokens(sent.doc)[sent.start : sent.end]:
            # "a joint statement": a document introduced now belongs to who speaks now.
            lemma = tok.lemma_.lower()
            if lemma in DOCUMENT_NOUNS and tok.pos_ == "NOUN":
                if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
                    inner = [m for m in self._inner(tok) if m.kind != "place"]
                    issuer = self._issuer(tok) if tok.dep_ == "dobj" else None
                    found = self.claimant_of(issuer) if issuer is not None and issuer.lower_ not in _PERSONAL and issuer.lower_ not in _COLLECTIVE else None
                    if found is not None and found.owner is None and (found.key or found.keys):
                        owner = found  # "Malaysia's foreign ministry released a statement"
                    else:
                        owner = self._join(inner[:1]) if inner else (self.last_collective.owner or self.last_collective if self.last_collective else None)
                    if owner is not None:
                        self.documents[lemma] = _wrap(owner, self._phrase(tok, drop=inner[0] if inner else None).split(" by ")[0].split(" of ")[0])

    # -- content ---------------------------------------------------------------
    def _quote_around(self, start: int, end: int) -> tuple[int, int] | None:
        for a, b in self.quotes:
            if a <= start < b or a < end <= b or (start <= a and b <= end):
                return a, b
        return None

    def _in_quote(self, tok) -> bool:
        return any(a <= tok.idx < b for a, b in self.quotes)

    @staticmethod
    def _said_in(cue):
        """ "HRW said in a report that 40 people were killed": the parser hung the
        'that' clause on the document it was said in. The clause, or None."""
        if cue.lemma_.lower() not in SAY_VERBS:
            return None
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "through"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (obj.lemma_.lower() in DOCUMENT_NOUNS or obj.lemma_.lower() in SPEECH_NOUNS):
                        for c in obj.children:
                            if c.dep_ in ("acl", "relcl") and c.i > obj.i and any(
                                g.dep_ == "mark" and g.lower_ == "that" for g in c.children
                            ):
                                return c
        return None

    @staticmethod
    def _of_what(cue):
        """ "informed him (Monday morning) of his intent": the 'of'/'about' phrase of a
        verb of telling, also where the parser hung it on a time noun."""
        about = ("of", "about", "to") if cue.lemma_.lower() == "alert" else ("of", "about")  # "alerted commuters to a fault"
        for c in cue.children:
            if c.dep_ == "prep" and c.lower_ in about:
                return c
        for c in cue.children:
            # "informed the council of her decision": the parser hung it on the recipient.
            if c.dep_ in ("dobj", "dative") and c.i > cue.i and c.pos_ in ("NOUN", "PROPN", "PRON"):
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ in ("of", "about") and g.i > c.i:
                        return g
        for c in cue.children:
            # "informed him Monday morning of ...", "told the board on Friday of ..."
            nodes = [c] if c.dep_ == "npadvmod" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
            for node in nodes:
                if node.ent_type_ not in ("DATE", "TIME"):
                    continue
                for g in node.children:
                    if g.dep_ == "prep" and g.lower_ in ("of", "about"):
                        return g
        return None

    @staticmethod
    def _clause_as_object(cue):
        """ "Authorities have stated one of the explosions, at 8 a.m., was a bombing":
        the parser made the subject of the reported clause the cue's object and its
        verb a conjunct of the cue. The conjunct, or None."""
        if cue.lemma_.lower() not in SAY_VERBS:
            return None
        kids = list(cue.children)
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        quoting = ClaimFinder._quoting_verb(cue)
        # "Reuters quoted sources as reporting the parties had settled": the parser hung
        # that verb on the verb of quoting.
        for holder in (cue,) if quoting is None else (cue, quoting):
            kids = list(holder.children)
            for c in kids:
                if (
                    (c.dep_ == "conj" or c.dep_ == "advcl" and not any(g.dep_ in ("mark", "advmod") for g in c.children))
                    and c.i > obj.i and c.pos_ in ("VERB", "AUX") and (
                        c.tag_ in ("VBD", "VBZ", "VBP")
                        or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in c.children)
                    )
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for g in c.children)
                    and not any(x.dep_ == "cc" and obj.i < x.i < c.i for x in kids)
                ):
                    return c
        return None

    @staticmethod
    def _gap_clause(cue):
        """ "a building the zoo says is the largest in the UK": a cue in a relative clause
        whose reported verb, with the noun as its missing subject, the parser hung
        elsewhere. That verb, or None."""
        doc = cue.doc
        if cue.dep_ != "relcl" or cue.lemma_.lower() not in SAY_VERBS or cue.i + 1 >= len(doc):
            return None
        if any(c.dep_ in CLAUSE_DEPS or c.dep_ in ("dobj", "attr", "prep") for c in cue.children):
            return None
        verb = doc[cue.i + 1]
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBD", "VBP", "MD") or verb.head.i == cue.i:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
        return verb

    @staticmethod
    def _stranded_clause(cue):
        """ "released a report Wednesday alleging clergy members abused children": an -ing
        cue with nothing of its own, right before a clause the parser joined to another
        verb (with no 'and' of its own). The clause's verb, or None."""
        doc = cue.doc
        if cue.tag_ != "VBG" or cue.i + 1 >= len(doc) or any(c.dep_ in CLAUSE_DEPS or c.dep_ in ("dobj", "prep") for c in cue.children):
            return None
        first = doc[cue.i + 1]
        subj = first if first.dep_ in ("nsubj", "nsubjpass") else first.head if first.head.dep_ in ("nsubj", "nsubjpass") and first.head.left_edge.i == first.i else None
        if subj is None:
            return None
        verb = subj.head
        if verb.i < subj.i or verb.head.i == cue.i or verb.pos_ not in ("VERB", "AUX") or not _finite(verb):
            return None
        if any(c.dep_ == "cc" for c in verb.children):
            return None  # "..., and the firm abused ...": a clause of its own
        return verb

    @staticmethod
    def _inverted_clause(cue):
        """ "Although some feared a new camp would draw more refugees, ...": the parser
        hung the cue on the verb of the clause it reports, whose subject follows the
        cue at once. That verb, or None."""
        head = cue.head
        if cue.dep_ != "advcl" or head.i < cue.i or head.pos_ not in ("VERB", "AUX") or not _finite(head):
            return None
        if any(c.dep_ in CLAUSE_DEPS or c.dep_ in ("dobj", "attr", "prep") for c in cue.children):
            return None
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
        if subj is None or subj.left_edge.i != cue.i + 1:
            return None
        return head

    @staticmethod
    def _quoting_verb(cue):
        """ "quoted X as saying", "cited X as reporting": the verb of quoting the -ing cue
        hangs on, or None."""
        if cue.dep_ == "pcomp" and cue.tag_ == "VBG" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() in ("quote", "cite"):
            return cue.head.head
        return None

    @staticmethod
    def _quotes_a_speaker(tok) -> bool:
        """ "quoted X as saying", "concluded by saying", "responded by claiming": the -ing
        verb, not the quoting or the verb it says how, is the one report."""
        by = "as" if tok.lemma_.lower() in ("quote", "cite") else "by"
        return any(
            c.dep_ == "prep" and c.lower_ == by and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in CUE_VERBS for g in c.children)
            for c in tok.children
        )

    @staticmethod
    def _said_before(quoting) -> bool:
        """ "A was hurt, the agency quoted X as saying.": what was said comes first."""
        return any(c.dep_ in ("ccomp", "parataxis") and c.i < quoting.i for c in quoting.children) or (
            quoting.dep_ in ("conj", "parataxis", "ccomp") and quoting.head.i < quoting.i
            and any(t.text == "," for t in quoting.doc[quoting.head.i : quoting.i])
        )

    def _content(self, cue, exclude: set[int]) -> tuple[int, int] | None:
        tokens = []
        head = cue.head
        clause = self._said_in(cue)
        if clause is not None:
            found = _extent([t for t in clause.subtree if t.i not in exclude and not t.is_punct and not (t.dep_ == "mark" and t.head.i == clause.i)])
            if found:
                return found
        verb = self._clause_as_object(cue)
        if verb is not None:
            if verb.head.i != cue.i:
                self.absorbed.add(verb.i)  # hung on the verb of quoting: it speaks for no one else
            obj = next(c for c in cue.children if c.dep_ == "dobj")
            found = _extent([t for t in [*obj.subtree, *verb.subtree] if t.i not in exclude and not t.is_punct])
            if found:
                return found
        stranded = self._stranded_clause(cue)
        if stranded is not None:
            self.absorbed.add(stranded.i)
            found = _extent([t for t in self.doc[cue.i + 1 : stranded.right_edge.i + 1] if t.i not in exclude and not t.is_punct])
            if found:
                return found
        gap = self._gap_clause(cue)
        if gap is not None:
            found = _extent([t for t in gap.subtree if t.i >= gap.i and t.i not in exclude and not t.is_punct])
            if found:
                return found
        inverted = self._inverted_clause(cue)
        if inverted is not None:
            skip = {t.i for t in cue.subtree} | exclude
            found = _extent([t for t in inverted.subtree if t.i not in skip and not t.is_punct])
            if found:
                return found
        if cue.dep_ in ("advcl", "ccomp") and cue.i < head.i and head.pos_ in ("VERB", "AUX") and cue.lemma_.lower() in SAY_VERBS and not any(
            c.dep_ in CLAUSE_DEPS for c in cue.children
        ):
            # "The Telegraph reported from interviews, there is ...": the main clause is what was reported.
            skip = {t.i for t in cue.subtree} | exclude
            found = _extent([t for t in head.subtree if t.i not in skip and not t.is_punct])
            if found:
                return found
        rights = list(cue.rights)
        about = self._of_what(cue) if cue.lemma_.lower() in RECIPIENT_VERBS else None
        if about is not None and not any(c.dep_ in ("ccomp", "xcomp") for c in rights):
            rights = [about]
            exclude = exclude | {about.i}
        if cue.lemma_.lower() in RECIPIENT_VERBS and any(
            c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("of", "about") for c in rights
        ):
            # "told reporters that ...": the clause is what was said, not who heard it.
            rights = [c for c in rights if c.dep_ not in ("dobj", "dative", "iobj")]
        if cue.lemma_.lower() in RECIPIENT_VERBS and not any(c.dep_ in ("ccomp", "xcomp") for c in rights) and any(
            c.dep_ in ("ccomp", "parataxis") for c in cue.lefts
        ):
            rights = []  # "The vote was postponed, a spokesman told AFP": AFP heard what was said
        if any(c.dep_ == "ccomp" for c in rights):
            # "confirmed to the BBC that ...", "said to reporters that ...": who heard it is no content.
            rights = [c for c in rights if not (c.dep_ in ("prep", "dative") and c.lower_ == "to")]
        # "criticized the meeting, with a spokesman warning that ...": that is the next claim.
        rights = [c for c in rights if not (c.dep_ == "prep" and c.lower_ == "with" and any(
            t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS and any(g.dep_ in CLAUSE_DEPS for g in t.children) for t in c.subtree))]
        if cue.lemma_.lower() in REQUEST_VERBS:
            # "called for donors to act": the parser made the request a clause of purpose
            wanted = [c for c in rights if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "for" and m.i == c.left_edge.i for m in c.children)]
            if wanted and not any(c.dep_ in CONTENT_DEPS and c.dep_ != "prep" for c in rights):
                tokens.extend(t for t in wanted[0].subtree if t.i not in exclude and t.i != wanted[0].left_edge.i)
                rights = []
        for child in rights:
            if child.dep_ in CONTENT_DEPS:
                if child.dep_ == "prep" and not tokens and not (child.lower_ == "at" and (self._phrasal_cue(cue) or self._figure_at(cue))) and (
                    child.lower_ in ("on", "in", "at", "during", "after", "before", "from")
                    or child.lower_ in ("with", "by") and cue.lemma_.lower() != "agree"
                ):
                    continue  # "said on Thursday": a time, not what was said
                if child.dep_ == "npadvmod" or child.dep_ == "prt" and not any(g.dep_ == "pobj" for g in child.children):
                    continue
                tokens.extend(t for t in child.subtree if t.i not in exclude)
            elif child.dep_ in ("advcl", "cc", "conj") and tokens:
                break
        if any(c.dep_ == "agent" for c in cue.children) and (not tokens or cue.lemma_.lower() in STANCE_NP_VERBS and any(
            c.dep_ == "auxpass" for c in cue.children
        )):
            # "The proposal was rejected by two parties", "Grant was accused by Keller of
            # lying": the passive subject is what they rejected, whom they accused.
            for child in cue.lefts:
                if child.dep_ == "nsubjpass" and child.i not in exclude:
                    tokens = [*child.subtree, *tokens]
        if not tokens and cue.tag_ == "VBN" and any(c.dep_ == "agent" for c in cue.children) and not any(
            c.dep_ in ("auxpass", "nsubjpass") for c in cue.children
        ):
            # "Whilst supported by the UN, the plan ...": what the participle clause is about
            # is the subject of the clause it opens.
            node = cue.head
            for _ in range(3):
                if node.pos_ in ("VERB", "AUX"):
                    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i), None)
                    if subj is not None:
                        tokens = [t for t in subj.subtree if t.i not in exclude]
                    break
                if node.head is node:
                    break
                node = node.head
        if not tokens:
            # Content before the cue: "“...,” he said" parses the quote as a ccomp on the left.
            for child in cue.lefts:
                if child.dep_ in ("ccomp", "parataxis"):
                    tokens.extend(t for t in child.subtree if t.i not in exclude)
        if not tokens and (cue.dep_ == "parataxis" or self._trailing(cue)):
            # "..., they point out, Microsoft Longhorn is expected ...": the clause around.
            skip = {t.i for t in cue.subtree} | exclude
            tokens = [t for t in cue.head.subtree if t.i not in skip]
        quoting = self._quoting_verb(cue)
        if not tokens and quoting is not None and self._said_before(quoting):
            # "A was hurt, and B is missing, the agency quoted X as saying."
            subj = next((c for c in quoting.children if c.dep_ == "nsubj" and c.i < quoting.i), None)
            end = subj.left_edge.i if subj is not None else quoting.i
            tokens = [t for t in self.doc[cue.sent.start : end] if t.i not in exclude]
        tokens = [t for t in tokens if not (t.is_punct and t.text not in "“”\"")]
        tokens = self._before_next_cue(cue, tokens)
        cue_words = {c.i for c in cue.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "for" and cue.lemma_ == "call")}
        tokens = [t for t in tokens if t.i not in cue_words]
        while tokens and (
            tokens[0].lower_ in ("that", ":") and tokens[0].dep_ in ("mark", "punct")
            or tokens[0].dep_ == "prep" and tokens[0].head.i == cue.i and tokens[0].lower_ in ("of", "about", "against", "on", "to", "with")
            or tokens[0].lower_ == "as" and tokens[0].dep_ == "prep" and cue.lemma_ in ("describe", "characterize", "characterise", "portray", "depict", "label", "dub")
        ):
            tokens.pop(0)
        if not tokens:
            return None
        start = min(t.idx for t in tokens)
        last = max(tokens, key=lambda t: t.idx)
        return start, last.idx + len(last.text)

    def _stands_alone(self, quote: tuple[int, int]) -> bool:
        """Whether a quotation is its sentence(s) whole, with no attribution of its own
        ('"We will try again," she added' has one: it is that cue's claim)."""
        end = quote[1]
        rest = self.text[end : end + 200]
        if self.text[end - 1 : end] in (".", "!", "?") and re.match(r"[”\"']?(?:\s|$)", rest):
            return True  # '"... are heroes." He then left': the quotation closed its own sentence
        stop = re.search(r"[.!?]\s|\n|$", rest)
        tail = rest[: stop.start()] if stop else rest
        return not re.search(r"\w", tail.lstrip("”\"'"))

    def _before_next_cue(self, cue, tokens: list) -> list:
        """ "Keller said the talks had failed and added that ...": the parser hung the
        second cue on the reported clause; the first claim ends before its 'and'."""
        ids = {t.i for t in tokens}
        for t in tokens:
            if (
                t.i > cue.i and t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS
                and t.head.i in ids and not self._in_quote(t)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                and any(c.dep_ in CLAUSE_DEPS for c in t.children)
            ):
                cc = [c for c in t.head.children if c.dep_ == "cc" and c.i < t.i]
                cut = min([t.left_edge.i, *[c.i for c in cc]])
                return [x for x in tokens if x.i < cut]
        return tokens

    def _says_something(self, cue) -> bool:
        """Whether a cue has the kind of content it needs (see the module docstring)."""
        lemma = cue.lemma_.lower()
        kids = list(cue.children)
        quoting = self._quoting_verb(cue)
        if quoting is not None and not any(c.dep_ in CLAUSE_DEPS or c.dep_ == "dobj" for c in kids) and self._said_before(quoting):
            return True  # "..., the agency quoted the minister as saying."
        if any(d.dep_ == "det" and d.lower_ == "no" for o in kids if o.dep_ == "dobj" for d in o.children):
            return False  # "announced no new hardware"
        objects = [c for c in kids if c.dep_ in ("dobj", "attr")]
        if lemma in ("confirm", "announce", "reveal", "disclose") and any(
            o.lemma_.lower() in EVENT_NOUNS and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in o.children) for o in objects
        ):
            return False  # "confirmed his resignation": the speaker's own act, an event
        if lemma not in SAY_VERBS and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in kids) and not any(
            c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > cue.i for c in kids
        ):
            return False  # "the government will detail additional curbs": a stance still to be taken
        if any(o.lower_ in _REFLEXIVE for o in objects) and lemma not in SAY_VERBS and not (
            lemma in _NAMING and any(c.dep_ in ("oprd", "xcomp") and c.i > cue.i for c in kids)
        ):  # ("called himself a proud outsider" names him: a claim)
            return False  # "associating himself with": no content
        if lemma == "continue":
            # "..., the WGA continued": speech only beside a quotation.
            return cue.dep_ == "parataxis" or self._quote_near(cue) or any(
                0 <= cue.idx - q[1] < 30 and not self.text[q[1]:cue.idx].strip(" ,.\n").count(".") for q in self.quotes
            )
        if lemma in REQUEST_VERBS and any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in kids
        ) and any(c.dep_ == "xcomp" for c in kids):
            return True  # "called on Turkey to halt"
        if lemma in ("invite", "press", "ask", "urge", "instruct", "order", "direct", "encourage", "advise", "warn", "remind", "tell") and objects and any(
            c.dep_ == "xcomp" or c.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in kids
        ):
            return True  # "invited the countries to open dialogue"
        if lemma in REQUEST_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" for c in kids):
            return True
        if lemma in REQUEST_VERBS and any(
            c.dep_ == "advcl" and c.i > cue.i and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == c.left_edge.i for m in c.children)
            for c in kids
        ):
            return True  # "called for donors to act": a request with its own subject
        if lemma == "cite" and any(o.dep_ == "dobj" and not self._speaker_like(o) and self.ents.at(o.i) is None for o in objects):
            return True  # "closed the clinic, citing rising violence": the reason it gives ("citing sources" is none)
        if lemma in ("maintain", "reiterate", "restate", "reaffirm") and any(o.lemma_.lower() in POSITION_NOUNS for o in objects):
            return True  # "maintained his innocence"
        if lemma in ("declare", "signal", "reaffirm", "pledge", "voice", "express") and any(
            o.lemma_.lower() in STANCE_NOUNS and o.dep_ == "dobj" for o in objects
        ):
            return True  # "declared their support for the plan" ("adds full support for" is a feature)
        if lemma in _CREDIT_VERBS and any(o.lemma_.lower() in _CREDIT_NOUNS for o in objects):
            return True  # "claimed responsibility for the attack"
        if lemma in _FIGURE_VERBS:
            # ("recorded 412 aftershocks as of Sunday": a running tally, which a count with no date is not)
            money_only = lemma in ("announce", "post", "record") and not _as_of(kids)
            if any(self._quantity(o, money_only=money_only) for o in objects):
                return True  # "reported 45 new cases", "announced $2 billion in aid": figures are reported content
        if lemma in ("report", "confirm") and any(
            o.dep_ == "dobj" and o.tag_ == "NNS" and any(c.ent_type_ == "ORDINAL" and c.dep_ == "amod" for c in o.children) for o in objects
        ):
            return True  # "reported its first deaths from the virus": a count, if not a figure
        if self._feeling_voiced(cue):
            return True
        if lemma == "protest" and any(o.dep_ == "dobj" for o in objects) and any(
            c.dep_ == "nsubj" and ((m := self.ents.at(c.i)) is not None and m.kind == "person" or c.lower_ in ("he", "she"))
            for c in kids
        ):
            return True  # "the minister protested the festival": one person's objection (crowds protesting are an event)
        if lemma == "report" and objects and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in _WITNESSES or _agentive(c) and c.lemma_.lower() in SPEAKER_NOUNS) for c in kids
        ):
            return True  # "Witnesses reported a smell of gas": what they perceived
        if lemma in ("argue", "campaign", "lobby", "push", "speak", "testify") and any(
            c.dep_ == "prep" and c.lower_ in ("for", "against") for c in kids
        ):
            return True  # "argued for acquittal", "testified against the plan"  # "appealed for an international response", "asked the DoJ for an inquiry"
        if lemma in _NAMING and objects and (
            any(c.dep_ == "oprd" or c.dep_ == "xcomp" and (c.pos_ != "VERB" or c.lemma_ == "be") for c in kids)
            or any(self._quote_in(o) for o in objects)
        ):
            return True  # "called the agreements \"legitimate\"", "deemed them \"false information\""
        if lemma in _NAMING and any(o.dep_ == "dobj" and any(g.dep_ == "nsubj" and g.i < o.i for g in o.children) for o in objects):
            return True  # "declared the outbreak an emergency": a small clause parsed as subject and object
        if lemma in ("ask", "request") and not objects and any(
            c.dep_ == "xcomp" and c.i > cue.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and c.lemma_.lower() not in ("be", "remain", "stay", "go") and not any(a.dep_ in ("neg", "auxpass") for a in c.children)
            for c in kids
        ):
            return True  # "the crew asked to climb": a request ("asked not to be named" is none)
        if lemma in ("apologize", "apologise") and cue.dep_ not in ("amod", "compound", "xcomp"):
            return True  # "The broadcaster has apologised": the apology is what it said
        if lemma in ("call", "invite", "press", "ask"):
            kids = [c for c in kids if c.dep_ != "xcomp"]  # "called AppleCare to complain": a phone call
        if lemma in ("continue", "press", "invite") and not any(c.dep_ in ("ccomp", "parataxis") for c in kids):
            return False
        if any(c.dep_ in CLAUSE_DEPS for c in kids) or cue.dep_ == "parataxis" or self._trailing(cue):
            return True
        if self._clause_as_object(cue) is not None or self._said_in(cue) is not None:
            return True
        if self._inverted_clause(cue) is not None or self._gap_clause(cue) is not None or self._stranded_clause(cue) is not None:
            return True
        if lemma in RECIPIENT_VERBS and self._of_what(cue) is not None:
            return True  # "told reporters of ...", "informed him of his intent to step down"
        if (lemma in SAY_VERBS or lemma in _EVIDENCE_CUES and any(
            c.dep_ == "acl" and c.i > o.i and (c.tag_ in ("VBD", "VBZ") or c.tag_ == "VBN" and any(g.dep_ == "dobj" for g in c.children))
            for o in objects for c in o.children  # ("evacuated 30 families": a participle takes no object)
        )) and any(
            c.pos_ in ("VERB", "AUX") and c.dep_ in ("acl", "relcl") and not any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("which", "that", "who") for g in c.children)
            for o in objects for c in o.children
        ):
            return True  # "The WGA claimed the AMPTP planned to ...": a clause parsed as an object
        if cue.dep_ in ("advcl", "ccomp") and cue.i < cue.head.i and cue.head.pos_ in ("VERB", "AUX") and any(
            t.text == "," for t in cue.doc[cue.i : cue.head.i]
        ) and lemma in SAY_VERBS:
            return True  # "The Telegraph reported from interviews, there is ...": the main clause is the report
        if any(c.dep_ == "ccomp" for c in cue.lefts):
            return True
        if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in kids):
            return True
        if (lemma in _NAMING or lemma in SAY_VERBS) and objects and any(
            c.dep_ in ("xcomp", "advcl") and c.lemma_ == "be" and any(a.lower_ == "to" for a in c.children) for c in kids
        ):
            return True  # "Israel claims the entire city to be its capital"
        if lemma in _AS_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
            return True  # "described X as", "claims part ... as its own territory"
        if (lemma in _NAMING or lemma in _AS_VERBS) and any(c.dep_ == "auxpass" for c in kids) and any(
            c.dep_ == "agent" for c in kids
        ) and any(c.dep_ in ("oprd", "xcomp") and c.i > cue.i for c in kids):
            return True  # "the city is considered sacred by two faiths": the agent holds it
        if lemma in ("agree",) and any(c.dep_ == "prep" and c.lower_ == "with" and not self._with_a_party(c) for c in kids):
            return True  # "agreed with the assessment" ("agreed with the Parliament on an act" is a deal, an event)
        if self._quote_near(cue) or self._quote_before(cue):
            return True
        if any(d.dep_ == "det" and d.lower_ == "no" for o in objects for d in o.children):
            return False  # "announced no new hardware"
        if lemma in STANCE_NP_VERBS and (objects or any(c.dep_ in ("prep", "agent") for c in kids)):
            return True  # "condemned the test", "was rejected by two parties"
        # "announced plans to establish ...": a content noun with a clause of its own.
        return any(
            any(g.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children) for g in o.children)
            for o in objects
        )

    @staticmethod
    def _quantity(obj, money_only: bool = False) -> bool:
        """A noun phrase that is a figure: "45 new cases", "€7.1 billion of revenue".
        `money_only`: a sum or a rate ("announced $2 billion in aid"), not a count of
        things ("announced three new phones" is a launch)."""
        kinds = ("MONEY", "PERCENT") if money_only else ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
        if obj.ent_type_ in kinds or any(c.ent_type_ in kinds and c.dep_ in ("nummod", "quantmod", "compound", "amod") for c in obj.children):
            return True
        return not money_only and (obj.pos_ == "NUM" or any(c.dep_ in ("nummod", "quantmod") for c in obj.children))

    _PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))

    def _balanced(self, start: int, end: int) -> tuple[int, int]:
        """Widen a content span cut inside brackets or a quotation ("on Friday (local
        time", 'was "dead'): the parse leaves the closing mark out as punctuation, so
        a mark opened inside the span is closed by taking in the one right after it
        (and likewise an opening mark right before it)."""
        text = self.text
        for _ in range(3):
            piece = text[start:end]
            changed = False
            for opening, closing in (*self._PAIRS, ('"', '"')):
                if opening == closing:
                    opens = closes = piece.count(opening) % 2 == 1
                else:
                    opens = piece.count(opening) > piece.count(closing)
                    closes = piece.count(closing) > piece.count(opening)
                if opens:
                    nxt = re.match(r"[^\S\n]*[.,!?]?" + re.escape(closing), text[end : end + 4])
                    if nxt:
                        end += nxt.end()
                        changed = True
                        continue
                if closes and opening != closing:
                    before = re.search(re.escape(opening) + r"[^\S\n]*$", text[max(0, start - 3) : start])
                    if before:
                        start -= len(before.group())
                        changed = True
            if not changed:
                break
        return start, end

    def _span_text(self, start: int, end: int) -> str:
        """The content as shown: outer punctuation off, and quote marks at its edges
        off only where they are not paired inside it ('the plan was "dead"' keeps both)."""
        text = re.sub(r"\s+", " ", self.text[start:end]).strip(" ,.:;'")
        for _ in range(3):
            before = text
            whole = text[:1] in "“\"" and text[-1:] in "”\"" and len(text) > 2 and not re.search(r"[“”\"]", text[1:-1])
            if whole:
                text = text[1:-1]  # the whole content is one quotation
            if text[:1] == "“" and text.count("“") > text.count("”"):
                text = text[1:]
            if text[-1:] == "”" and text.count("”") > text.count("“"):
                text = text[:-1]
            if text.count('"') % 2 == 1:
                text = text[1:] if text[:1] == '"' else text[:-1] if text[-1:] == '"' else text
            text = text.strip(" ,.:;'")
            if text == before:
                break
        return text

    # -- the finder --------------------------------------------------------------
    def cues(self, sent):
        doc = self.doc
        for tok in tokens(sent.doc)[sent.start : sent.end]:
            if self._in_quote(tok):
                continue  # the speaker's own words, not a report of them
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                yield tok, "according to"
                continue
            if tok.pos_ != "VERB" or any(c.dep_ == "neg" and not self._content_negation(c) for c in tok.children):
                continue
            if tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in _REFUSALS or tok.head.lemma_.lower() in ("have", "be") and any(
                c.lower_ == "yet" for c in tok.head.children
            )):
                continue  # "declined to comment", "refused to say whether", "have yet to confirm": nothing said
            lemma = tok.lemma_.lower()
            if self._quotes_a_speaker(tok) or tok.i in self.absorbed:
                continue  # "quoted X as saying": the saying is the report
            if lemma == "make" and any(c.lower_ in ("clear", "plain", "known") and c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "dobj", "advmod") for c in tok.children) and (
                any(c.dep_ == "ccomp" or c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and any(g.dep_ == "ccomp" for g in c.children) for c in tok.children)
            ):
                # "made clear that", "made it clear that": a statement, not a making
                word = next(c for c in tok.children if c.lower_ in ("clear", "plain", "known"))
                yield tok, f"{tok.text} {word.text}"
                continue
            if self._feeling_voiced(tok) and tok.dep_ not in ("amod", "compound"):
                yield tok, tok.text
                continue
            if self._figure_at(tok):
                yield tok, tok.text  # "reports placed the death toll at seven"
                continue
            if self._speech_made(tok):
                yield tok, tok.text  # "a comment on Instagram that the striker made to a fan"
                continue
            if lemma in LIGHT_VERBS:
                obj = next((c for c in tok.children if c.dep_ == "dobj" and (c.lemma_.lower() in SPEECH_NOUNS or self._figure_given(c))), None)
                if obj is not None and any(
                    c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.lemma_.lower() in CUE_VERBS for c in obj.children
                ) or obj is not None and any(
                    c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in SAY_VERBS for c in tok.children
                ):
                    continue  # "released a statement which read: ...", "issued a statement saying ...": that verb speaks
                if obj is not None and self._statement_participle(obj):
                    self.noun_cues.add(obj.i)  # "released a statement warning (that) ...": the -ing word speaks
                    yield obj, obj.text
                    continue
                if obj is not None and tok.dep_ not in ("amod", "compound"):
                    yield tok, doc[tok.i : obj.i + 1].text
                if obj is not None or lemma not in CUE_VERBS or not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children):
                    continue  # "posted that ...": the verb itself reports
            phrasal = self._phrasal_cue(tok)
            if phrasal is not None:
                if tok.dep_ not in ("amod", "compound") and any(
                    c.dep_ in ("dobj", "prep", "ccomp") or c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children
                ):
                    yield tok, phrasal  # "hit back at her critics", "ruled out new taxes"
                continue
            if lemma in ("support", "back") and any(c.dep_ == "agent" for c in tok.children) and (
                any(c.dep_ == "auxpass" for c in tok.children)
                or tok.tag_ == "VBN" and tok.i > 0 and doc[tok.i - 1].lower_ in ("while", "whilst", "although", "though")
            ):  # "Whilst supported by the UN, the plan ...": a participle clause
                yield tok, tok.text  # "The plan was supported by the farmers": their stance
                continue
            if lemma not in CUE_VERBS:
                continue
            if tok.dep_ in ("amod", "compound") or tok.dep_ == "acl" and not any(c.dep_ in CLAUSE_DEPS for c in tok.children) and not self._quote_near(tok) and not (
                # "issued a statement condemning the attack": a document that takes a stance
                tok.tag_ == "VBG" and lemma in STANCE_NP_VERBS and tok.head.lemma_.lower() in (DOCUMENT_NOUNS | SPEECH_NOUNS)
                and any(c.dep_ == "dobj" for c in tok.children)
            ) and not (
                # "officials assessing the blast as one possibility": people who hold X to be Y
                tok.tag_ == "VBG" and lemma in _AS_VERBS and tok.head.pos_ == "NOUN" and self._speaker_like(tok.head)
                and any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
            ) and not self._verb_of_a_verbless_sentence(tok) and self._stranded_clause(tok) is None:
                continue
            if tok.tag_ == "VBN" and tok.dep_ != "conj" and not self._verb_of_a_verbless_sentence(tok) and not any(
                c.dep_ in ("aux", "auxpass", "agent", "dobj", "oprd", "ccomp", "dative") for c in tok.children
            ) and (
                not any(c.dep_ == "nsubj" for c in tok.children)
                or any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children)
            ):
                continue  # "people reported to have been killed": a passive participle, no one speaking
            if lemma in EVIDENTIAL_VERBS:
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is None and tok.tag_ == "VBG" and tok.dep_ == "advcl":
                    # "The court reversed the decision, finding it did not ...": the clause's subject.
                    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
                    subj = tok.head  # "a statement which read"
                needs_doc = lemma in ("show", "read")
                if subj is None or (needs_doc and subj.lemma_.lower() not in DOCUMENT_NOUNS) or not any(c.dep_ in CLAUSE_DEPS for c in tok.children) and lemma != "read":
                    continue
                if lemma in ("show", "find") and not any(c.dep_ in CLAUSE_DEPS and _finite(c) for c in tok.children):
                    # "footage showed the car burn": what is seen, not what is stated;
                    # "the court found Airbus negligent": a verdict, not a finding stated
                    continue
            if not self._says_something(tok):
                continue
            cue = tok.text
            for child in tok.children:
                if child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ == "for" and lemma == "call"):
                    cue = f"{tok.text} {child.text}"
                    break
            yield tok, cue

    def _figure_at(self, tok) -> bool:
        """ "Officials put the death toll at 40": a figure stated ("put the blame at" is none)."""
        if tok.lemma_.lower() not in ("place", "put") or not any(c.dep_ == "dobj" for c in tok.children):
            return False
        return any(
            c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" and self._quantity(o) for o in c.children)
            for c in tok.children
        )

    def _figure_given(self, obj) -> bool:
        """ "gave a death toll of 373", "offered an estimate of 2,000": a figure stated."""
        return obj.lemma_.lower() in _FIGURE_NOUNS and (self._quantity(obj) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and self._quantity(o) for o in c.children)
            for c in obj.children
        ))

    @staticmethod
    def _statement_participle(obj) -> bool:
        """ "released a statement warning while the storm has moved ..., flooding continues":
        the tagger took the participle for a noun with "statement" as its modifier."""
        low = obj.lower_
        return (
            low.endswith("ing") and _VERB_FORMS.get(low, low) != low and obj.tag_ == "NN"
            and any(c.dep_ == "compound" and c.lemma_.lower() in (SPEECH_NOUNS | DOCUMENT_NOUNS) for c in obj.children)
            and not any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children)
            and obj.i + 1 < len(obj.doc) and not obj.doc[obj.i + 1].is_punct
        )

    def _with_a_party(self, prep) -> bool:
        """ "with the European Parliament": a party one agrees with, not a position."""
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        m = self.ents.at(obj.i) if obj is not None else None
        return m is not None and m.kind in ("organization", "country", "group", "person") and obj.i == m.tok_end - 1

    @staticmethod
    def _feeling_voiced(tok) -> bool:
        """ "spoke of his sadness at the disaster": a feeling voiced ("spoke about the
        flood" is a topic, "speaking for the firm" no content)."""
        return tok.lemma_.lower() in ("speak", "talk", "write") and any(
            c.dep_ == "prep" and c.lower_ in ("of", "about") and any(o.dep_ == "pobj" and o.lemma_.lower() in _FEELINGS for o in c.children)
            for c in tok.children
        )

    @staticmethod
    def _speech_made(tok) -> bool:
        """ "the remarks (that) the minister made on Friday": a light verb in a relative
        clause of a speech noun, which is its object."""
        head = tok.head
        return (
            tok.dep_ == "relcl" and tok.lemma_.lower() in LIGHT_VERBS and head.lemma_.lower() in SPEECH_NOUNS and head.pos_ == "NOUN"
            and head.i < tok.i and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") and c.lower_ not in _RELATIVE for c in tok.children)
            and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE for c in tok.children)
        )

    @staticmethod
    def _verb_of_a_verbless_sentence(tok) -> bool:
        """ "Jan Novak, the EU's aid commissioner, called for donors to act.": with the
        name taken for the root, the finite verb after its apposition was parsed as a
        modifier of it; it is the sentence's verb and the name its subject."""
        head = tok.head
        if tok.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("PROPN", "NOUN") or head.i > tok.i:
            return False
        if tok.tag_ in ("VBD", "VBZ", "VBN") and tok.i > 0 and tok.doc[tok.i - 1].text == "," and any(
            c.dep_ == "appos" and c.i < tok.i for c in head.children
        ):
            return True
        # "The flight crew next asked to climb": a past tense right after the noun (adverbs
        # aside) with a clause or an infinitive of its own ("Minister accused of fraud" has none).
        between = tok.doc[head.i + 1 : tok.i]
        return tok.tag_ == "VBD" and all(t.pos_ == "ADV" for t in between) and any(
            c.dep_ == "ccomp" or c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children
        )

    @staticmethod
    def _phrasal_cue(tok) -> str | None:
        """A phrasal verb of stance (lexicon.PHRASAL_CUES) as written, e.g. "hit out"."""
        for c in tok.children:
            if (c.dep_ == "prt" or c.dep_ == "advmod" and c.i == tok.i + 1 and c.pos_ in ("ADV", "ADP")) and c.lower_ in PARTICLES:
                if f"{tok.lemma_.lower()} {c.lower_}" in PHRASAL_CUES:
                    return f"{tok.text} {c.text}"
        return None

    def _trailing(self, cue) -> bool:
        """ "..., the electoral commission announced yesterday.": a report after the
        clause it reports, parsed as joined to that clause."""
        head = cue.head
        if cue.lemma_.lower() not in SAY_VERBS and cue.lemma_.lower() not in _EVIDENCE_CUES or cue.dep_ not in ("conj", "advcl", "ccomp") or not head.i < cue.i:
            return False  # (", the program indicated,": evidence, as speech, may follow what it shows)
        if any(c.dep_ in CLAUSE_DEPS or c.dep_ in ("dobj", "prep") and c.i > cue.i for c in cue.children):
            return False
        subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if subj is None or subj.left_edge.i == 0:
            return False
        before = cue.doc[subj.left_edge.i - 1]
        return before.text == "," and not any(c.dep_ == "cc" and c.i > head.i and c.i < cue.i for c in head.children)

    @staticmethod
    def _content_negation(neg) -> bool:
        """ "clarifies not all tools are affected": the 'not' of what is said."""
        nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
        return neg.i > neg.head.i and nxt is not None and nxt.lower_ in ("all", "every", "everyone", "everything", "only", "many", "much", "just")

    def _quote_in(self, tok) -> bool:
        """A quotation opens inside the phrase of tok or right after it."""
        start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        return any(start <= q[0] <= end + 3 for q in self.quotes)

    def _quote_near(self, tok) -> bool:
        """A quotation opens right after the cue, or after adjuncts and a colon or
        comma ("tweeted on Monday, \"...", "read in part: \"...")."""
        end = tok.idx + len(tok.text)
        for q in self.quotes:
            gap = q[0] - end
            if 0 <= gap < 6:
                return True
            if 0 <= gap <= 40 and re.fullmatch(r"[^.;!?\"“”]*[,:]\s*[\"“]?", self.text[end:q[0]]) and not self._verb_between(end, q[0]):
                return True
        return False

    def _quote_before(self, tok) -> bool:
        """A quotation closes right before the cue, or before a comma and the cue's
        subject ("...\", the press release read")."""
        for q in self.quotes:
            gap = tok.idx - q[1]
            if 0 <= gap < 6:
                return True
            if 0 <= gap <= 60 and re.fullmatch(r"[\"”]?\s*,[^.;!?\"“”]*", self.text[q[1]:tok.idx]) and not self._verb_between(q[1], tok.idx):
                return True
            if 0 <= gap <= 160 and re.fullmatch(r"[\"”]?\s*,[^;!?\"“”]*", self.text[q[1]:tok.idx]) and self._only_subject_between(tok, q[1]):
                return True  # '"...," a senior official, who spoke on condition of anonymity, told reporters'
        return False

    def _only_subject_between(self, cue, start: int) -> bool:
        """Whether the words between a quotation's end and the cue are the cue's own
        subject with its clauses ("a senior official, who asked not to be named,")."""
        subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if subj is None:
            return False
        inside = {t.i for t in subj.subtree}
        between = [t for t in tokens(cue.doc)[subj.left_edge.i - 3 if subj.left_edge.i >= 3 else 0 : cue.i] if t.idx >= start and not t.is_punct]
        return bool(between) and all(t.i in inside or t.dep_ == "advmod" and t.head.i == cue.i for t in between)

    def _verb_between(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)

    def _own_subject(self, tok):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        if len(subjects) > 1 and any(c.lower_ in _RELATIVE and c.tag_ in ("WP", "WDT") for c in subjects):
            # "the suspect, who police say fled": the relative pronoun is the subject of what
            # they say; the other subject speaks.
            subjects = [c for c in subjects if not (c.lower_ in _RELATIVE and c.tag_ in ("WP", "WDT"))]
            return subjects[0]
        if len(subjects) > 1 and any(self._in_quote(c) for c in subjects):
            outside = [c for c in subjects if not self._in_quote(c) and c.i > tok.i]
            if outside:
                return outside[0]  # '"Why did he wait?" said the source': a word of the question is no subject
        if len(subjects) > 1:
            # "Director-General of WHO Dr Margaret Chan appealed": the parser made two
            # subjects of one name and its title; the person is the speaker.
            people = [c for c in subjects if (m := self.ents.at(c.i)) is not None and m.kind == "person"]
            if people:
                return people[0]
        for child in tok.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
            if child.dep_ == "nsubjpass" and tok.lemma_.lower() in ("quote", "cite"):
                return child  # "the minister was quoted as saying"
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        misplaced = self._misplaced_agent(tok)
        if misplaced is not None:
            return misplaced
        if (tok.lemma_.lower() in SAY_VERBS or tok.lemma_.lower() in _AFTER_QUOTE) and self._quote_before(tok):
            # '"...", added Almonte.': after a quotation the speaker may follow the cue,
            # and the parser takes the name for an object.
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.dep_ == "det" and nxt.head.head.i == tok.i and nxt.head.dep_ in ("dobj", "attr", "nsubj") and (
                any(self.ents.at(c.i) is not None and self.ents.at(c.i).kind == "person" for c in nxt.head.children if c.dep_ == "appos")
                or self._speaker_like(nxt.head)
            ):
                return nxt.head  # '"...," commented a commuter, Joseph Lim.'
            if nxt is not None and nxt.head.i in (tok.i, tok.i + 1) and nxt.dep_ in ("dobj", "attr", "npadvmod", "compound", "nsubj"):
                name = nxt if nxt.head.i == tok.i else nxt.head
                m = self.ents.at(name.i)
                if m is not None and m.kind in ("person", "organization", "group", "country", "other") or name.pos_ == "PROPN":
                    return name
        return None

    def _misplaced_agent(self, tok):
        """ "X is considered a terrorist group by Iran": the agent of a passive cue that
        the parser hung on the cue's predicate noun. Its object, or None."""
        if not any(c.dep_ == "auxpass" for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ in ("oprd", "attr", "dobj", "xcomp", "acomp") and c.i > tok.i:
                for prep in c.children:
                    if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":  # ("announced rectified by a tweet")
                        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                        if obj is not None and self._speaker_like(obj):
                            return obj
        return None

    def subject(self, cue):
        """The subject token of a cue verb, looking through conjunction, control and misparses."""
        doc = self.doc
        if cue.dep_ == "parataxis" and cue.head.i < cue.i:
            # 'Glen Collins, the second protester said, "..."': the name the clause hangs
            # on is the one the description after it speaks of.
            named = self.ents.at(cue.head.i)
            own = self._own_subject(cue)
            if named is not None and named.kind == "person" and own is not None and self.ents.at(own.i) is None and (
                own.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in own.children)
                and doc[own.left_edge.i - 1].text == ","
            ):
                return cue.head
        if cue.i > 0 and doc[cue.i - 1].lower_ == "old" and doc[cue.i - 1].head.i == cue.i and _age_description(doc[cue.i - 1]):
            return doc[cue.i - 1]  # '"...," the 54-year-old said', parsed as a modifier of the verb
        # "... Neelie Kroes said": a person's name right before the cue is its subject.
        if cue.i > 0:
            m = self.ents.at(cue.i - 1)
            if m is None and cue.i > 1 and doc[cue.i - 1].text == ",":
                m = self.ents.at(cue.i - 2)  # "its general secretary, Jeremy Dear, describes"
            own = self._own_subject(cue)
            if (m is None or m.kind != "person") and own is None and doc[cue.i - 1].text == ",":
                # "whilst Ana Ruiz, Peace Commissioner in the 1990s, said": the name before an
                # apposition, whatever the parser hung it on.
                for j in range(cue.i - 2, max(cue.sent.start, cue.i - 14), -1):
                    if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", ":") or doc[j].text in "\"“”":
                        break
                    if doc[j].text == ",":
                        before = self.ents.at(j - 1) if j > cue.sent.start else None
                        if before is not None and before.kind == "person" and doc[j - 1].dep_ not in ("nsubj", "nsubjpass", "dobj"):
                            m = before
                        break
            owner = self.ents.at(own.i) if own is not None else None
            if m is not None and m.kind == "place" and own is None and self._titled_name(m):
                return doc[m.tok_end - 1]  # "the mayor, John Park, said": a person, whatever the tagger took the name for
            if m is not None and m.kind == "person" and (owner is None or owner.kind != "person") and not (
                own is not None and own.lemma_.lower() in _SPOKESPEOPLE and doc[m.tok_end - 1].head.head.i == own.i
            ):  # "A spokesperson for Rishi Sunak said": the spokesperson speaks
                last = doc[m.tok_end - 1]
                while last.dep_ == "conj" and (first := self.ents.at(last.head.i)) is not None and first.kind == "person":
                    last = last.head
                if not (last.dep_ == "pobj" and last.head.lower_ in ("including", "like") and own is not None) and not (
                    # "sent a letter to chief executive Peter Lang alleging ...": the participle
                    # clause shares the subject of the verb it hangs on, not its addressee.
                    cue.tag_ == "VBG" and last.dep_ in ("pobj", "dobj", "dative") and (
                        cue.dep_ == "advcl" and (last.head.i == cue.head.i or last.head.head.i == cue.head.i)
                        # "sent a letter to Peter Lang alleging ...": the letter alleges, for its sender
                        or cue.dep_ == "acl" and cue.head.i != last.i and cue.head.lemma_.lower() in DOCUMENT_NOUNS
                        and last.head.head.i == cue.head.head.i and cue.head.dep_ in ("dobj", "nsubjpass")
                    )
                ):
                    return last  # "MEP and chair of ... Pascal Canfin said": the person
                # "Ministers including A and B said": the group speaks, as "leaders including the Queen"
        if cue.dep_ == "ccomp" and cue.head.i < cue.i and self._own_subject(cue) is None:
            # "Znak reported its source said ...": the parser made the subject of the
            # reported clause the object of the cue that reports it.
            obj = next((c for c in cue.head.children if c.dep_ == "dobj" and c.right_edge.i == cue.i - 1), None)
            if obj is not None and self._speaker_like(obj) and cue.head.lemma_.lower() not in RECIPIENT_VERBS:
                return obj
        author = self._author_of_document(cue)
        if author is not None:
            return author
        outer = self._outer_cue(cue)
        if outer is not None:
            return self.subject(outer)
        shared = self._shared_subject_cue(cue)
        if shared is not None:
            return self.subject(shared)
        tok = cue
        first = None
        for _ in range(8):
            found = self._own_subject(tok)
            if found is not None:
                if self._speaker_like(found):
                    return found
                first = first or found
                # "X acknowledged that ... were experiencing ..., but dismissed ...": the
                # subject of the clause a misparsed conjunct hangs on is no speaker; go on up.
                if tok.dep_ not in ("conj", "ccomp", "advcl") or tok.head is tok:
                    return first
                tok = tok.head
                continue
            if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head is not tok:
                # "Mitsotakis speaking to the think tank called ...": a finite verb
                # parsed as a modifier of a noun; its subject is the clause's.
                node = tok.head
                for _ in range(6):
                    if node.head is node:
                        break
                    node = node.head
                    if node.pos_ in ("VERB", "AUX"):
                        found = self._own_subject(node)
                        if found is not None and self._speaker_like(found):
                            return found
            if tok.dep_ == "acl" and tok.head is not tok:
                head = tok.head
                # "sent a letter to residents warning that ...": those a document goes to
                # do not speak in it.
                addressee = head.dep_ == "pobj" and head.head.lower_ == "to"
                sent = next((c for c in head.head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS), None) if addressee else None
                doc_tok = head if head.lemma_.lower() in DOCUMENT_NOUNS else sent if sent is not None else (
                    None if self._speaker_like(head) and not addressee else self._document_near(head)
                )
                if doc_tok is not None:
                    owner = self._issuer(doc_tok)
                    return owner if owner is not None else doc_tok
                return head  # "critics saying that ...", "a spokesman ... warning that ..."
            if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in ("quote", "cite"):
                # "Reuters quoted a diplomat as saying ...": the one quoted speaks.
                quoted = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
                if quoted is not None and self._speaker_like(quoted):
                    return quoted
            if tok.dep_ == "xcomp" and tok.head is not tok:
                obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
                if obj is not None and self._speaker_like(obj) and tok.head.lemma_.lower() not in ("promise", "vow", "pledge"):
                    return obj  # "prompting NARA to ask ...": the object does what it is prompted to
            if tok.dep_ == "xcomp" and tok.head is not tok:
                raised = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
                if raised is not None and self._speaker_like(raised):
                    return raised  # "The minister is reported to have said that ..."
            if tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "ccomp") and tok.head is not tok:
                if tok.dep_ in ("conj", "advcl") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in CUE_VERBS and tok.head.i < tok.i:
                    # 'X called it "unfortunate" saying ...': the speaker of the cue it hangs on,
                    # found by every rule (a name before that cue, its agent ...).
                    return self.subject(tok.head)
                tok = tok.head
                continue
            break
        if first is None:
            # "in which someone, seemingly X, audibly says": a subject the parser hung elsewhere.
            for t in reversed(doc[max(cue.sent.start, cue.i - 8) : cue.i]):
                if t.lower_ in _SOMEONE:
                    return t
                if t.pos_ in ("VERB", "AUX") or t.lower_ in ("which", "who", "that"):
                    break
        return first

    def _author_of_document(self, cue):
        """ "The journal published a report by a team from X, saying ...": the -ing cue of
        a document someone published speaks for the document's author, not its publisher."""
        head = cue.head
        if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp") or head.i > cue.i or head.pos_ != "VERB":
            return None
        doc_tok = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS), None)
        if doc_tok is None:
            return None
        by = next((c for c in [*doc_tok.children, *head.children] if c.dep_ == "prep" and c.lower_ == "by"
                   and doc_tok.i < c.i < cue.i), None)
        author = next((o for o in by.children if o.dep_ == "pobj"), None) if by is not None else None
        return author if author is not None and self._speaker_like(author) else None

    def _shared_subject_cue(self, cue):
        """ "He noted that the House did not ratify the deal, and mentioned an appeal": a
        cue after ", and" with no subject of its own, parsed as a conjunct of the verb of
        what the cue before said, shares that cue's subject. That cue, or None."""
        head = cue.head
        if cue.dep_ != "conj" or head.dep_ != "ccomp" or self._own_subject(cue) is not None:
            return None
        outer = head.head
        if outer.pos_ != "VERB" or outer.lemma_.lower() not in CUE_VERBS or outer.i > head.i:
            return None
        cc = next((c for c in cue.doc[head.i + 1 : cue.i] if c.dep_ == "cc" and c.head.i == head.i), None)
        if cc is None or cc.i == 0 or cue.doc[cc.i - 1].text != ",":
            return None
        return outer

    def _outer_cue(self, cue):
        """ "Jiang said China had an interest ..., saying ...": a participle cue the
        parser hung on a reported clause belongs to the cue that reports it."""
        if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.lemma_.lower() in CUE_VERBS:
            return None
        node = cue.head
        for _ in range(6):
            if node.head is node:
                return None
            if node.dep_ == "ccomp" and node.head.pos_ == "VERB" and node.head.lemma_.lower() in CUE_VERBS:
                return node.head
            node = node.head
        return None

    def _speaker_like(self, tok):
        if tok.lower_ in _PERSONAL or tok.lower_ in _COLLECTIVE or tok.lower_ in _RELATIVE and tok.pos_ == "PRON":
            return True
        if tok.lower_ in _INDEFINITE and tok.dep_ == "nsubj" and not any(c.dep_ == "prep" for c in tok.children):
            return True  # "one resident said A and another said B": another speaker, not the one before
        if self._some_people(tok):
            return True
        if tok.ent_type_ == "PERCENT" and tok.dep_ == "nsubj" and tok.pos_ == "NOUN":
            return True  # "a poll found 32% believed the games should be cancelled": those polled hold it
        m = self.ents.at(tok.i)
        if m is not None:
            return m.kind in ("person", "organization", "country", "group")
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.dep_ in ("nsubj", "nsubjpass") and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY"):
            return True  # a name the NER missed, as the subject: "Duarte was reported to have said"
        if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in _EVIDENCE_CUES and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children
        ):
            return True  # "the Climate Reanalyzer program indicated": a named source of data
        lemma = tok.lemma_.lower()
        if lemma in _QUANTITIES:
            # "Dozens of scientists signed a letter": the people counted
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            return obj is not None and self._speaker_like(obj)
        return lemma in SPEAKER_NOUNS or lemma in DOCUMENT_NOUNS or lemma in TITLE_HEADS and tok.pos_ == "NOUN" or _agentive(tok)

    @staticmethod
    def _some_people(tok) -> bool:
        """ "Although some feared the camp would ...": an indefinite pronoun alone as the
        subject ("some of the firms" is the firms; "some" before a noun is no pronoun)."""
        return tok.lower_ in _SOME_PEOPLE and tok.pos_ == "PRON" and tok.dep_ == "nsubj" and not any(True for _ in tok.children)

    def _document_near(self, tok):
        """A document noun the phrase of tok belongs to ("a letter to the board of directors stating")."""
        node = tok
        for _ in range(4):
            if node.lemma_.lower() in DOCUMENT_NOUNS:
                return node
            if node.head is node:
                break
            node = node.head
        return None

    def _issuer(self, doc_tok):
        """ "Jobs resigned in a letter": the subject of the verb the document hangs on."""
        node = doc_tok
        for _ in range(4):
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                subj = self._own_subject(node)
                if subj is not None and (self._speaker_like(subj) or self._named_body(subj) is not None or subj.pos_ == "NOUN" and any(
                    t.dep_ == "compound" and t.pos_ == "PROPN" for t in subj.subtree if t.i < subj.i
                )):
                    return subj  # "the Lisbon film academy shared a statement": a body the NER did not name
                return None
        return None

    def find(self) -> list[ClaimRecord]:
        repair_verbal_nouns(self.doc)
        repair_complement_clauses(self.doc)
        claims: list[ClaimRecord] = []
        used_quotes: set[tuple[int, int]] = set()
        for sent in self.doc.sents:
            self.note_documents(sent)
            made: dict[int, ClaimRecord] = {}  # cue token -> its claim, in this sentence
            for cue, cue_text in self.cues(sent):
                record = self._claim(cue, cue_text, used_quotes)
                if record is None:
                    continue
                if self._restated(cue, record, made):
                    continue
                made[cue.i] = record
                claims.append(record)
            self.note_sentence(sent)
        return claims

    @staticmethod
    def _restated(cue, record: ClaimRecord, made: dict) -> bool:
        """ "Al-Shabab said it would welcome aid groups": a cue inside what an outer cue of
        the same speaker reports is that one report, not a second (an inner cue with a
        source of its own, "X said Y believes", is one)."""
        if not record.claimant_keys or not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            return False  # a subject borrowed from the outer cue may be a misparse of one of its own
        node = cue
        for _ in range(4):
            if node.head is node or node.dep_ not in ("ccomp", "xcomp"):
                # only the clause the outer cue reports: "described A and pledged B" are two,
                # and "saying ..." beside a cue is no content of it
                return False
            node = node.head
            outer = made.get(node.i)
            if outer is not None:
                # the same source, not one of its own ("Znak reported its source said")
                return outer.claimant == record.claimant and outer.claimant_keys == record.claimant_keys
        return False

    def _claim(self, cue, cue_text: str, used_quotes: set) -> ClaimRecord | None:
        doc = self.doc
        extra = None
        prior: list[tuple[int, int]] = []  # earlier paragraphs of a quotation (quote_runs)
        if cue_text == "according to":
            to = doc[cue.i + 1]
            objs = [c for c in to.children if c.dep_ in ("pobj", "pcomp")]
            if not objs:
                return None
            claimant = self.claimant_of(objs[0], loose=True)
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
        elif cue.i in self.noun_cues:
            # "The bureau released a statement warning ...": who released it says what follows.
            verb = cue.head
            subj = self.subject(verb)
            claimant = self.claimant_of(subj, loose=True) if subj is not None else None
            rest = [t for t in verb.subtree if t.i > cue.i and not t.is_punct]
            if not rest or claimant is None:
                return None
            self.absorbed.update(t.i for t in rest if t.pos_ == "VERB")
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
            if rest[0].lower_ == "that" and len(rest) > 1:
                start = rest[1].idx
            span_start, span_end = min(start, subj.left_edge.idx), end
        else:
            subj = self.subject(cue)
            if subj is not None and (subj.lower_ in ("nobody", "none", "no-one") or any(
                c.dep_ == "det" and c.lower_ == "no" for c in subj.children
            )):
                return None  # "no other country has agreed to ...": no one said it
            claimant = self.claimant_of(subj, loose=cue.lemma_.lower() in SAY_VERBS) if subj is not None else None
            if subj is not None and claimant is None and subj.lower_ not in _PERSONAL and subj.lower_ not in _COLLECTIVE:
                return None  # "tension that threatens ...": not a speaker
            if cue.lemma_.lower() in _NAMING and not any(c.dep_ in ("agent", "dobj") for c in cue.children) and (
                subj is None or cue.dep_ == "acl" and cue.tag_ in ("VBN", "VBD") and not self._verb_of_a_verbless_sentence(cue)
            ):
                # "(the magazine,) dubbed the New York Times of games journalism": no namer expressed;
                # the noun a participle hangs on is what is named, not who names it.
                return None
            if any(c.dep_ == "auxpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children) and self._misplaced_agent(cue) is None:
                return None  # "are expected to": no one is speaking
            if cue.tag_ == "VBN" and cue.dep_ == "advcl" and cue.head.i > cue.i and cue.i == cue.sent.start and not any(
                c.dep_ == "agent" for c in cue.children
            ):
                return None  # "Asked whether she regretted it, Berg said": she was asked; the asker is not named
            exclude = {t.i for t in subj.subtree} - {t.i for t in cue.subtree} if subj is not None else set()
            if subj is not None and subj.head.i == cue.i and subj.i > cue.i and subj.dep_ in ("dobj", "attr"):
                exclude |= {t.i for t in subj.subtree}  # '"...," commented a commuter, Joseph Lim': the speaker, not content
            light = cue_text.count(" ") and cue.lemma_.lower() in LIGHT_VERBS and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in SPEECH_NOUNS or self._figure_given(c)) for c in cue.children
            )
            content = None if light else self._content(cue, exclude)
            if self._speech_made(cue):
                # what was said is the speech noun's own phrase, up to the clause that says who made it
                noun = cue.head
                end = cue.left_edge.i - 1
                while end > noun.i and (doc[end].is_punct or doc[end].dep_ == "mark"):
                    end -= 1
                content = (noun.left_edge.idx, doc[end].idx + len(doc[end].text))
            if light:
                obj = next(c for c in cue.children if c.dep_ == "dobj")
                clauses = [t for c in obj.children if c.dep_ in ("acl", "relcl") for t in c.subtree]
                wanted = next((c for c in [*obj.children, *cue.children] if c.i > obj.i and (
                    c.dep_ == "prep" and c.lower_ == "for"
                    or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == c.left_edge.i for m in c.children)
                )), None) if obj.lemma_.lower() in _REQUEST_NOUNS else None
                if clauses:
                    content = (min(t.idx for t in clauses), max(t.idx + len(t.text) for t in clauses))
                elif self._figure_given(obj):
                    content = (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))  # the figure itself
                elif wanted is not None:
                    # "made a plea on Tuesday for donors to act", "issued an appeal for calm": what is asked
                    content = (wanted.left_edge.idx, wanted.right_edge.idx + len(wanted.right_edge.text))
                elif obj.lemma_.lower() in STANCE_NOUNS and claimant is not None:
                    # "sent their condolences", "offered congratulations to": the object is the stance
                    last = obj.right_edge
                    for c in cue.rights:  # "offered his full support to the rescue teams"
                        if c.i > last.i and c.dep_ == "prep" and c.lower_ in ("to", "for", "about", "over", "against", "with") and c.i == last.i + 1:
                            last = c.right_edge
                    content = (obj.left_edge.idx, last.idx + len(last.text))
                elif obj.i + 1 < len(doc) and doc[obj.i + 1].text == ":":
                    rest = doc[obj.i + 2 : cue.sent.end] if obj.i + 2 < cue.sent.end else None
                    if rest is None or not rest.text.strip():
                        following = doc[cue.sent.end].sent if cue.sent.end < len(doc) else None
                        rest = following
                    if rest is not None and rest.text.strip():
                        content = (rest.start_char, rest.end_char)
            quote = None
            if content is not None and len(self.text[content[0]:content[1]].split()) <= 1 and not (
                cue.lemma_.lower() in STANCE_NP_VERBS and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in cue.children)
                or cue.lemma_.lower() in _CREDIT_VERBS and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _CREDIT_NOUNS for c in cue.children)
                or cue.lemma_.lower() in REQUEST_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" and c.i > cue.i for c in cue.children)
                or cue.lemma_.lower() in STANCE_NP_VERBS and any(
                    c.dep_ == "prep" and c.lower_ in ("against", "of", "about", "over") and c.i > cue.i
                    and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in cue.children)
            ):  # "called for restraint", "appealed for calm", "warned against complacency": one word says it
                content = None  # "saying that, ..." followed by the quotation; not "urged restraint"
            if content is not None:
                around = self._quote_around(*content)
                # Only a quotation that holds the whole content replaces it.
                if around is not None and around[0] <= content[0] + 2 and content[1] <= around[1] + 2:
                    quote = around
            else:
                # "He said:" followed by a quotation.
                after = [q for q in self.quotes if q[0] >= cue.idx and q[0] - cue.idx < 60]
                before = [q for q in self.quotes if q[1] <= cue.idx and (
                    cue.idx - q[1] < 30 or cue.idx - q[1] < 160 and self._only_subject_between(cue, q[1]))]
                if after and any(t.text == ":" for t in doc[cue.i + 1 : cue.i + 3]):
                    before = []  # "It went on to say: \"...\"": the quotation that follows
                quote = (before or after or [None])[-1 if before else 0]
            if quote is not None and quote[1] <= cue.idx:
                # '"A," he said. "B."': the quotation goes on after the attribution.
                nxt = [q for q in self.quotes if q[0] > cue.idx and 0 <= q[0] - cue.sent.end_char <= 3]
                if nxt and self._stands_alone(nxt[0]):
                    extra = nxt[0]
            if quote is not None:
                cue_inside = quote[0] <= cue.idx < quote[1]
                if not cue_inside:
                    content = quote
                    used_quotes.add(quote)
                    at = quote[0]
                    while at in self.quote_runs:  # the paragraphs this quotation opened in
                        at = self.quote_runs[at]
                        earlier = next(q for q in self.quotes if q[0] == at)
                        if earlier in used_quotes or self.text[self.text.rfind("\n", 0, at) + 1 : at - 1].strip():
                            break  # a quotation in a paragraph of its own; not 'was "dead.' after a cue
                        prior.insert(0, earlier)
                        used_quotes.add(earlier)
            if content is None and cue.lemma_.lower() in ("apologize", "apologise") and claimant is not None:
                content = (cue.idx, cue.idx + len(cue.text))  # "X has apologised": the apology itself
            if content is None:
                return None
            start, end = content
            # A subject borrowed from a clause before ("X said A, but said B") is not part
            # of this claim's span: it would swallow the first claim and its cue.
            own = subj is not None and any(t.i == subj.i for t in cue.subtree)
            span_start = min(start, subj.left_edge.idx if own else cue.idx, cue.idx)
            span_end = max(end, cue.idx + len(cue.text))
        start, end = self._balanced(start, end)
        span_start, span_end = min(span_start, start), max(span_end, end)
        text = self._span_text(start, end)
        if prior:
            paragraphs = [t for t in (self._span_text(*q) for q in prior) if t]
            if paragraphs:
                text = " ".join(t if t[-1:] in ".?!" else t + "." for t in paragraphs) + " " + text
                span_start = min(span_start, prior[0][0])
        if extra is not None:
            more = self._span_text(*extra)
            if text and more and text[-1] not in ".?!" and more[:1].isupper():
                text += "."  # '"A," he said. "B."': the comma before the attribution ended a sentence
            text = f"{text} {more}"
            span_end = max(span_end, extra[1])
        last_end = extra[1] if extra is not None else end
        opened = next((q for q in self.quotes if q[0] in self.quote_next and q[0] < last_end <= q[1] + 2), None)
        while opened is not None and text:
            # 'Keller said: "A.\n\n"B."': the quotation goes on into the next paragraphs.
            after = next(q for q in self.quotes if q[0] == self.quote_next[opened[0]])
            tail = self.text[after[1] : self.text.find("\n", after[1]) if "\n" in self.text[after[1]:] else len(self.text)]
            if after in used_quotes or re.search(r"\w", tail):
                break  # closed with an attribution of its own: that cue's claim
            more = self._span_text(*after)
            if more:
                text = f"{text if text[-1:] in '.?!' else text + '.'} {more}"
            used_quotes.add(after)
            span_end = max(span_end, after[1])
            opened = after if after[0] in self.quote_next else None
        if not text or len(text) < 3:
            return None
        if claimant is None and cue_text.count(" ") and cue.lemma_.lower() in LIGHT_VERBS:
            return None  # "sent comments": with no one named, no claim
        self.remember(claimant)
        if claimant is not None and claimant.key and claimant.kind in ("organization", "other") and cue.lemma_.lower() in SAY_VERBS and _named_like_a_person(claimant.text):
            self.name_speaker = (claimant, cue.i)
        if claimant is None:
            display, key, keys = "unattributed", None, []
        else:
            display, key = claimant.text, claimant.key
            keys = list(claimant.keys) if claimant.keys else ([key] if key else [])
        return ClaimRecord(
            claimant=display,
            cue=cue_text,
            text=text,
            start=span_start,
            end=span_end,
            claimant_key=key,
            claimant_keys=keys,
        )


def find_claims(doc, ents: DocEntities, names: dict[str, str], titles: dict[str, str] | None = None,
                affiliations: dict[str, str] | None = None) -> list[ClaimRecord]:
    return ClaimFinder(doc, ents, names, titles, affiliations).find()
