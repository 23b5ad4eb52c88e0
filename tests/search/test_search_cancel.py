"""A search the caller no longer wants (a newer key was typed) stops at its next
step when its `cancel` event is set: inside SQLite's walks too, through the same
progress handler as the time budget. It never raises, returns nothing marked
`cancelled`, and leaves the store as it was for the next search."""

from __future__ import annotations

import threading

import pytest

from briefing_tui.store import search as search_module
from briefing_tui.store.search import SearchQueries

TEXTS = ["the", "minister said", '"the minister"', "of*", "country:x the", "in after:2020", "zzqx"]


def _search(store, text, **kw):
    store.__dict__.pop("_caches", None)
    return store.search(text, limit=50, prefix=True, **kw)


@pytest.fixture(params=[False, True], ids=["no-budget", "budget"])
def store(synthetic, monkeypatch, request):
    if request.param:
        monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
        monkeypatch.setattr(search_module, "SEARCH_BUDGET", 3600.0)
    yield synthetic
    synthetic.__dict__.pop("_caches", None)


@pytest.mark.parametrize("text", TEXTS)
def test_an_unset_event_changes_nothing(store, text):
    plain = _search(store, text)
    with_event = _search(store, text, cancel=threading.Event())
    assert list(with_event) == list(plain) and not with_event.cancelled and not plain.cancelled


@pytest.mark.parametrize("text", TEXTS)
def test_set_before_it_starts_nothing_is_searched(store, text):
    cancel = threading.Event()
    cancel.set()
    hits = _search(store, text, cancel=cancel)
    assert list(hits) == [] and hits.cancelled


@pytest.mark.parametrize("kind", ["report", "claim", "event"])
def test_set_inside_a_walk_stops_it_and_the_next_search_is_whole(store, monkeypatch, kind):
    """The event is set from inside a kind's first SQL walk (as a key typed in the
    UI thread would, mid-query): SQLite's progress handler interrupts it."""
    monkeypatch.setattr(search_module, "PROGRESS_OPS", 1)
    cancel = threading.Event()
    calls = {"interrupted": 0}
    original = SearchQueries._candidates

    def candidates(self, k, s, window):
        if k.name == kind:
            cancel.set()  # what the UI thread does when a newer key comes
            try:
                return original(self, k, s, window)
            except Exception as exc:  # the search's own progress handler stopped the walk
                calls["interrupted"] += 1
                assert "interrupt" in str(exc)
                raise
        return original(self, k, s, window)

    monkeypatch.setattr(SearchQueries, "_candidates", candidates)
    hits = _search(store, "the", cancel=cancel)
    assert hits.cancelled and list(hits) == [] and calls["interrupted"] == 1
    monkeypatch.setattr(SearchQueries, "_candidates", original)
    again = _search(store, "the")
    assert not again.cancelled and again and again == _search(store, "the")


def test_set_between_kinds_returns_no_stale_part(store, monkeypatch):
    """Set after the reports were found: the reports are not returned as if whole."""
    cancel = threading.Event()
    original = SearchQueries._budgeted_hits

    def budgeted_hits(self, kind, s, limit, budget):
        out = original(self, kind, s, limit, budget)
        if kind.name == "report":
            cancel.set()
        return out

    monkeypatch.setattr(SearchQueries, "_budgeted_hits", budgeted_hits)
    hits = _search(store, "minister", cancel=cancel)
    assert hits.cancelled and list(hits) == []


@pytest.mark.parametrize("text", TEXTS + ["m", "mi", "min", "gov", "said", '"the minister" of'])
def test_a_kinds_first_hits_do_not_depend_on_the_limit(store, text):
    """Search as you type shows the first 10 of each kind, then all 50: the 10 must
    be the first rows of the 50, or the second frame would reorder what was seen."""
    full = _search(store, text)
    for limit in (1, 3, 10):
        few = store.search(text, limit=limit, prefix=True)
        for kind in ("participant", "report", "claim", "event"):
            assert [h for h in few if h.kind == kind] == [h for h in full if h.kind == kind][:limit], (kind, limit)
