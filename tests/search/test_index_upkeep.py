"""The search indexes, sort keys and buckets stay right whatever changes a row:
insert (the writer), update and delete (by hand or by another tool)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from briefing_tui.store import Store


@pytest.fixture
def copy(tiny_db, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(tiny_db, path)
    return path


def consistent(path):
    conn = sqlite3.connect(path)
    for fts in ("reports_fts", "claims_fts", "events_fts"):
        conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
    assert conn.execute("SELECT count(*) FROM claims WHERE sort_key >> 32 !="
                        " (SELECT sort_key >> 32 FROM reports r WHERE r.id = report_id)").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM events WHERE sort_key >> 32 !="
                        " (SELECT sort_key >> 32 FROM reports r WHERE r.id = report_id)").fetchone() == (0,)
    buckets = dict(conn.execute("SELECT bucket, reports FROM report_buckets"))
    actual = dict(conn.execute("SELECT sort_key >> 16, count(*) FROM reports GROUP BY 1"))
    assert buckets == actual
    conn.close()


def test_inserted_rows_are_indexed_under_their_keys(tiny_db):
    consistent(tiny_db)


def test_a_changed_report_date_moves_it_everywhere(copy):
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE reports SET published = '2019-03-04' WHERE id = 2")
    conn.commit()
    consistent(copy)
    store = Store(copy)
    assert [h.id for h in store.search("hwasong after:2019-03 before:2019-03", kinds=("report",))] == [2]
    assert [h.report_id for h in store.search("hwasong after:2019-03 before:2019-03", kinds=("event",))] == [2]
    assert store.search("hwasong after:2024", kinds=("report", "event")) == []
    assert store.list_reports(0, 10)[-2].id == 2  # older than all but the undated one


def test_changed_claim_and_event_text_is_searched(copy):
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE claims SET text = 'sanctions are illegitimate' WHERE report_id = 1")
    conn.execute("UPDATE events SET summary = 'ministerial consultation' WHERE report_id = 1")
    conn.commit()
    consistent(copy)
    store = Store(copy)
    assert [h.kind for h in store.search("illegitimate")] == ["claim"]
    assert store.search("resolutions", kinds=("claim",)) == []
    assert [h.kind for h in store.search("consultation")] == ["event"]


def test_deleted_rows_leave_the_indexes(copy):
    conn = sqlite3.connect(copy)
    for table in ("event_participants", "dates"):
        conn.execute(f"DELETE FROM {table}")
    for table in ("claims", "events", "participants"):
        conn.execute(f"DELETE FROM {table} WHERE report_id = 1")
    conn.execute("DELETE FROM reports WHERE id = 1")
    conn.commit()
    consistent(copy)
    store = Store(copy)
    assert store.count_reports() == 3
    assert store.search("resolutions") == []
    assert [h.id for h in store.search("troops", kinds=("report",))] != []
    assert 1 not in [r.id for r in store.list_reports(0, 10)]
