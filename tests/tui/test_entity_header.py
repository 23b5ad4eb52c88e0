"""The location bar names the entity opened. The entity header asks for a layout only when its height changes: shown again for
an entity whose name, roles and aliases take as many lines, it is repainted in place."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from briefing_tui.tui.screens.entity import EntityScreen
from tui.screen import open_seed_entity, press, screen_text, settle
from tui.test_browser import SIZE


async def test_header_laid_out_only_when_its_height_changes(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_seed_entity(pilot)
        assert screen_text(app).splitlines()[0].startswith(" briefing \u203a Kim Yong-hyun")  # location bar
        header = screen.query_one("#entity-header", Static)
        lines = header.content_size.height
        assert lines >= 1
        asked: list[bool] = []
        real = header.refresh

        def refresh(*regions, **kwargs):
            asked.append(bool(kwargs.get("layout")))
            return real(*regions, **kwargs)

        header.refresh = refresh
        screen._set_header(Content("\n".join(f"same {i}" for i in range(lines))))
        assert asked == [False]
        await settle(pilot)
        assert "same 0" in screen_text(app)
        screen._set_header(Content("\n".join(f"taller {i}" for i in range(lines + 1))))
        assert asked[-1] is True
        await settle(pilot)
        assert header.content_size.height == lines + 1
        assert f"taller {lines}" in screen_text(app)


async def test_claims_and_timeline_are_read_after_the_first_frame(handmade_db, make_app, monkeypatch):
    """Their worker makes rows in Python; run beside the paint it held the GIL in turns
    with it. So the frame that shows the entity is written before the worker starts."""
    from briefing_tui.tui.app import BriefingApp

    app = make_app(handmade_db)
    events: list[str] = []
    real_display = BriefingApp._display
    real_fetch = EntityScreen._fetch

    def display(self, screen, renderable):
        if isinstance(screen, EntityScreen):
            events.append("frame")
        return real_display(self, screen, renderable)

    def fetch(self, *args):
        events.append("fetch")
        return real_fetch(self, *args)

    monkeypatch.setattr(BriefingApp, "_display", display)
    monkeypatch.setattr(EntityScreen, "_fetch", fetch)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed_entity(pilot)
        assert "fetch" in events and events.index("frame") < events.index("fetch")
        assert app.screen.query_one("#entity-claims").loaded  # and the lists came
        events.clear()
        await press(pilot, "backspace", "j", "enter")  # shown again for another entity
        assert "fetch" in events and events.index("frame") < events.index("fetch")
