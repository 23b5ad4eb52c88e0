"""Search walks matches in windows of reports, newest first, within a time budget.

Windows must not change what is found when the budget is not hit; when it is
hit, the hits are the newest matches, never older ones instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefing_tui.store import Store
from briefing_tui.store import query as q
from briefing_tui.store import search as search_module

BENCH = Path(__file__).resolve().parent.parent / "bench"
KINDS = ("report", "claim", "event")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    sys.path.insert(0, str(BENCH))
    import generate

    path = tmp_path_factory.mktemp("windows") / "synthetic.db"
    generate.build(path, 300, seed=5, workers=0)
    return Store(path)


def _queries(store: Store) -> list[str]:
    store._rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.wv USING fts5vocab(main, reports_fts, row)")
    rows = store._rows("SELECT term, doc FROM temp.wv WHERE length(term) > 3 AND term GLOB '[a-z]*'"
                       " ORDER BY doc DESC, term")
    common, middling, rare = rows[0][0], rows[len(rows) // 40][0], rows[len(rows) // 2][0]
    top = store._rows("SELECT name FROM entities WHERE kind = 'country' ORDER BY report_count DESC LIMIT 1")[0][0]
    return [common, middling, rare, f'"{common} {middling}"', f"{middling} {rare}",
            f'country:"{top}" {middling}', f"after:2010 {common}", "zzqqxx"]


def _search(store: Store, text: str, kind: str) -> list[int]:
    store.__dict__.pop("_search_caches", None)
    return [h.id for h in store.search(text, limit=10_000, kinds=(kind,))]


def test_windows_cover_the_range_in_order(store, monkeypatch):
    monkeypatch.setattr(search_module, "FIRST_WINDOW", 7)
    for lo, hi in ((q.MIN_KEY, q.MAX_KEY), q.parse("after:2012 before:2018").key_range()):
        windows = store._windows(lo, hi)
        assert len(windows) > 2
        assert windows[0][0] == lo and windows[-1][1] == hi
        assert all(a[1] + 1 == b[0] for a, b in zip(windows, windows[1:]))
        assert all(w[0] <= w[1] for w in windows)


def test_small_windows_find_the_same_hits(store, monkeypatch):
    monkeypatch.setattr(search_module, "WINDOW", 100_000)
    expected = {(t, k): set(_search(store, t, k)) for t in _queries(store) for k in KINDS}
    assert sum(bool(v) for v in expected.values()) >= 8
    monkeypatch.setattr(search_module, "FIRST_WINDOW", 5)
    monkeypatch.setattr(search_module, "WALK_POSTINGS", 1e18)
    for (text, kind), want in expected.items():
        assert set(_search(store, text, kind)) == want, (text, kind)


def test_an_exhausted_budget_keeps_the_newest_matches(store, monkeypatch):
    monkeypatch.setattr(search_module, "WINDOW", 100_000)
    text = _queries(store)[0]
    full = {k: _search(store, text, k) for k in KINDS}
    monkeypatch.setattr(search_module, "FIRST_WINDOW", 40)
    monkeypatch.setattr(search_module, "WALK_POSTINGS", 0.0)
    table = {"report": "reports", "claim": "claims", "event": "events"}
    assert full["report"] and full["claim"]
    for kind in KINDS:
        got = _search(store, text, kind)
        if not full[kind]:
            assert not got
            continue
        assert got and len(got) < len(full[kind]) and set(got) <= set(full[kind])
        keys = dict(store._rows(f"SELECT id, sort_key FROM {table[kind]}"))
        newest = sorted(full[kind], key=keys.get)[: len(got)]
        assert set(got) == set(newest), kind
