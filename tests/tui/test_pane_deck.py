"""Panes behind one another on a narrow terminal are laid out, just not painted."""

from __future__ import annotations

from briefing_tui.tui.widgets.link_list import LinkList
from tui.screen import press, settle
from tui.test_browser import SIZE, open_seed


async def test_panes_behind_the_active_one_are_sized_off_screen(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        screen = app.screen
        participants, claims, related = (screen.query_one(f"#{i}", LinkList) for i in ("participants", "claims", "related"))
        width = app.size.width
        assert participants.region.x < width and not participants.offstage
        for pane in (claims, related):
            assert pane.offstage
            assert pane.region.x >= width  # beside the screen, not on it
            assert pane.size == participants.size  # laid out at the size it will be shown at
            assert pane.virtual_size.height == len(pane._line_cache.lines) > 0  # its rows measured
        await press(pilot, "4")
        assert claims.region.x < width and not claims.offstage
        assert participants.offstage and participants.region.x >= width
        assert app.focused is claims


async def test_wide_terminal_has_no_pane_off_screen(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(130, 24)) as pilot:
        await settle(pilot)
        panes = [app.screen.query_one(f"#{i}", LinkList) for i in ("participants", "claims", "related")]
        assert not any(p.offstage for p in panes)
        assert sorted(p.region.x for p in panes) == [p.region.x for p in panes]
        assert all(p.region.right <= 130 for p in panes)
