"""A small briefing database with hand-written extractions, written through store.Writer.

Deterministic (fixed texts, fixed spans found by substring), so snapshots and
pane tests do not move when extraction improves. The texts are written for
these tests; the first is the seed report. Every span is located by searching
the body, so a typo fails loudly here instead of producing a wrong highlight.
"""

from __future__ import annotations

from pathlib import Path

from briefing_tui.records import (
    ClaimRecord,
    EntityRecord,
    EventRecord,
    Extraction,
    ParticipantRecord,
    ReportInput,
)
from briefing_tui.store import Writer

SEED_BODY = (
    "WNAM REPORT: South Korea and Canada have called for the withdrawal of North Korean troops "
    "dispatched to aid Russia in its war against Ukraine, labeling the deployment \u201ca grave "
    "escalation\u201d of tension that threatens security in both Europe and the Indo-Pacific region.\n"
    "The call was made in a joint statement adopted during a \u201ctwo plus two\u201d meeting of the "
    "two countries\u2019 foreign and defense ministers in Ottawa on Friday (Canada time), Seoul\u2019s "
    "foreign ministry said the following day.\n"
    "Representing South Korea were Foreign Minister Cho Tae-yul and Defense Minister Kim Yong-hyun, "
    "while Canada was represented by Foreign Minister Melanie Joly and Defense Minister Bill Blair.\n"
    "The United States said on Thursday there were 10,000 North Korean troops in Russia, with 8,000 "
    "of them deployed to the country\u2019s western front-line Kursk region to enter the fight against "
    "Ukraine in the coming days.\n"
    "The statement strongly condemned North Korea\u2019s increased military cooperation with Russia, "
    "describing it as a breach of multiple U.N. Security Council resolutions.\n"
    "The statement also condemned North Korea\u2019s continued missile launches, including the recent "
    "test of the new intercontinental ballistic missile (ICBM) Hwasong-19 on Thursday.\n"
    "They announced plans to establish regular army dialogues, with the first session scheduled to "
    "be held in Canada."
)

TEST_BODY = (
    "North Korea launched its new intercontinental ballistic missile, the Hwasong-19, on Thursday "
    "morning, the Pacific Monitoring Group said in a statement.\n\n"
    "\u201cThis test shows a programme that is moving faster than expected,\u201d the group's director, "
    "Ji-ho Baek, said.\n\n"
    "Japan and South Korea condemned the launch."
)

KURSK_BODY = (
    "## Analysis\n\n"
    "North Korean troops reached the Kursk region of Russia this week, officials in Seoul said.\n\n"
    "Defense Minister Kim Yong-hyun told lawmakers that **about 10,000 soldiers** were now in Russia.\n\n"
    "> The deployment is a grave escalation, the ministry said.\n\n"
    "Russia denied that any North Korean soldiers were fighting in Ukraine.\n\n"
    "On Friday, North Korea also test-fired artillery near its border."
)

IPHONE_A_BODY = (
    "Apple chief executive Steve Jobs introduced the iPhone at the Macworld conference in San "
    "Francisco on Tuesday.\n\n"
    "\u201cToday Apple is going to reinvent the phone,\u201d Jobs said on stage.\n\n"
    "The phone will go on sale in the United States in June."
)

IPHONE_B_BODY = (
    "The iPhone went on sale in the United States on Friday evening, and buyers queued outside "
    "Apple stores for hours.\n\n"
    "Steve Jobs said the launch was the biggest in the company's history."
)

IPHONE_C_BODY = (
    "Apple's new phone reached shops on Friday. Analysts said Steve Jobs had timed the launch "
    "for the start of the summer.\n\n"
    "Cisco sued Apple over the iPhone name in January."
)

HOSTILE_TITLE = "[bold red]ALERT[/] [@click=app.quit]x[/] \x1b]0;pwned\x07title"
HOSTILE_BODY = (
    "[bold red]Not bold[/bold red] and [@click=app.quit]click me[/] stay literal.\n"
    "Escapes: \x1b[31mred\x1b[0m and \x1b]52;c;aGk=\x07 and \x1b]0;title\x07 end.\n"
    "Bidi: abc\u202edcba\u202c and zero\u200bwidth\u200d text.\n"
    "<script>alert(1)</script> and <b>raw html</b> and [a link](http://example.invalid/x).\n"
    + ("W" * 10_000)
    + "\nLast line after the long one."
)
HOSTILE_NAME = "[b]Mallory[/b] \x1b[2J"


def at(body: str, text: str, nth: int = 0) -> tuple[int, int]:
    """The span of the nth occurrence of text in body."""
    start = -1
    for _ in range(nth + 1):
        start = body.find(text, start + 1)
        if start < 0:
            raise ValueError(f"{text!r} not found in body")
    return start, start + len(text)


