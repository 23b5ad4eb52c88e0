"""The short prefixes' table (Store.prepare_search) answers for one version of
the database. When another connection writes (an ingest while the browser is
open), it must stop answering at once (a search then scans, and gets the
current words) and be built again in the background when a search next asks,
so the first keys of a search stay a lookup. Real SQLite files, written by a
second connection (the Writer an ingest uses)."""

from __future__ import annotations

import time

import pytest

from briefing_tui.records import Extraction, ReportInput
from briefing_tui.store import Store, Writer
from briefing_tui.store import search as search_module


def _add(path, titles, body):
    with Writer(path) as writer:
        for title in titles:
            report = ReportInput(title, f"{body} ({title})", "2024-03-04", "Wire")
            assert writer.add_report(report, Extraction([], [], [], [], []))


def _scanned(store, stem):
    store.__dict__.pop("_caches", None)
    built = store.__dict__.pop("_short_prefixes", None)
    try:
        return store._completions(stem)
    finally:
        store.__dict__["_short_prefixes"] = built
        store.__dict__.pop("_caches", None)


def _rebuilt(store, seconds=20.0):
    """The table, once a search has had it built again (None: not in time)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        table = store._short_table()
        if table is not None:
            return table
        time.sleep(0.02)
    return None


@pytest.fixture
def grown(tmp_path, monkeypatch):
    """A store with its table built, then 32 more reports written by another connection."""
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    path = tmp_path / "grown.db"
    _add(path, [f"Harbour report {i}" for i in range(32)], "Ships came into the harbour at dawn, and left.")
    store = Store(path)
    assert store.prepare_search() is True
    table = store._short_table()
    assert table and "zy" not in table
    # (the sample holds one report in sixteen: 32 reports put the new word in it)
    _add(path, [f"Zyxtane sighting {i}" for i in range(32)], "A zyxtane was seen near the harbour.")
    yield store
    store.close()


def test_the_table_stops_answering_once_the_database_changes(grown):
    assert grown._short_table() is None
    assert "zyxtane" in grown._completions("zy")[1]  # the scan: the current words


def test_a_search_has_the_table_built_again(grown):
    hits = grown.search("zy", prefix=True)
    assert any(h.kind == "report" and "Zyxtane" in h.title for h in hits)
    table = _rebuilt(grown)
    assert table is not None, "the table was not built again after the database changed"
    assert "zy" in table and "zyxtane" in [term for _, term in table["zy"][1]]
    assert grown._short_table(rebuild=False) is table
    for stem in ("z", "zy", "h", "ha", "sh", "q"):
        grown.__dict__.pop("_caches", None)
        assert grown._completions(stem) == _scanned(grown, stem), stem


def test_rebuilds_wait_for_the_gap(grown, monkeypatch):
    """An ingest writes all the time: a build follows the last one no sooner than
    SHORT_REBUILD_GAP times its duration after it."""
    monkeypatch.setattr(search_module, "SHORT_REBUILD_GAP", 10**9)
    grown.search("zy", prefix=True)
    assert _rebuilt(grown, 0.5) is None
    monkeypatch.setattr(search_module, "SHORT_REBUILD_GAP", 0)
    assert _rebuilt(grown) is not None
