"""The first keys of a search (one or two letters) are answered from a table of
every short prefix built once (Store.prepare_search), not from a scan of the
vocabulary each: the table must give exactly the scan's answer, for every
short stem of the vocabulary and for stems it does not hold, and searches must
not change. Below BUDGET_FROM_REPORTS there is no table (scans take ~1 ms)."""

from __future__ import annotations

import pytest

from briefing_tui.store import search as search_module


def _scanned(store, stem):
    store.__dict__.pop("_caches", None)
    built = store.__dict__.pop("_short_prefixes", None)
    try:
        return store._completions(stem)
    finally:
        if built is not None:
            store.__dict__["_short_prefixes"] = built


def _stems(store):
    store._rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tv USING fts5vocab(main, terms_sample_fts, row)")
    terms = [r[0] for r in store._rows("SELECT term FROM temp.tv")]
    return sorted({t[:1] for t in terms} | {t[:2] for t in terms}) + ["zq", "q", "\u00e9", "9"]


def test_below_the_budget_size_there_is_no_table(synthetic):
    assert synthetic.prepare_search() is False
    assert synthetic._short_table() is None


def test_the_table_gives_what_the_scan_gives(synthetic, monkeypatch):
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    stems = _stems(synthetic)
    scanned = {stem: _scanned(synthetic, stem) for stem in stems}
    synthetic.__dict__.pop("_caches", None)
    try:
        assert synthetic.prepare_search() is True
        assert synthetic._short_table()
        for stem in stems:
            synthetic.__dict__.pop("_caches", None)
            assert synthetic._completions(stem) == scanned[stem], stem
        assert sum(1 for s in stems if scanned[s][0]) > 30  # the stems do have words
    finally:
        synthetic.__dict__.pop("_short_prefixes", None)


@pytest.mark.parametrize("text", ["m", "mi", "gov", "the m", '"united st', "a"])
def test_searches_are_the_same_with_the_table(synthetic, monkeypatch, text):
    monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", 1)  # every stem expanded, as at a million
    synthetic.__dict__.pop("_caches", None)
    before = [(h.kind, h.id) for h in synthetic.search(text, limit=50, prefix=True, budget=None)]
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    try:
        synthetic.prepare_search()
        synthetic.__dict__.pop("_caches", None)
        after = [(h.kind, h.id) for h in synthetic.search(text, limit=50, prefix=True, budget=None)]
    finally:
        synthetic.__dict__.pop("_short_prefixes", None)
    assert after == before
