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
    employee staffer expert specialist doctor physician surgeon nurse professor
    teacher student researcher consultant strategist commentator columnist blogger
    activist campaigner lobbyist investor banker trader broker entrepreneur
    co-chairman co-chair vice-chairman vice-chair vice-president vp svp evp
    official officer lecturer taoiseach tanaiste chancellor premier president-elect presenter
    newsreader journalist anchor politician candidate nominee
    priest pastor vicar chaplain rabbi nun monk sociologist psychologist historian
    criminologist economist epidemiologist virologist climatologist geologist
    laureate champion athlete runner swimmer cyclist boxer musician poet novelist
    filmmaker artist photographer astronaut pilot copilot co-pilot attendant assistant businessman businesswoman billionaire
    magistrate ombudsman envoy emissary attaché attache councillor councilor alderman
    rapporteur ayatollah cleric mufti patriarch monarch assemblyman assemblywoman councilman
    councilwoman aide trustee warden coroner commandant brigadier corporal commodore comptroller
    registrar solicitor barrister headteacher headmaster referee umpire skipper midfielder
    defender quarterback actress rapper comedian architect firefighter paramedic trooper
    detective czar tsar mediator boss tycoon magnate mogul ruler dictator strongman warlord
    agent investigator clerk pollster physicist chemist biologist astronomer statistician
    driver golfer sprinter jockey batsman bowler winger deacon preacher provost headmistress
    duke duchess earl countess baron baroness marquess viscount
    medalist medallist finalist semifinalist olympian paralympian
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
    management medical legal industry technology marketing worldwide presiding operating
    administrative communications human resources special rear
    detective elect staff
    designate ex shadow lance field master
    """.split()
)

# Offices held in a party or a legislature: a capitalised modifier before one of
# these is the party ("Labour leader", "Labor candidate"), not a ministry's field
# as in "Labour Minister".
PARTY_HEADS = frozenset("leader candidate mp mep politician lawmaker legislator senator councillor councilor member".split())

# Political persuasions that name a party when capitalised before a party office
# ("Conservative MP", "Socialist candidate"); the NER often misses them opening a sentence.
PARTY_ADJECTIVES = frozenset(
    """
    conservative liberal socialist communist green tory democratic democrat republican
    progressive nationalist libertarian unionist centrist labour labor
    """.split()
)

# Offices of a city or a province: a capital beside one names the city, not the
# country's government ("London Mayor", "the mayor of Kyiv").
LOCAL_OFFICES = frozenset("mayor councillor councilor alderman sheriff governor".split())

# Abbreviated titles, expanded for display ("Gen. Smith" -> General).
TITLE_ABBREVIATIONS = {
    "gen": "General", "lt": "Lieutenant", "col": "Colonel", "maj": "Major", "capt": "Captain",
    "adm": "Admiral", "sgt": "Sergeant", "gov": "Governor", "sen": "Senator",
    "rep": "Representative", "pres": "President", "prof": "Professor", "dr": "Dr",
    "amb": "Ambassador", "supt": "Superintendent", "insp": "Inspector",
    "brig": "Brigadier", "atty": "Attorney", "cmdr": "Commander", "cdr": "Commander",
    "cpl": "Corporal", "pvt": "Private", "det": "Detective", "lieut": "Lieutenant",
    "rev": "Reverend", "msgr": "Monsignor", "spc": "Specialist",
    "pfc": "Private First Class", "fr": "Father",
}

# Styles of rank after "His", "Her" ("His Holiness Pope X", "Her Majesty Queen X"):
# neither a body nor part of the office.
STYLES_OF_RANK = frozenset("holiness majesty excellency highness eminence grace beatitude".split())

# Styles borne before the name by members of ruling families ("Sheikh Tamim"): the
# role when nothing else is said, but an office beside one is the role ("Emir of
# Qatar Sheikh X", "Crown Prince Sheikh X", "Sheikh X, ruler of Dubai").
STYLES_BEFORE_NAME = frozenset(("sheikh", "sheikha", "shaikh"))

# Forms of address that are not roles, dropped from names ("Mr Lowe" -> Lowe).
HONORIFICS = frozenset("mr mrs ms miss mx sir dame madam mister".split())


def plural_title(text: str) -> bool:
    """A capitalised title head in the plural ("MPs", "Senators"), which the tagger
    may call a verb or a name."""
    low = text.lower().strip(".")
    return len(low) > 2 and low.endswith("s") and low[:-1] in TITLE_HEADS and text[:1].isupper()

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
    attribute associate credit contend charge allege assert hint signal acknowledge
    point show find read
    deem consider regard disparage reaffirm invite press continue insist
    rebuke reprimand censure chastise berate scold interpret
    ascribe affirm detail justify refer
    post echo question challenge project rule record
    accept hypothesize hypothesise theorize theorise posit identify order alert
    """.split()
)

