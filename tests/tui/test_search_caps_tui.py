"""A search with a field filter that stops at a row cap is shown as cut short,
like one out of time: the status names the row limit and the kinds cut, the
headings carry "+", and Ctrl+R searches again without the limits (no time
budget, no row caps) for the whole answer.

The caps are made a few rows (as a filter of a million reports meets its
20,000) on the real SQLite file; a time budget is forced (the hand-made
database is far below the size that has one)."""

from __future__ import annotations

import re

import pytest

from briefing_tui.store import search as search_module
from briefing_tui.tui.screens.search import SearchScreen
from tui.screen import press, screen_text, settle

QUERY = 'country:"North Korea"'


@pytest.fixture
def small_caps(monkeypatch):
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)  # a time budget, so caps
    monkeypatch.setattr(search_module, "_force_plan", "words")  # no words: walk the rows, check the filter
    monkeypatch.setattr(search_module, "SCAN_BUDGET", 2)


def _flat(text: str) -> str:
    return " ".join(" ".join(line.strip(" │▊▎").split()) for line in text.splitlines())


async def test_a_filter_stopped_at_its_row_cap_says_so_and_ctrl_r_lifts_it(handmade_db, make_app, small_caps):
    app = make_app(handmade_db)
    whole = app.store.search(QUERY, limit=50, prefix=True, kinds=("report",), budget=None)
    assert len(whole) == 3 and whole.partial == ()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        for ch in QUERY:
            await pilot.press(ch)
        await settle(pilot)
        text = _flat(screen_text(app))
        assert re.search(r"\(stopped after 2 rows: newest only for [a-z, ]*report", text), text
        assert "Ctrl+R searches all)" in text
        assert "Reports (2+)" in text
        assert "^r Search all" in screen_text(app).rstrip("\n").splitlines()[-1]
        await press(pilot, "ctrl+r")
        text = _flat(screen_text(app))
        assert "stopped after" not in text and "Reports (3)" in text, text
        assert "Search all" not in screen_text(app).rstrip("\n").splitlines()[-1]
