"""A search with field filters that stops at a row cap says so, and a search
without a time budget has no caps.

With a time budget, a filtered walk reads at most so many rows (SEEK_BUDGET,
SCAN_BUDGET, SPAN_ROWS, SPAN_MATCHES): past them it stops, like a walk out of
time, and the kind must be named in `.partial` (and `.capped`, with the rows
the cap allowed) - else fewer hits would read as all there are. Without a
budget (Ctrl+R, `briefing search`) the caps do not apply: every match is
found. Each plan is forced in turn, with caps of a few rows, on a few hundred
synthetic reports, against a plain SQL query's answer."""

from __future__ import annotations

import pytest
from test_search_planner import _expected, _words

from briefing_tui.store import search as search_module

SMALL_CAPS = dict(SEEK_BUDGET=3, SCAN_BUDGET=3, SPAN_ROWS=3, SPAN_MATCHES=3, SPAN_FIRST=4, TEXT_SAMPLE=2)
PLANS = ["seek", "span", "words", "table"]


def _query(store, plan: str) -> str:
    source = store._rows("SELECT source FROM reports GROUP BY source ORDER BY count(*) DESC LIMIT 1")[0][0]
    common = _words(store)[0]
    return f'source:"{source}"' if plan == "table" else f'{common} source:"{source}"'


@pytest.fixture
def small_caps(monkeypatch):
    for name, value in SMALL_CAPS.items():
        monkeypatch.setattr(search_module, name, value)


@pytest.mark.parametrize("plan", PLANS)
def test_a_walk_stopped_at_a_row_cap_is_partial_and_no_budget_lifts_it(synthetic, monkeypatch, small_caps, plan):
    monkeypatch.setattr(search_module, "_force_plan", "words" if plan == "table" else plan)
    used: list[str] = []
    real_plan = search_module.SearchQueries._plan
    monkeypatch.setattr(search_module.SearchQueries, "_plan",
                        lambda self, *a: used.append(real_plan(self, *a)[0]) or real_plan(self, *a))
    text = _query(synthetic, plan)
    for kind in ("report", "claim"):
        want = _expected(synthetic, kind, text)
        assert len(want) > 40  # far more than the caps let a walk find
        synthetic.__dict__.pop("_caches", None)
        cut = synthetic.search(text, limit=10_000, kinds=(kind,), budget=60.0)  # time enough
        assert used and used[-1] == plan, used
        assert cut.partial == (kind,) and cut.capped.get(kind, 0) > 0, (kind, cut.partial, cut.capped)
        assert {h.id for h in cut} < want
        synthetic.__dict__.pop("_caches", None)
        whole = synthetic.search(text, limit=10_000, kinds=(kind,), budget=None)
        assert whole.partial == () and whole.capped == {}
        assert {h.id for h in whole} == want, (kind, text)


def test_a_walk_that_ends_before_its_cap_is_not_partial(synthetic, monkeypatch):
    # the shipped caps, a budget: a few hundred reports never reach them
    for plan in PLANS:
        monkeypatch.setattr(search_module, "_force_plan", "words" if plan == "table" else plan)
        text = _query(synthetic, plan)
        synthetic.__dict__.pop("_caches", None)
        hits = synthetic.search(text, limit=10_000, kinds=("report",), budget=60.0)
        assert hits.partial == () and hits.capped == {}
        assert {h.id for h in hits} == _expected(synthetic, "report", text)


def test_the_default_budget_below_its_size_has_no_caps(synthetic, small_caps):
    """Below BUDGET_FROM_REPORTS a search has no time budget: no caps either,
    and its answers do not depend on the thresholds of the million-report plans."""
    text = _query(synthetic, "seek")
    synthetic.__dict__.pop("_caches", None)
    hits = synthetic.search(text, limit=10_000, kinds=("report",))
    assert hits.partial == () and {h.id for h in hits} == _expected(synthetic, "report", text)