# Phrasal verbs of stance (verb + particle): "hit out at the banks", "ruled out new
# taxes", "played down the risk", "brushed aside the criticism".
PHRASAL_CUES = frozenset(
    ("hit out", "lash out", "rule out", "play down", "brush aside", "shrug off", "speak out", "wave away",
     "fire back", "hit back", "call out", "sound off", "weigh in", "talk up", "play up")
)

# Cues that take a plain noun phrase as what is said: stance towards a thing
# ("condemned the test", "welcomed the announcement", "expressed support").
# Every other cue needs a clause, a quotation or an infinitive ("announced that
# ...", "told customers to ..."): "announced the iPhone 3GS" and "added audio
# recording" are events, not claims.
STANCE_NP_VERBS = frozenset(
    """
    condemn criticize criticise denounce decry slam blast lambast accuse blame praise
    welcome hail applaud commend laud thank congratulate endorse oppose reject dismiss
    dispute doubt rebut refute deny pledge promise vow guarantee threaten predict
    forecast expect estimate urge demand request express voice convey reiterate
    repeat stress emphasize emphasise underline underscore confirm acknowledge admit
    concede recommend propose advocate support back attribute associate credit point
    describe characterize characterise label dub portray depict question challenge
    warn caution reaffirm disparage rebuke reprimand censure chastise berate scold
    suggest ascribe affirm detail justify echo apologize apologise mention
    """.split()
)

# Nouns of a position held: "maintained his innocence", "reiterated its stance",
# "restated the party's opposition" say what the speaker holds with no clause.
POSITION_NOUNS = frozenset(
    "innocence guilt position stance view views belief claim claims assertion denial opposition support".split()
)

# Cues of plain speech: their subject is a speaker whatever noun it is ("the
# indictment said", "the ruling states"); other cues need a known speaker noun.
SAY_VERBS = frozenset(
    "say tell state claim allege assert add note write report insist argue explain "
    "announce declare conclude contend maintain accuse deny reiterate".split()
)

# Verbs of asking: with "for" or "on ... to" they report a request ("appealed
# for help", "called on Turkey to halt", "pressed her to go forward").
REQUEST_VERBS = frozenset("call appeal ask press plead urge push lobby beg invite petition".split())

# Cues that speak only with a document or data subject ("the memo showed that").
EVIDENTIAL_VERBS = frozenset("show read find".split())

# A speech noun as object turns a light verb into a cue ("made this comment",
# "left this farewell", "extended an invitation", "issued a statement").
LIGHT_VERBS = frozenset("make leave extend issue give offer deliver send post publish release put raise level lodge".split())
SPEECH_NOUNS = frozenset(
    """
    comment comments remark remarks statement statements farewell invitation warning
    appeal message speech address note apology promise pledge threat ultimatum assurance
    reply response answer plea call study report suggestion suggestions recommendation recommendations
    condolence condolences congratulations greetings thanks sympathy sympathies
    """.split()
) | frozenset(
    # stance nouns (below): "offered his full support", "made unfounded allegations"
    "support backing endorsement opposition objection objections allegation allegations accusation "
    "accusations criticism condemnation concern concerns solidarity gratitude regret".split()
)
# Speech nouns that are a stance in themselves: "sent their condolences", "offered his
# full support", "raised concerns about the plan" say it all with no clause.
STANCE_NOUNS = frozenset(
    "condolence condolences congratulations greetings thanks sympathy sympathies apology apologies "
    "support backing endorsement opposition objection objections allegation allegations accusation "
    "accusations criticism condemnation concern concerns solidarity gratitude regret "
    "suggestion suggestions recommendation recommendations".split()  # "offered ten suggestions for safe use"
)

