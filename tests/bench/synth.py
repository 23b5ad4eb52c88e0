"""A deterministic synthetic news corpus: reports with their extractions, at any size.

Report i is the same for a given seed however the corpus is cut into chunks or
spread over processes: each chunk of CHUNK reports draws from its own generator
seeded with (seed, chunk). The skew is what makes a million reports hard:
function words and a few countries and people are in most reports, while most
words and names are in a few (Zipf-Mandelbrot draws over ~200k word types and
tens of thousands of entities). Bodies are 300-500 words with the entities,
claims, events and dates at the character spans the extraction records give.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pycountry

from briefing_tui.records import (
    ClaimRecord,
    DateRecord,
    EntityRecord,
    EventRecord,
    Extraction,
    ParticipantRecord,
    ReportInput,
)

CHUNK = 1000
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2024, 12, 31)
UNDATED_SHARE = 0.003

FUNCTION_WORDS = """the of and to in a that is for on was with as by he said it at from his
be has have an are its not but they were had this which will who their after also been
would more one two about than when new over other into government people there some could
year we all out up last against first no can only her if years may while three us before
told just most under during says since where them police officials like many through made
percent back because now several per made between government minister president country""".split()

NEWS_NOUNS = """talks agreement statement meeting summit troops forces security defense border
election vote parliament court ruling lawsuit trial sanctions economy market prices oil gas
energy inflation budget deficit trade exports imports tariffs company shares profits
investors bank rates growth crisis conflict war ceasefire peace attack strike missile test
launch deployment exercise drills aid refugees protest protesters workers union strike
investigation report inquiry evidence officials minister ministers spokesman spokeswoman
leader leaders government opposition coalition party campaign candidate reform policy law
bill treaty alliance dialogue cooperation partnership visit delegation embassy ambassador
region province capital city village coast island port airport railway highway bridge
hospital school university students teachers doctors patients health vaccine outbreak
virus disease storm flood earthquake drought fire wildfire weather climate emissions
technology software phone device network internet data privacy satellite rocket space
army navy military soldiers commander general officer weapons nuclear program plant
reactor inspectors agency council committee board chairman chief executive director
court judge prosecutors police arrest charges sentence prison detainees hostages rebels
militants insurgents fighters villages civilians casualties victims families residents
water food farmers harvest grain wheat rice fuel shortage demand supply deal contract
merger acquisition partner investment fund debt loan currency dollar euro yen""".split()

NEWS_VERBS = """announced warned condemned urged called pledged denied rejected approved signed
agreed launched deployed tested held met visited arrived returned resigned appointed
elected voted passed blocked delayed postponed cancelled suspended resumed expanded cut
raised lowered increased decreased reported confirmed claimed accused criticized praised
welcomed expressed demanded threatened vowed promised planned proposed discussed reviewed
ordered imposed lifted eased tightened seized captured killed injured evacuated rescued
attacked destroyed damaged repaired opened closed released unveiled introduced""".split()

ADJECTIVES = """new joint military economic political national international regional local
foreign domestic senior former recent major minor key strategic nuclear financial public
private official independent annual quarterly emergency humanitarian diplomatic direct
strong weak high low large small early late long short further additional possible
significant serious critical urgent formal informal initial final full partial""".split()

EVENT_KINDS = """meeting summit test launch deployment attack agreement vote lawsuit release
election visit strike protest exercise talks ceasefire announcement hearing trial""".split()

CUES = """said told announced warned condemned called for pledged denied urged stated
added noted stressed insisted argued claimed reported confirmed emphasized acknowledged
criticized welcomed demanded rejected vowed promised suggested explained asserted
according to""".split("\n")
CUES = [c for line in CUES for c in (line.split() if "according" not in line else [line.strip()])]

ROLES = """Foreign Minister|Defense Minister|Prime Minister|President|Finance Minister|
Interior Minister|spokesperson|Chief Executive|chairman|ambassador|Governor|Mayor|
General|senator|lawmaker|Secretary-General|analyst|professor|commander|director""".replace("\n", "").split("|")

FIRST_NAMES = """James Maria Wei Fatima Olga Ahmed Carlos Yuki Priya Kwame Ingrid Pierre Ana
Dmitri Leila Hiroshi Grace Omar Sofia Mateo Chen Aisha Lars Elena Tomas Nadia Ravi Mei
Jonas Amara Viktor Lucia Samuel Hana Ibrahim Clara Jin Zainab Felix Irina Diego Noor Henrik
Rosa Kenji Abena Paolo Svetlana Arjun Camille Tae-yul Yong-hyun Melanie Bill Min-jun Seo-yeon
Andrei Bianca Kofi Marta Stefan Leticia Hassan Eva Tariq Julia Nikolai Ama Hugo Leena Rafael
Anya Emeka Ines Pavel Sana Bruno Kateryna Malik Astrid Joao Farida Oskar Lina Sergio Yara
Goran Nia Marco Ewa Daniel Thandiwe Luis Mariam Anton Chiara Kwabena Helga Amir Beatriz""".split()

LAST_NAMES = """Smith Garcia Wang Khan Petrov Mensah Tanaka Sharma Okafor Nielsen Dubois Silva
Ivanov Haddad Sato Johnson Hassan Rossi Lopez Zhang Abdullah Larsen Popescu Novak Rahman
Patel Li Asante Kowalski Romero Mwangi Schmidt Fernandez Yilmaz Cho Kim Joly Blair Park Lee
Nakamura Costa Mahmoud Andersson Moreau Santos Kuznetsov Osei Gupta Martin Hoffmann Alvarez
Boateng Bakker Jansen Wojcik Morales Chaudhry Eriksen Leclerc Pereira Volkov Adeyemi Mori
Iyer Walker Kruger Navarro Ali Horvat Suzuki Reyes Fischer Duarte Sokolov Owusu Bose Young
Lindqvist Laurent Barbosa Orlov Nwosu Kapoor Hill Weber Ortiz Farouk Berg Richter Aydin
Castillo Mazur Varga Okonkwo Das Wright Keller Rojas Aziz Holm Fontaine Carvalho Lebedev""".split()

SOURCES = """Northern Wire|Daily Ledger|Harbour Times|Capital Dispatch|Meridian News|
Coastal Herald|Frontier Post|Metro Bulletin|Pacific Courier|Atlas Report|Summit Gazette|
Riverside Journal|Orbit Press|Granite Chronicle|Lantern Review|Beacon Daily|Crescent Tribune|
Valley Observer|Compass Weekly|Signal Monitor|Delta Record|Highland Voice|Ember Times|
Prairie Sentinel|Quay Telegraph|Juniper Ledger|Cobalt Wire|Falcon Herald|Mosaic News|
Aurora Courier|Basalt Post|Cedar Dispatch|Harbor Light|Keystone Journal|Lumen Press|
Nimbus Report|Onyx Bulletin|Pioneer Gazette|Quartz Daily|Redwood Review""".replace("\n", "").split("|")

HEAD_COUNTRIES = ["US", "CN", "RU", "UA", "GB", "FR", "DE", "JP", "KR", "KP", "IN", "IR",
                  "IL", "TR", "CA", "BR", "SA", "PK", "AU", "EG"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

_ONSETS = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
           "br", "tr", "st", "ch", "sh", "gr", "pl", "qu", "dr", "kr", "fl", "th"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"]
_CODAS = ["", "", "", "n", "r", "l", "s", "t", "x", "m", "nd", "rk"]


def _zipf_cdf(n: int, s: float, q: float = 2.7) -> np.ndarray:
    weights = 1.0 / np.power(np.arange(n, dtype=np.float64) + 1.0 + q, s)
    cdf = np.cumsum(weights)
    return cdf / cdf[-1]


def _pseudo_words(rng: np.random.Generator, count: int, taken: set[str]) -> list[str]:
    """Pronounceable made-up words, all distinct, for the long tail of the vocabulary."""
    out: list[str] = []
    seen = set(taken)
    while len(out) < count:
        n = 2 * (count - len(out)) + 100
        sizes = rng.integers(2, 5, n)
        onsets = rng.integers(len(_ONSETS), size=(n, 4))
        vowels = rng.integers(len(_VOWELS), size=(n, 4))
        codas = rng.integers(len(_CODAS), size=n)
        for i in range(n):
            k = sizes[i]
            word = "".join(_ONSETS[onsets[i, j]] + _VOWELS[vowels[i, j]] for j in range(k))
            word += _CODAS[codas[i]]
            if word not in seen:
                seen.add(word)
                out.append(word)
                if len(out) == count:
                    break
    return out


@dataclass(frozen=True)
class _Entity:
    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    role: str | None = None
    affiliation: int | None = None  # index into the country list


class Corpus:
    """The synthetic world: vocabulary, entities, sources. Cheap to build (~1 s)."""

    def __init__(self, seed: int = 7, vocabulary: int = 200_000):
        self.seed = seed
        rng = np.random.default_rng([seed, 0xC0FFEE])
        head = list(dict.fromkeys(FUNCTION_WORDS))
        mid = list(dict.fromkeys(w for w in itertools.chain.from_iterable(
            itertools.zip_longest(NEWS_NOUNS, NEWS_VERBS, ADJECTIVES)) if w))
        mid = [w for w in mid if w not in head]
        tail = _pseudo_words(rng, vocabulary - len(head) - len(mid), set(head) | set(mid))
        self.words = np.array(head + mid + tail, dtype=object)
        self.word_cdf = _zipf_cdf(len(self.words), 1.15)
        nouns = list(dict.fromkeys(NEWS_NOUNS))
        self.title_words = np.array(nouns, dtype=object)
        self.title_cdf = _zipf_cdf(len(nouns), 0.9)

        countries = {c.alpha_2: c for c in pycountry.countries}
        order = HEAD_COUNTRIES + sorted(set(countries) - set(HEAD_COUNTRIES))
        self.countries = []
        for code in order:
            c = countries[code]
            name = getattr(c, "common_name", None) or c.name
            aliases = {c.name, getattr(c, "official_name", c.name), c.alpha_3} - {name}
            self.countries.append(_Entity(f"country:{code}", name, "country", tuple(sorted(aliases))))
        self.country_cdf = _zipf_cdf(len(self.countries), 1.6, q=0.5)

        subs = sorted(pycountry.subdivisions, key=lambda s: s.code)
        pick = rng.permutation(len(subs))[:4000]
        self.places = [
            _Entity(f"place:{subs[i].code.lower()}", subs[i].name, "place", ()) for i in sorted(pick)
        ]
        rng.shuffle(self.places)
        self.place_cdf = _zipf_cdf(len(self.places), 1.1)

        people = [(f, l) for f in FIRST_NAMES for l in LAST_NAMES]
        order = rng.permutation(len(people))
        self.persons = []
        for i in order:
            first, last = people[i]
            role = ROLES[rng.integers(len(ROLES))]
            affiliation = int(np.searchsorted(self.country_cdf, rng.random()))
            self.persons.append(
                _Entity(f"person:{first.lower()} {last.lower()}", f"{first} {last}", "person",
                        (last,), role, affiliation)
            )
        self.person_cdf = _zipf_cdf(len(self.persons), 1.15)

        org_words = [w.capitalize() for w in NEWS_NOUNS[:120]]
        org_forms = ["Ministry of {}", "National {} Agency", "{} Institute", "{} Group",
                     "{} Council", "{} Corporation", "{} Union", "{} Foundation"]
        tail_caps = [w.capitalize() for w in tail[:3000]]
        orgs = []
        for form in org_forms:
            for w in org_words + tail_caps[: 1000]:
                orgs.append(form.format(w))
        orgs = list(dict.fromkeys(orgs))
        order = rng.permutation(len(orgs))
        self.orgs = []
        for i in order:
            name = orgs[i]
            acronym = "".join(p[0] for p in name.split() if p[0].isupper())
            self.orgs.append(_Entity(f"organization:{name.lower()}", name, "organization",
                                     (acronym,) if len(acronym) > 1 else ()))
        self.org_cdf = _zipf_cdf(len(self.orgs), 1.1)
        self.source_cdf = _zipf_cdf(len(SOURCES), 1.2)
        self.day_span = (LAST_DAY - FIRST_DAY).days

    # ------------------------------------------------------------------ reports

    def reports(self, start: int, count: int):
        """Reports start .. start+count-1 (0-based) as (ReportInput, Extraction) pairs."""
        end = start + count
        for chunk in range(start // CHUNK, (end - 1) // CHUNK + 1):
            lo = max(start, chunk * CHUNK)
            hi = min(end, (chunk + 1) * CHUNK)
            rng = np.random.default_rng([self.seed, chunk])
            for i in range(chunk * CHUNK, hi):
                item = _ReportBuilder(self, rng, i).build()
                if i >= lo:
                    yield item

    def _draw(self, rng, cdf, k):
        return np.searchsorted(cdf, rng.random(k))


class _ReportBuilder:
    def __init__(self, corpus: Corpus, rng: np.random.Generator, number: int):
        self.c = corpus
        self.rng = rng
        self.number = number
        self.parts: list[str] = []
        self.length = 0
        self.spaces = 0
        self.mentions: dict[str, list[tuple[int, int]]] = {}
        self.entities: dict[str, _Entity] = {}

    # text assembly with offsets
    def _put(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.spaces += text.count(" ")
        return start, self.length

    def _mention(self, e: _Entity, surface: str | None = None) -> tuple[int, int]:
        span = self._put(surface or e.name)
        self.entities.setdefault(e.key, e)
        self.mentions.setdefault(e.key, []).append(span)
        return span

    def _words(self, n: int, capital: bool = False) -> str:
        take = self.word_buf[self.word_pos : self.word_pos + n]
        self.word_pos += n
        if len(take) < n:
            take = list(take) + list(self.c.words[self.c._draw(self.rng, self.c.word_cdf, n - len(take))])
        text = " ".join(take)
        return text[:1].upper() + text[1:] if capital else text

    def build(self) -> tuple[ReportInput, Extraction]:
        c, rng = self.c, self.rng
        target = int(rng.integers(300, 501))
        self.word_buf = list(c.words[c._draw(rng, c.word_cdf, target + 40)])
        self.word_pos = 0

        if rng.random() < UNDATED_SHARE:
            published = None
            base = LAST_DAY
        else:
            u = rng.random()
            base = FIRST_DAY + timedelta(days=int(c.day_span * (1 - u * u)))
            published = base.isoformat()

        countries = [c.countries[i] for i in dict.fromkeys(c._draw(rng, c.country_cdf, int(rng.integers(1, 4))))]
        persons = [c.persons[i] for i in dict.fromkeys(c._draw(rng, c.person_cdf, int(rng.integers(2, 7))))]
        orgs = [c.orgs[i] for i in dict.fromkeys(c._draw(rng, c.org_cdf, int(rng.integers(1, 4))))]
        places = [c.places[i] for i in dict.fromkeys(c._draw(rng, c.place_cdf, int(rng.integers(0, 3))))]
        speakers = persons + countries + orgs
        source = SOURCES[int(np.searchsorted(c.source_cdf, rng.random()))]
        title = self._title(countries, persons, orgs, places)

        roles: dict[str, tuple[str | None, str | None]] = {}
        claims: list[ClaimRecord] = []
        events: list[EventRecord] = []
        dates: list[DateRecord] = []

        # Lead: where, who (with role and affiliation), what.
        where = places[0] if places else countries[0]
        self._mention(where)
        self._put(" - ")
        lead = persons[0]
        self._mention(lead)
        affiliation = c.countries[lead.affiliation] if lead.affiliation is not None else None
        if lead.role and affiliation:
            self._put(f", the {lead.role} of ")
            self._mention(affiliation)
            roles[lead.key] = (lead.role, affiliation.key)
        self._put(f", {self._words(2)} {self._words(12)}. ")

        n_claims = int(rng.integers(2, 7))
        n_events = int(rng.integers(1, 5))
        kinds = ["claim"] * n_claims + ["event"] * n_events
        rng.shuffle(kinds)
        k = 0
        while self._word_count() < target or k < len(kinds):
            kind = kinds[k] if k < len(kinds) else "filler"
            k += 1
            if kind == "claim":
                claims.append(self._claim(speakers[int(rng.integers(len(speakers)))]))
                self._put(" ")
            elif kind == "event":
                ev, dt = self._event(base, countries, places, persons + orgs)
                events.append(ev)
                if dt:
                    dates.append(dt)
                self._put(" ")
            else:
                self._filler(speakers, places)
            if rng.random() < 0.12:
                self._put("\n\n")
        self._put(f"(ref {self.number:07d})")

        body = "".join(self.parts)
        participants = [
            ParticipantRecord(key, *(roles.get(key, (None, None))), self.mentions[key])
            for key in self.mentions
        ]
        entities = [
            EntityRecord(e.key, e.name, e.kind, set(e.aliases)) for e in self.entities.values()
        ]
        report = ReportInput(title, body, published, source,
                             f"https://example.invalid/{source.split()[0].lower()}/{self.number}",
                             f"synthetic/{self.number:07d}.txt")
        return report, Extraction(entities, participants, claims, events, dates)

    def _word_count(self) -> int:
        return self.spaces

    def _title(self, countries, persons, orgs, places) -> str:
        c, rng = self.c, self.rng
        w = list(c.title_words[c._draw(rng, c.title_cdf, 4)])
        kind = EVENT_KINDS[int(rng.integers(len(EVENT_KINDS)))]
        verb = NEWS_VERBS[int(rng.integers(len(NEWS_VERBS)))]
        c1 = countries[0].name
        c2 = countries[1].name if len(countries) > 1 else c.countries[0].name
        p = persons[0].name
        o = orgs[0].name
        pl = places[0].name if places else c1
        forms = [
            f"{c1} and {c2} call for {w[0]} after {kind} in {pl}",
            f"{p} says {o} {verb} {w[0]} {w[1]}",
            f"{o} {verb} {w[0]} {w[1]} amid {w[2]} in {c1}",
            f"{c1} {verb} {kind} as {w[0]} {w[1]} grows",
            f"{kind.capitalize()} in {pl}: {w[0]} {w[1]} {w[2]}",
            f"{p} {verb} {w[0]} {w[1]} with {c2}",
            f"{c1} {w[0]} {w[1]}: what the {kind} means for {w[2]}",
        ]
        title = forms[int(rng.integers(len(forms)))]
        return title[:1].upper() + title[1:]

    def _claim(self, speaker: _Entity) -> ClaimRecord:
        rng = self.rng
        cue = CUES[int(rng.integers(len(CUES)))]
        if cue == "according to":
            self._put("According to ")
            self._mention(speaker)
            self._put(", ")
            text = self._words(int(rng.integers(10, 24)))
            t_start, t_end = self._put(text)
            self._put(".")
        elif rng.random() < 0.3:
            text = self._words(int(rng.integers(8, 20)))
            start, _ = self._put(f"\u201c{text[:1].upper()}{text[1:]},\u201d ")
            t_start, t_end = start + 1, start + 1 + len(text)
            self._mention(speaker)
            self._put(f" {cue}.")
        else:
            self._mention(speaker)
            self._put(f" {cue} that ")
            text = self._words(int(rng.integers(10, 24)))
            t_start, t_end = self._put(text)
            self._put(".")
        return ClaimRecord(speaker.name, cue, text, t_start, t_end, speaker.key)

    def _event(self, base: date, countries, places, actors) -> tuple[EventRecord, DateRecord | None]:
        rng = self.rng
        kind = EVENT_KINDS[int(rng.integers(len(EVENT_KINDS)))]
        place = places[int(rng.integers(len(places)))] if places and rng.random() < 0.8 else countries[0]
        who = actors[int(rng.integers(len(actors)))]
        start, _ = self._put(f"The {kind} ")
        self._put("with ")
        self._mention(who)
        self._put(" in ")
        self._mention(place)
        self._put(" ")
        date_text, value, precision, planned = self._when(base)
        d_start, d_end = self._put(date_text)
        _, end = self._put(f" {self._words(int(rng.integers(6, 14)))}.")
        summary = f"{kind} with {who.name} in {place.name}"
        event = EventRecord(kind, summary, start, end, date_text, value, precision, planned,
                            place.key, [who.key, place.key])
        return event, DateRecord(date_text, d_start, d_end, value, precision)

    def _when(self, base: date) -> tuple[str, str | None, str | None, bool]:
        rng = self.rng
        form = int(rng.integers(6))
        if form == 0:
            back = int(rng.integers(1, 7))
            d = base - timedelta(days=back)
            return f"on {WEEKDAYS[d.weekday()]}", d.isoformat(), "day", False
        if form == 1:
            d = base - timedelta(days=int(rng.integers(20, 200)))
            return f"in {MONTHS[d.month - 1]}", d.isoformat()[:7], "month", False
        if form == 2:
            d = base - timedelta(days=int(rng.integers(1, 900)))
            return f"on {d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat(), "day", False
        if form == 3:
            return "last week", None, None, False
        if form == 4:
            d = (base.replace(day=1) + timedelta(days=40)).replace(day=1)
            return "next month", d.isoformat()[:7], "month", True
        year = base.year - int(rng.integers(0, 5))
        return f"in {year}", str(year), "year", False

    def _filler(self, speakers, places) -> None:
        rng = self.rng
        self._put(self._words(int(rng.integers(4, 10)), capital=True) + " ")
        if rng.random() < 0.5:
            e = speakers[int(rng.integers(len(speakers)))]
            if e.kind == "person" and rng.random() < 0.6:
                self._mention(e, e.aliases[0])
            else:
                self._mention(e)
            self._put(" ")
        elif places and rng.random() < 0.5:
            self._mention(places[int(rng.integers(len(places)))])
            self._put(" ")
        self._put(self._words(int(rng.integers(5, 14))) + ". ")
