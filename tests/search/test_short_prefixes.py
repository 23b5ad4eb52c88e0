"""The first keys of a search (one or two letters) are answered from a table of
every short prefix built once (Store.prepare_search), not from a scan of the
vocabulary each: the table must give exactly the scan's answer, for every
short stem of the vocabulary and for stems it does not hold, and searches must
not change. Below BUDGET_FROM_REPORTS there is no table (scans take ~1 ms)."""

from __future__ import annotations

import os
import threading
import time

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
    return sorted({t[:k] for t in terms for k in (1, 2)}) + ["zq", "q", "\u00e9", "9"]


def _long_stems(store):
    store._rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tv USING fts5vocab(main, terms_sample_fts, row)")
    terms = [r[0] for r in store._rows("SELECT term FROM temp.tv")]
    return sorted({t[:k] for t in terms for k in range(3, 12) if len(t) >= k}) + ["zqx", "qqqq", "\u00e9t\u00e9", "999"]


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


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="thread priorities are read on Linux")
def test_the_low_priority_build_brings_one_row_a_query(synthetic, monkeypatch):
    """The build runs at nice 19 beside the app. Each row SQLite hands back makes
    that thread take Python's lock, and a key's thread handing the lock to it waits
    until the scheduler runs it (hundreds of ms on a busy machine): the rows it
    reads at that priority come as one a query, however many prefixes the table holds."""
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    synthetic.__dict__.pop("_short_prefixes", None)
    synthetic.__dict__.pop("_caches", None)
    start = os.getpriority(os.PRIO_PROCESS, 0)
    reads = []
    rows = synthetic._rows

    def counted(sql, params=()):
        got = rows(sql, params)
        if threading.current_thread().name.startswith("search-prefixes"):
            reads.append((os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), len(got)))
        return got

    monkeypatch.setattr(synthetic, "_rows", counted)
    try:
        assert synthetic.prepare_search() is True
        table = synthetic._short_table()
        low = [n for nice, n in reads if nice > start]
        assert low, "nothing was read at a lower priority"
        assert max(low) <= 1, f"{sum(low)} rows read at nice 19 in {len(low)} queries"
        assert len(table) > 30  # and the table holds every prefix
    finally:
        synthetic.__dict__.pop("_short_prefixes", None)


@pytest.mark.parametrize("common", [1, 200])
def test_common_longer_prefixes_give_what_the_scan_gives(synthetic, monkeypatch, common):
    """Prefixes of 3 letters and more in many reports ("the", "min" ... "ministe" at a
    million) are in the table too (their scan reads the doclists of common words);
    the rarer ones are scanned. Either way the answer is the scan's. `common`: the
    reports from which a prefix is common (PREFIX_DIRECT_ROWS), all of them or few."""
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", common)
    stems = _long_stems(synthetic)
    scanned = {stem: _scanned(synthetic, stem) for stem in stems}
    synthetic.__dict__.pop("_caches", None)
    try:
        assert synthetic.prepare_search() is True
        assert synthetic._short_table()
        longer = synthetic.__dict__["_short_prefixes"][2]
        held = [stem for stem in stems if longer.get(stem) is not None]
        if common == 1:
            assert len(held) == sum(1 for s in stems if scanned[s][0])  # every prefix of a word
        else:
            assert 0 < len(held) < len(stems) // 2
            assert all(scanned[s][0] * search_module.SAMPLE_EVERY >= common for s in held)
        for stem in stems:
            synthetic.__dict__.pop("_caches", None)
            assert synthetic._completions(stem) == scanned[stem], stem
    finally:
        synthetic.__dict__.pop("_short_prefixes", None)


def test_the_short_prefixes_answer_before_the_longer_ones_are_made(synthetic, monkeypatch):
    """The longer prefixes cost the build most of its time (a query a length, at nice
    19: minutes on a busy machine): the one- and two-letter ones, which every search
    starts with, are in use as soon as they are made, not once the rest is."""
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", 1)
    synthetic.__dict__.pop("_short_prefixes", None)
    synthetic.__dict__.pop("_caches", None)
    go_on = threading.Event()
    made = synthetic._prefix_texts

    def held(give):
        def then(text):
            give(text)
            if isinstance(text, str):  # the short prefixes: the longer ones wait
                assert go_on.wait(20)
        made(then)

    monkeypatch.setattr(synthetic, "_prefix_texts", held)
    try:
        synthetic.prepare_search(wait=False)
        deadline = time.monotonic() + 20
        while synthetic._short_table() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert synthetic._short_table(), "the short prefixes waited for the longer ones"
        assert synthetic.__dict__["_short_prefixes"][2].get("the") is None  # not made yet: scanned
        go_on.set()
        deadline = time.monotonic() + 20
        while synthetic.__dict__["_short_prefixes"][2].get("the") is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert synthetic.__dict__["_short_prefixes"][2].get("the") is not None
    finally:
        go_on.set()
        synthetic.__dict__.pop("_short_prefixes", None)
