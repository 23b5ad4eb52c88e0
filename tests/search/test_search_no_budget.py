"""The time budget is the caller's choice: "auto" (the browser's, from
BUDGET_FROM_REPORTS reports), None (the complete answer: `briefing search`, or
the user asking for it), or seconds at any size. On the real synthetic file."""

from __future__ import annotations

import threading

import pytest

from briefing_tui.store import search as search_module

TEXTS = ["minister", "said", '"the minister"', "gov", "minister after:2010"]


def _search(store, text, **kw):
    store.__dict__.pop("_caches", None)
    return store.search(text, limit=50, prefix=True, **kw)


@pytest.fixture
def starved(monkeypatch):
    """The automatic budget as on a starved machine at a million reports: none left."""
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)


@pytest.mark.parametrize("text", TEXTS)
def test_no_budget_is_the_whole_answer_however_starved(synthetic, text, monkeypatch):
    whole = _search(synthetic, text, budget=None)
    assert whole.partial == () and whole.budget is None
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)
    again = _search(synthetic, text, budget=None)
    assert [(h.kind, h.id) for h in again] == [(h.kind, h.id) for h in whole] and again.partial == ()


def test_the_automatic_budget_cuts_when_starved_and_says_so(synthetic, starved):
    whole = _search(synthetic, "minister", budget=None)
    cut = _search(synthetic, "minister")
    assert cut.partial and cut.budget == 0.0 and len(cut) < len(whole)


def test_a_budget_in_seconds_applies_at_any_size(synthetic):
    # 400 reports: "auto" has no budget here, a number does
    assert _search(synthetic, "minister").budget is None
    cut = _search(synthetic, "minister", budget=0.0)
    assert cut.budget == 0.0 and cut.partial
    assert len(cut) < len(_search(synthetic, "minister", budget=None))
    ample = _search(synthetic, "minister", budget=60.0)
    assert ample.partial == () and [h.id for h in ample] == [h.id for h in _search(synthetic, "minister", budget=None)]
    assert ample.elapsed > 0


def test_no_budget_still_stops_when_cancelled(synthetic):
    cancel = threading.Event()
    cancel.set()
    hits = _search(synthetic, "minister", budget=None, cancel=cancel)
    assert hits.cancelled and list(hits) == []
