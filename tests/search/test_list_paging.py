"""The report list pages the same at every offset as a plain ORDER BY ... OFFSET."""

from __future__ import annotations

import random

import pytest

from briefing_tui.store import Store
from briefing_tui.store import reports as reports_module
from briefing_tui.store.connection import open_writable


def _add(conn, rid, published, n):
    conn.execute(
        "INSERT INTO reports (id, title, published, body, content_hash, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, '2024-01-01T00:00:00')",
        (rid, f"report {n}", published, f"body {n}", f"hash-{rid}"),
    )


@pytest.fixture(scope="module")
def paged_db(tmp_path_factory):
    """Reports spread so that days hold several buckets (ids 65,536 apart), with
    undated reports and partial dates, inserted out of order."""
    path = tmp_path_factory.mktemp("paging") / "paged.db"
    conn = open_writable(path)
    rnd = random.Random(5)
    ids = list(range(1, 120)) + [65_536 * k + j for k in range(1, 6) for j in range(0, 40, 3)]
    rnd.shuffle(ids)
    days = ["2024-11-02", "2024-11-01", "2024-11", "2023-05-20", "2024", None, "1999-12-31"]
    conn.execute("BEGIN")
    for n, rid in enumerate(ids):
        _add(conn, rid, days[rnd.randrange(len(days))], n)
    conn.execute("COMMIT")
    conn.close()
    return path


def expected(store):
    return [r[0] for r in store._rows("SELECT id FROM reports ORDER BY published DESC, id DESC")]


@pytest.mark.parametrize("direct", [0, 4096])
def test_every_page_matches_plain_offset(paged_db, monkeypatch, direct):
    monkeypatch.setattr(reports_module, "DIRECT_OFFSET", direct)
    store = Store(paged_db)
    order = expected(store)
    assert store.count_reports() == len(order)
    for size in (1, 7, 50):
        for offset in range(0, len(order) + 3):
            assert [r.id for r in store.list_reports(offset, size)] == order[offset:offset + size]
    assert store.list_reports(len(order) + 100, 5) == []
    assert store.list_reports(-3, 2) == store.list_reports(0, 2)
    assert store.list_reports(0, 0) == []


def test_report_position_is_the_list_offset(paged_db):
    store = Store(paged_db)
    for offset, rid in enumerate(expected(store)):
        assert store.report_position(rid) == offset
    assert store.report_position(10**9) is None


def test_counts_follow_writes_from_another_connection(paged_db, tmp_path, monkeypatch):
    import shutil

    monkeypatch.setattr(reports_module, "DIRECT_OFFSET", 0)
    path = tmp_path / "copy.db"
    shutil.copy(paged_db, path)
    store = Store(path)
    before = store.count_reports()
    store.list_reports(before - 1, 5)  # the day index is cached now
    writer = open_writable(path)
    _add(writer, 10**6, "2025-01-01", 999)
    _add(writer, 10**6 + 1, None, 1000)
    writer.close()
    assert store.count_reports() == before + 2
    order = expected(store)
    assert order[0] == 10**6 and 10**6 + 1 in order
    pages = [r.id for offset in range(0, len(order), 7) for r in store.list_reports(offset, 7)]
    assert pages == order
