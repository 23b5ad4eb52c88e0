"""Leaving the search screen stops a search without the time limit (Ctrl+R):
unseen, it would run on in its worker for as long as it takes, holding a core
and the GIL the page the user went to needs. Help above the screen does not
leave it: the search goes on.

The search without a limit is held (as a long one at a million reports would
run) until its cancel event is set; the test fails if leaving never sets it."""

from __future__ import annotations

import threading

import pytest

from briefing_tui.store import search as search_module
from briefing_tui.tui.screens.search import SearchScreen
from tui.screen import press, screen_text, settle


@pytest.fixture
def no_time(monkeypatch):
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)


def _hold_full_searches(store):
    """store.search, with every search without a limit held until cancelled (or 10 s)."""
    real = store.search
    started, stopped = threading.Event(), threading.Event()

    def search(text, *args, budget="auto", cancel=None, **kw):
        if budget is None:
            started.set()
            if cancel is not None and cancel.wait(10):
                stopped.set()
        return real(text, *args, budget=budget, cancel=cancel, **kw)

    store.search = search
    return started, stopped


async def _search_all(pilot, text: str) -> None:
    await press(pilot, "slash")
    assert isinstance(pilot.app.screen, SearchScreen)
    for ch in text:
        await pilot.press(ch)
    await settle(pilot)
    await pilot.press("ctrl+r")
    await pilot.pause()


@pytest.mark.parametrize("leave", ["escape", "open a result"])
async def test_leaving_the_screen_stops_the_search_without_limit(handmade_db, make_app, no_time, leave):
    app = make_app(handmade_db)
    started, stopped = _hold_full_searches(app.store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _search_all(pilot, "jobs")
        assert started.wait(5)
        search = app.screen
        if leave == "escape":
            await pilot.press("escape")
        else:
            await pilot.press("down")  # into the results: the first hit
            await pilot.press("enter")
        for _ in range(20):
            await pilot.pause(0.05)
            if app.screen is not search:
                break
        assert app.screen is not search, app.screen_stack
        assert stopped.wait(5), "the search without a limit ran on after the screen was left"
        await settle(pilot)
        # back on the search screen: the cut answer is shown, Ctrl+R offered again
        app.go_back() if leave != "escape" else app.go_forward()
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        text = screen_text(app)
        assert "Searching all" not in text
        assert "^r Search all" in text.rstrip("\n").splitlines()[-1]


async def test_help_above_the_screen_does_not_stop_it(handmade_db, make_app, no_time):
    app = make_app(handmade_db)
    started, stopped = _hold_full_searches(app.store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _search_all(pilot, "jobs")
        assert started.wait(5)
        await pilot.press("f1")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)
        assert not stopped.is_set()
        await pilot.press("escape")  # help closed
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert not stopped.is_set()
        await pilot.press("backspace")  # a key stops it, as ever
        assert stopped.wait(5)
        await settle(pilot)
