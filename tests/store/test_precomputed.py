"""What the writer and triggers precompute for the entity page stays equal to the data it summarises.

entity_roles (role counts, kept by triggers on participants) and claim_subjects
(what each claim is about, written with the claims) replace scans of an
entity's reports: each test compares them with the same answer computed from
the base tables, after writes, edits, deletes and the 2 -> 3 migration.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing_tui.store import Store, Writer, schema_version
from briefing_tui.store import entities as entities_module
from briefing_tui.store.connection import open_writable
from tui import handmade

SNAPSHOTS = Path(__file__).parent / "schemas"

ROLES_FROM_PARTICIPANTS = (
    "SELECT entity_id, role, count(*) FROM participants WHERE role IS NOT NULL"
    " GROUP BY entity_id, role ORDER BY 1, 2"
)
# The scanning definition claim_subjects replaced (entity_claims_about before schema 3).
SUBJECTS_FROM_MENTIONS = (
    "SELECT p.entity_id, c.id, c.sort_key FROM claims c JOIN participants p ON p.report_id = c.report_id"
    " WHERE NOT EXISTS (SELECT 1 FROM claim_claimants cc WHERE cc.claim_id = c.id AND cc.entity_id = p.entity_id)"
    " AND EXISTS (SELECT 1 FROM json_each(p.mentions) m"
    "   WHERE json_extract(m.value, '$[0]') >= c.start AND json_extract(m.value, '$[1]') <= c.end)"
    " ORDER BY 1, 2"
)


def roles(conn) -> list[tuple]:
    return conn.execute("SELECT entity_id, role, reports FROM entity_roles ORDER BY 1, 2").fetchall()


def subjects(conn) -> list[tuple]:
    return conn.execute("SELECT entity_id, claim_id, sort_key FROM claim_subjects ORDER BY 1, 2").fetchall()


def check(conn) -> None:
    assert roles(conn) == conn.execute(ROLES_FROM_PARTICIPANTS).fetchall()
    assert subjects(conn) == conn.execute(SUBJECTS_FROM_MENTIONS).fetchall()


@pytest.fixture
def handmade_db(tmp_path) -> Path:
    path = tmp_path / "hand.db"
    handmade.build(path)
    return path


def test_writer_fills_roles_and_subjects(handmade_db):
    conn = sqlite3.connect(handmade_db)
    check(conn)
    assert roles(conn) and subjects(conn)  # the fixture has both: the test can fail


def test_samples_ingested_by_the_real_pipeline(samples_db):
    check(sqlite3.connect(samples_db))


def test_triggers_follow_edits_and_deletes(handmade_db):
    conn = sqlite3.connect(handmade_db)
    entity_id, report_id = conn.execute(
        "SELECT entity_id, report_id FROM participants WHERE role IS NOT NULL LIMIT 1").fetchone()
    conn.execute("UPDATE participants SET role = 'Envoy' WHERE entity_id = ? AND report_id = ?",
                 (entity_id, report_id))
    check(conn)
    conn.execute("UPDATE participants SET role = NULL WHERE role = 'Envoy'")
    check(conn)
    conn.execute("DELETE FROM participants WHERE report_id = ?", (report_id,))
    assert roles(conn) == conn.execute(ROLES_FROM_PARTICIPANTS).fetchall()
    # A report's new date moves its claims' keys, and their subjects with them.
    entity_id, claim_id = conn.execute("SELECT entity_id, claim_id FROM claim_subjects LIMIT 1").fetchone()
    rid = conn.execute("SELECT report_id FROM claims WHERE id = ?", (claim_id,)).fetchone()[0]
    before = conn.execute("SELECT sort_key FROM claim_subjects WHERE claim_id = ?", (claim_id,)).fetchone()[0]
    conn.execute("UPDATE reports SET published = '1999-01-01' WHERE id = ?", (rid,))
    after = conn.execute("SELECT sort_key FROM claim_subjects WHERE claim_id = ?", (claim_id,)).fetchone()[0]
    assert after != before
    assert after == conn.execute("SELECT sort_key FROM claims WHERE id = ?", (claim_id,)).fetchone()[0]
    conn.execute("DELETE FROM claim_claimants WHERE claim_id = ?", (claim_id,))
    conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
    assert conn.execute("SELECT count(*) FROM claim_subjects WHERE claim_id = ?", (claim_id,)).fetchone()[0] == 0


def test_claims_about_newest_first_and_bounded(handmade_db):
    store = Store(handmade_db)
    conn = sqlite3.connect(handmade_db)
    for (entity_id,) in conn.execute("SELECT DISTINCT entity_id FROM participants"):
        expected = [r[0] for r in conn.execute(
            "SELECT c.id FROM claim_subjects s JOIN claims c ON c.id = s.claim_id"
            " JOIN reports r ON r.id = c.report_id WHERE s.entity_id = ?"
            " ORDER BY r.published DESC, r.id DESC, c.start", (entity_id,))]
        about = store.entity_claims_about(entity_id)
        assert [c.id for c in about] == expected
        assert all(c.claimant_id != entity_id for c in about)
        assert store.entity_claims_about(entity_id, limit=1) == about[:1]


def test_entity_roles_merged_from_counts(handmade_db):
    store = Store(handmade_db)
    conn = sqlite3.connect(handmade_db)
    entity_id, role = conn.execute(
        "SELECT entity_id, role FROM participants WHERE role IS NOT NULL LIMIT 1").fetchone()
    assert role in store.entity(entity_id).roles


def test_entity_events_walks_the_date_index_for_a_big_entity(samples_db, monkeypatch):
    """Both ways to read an entity's events by date give the same events in the same order."""
    store = Store(samples_db)
    conn = sqlite3.connect(samples_db)
    ids = [r[0] for r in conn.execute(
        "SELECT entity_id FROM event_participants GROUP BY entity_id ORDER BY count(*) DESC LIMIT 5")]
    assert ids
    sorted_way = {e: store.entity_events(e) for e in ids}
    monkeypatch.setattr(entities_module, "ENTITY_EVENTS_SORT", 0)
    monkeypatch.setattr(entities_module, "DATE_WALK_MAX", 10**9)
    for e in ids:
        assert store.entity_events(e) == sorted_way[e]
        assert store.entity_events(e, limit=2) == sorted_way[e][:2]


