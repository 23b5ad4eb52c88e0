"""Claims by several entities are stored with a row per entity and shown on each entity's page."""

from __future__ import annotations

import sqlite3

from briefing_tui.records import ClaimRecord, EntityRecord, Extraction, ParticipantRecord, ReportInput
from briefing_tui.store import Store, Writer
from briefing_tui.store.connection import open_writable


BODY = (
    "South Korea and Canada have called for the withdrawal. "
    "Canada expressed support for Seoul. Officials said talks went well."
)


def _extraction() -> Extraction:
    return Extraction(
        entities=[EntityRecord("country:KR", "South Korea", "country"), EntityRecord("country:CA", "Canada", "country")],
        participants=[ParticipantRecord("country:KR", mentions=[(0, 11)]), ParticipantRecord("country:CA", mentions=[(16, 22)])],
        claims=[
            ClaimRecord("South Korea and Canada", "called for", "the withdrawal", 0, 50, None, ["country:KR", "country:CA"]),
            ClaimRecord("Canada", "expressed", "support", 52, 77, "country:CA", ["country:CA"]),
            ClaimRecord("officials", "said", "talks went well", 79, 104),
        ],
    )


def test_group_claim_is_on_each_entity_page(tmp_path):
    db = tmp_path / "g.db"
    with Writer(db) as w:
        w.add_report(ReportInput("t", BODY, "2024-11-02"), _extraction())
    store = Store(db)
    kr = store.find_entities("South Korea")[0]
    ca = store.find_entities("Canada")[0]
    assert [c.cue for c in store.entity_claims(kr.id)] == ["called for"]
    assert sorted(c.cue for c in store.entity_claims(ca.id)) == ["called for", "expressed"]
    store.close()


def test_migration_from_schema_1_carries_single_claimants_over(tmp_path):
    db = tmp_path / "old.db"
    with Writer(db) as w:
        w.add_report(ReportInput("t", BODY, "2024-11-02"), _extraction())
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE claim_claimants")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    open_writable(db).close()  # runs db/migrations/0002_claim_claimants.sql (and any later ones)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 2  # 2, or the current version
    rows = conn.execute(
        "SELECT c.cue, e.name FROM claim_claimants cc JOIN claims c ON c.id = cc.claim_id JOIN entities e ON e.id = cc.entity_id"
    ).fetchall()
    conn.close()
    assert rows == [("expressed", "Canada")]  # the group claim had no single claimant_id in schema 1
