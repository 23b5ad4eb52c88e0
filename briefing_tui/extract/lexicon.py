"""Word lists the rules consult: titles, reporting cues, event triggers, planning cues.

These are closed classes of English that no PyPI package maintains in a usable
form (the spaCy pipeline gives lemmas and parses, not these classes), so they
are kept here, in one place, by lemma. They hold general English only: nothing
in them names a person, place or event of any particular report.
"""

from __future__ import annotations

# Head nouns of titles and offices ("Foreign Minister", "chief executive").
TITLE_HEADS = frozenset(
    """
    minister secretary president vice-president premier chancellor governor mayor senator
    congressman congresswoman representative ambassador envoy consul diplomat spokesman
    spokeswoman spokesperson ceo cfo coo cto cio chairman chairwoman chairperson chair
    director executive officer manager founder co-founder cofounder head leader chief
    commander general admiral colonel major captain lieutenant sergeant marshal
    king queen prince princess emperor sultan emir sheikh pope cardinal bishop archbishop
    rabbi imam judge justice attorney prosecutor lawyer counsel advocate professor
    dean rector economist analyst researcher scientist editor correspondent reporter
    chancellor speaker deputy undersecretary under-secretary commissioner inspector
    superintendent sheriff constable administrator coordinator adviser advisor
    counselor counsellor treasurer auditor president-elect chief-of-staff lawmaker
    legislator mp mep delegate negotiator designer engineer evangelist partner owner
    publisher producer coach captain striker goalkeeper player actor singer author
    """.split()
)

# Words that modify a title head ("Foreign", "Senior Vice", "Defence").
TITLE_MODIFIERS = frozenset(
    """
    foreign defense defence prime vice deputy assistant associate acting interim former
    senior junior chief executive general first second principal state federal national
    regional provincial finance interior home justice trade commerce economy economic
    industry energy health education labour labor transport transportation agriculture
    environment culture science technology information communications unification
    security intelligence military armed naval air army navy marine police fire public
    press communications marketing operations financial technical creative legal
    managing lead head co grand supreme high attorney solicitor lord lady crown
    opposition majority minority party parliamentary cabinet presidential royal
    worldwide global international corporate product software hardware design
    internet services retail sales digital media development research strategy
    then then- outgoing incoming current new future late founding honorary
    """.split()
)

# Abbreviated titles, expanded for display ("Gen. Smith" -> General).
TITLE_ABBREVIATIONS = {
    "gen": "General", "lt": "Lieutenant", "col": "Colonel", "maj": "Major", "capt": "Captain",
    "adm": "Admiral", "sgt": "Sergeant", "gov": "Governor", "sen": "Senator",
    "rep": "Representative", "pres": "President", "prof": "Professor", "dr": "Dr",
    "amb": "Ambassador", "supt": "Superintendent", "insp": "Inspector",
}

# Forms of address that are not roles, dropped from names ("Mr Lowe" -> Lowe).
HONORIFICS = frozenset("mr mrs ms miss mx sir dame madam mister".split())

# Reporting and stance cues, by lemma (verbs) -- far beyond a 55-verb list:
# speech, assertion, stance, commitment, request and report verbs of news.
CUE_VERBS = frozenset(
    """
    say tell state claim assert declare announce report add note explain argue insist
    maintain contend suggest indicate reveal disclose confirm deny acknowledge admit
    concede warn caution urge call demand ask request appeal plead implore
    condemn criticize criticise denounce decry slam blast lambast accuse blame
    praise welcome hail applaud commend laud thank congratulate endorse
    oppose reject dismiss dispute doubt rebut refute
    pledge promise vow commit swear guarantee assure reassure
    threaten predict forecast expect estimate anticipate believe think feel
    hope fear worry write tweet quote cite describe characterize
    characterise label dub portray depict reiterate repeat
    stress emphasize emphasise underline underscore highlight point mention remark
    comment observe recall recount testify allege complain protest lament
    regret apologize apologise express voice convey agree concur
    recommend propose advise counsel instruct inform notify
    brief answer reply respond retort shout yell whisper mutter joke quip
    boast brag conclude speculate reckon surmise
    clarify elaborate specify outline summarize summarise recognize recognise
    """.split()
)

# Nouns that carry attribution ("according to", "in a statement", "his remarks").
CUE_PHRASES = ("according to", "as reported by", "in the words of", "quoting")

# Verbs of speech that need a complement to be a claim (else they are events:
# "announce plans to" is both). Verbs that take a quote or clause.
SPEECH_VERBS = frozenset(
    "say tell state claim add note explain argue insist write report quote reply respond".split()
)