def _entities(*specs: tuple[str, str, str]) -> list[EntityRecord]:
    return [EntityRecord(key, name, kind) for key, name, kind in specs]


def _mentions(body: str, *texts: str) -> list[tuple[int, int]]:
    spans = []
    for text in texts:
        start = body.find(text)
        while start >= 0:
            spans.append((start, start + len(text)))
            start = body.find(text, start + 1)
    return sorted(spans)


KR = ("country:KR", "South Korea", "country")
CA = ("country:CA", "Canada", "country")
KP = ("country:KP", "North Korea", "country")
RU = ("country:RU", "Russia", "country")
UA = ("country:UA", "Ukraine", "country")
US = ("country:US", "United States", "country")
JP = ("country:JP", "Japan", "country")
CHO = ("person:cho tae-yul", "Cho Tae-yul", "person")
KIM = ("person:kim yong-hyun", "Kim Yong-hyun", "person")
JOLY = ("person:melanie joly", "Melanie Joly", "person")
BLAIR = ("person:bill blair", "Bill Blair", "person")
BAEK = ("person:ji-ho baek", "Ji-ho Baek", "person")
PMG = ("organization:pacific monitoring group", "Pacific Monitoring Group", "organization")
HWASONG = ("weapon:hwasong-19", "Hwasong-19", "weapon")
OTTAWA = ("place:ottawa", "Ottawa", "place")
KURSK = ("place:kursk", "Kursk", "place")
JOBS = ("person:steve jobs", "Steve Jobs", "person")
APPLE = ("organization:apple", "Apple", "organization")
CISCO = ("organization:cisco", "Cisco", "organization")
SF = ("place:san francisco", "San Francisco", "place")


def seed() -> tuple[ReportInput, Extraction]:
    b = SEED_BODY
    ents = _entities(KR, CA, KP, RU, UA, US, CHO, KIM, JOLY, BLAIR, HWASONG, OTTAWA, KURSK)
    ents[0].aliases = {"Seoul"}
    parts = [
        ParticipantRecord("person:cho tae-yul", "Foreign Minister", "country:KR", _mentions(b, "Cho Tae-yul")),
        ParticipantRecord("person:kim yong-hyun", "Defense Minister", "country:KR", _mentions(b, "Kim Yong-hyun")),
        ParticipantRecord("person:melanie joly", "Foreign Minister", "country:CA", _mentions(b, "Melanie Joly")),
        ParticipantRecord("person:bill blair", "Defense Minister", "country:CA", _mentions(b, "Bill Blair")),
        ParticipantRecord("country:KR", None, None, _mentions(b, "South Korea", "Seoul")),
        ParticipantRecord("country:CA", None, None, _mentions(b, "Canada")),
        ParticipantRecord("country:KP", None, None, _mentions(b, "North Korea")),
        ParticipantRecord("country:RU", None, None, _mentions(b, "Russia")),
        ParticipantRecord("country:UA", None, None, _mentions(b, "Ukraine")),
        ParticipantRecord("country:US", None, None, _mentions(b, "United States")),
        ParticipantRecord("weapon:hwasong-19", None, "country:KP", _mentions(b, "Hwasong-19")),
    ]
    call = at(b, "have called for the withdrawal of North Korean troops dispatched to aid Russia in its war against Ukraine")
    us = at(b, "there were 10,000 North Korean troops in Russia")
    condemn = at(b, "condemned North Korea\u2019s increased military cooperation with Russia")
    launches = at(b, "condemned North Korea\u2019s continued missile launches")
    claims = [
        ClaimRecord("South Korea and Canada (joint statement)", "called for",
                    b[call[0] + len("have called for "):call[1]], *call),
        ClaimRecord("United States", "said", b[us[0]:us[1]], *us, claimant_key="country:US"),
        ClaimRecord("South Korea and Canada (joint statement)", "condemned",
                    b[condemn[0] + len("condemned "):condemn[1]], *condemn),
        ClaimRecord("South Korea and Canada (joint statement)", "condemned",
                    b[launches[0] + len("condemned "):launches[1]], *launches),
    ]
    events = [
        EventRecord("meeting", "Two-plus-two meeting of foreign and defense ministers", *at(b, "\u201ctwo plus two\u201d meeting"),
                    "on Friday (Canada time)", "2024-11-01", "day", False, "place:ottawa",
                    ["country:KR", "country:CA", "person:cho tae-yul", "person:melanie joly"]),
        EventRecord("test", "Test of the Hwasong-19 ICBM", *at(b, "test of the new intercontinental ballistic missile"),
                    "on Thursday", "2024-10-31", "day", False, None, ["country:KP", "weapon:hwasong-19"]),
        EventRecord("deployment", "North Korean troops deployed to Kursk", *at(b, "deployed to the country\u2019s western front-line Kursk region"),
                    None, None, None, False, "place:kursk", ["country:KP", "country:RU"]),
        EventRecord("dialogue", "First regular army dialogue", *at(b, "first session scheduled to be held in Canada"),
                    None, None, None, True, "country:CA", ["country:KR", "country:CA"]),
    ]
    return ReportInput("South Korea and Canada call for withdrawal of North Korean troops from Russia",
                       b, "2024-11-02", "WNAM"), Extraction(ents, parts, claims, events, [])


