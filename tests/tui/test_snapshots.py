"""Snapshots of every screen at 80x24 and 160x48, from the hand-written database (deterministic).

Update after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from briefing_tui.store import Store
from briefing_tui.tui.app import BriefingApp
from tui.screen import press, settle

SIZES = [(80, 24), (160, 48)]

# Keys that reach each screen from the start, on the hand-written database.
SCREENS = {
    "browser": [],
    "browser_claims": ["j", "4", "j"],
    "claim_in_article": ["j", "4", "j", "enter"],
    "report": ["j", "5", "G", "enter"],
    "entity": ["j", "3", "enter"],
    "entity_timeline": ["G", "3", "enter", "3"],
    "event": ["G", "3", "enter", "3", "j", "enter"],
    "timeline": ["t"],
    "search": ["slash", "h", "w", "a", "s", "o"],
    "help": ["question_mark"],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_snapshot(snap_compare, handmade_db, screen, size):
    app = BriefingApp(Store(handmade_db), theme="textual-dark")

    async def run_before(pilot) -> None:
        await settle(pilot)
        await press(pilot, *SCREENS[screen])
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


def test_ansi_theme_snapshot(snap_compare, handmade_db):
    """The 16-colour theme used under TERM=linux."""
    app = BriefingApp(Store(handmade_db), theme="ansi-dark")

    async def run_before(pilot) -> None:
        await settle(pilot)
        await press(pilot, "j", "3")

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_too_small_snapshot(snap_compare, handmade_db):
    app = BriefingApp(Store(handmade_db), theme="textual-dark")

    async def run_before(pilot) -> None:
        await settle(pilot)

    assert snap_compare(app, terminal_size=(50, 12), run_before=run_before)
