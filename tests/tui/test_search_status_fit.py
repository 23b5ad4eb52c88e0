"""The search status never hides how to get the rest: with an answer cut short
by the time budget, "Ctrl+R searches all" stays on screen at 80 columns however
long the status and whatever problem line sits above it (the status has two
lines: what comes before the hint is cut short instead)."""

from __future__ import annotations

import pytest

from briefing_tui.store import search as search_module
from briefing_tui.tui.screens.search import TYPING_PROBLEM_AFTER_S, SearchScreen, fit_status
from tui.screen import press, screen_text, settle

_KEYS = {" ": "space", ":": "colon", "-": "minus"}


@pytest.fixture
def no_time(monkeypatch):
    """As a starved machine at a million reports: no time at all for any walk."""
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)


async def _type(pilot, text: str) -> None:
    await settle(pilot)
    await press(pilot, "slash")
    assert isinstance(pilot.app.screen, SearchScreen)
    for ch in text:
        await pilot.press(ch if len(ch) == 1 and ch.isalnum() else _KEYS.get(ch, ch))
    await settle(pilot)
    await pilot.pause(TYPING_PROBLEM_AFTER_S + 0.2)  # the typing paused: its problems are said
    await settle(pilot)


def _status(app) -> list[str]:
    """The status lines as seen: between the search input and the results pane."""
    lines = screen_text(app).splitlines()
    top = next(i for i, line in enumerate(lines) if "1 Results" in line)
    found = []
    for line in reversed(lines[:top]):
        if "▔" in line or "▁" in line or "Search" in line and "▊" in line:
            break
        found.insert(0, line.strip())
    return [line for line in found if line]


@pytest.mark.parametrize("query, problem", [
    ("jobs after:2024-13", "after:2024-13 ignored"),  # hits, cut short: "(stopped after ...; Ctrl+R searches all)"
    ("troops after:2024-13", "after:2024-13 ignored"),  # none yet: "... Ctrl+R searches all; or narrow it ..."
    ("troops deployed near the border of kursk region after:2024-13 kind:zz", "after:2024-13 ignored"),
])
async def test_the_hint_stays_visible_under_a_problem_line(handmade_db, make_app, no_time, query, problem):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _type(pilot, query)
        status = _status(app)
        assert status[0].startswith(problem), status
        assert "Ctrl+R searches all" in " ".join(status), status
        assert len(status) <= 2 and all(len(line) <= 78 for line in status)
        assert "^r Search all" in screen_text(app).rstrip("\n").splitlines()[-1]


async def test_without_a_problem_the_status_uses_both_lines(handmade_db, make_app, no_time):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _type(pilot, "troops deployed near the border of kursk region")
        status = " ".join(_status(app))
        assert "no match yet for: troops deployed near the bord…." in status  # nothing cut but the query
        assert "Ctrl+R searches all; or narrow it: more words, after:." in status


def test_fit_status_cuts_before_the_hint_never_the_hint():
    hint = "Ctrl+R searches all)"
    line = "12+ results for: jobs  (stopped after 250 ms: newest only for report, claim, event; " + hint
    assert fit_status(line, 200, 1) == line
    one = fit_status(line, 60, 1)
    assert one.endswith(hint) and len(one) <= 60 and "\n" not in one and "\u2026" in one
    two = fit_status(line, 60, 2).split("\n")
    assert len(two) == 2 and all(len(x) <= 60 for x in two) and two[-1].endswith(hint)
    assert fit_status("3 results for: jobs", 60, 1) == "3 results for: jobs"  # no hint: clipped as before