def missile_test() -> tuple[ReportInput, Extraction]:
    b = TEST_BODY
    ents = _entities(KP, KR, JP, BAEK, PMG, HWASONG)
    parts = [
        ParticipantRecord("country:KP", None, None, _mentions(b, "North Korea")),
        ParticipantRecord("organization:pacific monitoring group", None, None, _mentions(b, "Pacific Monitoring Group")),
        ParticipantRecord("person:ji-ho baek", "director", "organization:pacific monitoring group", _mentions(b, "Ji-ho Baek")),
        ParticipantRecord("weapon:hwasong-19", None, "country:KP", _mentions(b, "Hwasong-19")),
        ParticipantRecord("country:JP", None, None, _mentions(b, "Japan")),
        ParticipantRecord("country:KR", None, None, _mentions(b, "South Korea")),
    ]
    quote = at(b, "This test shows a programme that is moving faster than expected")
    condemn = at(b, "Japan and South Korea condemned the launch")
    claims = [
        ClaimRecord("Ji-ho Baek", "said", b[quote[0]:quote[1]], *quote, claimant_key="person:ji-ho baek"),
        ClaimRecord("Japan and South Korea", "condemned", "the launch", *condemn),
    ]
    events = [
        EventRecord("test", "North Korea launched the Hwasong-19 ICBM", *at(b, "launched its new intercontinental ballistic missile"),
                    "on Thursday morning", "2024-10-31", "day", False, None, ["country:KP", "weapon:hwasong-19"]),
    ]
    return ReportInput("Sample: North Korea tests new Hwasong-19 missile, monitors say", b, "2024-10-31",
                       "briefing demo (fictional)"), Extraction(ents, parts, claims, events, [])


def kursk() -> tuple[ReportInput, Extraction]:
    b = KURSK_BODY
    ents = _entities(KP, RU, KR, UA, KIM, KURSK)
    ents[2].aliases = {"Seoul"}
    parts = [
        ParticipantRecord("country:KP", None, None, _mentions(b, "North Korea")),
        ParticipantRecord("place:kursk", None, "country:RU", _mentions(b, "Kursk")),
        ParticipantRecord("country:RU", None, None, _mentions(b, "Russia")),
        ParticipantRecord("country:KR", None, None, _mentions(b, "Seoul")),
        ParticipantRecord("person:kim yong-hyun", "Defense Minister", "country:KR", _mentions(b, "Kim Yong-hyun")),
        ParticipantRecord("country:UA", None, None, _mentions(b, "Ukraine")),
    ]
    told = at(b, "about 10,000 soldiers** were now in Russia")
    denied = at(b, "any North Korean soldiers were fighting in Ukraine")
    claims = [
        ClaimRecord("Kim Yong-hyun", "told", b[told[0]:told[1]], *told, claimant_key="person:kim yong-hyun"),
        ClaimRecord("Russia", "denied", b[denied[0]:denied[1]], *denied, claimant_key="country:RU"),
    ]
    events = [
        EventRecord("deployment", "North Korean troops reached the Kursk region", *at(b, "North Korean troops reached the Kursk region"),
                    "this week", "2024-11", "month", False, "place:kursk", ["country:KP", "country:RU"]),
        EventRecord("test", "North Korea test-fired artillery near its border", *at(b, "test-fired artillery"),
                    "On Friday", "2024-11-01", "day", False, None, ["country:KP"]),
    ]
    return ReportInput("Sample: analysis of the Kursk deployment", b, "2024-11-05",
                       "briefing demo (fictional)"), Extraction(ents, parts, claims, events, [])