def test_migration_from_2_fills_both(tmp_path):
    """A schema-2 database with roles and claims about others gets exact counts and links."""
    db = tmp_path / "v2.db"
    conn = sqlite3.connect(db)
    conn.executescript((SNAPSHOTS / "v2.sql").read_text(encoding="utf-8"))
    conn.executescript("""
        INSERT INTO reports (id, title, published, body, content_hash, ingested_at) VALUES
            (1, 'One', '2024-01-02', 'Kim said Lee met Park in Seoul.', 'h1', 'now'),
            (2, 'Two', '2024-01-03', 'Park said Kim would go.', 'h2', 'now');
        INSERT INTO entities (id, key, name, kind) VALUES
            (1, 'person:kim', 'Kim', 'person'), (2, 'person:lee', 'Lee', 'person'),
            (3, 'person:park', 'Park', 'person');
        INSERT INTO participants (report_id, entity_id, role, mentions, published) VALUES
            (1, 1, 'Minister', '[[0, 3]]', '2024-01-02'), (1, 2, 'Envoy', '[[9, 12]]', '2024-01-02'),
            (1, 3, NULL, '[[17, 21]]', '2024-01-02'),
            (2, 3, 'Minister', '[[0, 4]]', '2024-01-03'), (2, 1, 'Minister', '[[10, 13]]', '2024-01-03');
        INSERT INTO claims (id, report_id, claimant_id, claimant, cue, text, start, end) VALUES
            (1, 1, 1, 'Kim', 'said', 'Lee met Park in Seoul', 9, 30),
            (2, 2, 3, 'Park', 'said', 'Kim would go', 10, 22);
        INSERT INTO claim_claimants (claim_id, entity_id) VALUES (1, 1), (2, 3);
    """)
    conn.commit()
    conn.close()
    open_writable(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    check(conn)
    assert roles(conn) == [(1, "Minister", 2), (2, "Envoy", 1), (3, "Minister", 1)]
    assert [(e, c) for e, c, _ in subjects(conn)] == [(1, 2), (2, 1), (3, 1)]
    conn.close()
    store = Store(db)
    assert [c.id for c in store.entity_claims_about(1)] == [2]
    assert store.entity(1).roles == ("Minister",)
    # and the writer keeps them from then on
    from briefing_tui.records import ClaimRecord, EntityRecord, Extraction, ParticipantRecord, ReportInput

    body = "Lee said Kim spoke."
    with Writer(db) as w:
        w.add_report(ReportInput("Three", body, published="2024-01-04"), Extraction(
            entities=[EntityRecord("person:kim", "Kim", "person"), EntityRecord("person:lee", "Lee", "person")],
            participants=[ParticipantRecord("person:lee", "Envoy", mentions=((0, 3),)),
                          ParticipantRecord("person:kim", "Minister", mentions=((9, 12),))],
            claims=[ClaimRecord("Lee", "said", "Kim spoke", 9, 18, claimant_key="person:lee")],
        ))
    conn = sqlite3.connect(db)
    check(conn)
    assert roles(conn)[:1] == [(1, "Minister", 3)]
    assert [c.text for c in Store(db).entity_claims_about(1)] == ["Kim spoke", "Kim would go"]


def test_migration_3_runs_again_safely(handmade_db):
    """Run over a database that already has the tables (a half-way copy, a restored
    version number): the counts are recomputed, not added to."""
    conn = sqlite3.connect(handmade_db)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    open_writable(handmade_db).close()
    conn = sqlite3.connect(handmade_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    check(conn)
