"""A search cut short by the store's time budget says so: the reader knows older matches may exist."""

from __future__ import annotations

from briefing_tui.store import search as search_module
from briefing_tui.tui.screens.search import SearchScreen
from tui.screen import press, screen_text, settle


async def test_a_search_out_of_time_names_the_kinds_cut_short(handmade_db, make_app, monkeypatch):
    # As a starved machine at a million reports: no time at all for any walk.
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)
    app = make_app(handmade_db)
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        for ch in "jobs":
            await pilot.press(ch)
        await settle(pilot)
        text = screen_text(app)
        assert "for: jobs" in text
        assert "newest only for" in text and "narrow with after:/before:" in text


async def test_a_whole_search_says_nothing_of_the_kind(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        for ch in "jobs":
            await pilot.press(ch)
        await settle(pilot)
        text = screen_text(app)
        assert "for: jobs" in text and "newest only" not in text
