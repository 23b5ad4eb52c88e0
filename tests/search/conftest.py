"""Databases for the search tests: a handful of hand-written reports whose
answers are known, and a few hundred synthetic ones from the benchmark
generator (no spaCy: both are written by the store's own writers)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefing_tui.records import (
    ClaimRecord,
    EntityRecord,
    EventRecord,
    Extraction,
    ParticipantRecord,
    ReportInput,
)
from briefing_tui.store import Store, Writer

BENCH = Path(__file__).resolve().parent.parent / "bench"

CHO = EntityRecord("person:cho tae-yul", "Cho Tae-yul", "person", {"Cho"})
KR = EntityRecord("country:KR", "South Korea", "country", {"Seoul", "ROK", "South Korean"})
KP = EntityRecord("country:KP", "North Korea", "country", {"Pyongyang", "North Korean"})
CA = EntityRecord("country:CA", "Canada", "country", {"Ottawa"})
UN = EntityRecord("organization:un", "United Nations", "organization", {"UN"})


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def _report(title, body, published, source, entities, claims=(), events=()):
    participants = []
    for e in entities:
        spans = [_span(body, n) for n in [e.name, *sorted(e.aliases)] if n in body]
        participants.append(ParticipantRecord(e.key, None, None, spans))
    claim_records = []
    for claimant, cue, text in claims:
        claim_records.append(ClaimRecord(claimant.name, cue, text, *_span(body, text), claimant.key))
    event_records = []
    for kind, summary, anchor, date_text, value, precision, people in events:
        event_records.append(EventRecord(kind, summary, *_span(body, anchor), date_text, value,
                                         precision, False, None, [p.key for p in people]))
    return ReportInput(title, body, published, source), Extraction(
        list(entities), participants, claim_records, event_records, [])


REPORTS = [
    _report(
        "South Korea and Canada condemn North Korean troop deployment",
        "Ottawa - Cho Tae-yul, Foreign Minister of South Korea, met Canada's ministers. "
        "Cho Tae-yul said the deployment of North Korean troops to Russia violates "
        "United Nations resolutions. The two-plus-two meeting was held in Ottawa on Friday.",
        "2024-11-02", "WNAM", [CHO, KR, CA, KP, UN],
        claims=[(CHO, "said", "the deployment of North Korean troops to Russia violates United Nations resolutions")],
        events=[("meeting", "two-plus-two meeting in Ottawa", "The two-plus-two meeting was held in Ottawa",
                 "on Friday", "2024-11-01", "day", [CHO, CA])],
    ),
    _report(
        "North Korea tests Hwasong-19 missile",
        "Pyongyang - North Korea launched a Hwasong-19 intercontinental ballistic missile on Thursday, "
        "its first such test this year. Seoul condemned the launch.",
        "2024-10-31", "KCNA Watch", [KP, KR],
        events=[("test", "Hwasong-19 ICBM test", "launched a Hwasong-19 intercontinental ballistic missile",
                 "on Thursday", "2024-10-31", "day", [KP])],
    ),
    _report(
        "Note on troop movements",
        "Undated note: troops were seen moving near the border. No deployment was confirmed.",
        None, None, [],
    ),
    _report(
        "Seoul summit agrees cooperation plan",
        "Seoul - South Korea and Canada agreed a cooperation plan at the May 2023 summit in Seoul. "
        "The plan covers missile defense and troops training.",
        "2023-05-20", "wnam", [KR, CA],
    ),
]


@pytest.fixture(scope="session")
def tiny_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("search") / "tiny.db"
    with Writer(path) as writer:
        for report, extraction in REPORTS:
            assert writer.add_report(report, extraction)
    return path


@pytest.fixture(scope="session")
def tiny(tiny_db) -> Store:
    return Store(tiny_db)


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory) -> Path:
    sys.path.insert(0, str(BENCH))
    import generate

    path = tmp_path_factory.mktemp("search") / "synthetic.db"
    generate.build(path, 400, seed=11, workers=0)
    return path


@pytest.fixture(scope="session")
def synthetic(synthetic_db) -> Store:
    return Store(synthetic_db)


@pytest.fixture(scope="session")
def smiths_db(tmp_path_factory) -> Path:
    """Sixty people whose names hold "Smith" (more than a filter takes with a time budget)."""
    from search_smiths import FAMOUS, SMITHS

    path = tmp_path_factory.mktemp("problems") / "smiths.db"
    with Writer(path) as writer:
        for i in range(SMITHS):
            person = EntityRecord(f"person:smith {i}", f"Anna Smith{i:02d} Smith", "person", set())
            for copy in range(2 if i < FAMOUS else 1):
                body = f"Anna Smith{i:02d} Smith signed the treaty in Geneva. Copy {copy}."
                start = body.index(person.name)
                assert writer.add_report(
                    ReportInput(f"Treaty signed by Smith{i:02d} ({copy})", body, f"2024-01-{1 + i % 28:02d}", "Wire"),
                    Extraction([person], [ParticipantRecord(person.key, None, None, [(start, start + len(person.name))])],
                               [], [], []))
    return path


@pytest.fixture(scope="session")
def smiths(smiths_db) -> Store:
    return Store(smiths_db)
