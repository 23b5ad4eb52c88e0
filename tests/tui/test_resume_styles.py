"""A kept screen shown again is not restyled when nothing its styles depend on has
changed (BriefingScreen._on_screen_resume), and is restyled when something has
(a theme change while it was off screen). Pins the private Textual parts this uses:
each class's _on_screen_resume in the MRO gets the same ScreenResume, Screen's
honours event.refresh_styles, App._css_update_count counts theme changes, and
Stylesheet.source holds the CSS sources (80x24, by keys)."""

from __future__ import annotations

from textual import events
from textual.css.stylesheet import Stylesheet
from textual.screen import Screen

from briefing_tui.tui.app import COMPOSE_AHEAD_QUIET_S
from briefing_tui.tui.screens.base import BriefingScreen
from briefing_tui.tui.screens.browser import BrowserScreen
from briefing_tui.tui.screens.entity import EntityScreen
from tui.screen import press, screen_text, settle
from tui.test_browser import SIZE, open_seed


def count_restyles(app, monkeypatch) -> list[int]:
    """Sizes of the node sets Textual restyles from now on that hold an EntityScreen."""
    seen: list[int] = []
    original = Stylesheet.update_nodes

    def update_nodes(self, nodes, animate=False):
        nodes = list(nodes)
        if any(isinstance(n, EntityScreen) for n in nodes):
            seen.append(len(nodes))
        return original(self, nodes, animate=animate)

    monkeypatch.setattr(Stylesheet, "update_nodes", update_nodes)
    return seen


async def open_kim(pilot, *keys: str) -> EntityScreen:
    """From the seed report's participants (back there, the cursor is still on Kim)."""
    await press(pilot, *keys, "enter")
    screen = pilot.app.screen
    assert isinstance(screen, EntityScreen)
    assert "Kim Yong-hyun  person" in screen_text(pilot.app)
    return screen


def test_textual_parts_this_relies_on():
    assert Screen.__dict__.get("_on_screen_resume") is not None
    assert BriefingScreen.__dict__.get("_on_screen_resume") is not None
    assert events.ScreenResume().refresh_styles is True
    assert events.ScreenResume(refresh_styles=False).refresh_styles is False
    assert isinstance(Stylesheet().source, dict)


async def test_shown_again_without_a_restyle(handmade_db, make_app, monkeypatch):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        first = await open_kim(pilot, "3", "j")
        await press(pilot, "backspace")
        assert isinstance(app.screen, BrowserScreen)
        restyles = count_restyles(app, monkeypatch)
        again = await open_kim(pilot)
        assert again is first
        assert restyles == []  # the whole screen was not restyled on resume
        # ...and it looks as a restyled one does: same styles on every node.
        before = {id(n): n.styles.background for n in again.walk_children(with_self=True)}
        app.update_styles(again)
        assert before == {id(n): n.styles.background for n in again.walk_children(with_self=True)}


async def test_composed_ahead_shown_first_without_a_restyle(handmade_db, make_app, monkeypatch):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause(COMPOSE_AHEAD_QUIET_S * 2 + 0.2)
        ahead = app._screens.get("entity")
        assert ahead is not None and ahead.is_mounted
        await open_seed(pilot)
        restyles = count_restyles(app, monkeypatch)
        assert await open_kim(pilot, "3", "j") is ahead
        assert restyles == []


async def test_a_theme_changed_while_off_screen_restyles_it(handmade_db, make_app, monkeypatch):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        screen = await open_kim(pilot, "3", "j")
        old_background = screen.styles.background
        await press(pilot, "backspace")
        count = app._css_update_count
        app.theme = "textual-light" if app.current_theme.dark else "textual-dark"
        await settle(pilot)
        assert app._css_update_count != count  # what _style_inputs watches
        restyles = count_restyles(app, monkeypatch)
        assert await open_kim(pilot) is screen
        assert restyles  # restyled on resume, as Textual does
        assert screen.styles.background != old_background
        assert screen.styles.background == app.screen_stack[0].styles.background