# Descriptions that stand for an organisation already named ("the company",
# "the firm", "the young computer maker").
ORG_DESCRIPTORS = frozenset(
    """
    company firm group maker giant retailer manufacturer corporation organization
    organisation business carrier operator network studio label publisher newspaper
    magazine website agency bank insurer airline chain developer provider vendor
    supplier conglomerate startup rival leader
    """.split()
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
    "appearance": "appearance", "pre-order": "pre-order", "pre-orders": "pre-order",
    "preorder": "pre-order", "keynote": "keynote", "transplant": "surgery", "surgery": "surgery",
    "birth": "birth", "funeral": "funeral", "capture": "capture", "seizure": "seizure",
    "swap": "exchange", "exchange": "exchange",
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
    "resign": "resignation", "quit": "resignation",
    "retire": "resignation", "die": "death", "found": "founding", "establish": "founding",
    "create": "founding", "acquire": "acquisition", "buy": "acquisition",
    "purchase": "acquisition", "merge": "merger", "withdraw": "withdrawal",
    "arrest": "arrest", "detain": "arrest", "recall": "recall", "protest": "protest",
    "sell": "sale", "discontinue": "discontinuation", "cut": "price cut",
    "lower": "price cut", "reduce": "price cut", "raise": "increase", "win": "win",
    "lose": "loss", "appoint": "appointment", "name": "appointment", "hire": "appointment",
    "sack": "dismissal", "dismiss": "dismissal", "leave": "departure",
    "join": "joining", "return": "return", "announce": "announcement",
    "dissolve": "dissolution", "bear": "birth", "oust": "dismissal",
    "undergo": "surgery", "succeed": "succession", "rename": "renaming",
    "capture": "capture", "seize": "seizure", "recapture": "capture", "liberate": "capture",
    "swap": "exchange", "exchange": "exchange",
}

# A verb with a particle is another verb ("fired back at critics", "stepped up
# pressure", "stepped in"): these are the phrasal verbs that are events; an event
# verb with any other particle is not one.
PHRASAL_EVENT_VERBS = {
    "step down": "resignation", "step aside": "resignation", "stand down": "resignation",
    "sell off": "sale", "buy out": "acquisition", "buy up": "acquisition", "take over": "acquisition",
    "set up": "founding", "blow up": "explosion", "pull out": "withdrawal", "pull back": "withdrawal",
    "walk out": "protest", "shut down": "closure", "close down": "closure", "lock up": "arrest",
    "shoot down": "attack", "open up": "opening", "sign up": "joining", "vote down": "vote",
}
# Particles (the parser tags some as adverbs): "back", "in", "up" after a verb.
PARTICLES = frozenset("up down in out off back on over away aside through along about around".split())

# Verbs that are events only when something shows they are (a date, a place or
# a named participant), since they are common in other senses.
WEAK_EVENT_VERBS = frozenset(
    "hold host send fire kill shoot pass file rule open create sell cut lower reduce "
    "raise win lose name leave join return announce introduce ship found establish "
    "buy step quit seize exchange swap".split()
)

# Words that mark an event as intended or scheduled, not yet happened.
PLANNING_LEMMAS = frozenset(
    "plan schedule set expect intend aim propose prepare seek hope will shall upcoming determine threaten "
    "agree pledge promise vow decide commit want "
    "forthcoming future next coming later tentative due slate".split()
)

# Verbs and nouns whose object is wanted, not done: what is called for, urged,
# demanded, proposed, planned or threatened is an intended event ("called for the
# withdrawal", "urged Norvia to withdraw", "their call for the release").
INTENT_LEMMAS = frozenset(
    "call urge demand seek request propose plan intend threaten push press ask appeal "
    "advocate recommend proposal demand request appeal plea".split()
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
    "indictment ruling judgment judgement decree constitution charter plan "
    "proposal memorandum transcript affidavit bill law "
    "statement communique communiqué declaration report letter release resolution "
    "announcement memo filing complaint figure figures data statistic statistics study "
    "survey poll projection projections review email e-mail invitation website site "
    "record records document documents suit lawsuit blog post article recording message "
    "notice sign tweet video analysis assessment research investigation inquiry "
    "audit evidence finding findings test tests autopsy result results footage image images "
    "photo photos photograph photographs picture pictures estimate estimates census advisory guidance guideline guidelines".split()
)