def iphone_intro() -> tuple[ReportInput, Extraction]:
    b = IPHONE_A_BODY
    ents = _entities(JOBS, APPLE, SF, US)
    ents[0].aliases = {"Jobs"}
    parts = [
        ParticipantRecord("person:steve jobs", "chief executive", "organization:apple", _mentions(b, "Steve Jobs", "Jobs said")),
        ParticipantRecord("organization:apple", None, None, _mentions(b, "Apple")),
        ParticipantRecord("place:san francisco", None, None, _mentions(b, "San Francisco")),
        ParticipantRecord("country:US", None, None, _mentions(b, "United States")),
    ]
    quote = at(b, "Today Apple is going to reinvent the phone")
    claims = [ClaimRecord("Steve Jobs", "said", b[quote[0]:quote[1]], *quote, claimant_key="person:steve jobs")]
    events = [
        EventRecord("unveiling", "Steve Jobs introduced the iPhone at Macworld", *at(b, "introduced the iPhone"),
                    "on Tuesday", "2007-01-09", "day", False, "place:san francisco",
                    ["person:steve jobs", "organization:apple"]),
        EventRecord("launch", "The iPhone goes on sale in the United States", *at(b, "will go on sale in the United States in June"),
                    "in June", "2007-06", "month", True, "country:US", ["organization:apple"]),
    ]
    return ReportInput("Sample: Apple introduces the iPhone", b, "2007-01-10", "sample wire"), \
        Extraction(ents, parts, claims, events, [])


def iphone_sale(body: str, title: str, day: str) -> tuple[ReportInput, Extraction]:
    b = body
    ents = _entities(JOBS, APPLE, US, CISCO)
    parts = [
        ParticipantRecord("person:steve jobs", None, None, _mentions(b, "Steve Jobs")),
        ParticipantRecord("organization:apple", None, None, _mentions(b, "Apple")),
    ]
    if "United States" in b:
        parts.append(ParticipantRecord("country:US", None, None, _mentions(b, "United States")))
    if "Cisco" in b:
        parts.append(ParticipantRecord("organization:cisco", None, None, _mentions(b, "Cisco")))
    said = at(b, "Steve Jobs said the launch was the biggest") if "Jobs said" in b else at(b, "Analysts said Steve Jobs had timed the launch")
    claims = [
        ClaimRecord("Steve Jobs" if "Jobs said" in b else "Analysts", "said", b[said[0]:said[1]], *said,
                    claimant_key="person:steve jobs" if "Jobs said" in b else None)
    ]
    sale = at(b, "went on sale") if "went on sale" in b else at(b, "reached shops")
    events = [
        EventRecord("launch", "The iPhone went on sale", *sale, "on Friday", "2007-06-29", "day", False,
                    "country:US" if "United States" in b else None,
                    ["person:steve jobs", "organization:apple"]),
    ]
    if "Cisco" in b:
        events.append(EventRecord("lawsuit", "Cisco sued Apple over the iPhone name", *at(b, "Cisco sued Apple"),
                                  "in January", "2007-01", "month", False, None,
                                  ["organization:cisco", "organization:apple"]))
    return ReportInput(title, b, day, "sample wire"), Extraction(ents, parts, claims, events, [])


def hostile() -> tuple[ReportInput, Extraction]:
    b = HOSTILE_BODY
    ents = [EntityRecord("person:mallory", HOSTILE_NAME, "person"), EntityRecord(*KR)]
    parts = [
        ParticipantRecord("person:mallory", "[i]Agent[/i] \x1b[5m", "country:KR", [at(b, "Not bold")]),
        ParticipantRecord("country:KR", None, None, []),
    ]
    span = at(b, "[bold red]Not bold[/bold red]")
    claims = [ClaimRecord("[@click=app.quit]Mallory[/]", "said \x1b[31m", b[span[0]:span[1]], *span,
                          claimant_key="person:mallory")]
    events = [EventRecord("attack", "[blink]Escape[/blink] \x1b]0;t\x07 test", *at(b, "<script>alert(1)</script>"),
                          "[red]today[/red]", "2024-11-03", "day", False, None, ["person:mallory", "country:KR"])]
    return ReportInput(HOSTILE_TITLE, b, "2024-11-03", "[u]evil[/u] \x1b[1msource"), \
        Extraction(ents, parts, claims, events, [])


def build(path: Path, hostile_report: bool = False) -> dict[str, int]:
    """Write the reports; returns their ids by short name."""
    reports = {
        "test": missile_test(),
        "seed": seed(),
        "kursk": kursk(),
        "intro": iphone_intro(),
        "sale": iphone_sale(IPHONE_B_BODY, "Sample: iPhone goes on sale to long queues", "2007-06-30"),
        "shops": iphone_sale(IPHONE_C_BODY, "Sample: Apple phone reaches shops", "2007-07-02"),
    }
    if hostile_report:
        reports["hostile"] = hostile()
    ids = {}
    with Writer(path) as w:
        for name, (report, extraction) in reports.items():
            ids[name] = w.add_report(report, extraction)
    return ids


def add_filler(path: Path, count: int) -> None:
    """`count` short reports without extractions, older than the hand-written ones (long lists)."""
    with Writer(path) as w:
        for i in range(count):
            day = f"2001-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}"
            body = f"Filler report number {i} for list tests. Nothing happened on this day."
            w.add_report(ReportInput(f"Filler report {i}", body, day, "FILL"), Extraction())
