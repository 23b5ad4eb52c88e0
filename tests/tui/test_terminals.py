"""Terminal rules: NO_COLOR keeps the selection visible, 16-colour terminals get the ANSI theme, no animations."""

from __future__ import annotations

from briefing_tui.tui.widgets.article import ArticleView
from briefing_tui.tui.widgets.link_list import LinkList
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.screen import press, screen_text, settle


def _styles(strip):
    return [seg.style for seg in strip if seg.text.strip() and seg.style is not None]


async def test_no_color_selection_is_visible_without_colour(handmade_db, make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.no_color
        reports = app.screen.query_one("#reports", VirtualList)
        # The cursor row is drawn reversed, other rows are not.
        cursor_styles = _styles(reports.render_line(0))
        other_styles = _styles(reports.render_line(1))
        assert cursor_styles and all(s.reverse for s in cursor_styles)
        assert not any(s.reverse for s in other_styles)
        # In a short list the highlighted row is underlined and bold when focused
        # (attributes that survive NO_COLOR; Textual's reverse is a colour swap).
        await press(pilot, "j", "3")
        participants = app.screen.query_one("#participants", LinkList)
        style = participants.get_component_rich_style("option-list--option-highlighted")
        assert style.underline and style.bold
        # The article marks highlights with underline and the current one reversed.
        article = app.screen.query_one(ArticleView)
        assert article.get_component_rich_style("article--current").reverse
        assert article.get_component_rich_style("article--highlight").underline
        assert "Cho Tae-yul — Foreign Minister" in screen_text(app)


async def test_sixteen_colour_terminal_gets_the_ansi_theme(handmade_db, make_app, monkeypatch):
    monkeypatch.setenv("TERM", "linux")
    monkeypatch.delenv("COLORTERM", raising=False)
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.console.color_system == "standard"
        assert app.theme == "ansi-dark"
        reports = app.screen.query_one("#reports", VirtualList)
        assert reports.get_component_rich_style("virtual-list--cursor").bgcolor is not None or \
            reports.get_component_rich_style("virtual-list--cursor").reverse


async def test_animations_are_off_by_default(handmade_db, make_app, monkeypatch):
    monkeypatch.delenv("TEXTUAL_ANIMATIONS", raising=False)
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.animation_level == "none"
