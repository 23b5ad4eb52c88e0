"""entity_timeline (schema 4): an entity's timeline read as ranges of one table.

The table is kept by triggers, so each test compares it with its definition
(every event participant joined to event_timeline_keys) after writes, edits,
deletes and migrations; and the pages and counts read from it with the same
timeline computed the slow way, by sorting and grouping all of an entity's
events in Python.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from briefing_tui.store import Store, StoreError, schema_version
from briefing_tui.store.connection import open_writable
from briefing_tui.store.models import TimelineFilter
from tui import handmade

SNAPSHOTS = Path(__file__).parent / "schemas"
BENCH = Path(__file__).resolve().parent.parent / "bench"

DEFINITION = (
    "SELECT ep.entity_id, k.section, k.day, k.kind, k.seq, k.event_id"
    " FROM event_participants ep JOIN event_timeline_keys k ON k.event_id = ep.event_id ORDER BY 1, 2, 3, 4, 5, 6"
)
KEPT = "SELECT entity_id, section, day, kind, seq, event_id FROM entity_timeline ORDER BY 1, 2, 3, 4, 5, 6"
TIMELINE_OBJECTS = ("entity_timeline", "event_timeline_keys", "event_participants_timeline_insert",
                    "event_participants_timeline_delete", "events_timeline_move", "events_timeline_delete")


def check(conn: sqlite3.Connection) -> list[tuple]:
    kept = conn.execute(KEPT).fetchall()
    assert kept == conn.execute(DEFINITION).fetchall()
    return kept


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory) -> Path:
    """400 synthetic reports (the benchmark generator): skewed entities, every section."""
    sys.path.insert(0, str(BENCH))
    import generate  # noqa: PLC0415

    path = tmp_path_factory.mktemp("synthetic") / "s400.db"
    generate.build(path, 400, seed=3)
    return path


@pytest.fixture
def handmade_db(tmp_path) -> Path:
    path = tmp_path / "hand.db"
    handmade.build(path)
    return path


# -- the slow, obvious timeline the index must agree with ------------------------


def reference(conn: sqlite3.Connection, flt: TimelineFilter, section: str) -> list[tuple]:
    """(kind, date, ids of the first 5 tellings, tellings) per row, from every event of the entity."""
    rows = conn.execute(
        "SELECT e.id, e.kind, e.date_value, e.planned, e.report_id, r.published"
        " FROM event_participants ep JOIN events e ON e.id = ep.event_id JOIN reports r ON r.id = e.report_id"
        " WHERE ep.entity_id = ?", (flt.entity_id,)).fetchall()

    def within(value):
        if flt.after and (value is None or value < flt.after):
            return False
        return not (flt.before and (value is None or value > flt.before))

    def day(published):
        return int(published.replace("-", "")) if published else 0

    groups: dict[tuple, list[int]] = {}
    singles: list[tuple] = []
    for eid, kind, value, planned, report_id, published in rows:
        if section == "dated" and value is not None and not planned and within(value):
            groups.setdefault((value, kind), []).append(eid)
        elif section == "planned" and planned and value is not None and within(value):
            groups.setdefault((value, kind), []).append(eid)
        elif section == "planned" and planned and value is None and within(published):
            singles.append(((day(published), report_id, eid), kind, eid))
        elif section == "undated" and not planned and value is None and within(published):
            singles.append(((-day(published), -report_id, eid), kind, eid))
    out = [(kind, value, sorted(ids)[:5], len(ids)) for (value, kind), ids in sorted(groups.items())]
    out += [(kind, None, [eid], 1) for _, kind, eid in sorted(singles)]
    return out


def shown(groups) -> list[tuple]:
    return [(g.event.kind, g.event.date, sorted(s.event.id for s in g.sources), g.count) for g in groups]


def filters_for(conn: sqlite3.Connection, many: int = 8) -> list[TimelineFilter]:
    ids = [r[0] for r in conn.execute(
        "SELECT entity_id FROM event_participants GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT ?",
        (many,))]
    ids += [r[0] for r in conn.execute(  # and a few of the smallest
        "SELECT entity_id FROM event_participants GROUP BY entity_id ORDER BY count(*), entity_id LIMIT 3")]
    days = sorted(r[0] for r in conn.execute("SELECT DISTINCT published FROM reports WHERE published IS NOT NULL"))
    middle = days[len(days) // 2] if days else "2020-01-01"
    out = [TimelineFilter(entity_id=e) for e in ids]
    out += [TimelineFilter(entity_id=ids[0], after=middle[:7]), TimelineFilter(entity_id=ids[0], before=middle),
            TimelineFilter(entity_id=ids[1], after=middle[:4], before=middle[:7] + "-99"),
            TimelineFilter(entity_id=ids[0], after="3000")]
    return out


@pytest.mark.parametrize("which", ["synthetic", "handmade"])
def test_pages_and_counts_agree_with_grouping_every_event(which, synthetic_db, handmade_db):
    path = synthetic_db if which == "synthetic" else handmade_db
    conn = sqlite3.connect(path)
    check(conn)
    store = Store(path)
    seen = {"dated": 0, "planned": 0, "undated": 0}
    for flt in filters_for(conn):
        for section in ("dated", "planned", "undated"):
            want = reference(conn, flt, section)
            seen[section] += len(want)
            assert shown(store.timeline(flt, section, 0, 10_000)) == want, (flt, section)
            assert store.count_timeline(flt, section) == len(want)
            for cap in (1, 3, 50):
                assert store.count_timeline(flt, section, cap=cap) == min(cap, len(want))
            for size in (1, 7):
                paged = [r for i in range(0, len(want) + size, size)
                         for r in shown(store.timeline(flt, section, i, size))]
                assert paged == want, (flt, section, size)
            assert store.timeline(flt, section, len(want) + 3, 5) == []
    assert all(seen.values())  # the data exercise every section: the test can fail


def test_a_dated_row_is_one_event_with_its_sources(synthetic_db, monkeypatch):
    """Tellings of one event in several reports: one row, the first few loaded, the rest counted."""
    from briefing_tui.store import timeline as timeline_module

    monkeypatch.setattr(timeline_module, "ROW_SOURCES", 1)
    conn = sqlite3.connect(synthetic_db)
    entity_id, day, kind, tellings = conn.execute(
        "SELECT ep.entity_id, e.date_value, e.kind, count(*) FROM event_participants ep JOIN events e"
        " ON e.id = ep.event_id WHERE e.date_value IS NOT NULL AND e.planned = 0"
        " GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT 1").fetchone()
    assert tellings > 1
    rows = Store(synthetic_db).timeline(TimelineFilter(entity_id=entity_id), "dated", 0, 10_000)
    (row,) = [g for g in rows if (g.event.date, g.event.kind) == (day, kind)]
    assert (len(row.sources), row.more, row.count) == (1, tellings - 1, tellings)
    assert all(len(g.sources) == 1 and len({(s.event.kind, s.event.date) for s in g.sources}) == 1 for g in rows)


def test_writer_edits_and_deletes_keep_it(handmade_db):
    conn = sqlite3.connect(handmade_db)
    conn.execute("PRAGMA foreign_keys = ON")
    assert len(check(conn)) > 10
    # an event gets a date, another loses it, one becomes planned, one changes kind
    ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    conn.execute("UPDATE events SET date_value = '2007-01-09', precision = 'day' WHERE id = ?", (ids[0],))
    conn.execute("UPDATE events SET date_value = NULL, precision = NULL WHERE id = ?", (ids[1],))
    conn.execute("UPDATE events SET planned = 1 - planned WHERE id = ?", (ids[2],))
    conn.execute("UPDATE events SET kind = 'summit' WHERE id = ?", (ids[3],))
    check(conn)
    # a report's date moves its undated events (through events.sort_key)
    conn.execute("UPDATE reports SET published = '1999-12-31' WHERE id = (SELECT report_id FROM events"
                 " WHERE date_value IS NULL LIMIT 1)")
    check(conn)
    # a participant removed, then an event with all of them
    conn.execute("DELETE FROM event_participants WHERE (event_id, entity_id) ="
                 " (SELECT event_id, entity_id FROM event_participants ORDER BY event_id LIMIT 1)")
    check(conn)
    gone = ids[-1]
    conn.execute("DELETE FROM event_participants WHERE event_id = ?", (gone,))
    conn.execute("DELETE FROM events WHERE id = ?", (gone,))
    assert check(conn) and not conn.execute("SELECT 1 FROM entity_timeline WHERE event_id = ?", (gone,)).fetchall()
    # an event deleted under its participants (foreign keys off) leaves no row once they go
    conn.commit()
    conn.execute("PRAGMA foreign_keys = OFF")
    victim = conn.execute("SELECT event_id FROM event_participants ORDER BY event_id DESC LIMIT 1").fetchone()[0]
    conn.execute("DELETE FROM events WHERE id = ?", (victim,))
    assert not conn.execute("SELECT 1 FROM entity_timeline WHERE event_id = ?", (victim,)).fetchall()
    conn.execute("DELETE FROM event_participants WHERE event_id = ?", (victim,))
    check(conn)
    conn.commit()


def as_version_3(path: Path) -> None:
    """Turn a schema-4 database into the schema-3 one it was before (its data kept)."""
    conn = sqlite3.connect(path)
    for name in reversed(TIMELINE_OBJECTS):
        kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        conn.execute(f"DROP {kind.upper()} {name}")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


def schema_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                        " ORDER BY type, name").fetchall()
    conn.close()
    return [(t, n, tb, " ".join((sql or "").split())) for t, n, tb, sql in rows]


def test_migration_from_3_fills_it(synthetic_db, tmp_path):
    path = tmp_path / "v3.db"
    path.write_bytes(synthetic_db.read_bytes())
    want = check(sqlite3.connect(synthetic_db))
    as_version_3(path)
    frozen = tmp_path / "frozen3.db"
    sqlite3.connect(frozen).executescript((SNAPSHOTS / "v3.sql").read_text(encoding="utf-8"))
    assert schema_rows(path) == schema_rows(frozen)  # truly a schema-3 database
    open_writable(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version() >= 4
    assert check(conn) == want and want
    assert schema_rows(path) == schema_rows(synthetic_db)


def test_migration_from_1_fills_it(tmp_path):
    db = tmp_path / "v1.db"
    conn = sqlite3.connect(db)
    conn.executescript((SNAPSHOTS / "v1.sql").read_text(encoding="utf-8"))
    conn.executescript("""
        INSERT INTO reports (id, title, published, body, content_hash, ingested_at) VALUES
            (1, 'One', '2024-01-02', 'Kim met Lee in Seoul.', 'h1', 'now'),
            (2, 'Two', '2024-01-03', 'Kim and Lee met again.', 'h2', 'now'),
            (3, 'Three', NULL, 'Lee will visit.', 'h3', 'now');
        INSERT INTO entities (id, key, name, kind) VALUES
            (1, 'person:kim', 'Kim', 'person'), (2, 'person:lee', 'Lee', 'person');
        INSERT INTO events (id, report_id, kind, summary, date_text, date_value, precision, planned, start, end)
        VALUES (1, 1, 'meeting', 'Kim met Lee', 'Monday', '2024-01-01', 'day', 0, 0, 20),
               (2, 2, 'meeting', 'Kim and Lee met', 'Monday', '2024-01-01', 'day', 0, 0, 21),
               (3, 2, 'meeting', 'they met again', 'again', NULL, NULL, 0, 0, 21),
               (4, 3, 'visit', 'Lee will visit', NULL, NULL, NULL, 1, 0, 14);
        INSERT INTO event_participants (event_id, entity_id) VALUES (1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (4, 2);
    """)
    conn.commit()
    conn.close()
    open_writable(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert len(check(conn)) == 6
    store = Store(db)
    kim, lee = TimelineFilter(entity_id=1), TimelineFilter(entity_id=2)
    assert shown(store.timeline(kim, "dated")) == [("meeting", "2024-01-01", [1, 2], 2)]
    assert [g.event.id for g in store.timeline(kim, "undated")] == [3]
    assert [g.event.id for g in store.timeline(lee, "planned")] == [4]
    assert store.timeline(lee, "planned") and store.timeline(TimelineFilter(2, before="2030"), "planned") == []


def test_migration_4_runs_again_safely(synthetic_db, tmp_path):
    """Over a database that already has the table (a restored version number): refilled, not added to."""
    path = tmp_path / "again.db"
    path.write_bytes(synthetic_db.read_bytes())
    want = check(sqlite3.connect(path))
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM entity_timeline WHERE entity_id = (SELECT min(entity_id) FROM entity_timeline)")
    conn.execute("INSERT INTO entity_timeline VALUES (999999, 0, '2000', 'x', 0, 1)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    open_writable(path).close()
    assert check(sqlite3.connect(path)) == want


def test_a_failing_fill_leaves_version_3_unchanged(synthetic_db, tmp_path):
    """Interrupted or failing, the upgrade leaves nothing of itself: one transaction."""
    path = tmp_path / "fails.db"
    path.write_bytes(synthetic_db.read_bytes())
    as_version_3(path)
    conn = sqlite3.connect(path)
    # A table in the way that refuses rows: the fill fails half way through.
    conn.execute("CREATE TABLE entity_timeline (entity_id INTEGER, section INTEGER, day TEXT, kind TEXT,"
                 " seq INTEGER, event_id INTEGER CHECK (event_id < 50))")
    conn.commit()
    before = (schema_rows(path), conn.execute("SELECT count(*) FROM events").fetchone())
    conn.close()
    with pytest.raises(StoreError, match="0004_entity_timeline.sql.*unchanged"):
        open_writable(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert (schema_rows(path), conn.execute("SELECT count(*) FROM events").fetchone()) == before
    assert conn.execute("SELECT count(*) FROM entity_timeline").fetchone()[0] == 0