# Nouns after a proper name that make it a place ("the Kursk region").
PLACE_NOUNS = frozenset(
    "region province state county city town village district oblast prefecture territory "
    "island islands peninsula valley river sea ocean strait gulf bay border area zone "
    "airport port base capital".split()
)

# Words that make a name an organisation's, not a person's ("Puerto Rico Center",
# "Labor Party"): a name holding one is never re-read as a person.
ORG_NAME_WORDS = frozenset(
    """
    party center centre council committee commission ministry department office agency
    institute institution university college school hospital association federation union
    league alliance coalition front movement army force forces navy bank fund foundation
    trust society club court assembly parliament congress senate government authority
    board bureau service services organisation organization group company corporation
    network news press times post journal daily herald tribune guardian telegraph
    airlines airways motors international
    """.split()
)

# Words in a body's name that say it is no company: "the company's chief executive"
# does not mean the Red Cross or a ministry named before.
NOT_COMPANY_WORDS = frozenset(
    """
    cross crescent charity foundation fund trust council committee commission ministry
    department agency institute institution university college school hospital association
    federation union league alliance coalition front movement party army force forces navy
    court assembly parliament congress senate government authority church nations
    organisation organization society police
    """.split()
)

# Legal forms and generic descriptors dropped from organisation keys, so that
# "Apple Inc.", "Apple Computer" and "Apple" are one, and "NPD Group" is "NPD".
ORG_SUFFIXES = frozenset(
    "inc inc. incorporated corp corp. corporation co co. company ltd ltd. limited llc "
    "plc ag sa gmbh nv bv computer computers group system systems holdings holding "
    "technologies industries enterprises".split()
)

# Words after an organisation's name that make a part or place of it, not another
# name for it ("Apple Stores", "Apple headquarters").
ORG_PARTS = frozenset(
    "store stores shop shops office offices headquarters website site campus division "
    "unit subsidiary board team staff employees workers factory factories plant".split()
)

# Head nouns of made things: a name in apposition to, or modifying, one of these
# is a product ("Tiger, the newest version of Mac OS X", "the Safari web browser").
ARTIFACT_NOUNS = frozenset(
    """
    version software system browser application app device phone smartphone handset
    player computer laptop notebook desktop tablet service feature widget processor
    chip program update model product console camera interface platform kernel suite
    tool utility client engine drive display screen gadget edition release upgrade
    patch os car vehicle aircraft plane drug vaccine game film movie album song book
    """.split()
)

# Head nouns of weapons: a name with one of these is a weapon ("Hwasong-19 ICBM").
WEAPON_NOUNS = frozenset(
    """
    missile missiles icbm icbms slbm rocket rockets drone drones tank tanks jet jets
    fighter fighters bomber bombers submarine submarines warship warships frigate
    destroyer carrier launcher launchers howitzer howitzers rifle rifles warhead
    warheads torpedo torpedoes interceptor interceptors helicopter helicopters
    """.split()
)

# Last words of organisation-labelled names that are events ("Worldwide
# Developers Conference", "the Korea-Canada Indo-Pacific dialogue").
EVENT_NAME_HEADS = frozenset(
    "conference convention summit expo exposition festival games olympics cup championship "
    "championships forum dialogue talks meeting session keynote fair show week".split()
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
    institute institution bureau center centre service observatory foundation university
    school hospital association federation coalition alliance authority watchdog
    embassy consulate broadcaster channel daily outlet economist campaigner resident
    victim family protester rebel militant insurgent insider individual someone
    representative spokesperson investor shareholder union prosecutor agency
    advocate delegate candidate defendant plaintiff prosecution defence defense
    charity ngo nonprofit body thinktank think-tank club team league magazine journal
    tabloid station television radio tv paper insurer lender airline carrier operator
    utility automaker carmaker retailer giant rival publisher studio label developer
    provider supplier vendor startup conglomerate chain network politician voter farmer
    survivor relative parent neighbour neighbor passenger scholar academic owner
    crew rescuer commuter
    """.split()
) | ORG_DESCRIPTORS