# Event triggers. Nouns map to a kind; verb lemmas map to the kind's noun.
EVENT_NOUNS = {
    "meeting": "meeting", "summit": "summit", "talks": "talks", "talk": "talks",
    "conference": "conference", "convention": "conference", "keynote": "keynote",
    "session": "meeting", "dialogue": "dialogue", "negotiation": "negotiation",
    "visit": "visit", "trip": "visit", "tour": "visit", "test": "test",
    "launch": "launch", "deployment": "deployment", "dispatch": "deployment",
    "attack": "attack", "strike": "attack", "airstrike": "attack", "bombing": "attack",
    "assault": "attack", "offensive": "attack", "invasion": "invasion", "raid": "attack",
    "shooting": "attack", "explosion": "explosion", "blast": "explosion",
    "agreement": "agreement", "treaty": "agreement", "accord": "agreement", "deal": "agreement",
    "pact": "agreement", "signing": "signing", "vote": "vote", "election": "election",
    "referendum": "vote", "ballot": "vote", "lawsuit": "lawsuit", "suit": "lawsuit",
    "trial": "trial", "case": "lawsuit", "verdict": "ruling", "ruling": "ruling",
    "release": "release", "unveiling": "release", "introduction": "release",
    "announcement": "announcement", "resignation": "resignation", "death": "death",
    "election": "election", "inauguration": "inauguration", "ceremony": "ceremony",
    "exercise": "exercise", "drill": "exercise", "withdrawal": "withdrawal",
    "ceasefire": "ceasefire", "truce": "ceasefire", "sanction": "sanctions",
    "sanctions": "sanctions", "protest": "protest", "demonstration": "protest",
    "rally": "protest", "arrest": "arrest", "acquisition": "acquisition",
    "merger": "merger", "takeover": "acquisition", "recall": "recall",
    "earthquake": "disaster", "flood": "disaster", "hurricane": "disaster",
    "crash": "accident", "accident": "accident", "collision": "accident",
    "election": "election", "hearing": "hearing", "investigation": "investigation",
    "probe": "investigation", "complaint": "lawsuit", "settlement": "settlement", "dispute": "dispute",
    "event": "event", "expo": "conference", "festival": "event", "leave": "leave",
}

EVENT_VERBS = {
    "meet": "meeting", "hold": "meeting", "host": "meeting", "convene": "meeting",
    "visit": "visit", "tour": "visit", "test": "test", "launch": "launch",
    "fire": "launch", "deploy": "deployment", "dispatch": "deployment", "send": "deployment",
    "attack": "attack", "strike": "attack", "bomb": "attack", "invade": "invasion",
    "shell": "attack", "kill": "attack", "shoot": "attack", "explode": "explosion",
    "sign": "signing", "ratify": "agreement", "adopt": "adoption", "approve": "approval",
    "pass": "approval", "vote": "vote", "elect": "election", "sue": "lawsuit",
    "file": "lawsuit", "settle": "settlement", "rule": "ruling", "convict": "ruling",
    "sentence": "ruling", "acquit": "ruling", "release": "release", "unveil": "release",
    "introduce": "release", "debut": "release", "ship": "release", "open": "opening",
    "resign": "resignation", "quit": "resignation", "step": "resignation",
    "retire": "resignation", "die": "death", "found": "founding", "establish": "founding",
    "create": "founding", "acquire": "acquisition", "buy": "acquisition",
    "purchase": "acquisition", "merge": "merger", "withdraw": "withdrawal",
    "arrest": "arrest", "detain": "arrest", "recall": "recall", "protest": "protest",
    "sell": "sale", "discontinue": "discontinuation", "cut": "price cut",
    "lower": "price cut", "reduce": "price cut", "raise": "increase", "win": "win",
    "lose": "loss", "appoint": "appointment", "name": "appointment", "hire": "appointment",
    "sack": "dismissal", "dismiss": "dismissal", "leave": "departure",
    "join": "joining", "return": "return", "announce": "announcement",
    "dissolve": "dissolution",
}

# Verbs that are events only when something shows they are (a date, a place or
# a named participant), since they are common in other senses.
WEAK_EVENT_VERBS = frozenset(
    "hold host send fire kill shoot pass file rule open create sell cut lower reduce "
    "raise win lose name leave join return announce introduce ship found establish "
    "buy step quit".split()
)

# Words that mark an event as intended or scheduled, not yet happened.
PLANNING_LEMMAS = frozenset(
    "plan schedule set expect intend aim propose prepare seek hope will shall upcoming "
    "forthcoming future next coming later tentative due slate".split()
)

# Head nouns of plural groups that can make claims ("the ministers", "both countries").
GROUP_NOUNS = frozenset(
    """
    minister ministers countries country governments government leaders officials
    delegation delegations sides parties allies nations partners members representatives
    authorities statement communique declaration spokesman spokesperson spokeswoman
    ministry department office agency police military army court company firm group
    committee council commission panel board union organization organisation
    """.split()
)

# Documents whose author is the claimant ("the statement condemned").
DOCUMENT_NOUNS = frozenset(
    "statement communique communiqué declaration report letter release resolution "
    "announcement memo filing complaint".split()
)

# Nouns after a proper name that make it a place ("the Kursk region").
PLACE_NOUNS = frozenset(
    "region province state county city town village district oblast prefecture territory "
    "island islands peninsula valley river sea ocean strait gulf bay border area zone "
    "airport port base capital".split()
)

# Legal forms dropped from organisation keys ("Apple Inc." and "Apple" are one).
ORG_SUFFIXES = frozenset(
    "inc inc. incorporated corp corp. corporation co co. company ltd ltd. limited llc "
    "plc ag sa gmbh nv bv".split()
)

# Common nouns that can be a claimant on their own ("officials said", "critics
# warned"): people, bodies and texts that speak.
SPEAKER_NOUNS = GROUP_NOUNS | frozenset(
    """
    official analyst expert critic source witness resident observer commentator
    spokesman spokeswoman spokesperson representative executive chief president leader
    lawyer attorney prosecutor judge investigator researcher scientist study survey
    poll report paper newspaper agency media press diplomat negotiator
    administration regime cabinet parliament congress senate lawmaker legislator
    minister secretary director manager chairman ceo founder employee worker staff
    user customer fan consumer people person man woman child student teacher doctor
    activist campaigner group organisation organization party opposition union
    military army navy force forces troops commander general officer soldier
    police court tribunal firm company corporation maker manufacturer bank regulator
    ministry office department embassy mission council committee commission board
    website site blog release announcement filing document lawsuit complaint
    """.split()
)
