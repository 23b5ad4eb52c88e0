"""A hostile report is shown literally and safely in every pane.

The database is written straight through the Writer (as another tool might),
so escape sequences, bidi overrides and zero-width characters are still in
the stored text: the browser's own defences are what is tested here.
"""

from __future__ import annotations

import re

from briefing_tui.tui.screens.entity import EntityScreen
from briefing_tui.tui.screens.event import EventScreen
from briefing_tui.tui.screens.search import SearchScreen
from briefing_tui.tui.screens.timeline import TimelineScreen
from briefing_tui.tui.widgets.article import ArticleView
from tui.screen import press, screen_text, settle

TITLE = "[bold red]ALERT[/] [@click=app.quit]x[/] title"
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def assert_clean(text: str) -> None:
    found = UNSAFE.findall(text)
    assert not found, [hex(ord(c)) for c in found]


async def to_hostile(pilot) -> None:
    for _ in range(10):
        report = pilot.app.screen.report
        if report is not None and report.title.startswith("[bold red]"):
            return
        await press(pilot, "j")
    raise AssertionError("hostile report not found")


async def test_hostile_report_is_literal_in_every_pane(hostile_db, make_app):
    app = make_app(hostile_db)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        await to_hostile(pilot)
        text = screen_text(app)
        assert_clean(text)
        # report list row and article header
        assert f"2024-11-03  [u]evil[/u]\u2026  {TITLE}" in text
        assert f" {TITLE} " in text
        assert "2024-11-03 · [u]evil[/u] source" in text
        # article body, exactly as written minus control sequences
        for line in (
            "[bold red]Not bold[/bold red] and [@click=app.quit]click me[/] stay literal.",
            "Escapes: red and  and  end.",
            "Bidi: abcdcba and zerowidth text.",
            "<script>alert(1)</script> and <b>raw html</b> and [a link](http://example.invalid/x).",
        ):
            assert line in text, line
        article = app.screen.query_one(ArticleView)
        lines = article.plain_lines
        long_lines = [ln for ln in lines if set(ln) == {"W"}]
        assert sum(len(ln) for ln in long_lines) == 10_000  # the 10,000-character line, wrapped, all there
        assert max(len(ln) for ln in lines) <= article.scrollable_content_region.width
        assert "Last line after the long one." in lines
        # the lower panes, side by side at this width
        assert "[b]Mallory[/b] — [i]Agent[/i], South Korea" in text
        # (the claims list keeps its scrollbar's column: this claim wraps before its last word)
        assert "[@click=app.quit]Mallory[/] said: \u201c[bold red]Not bold[/bold" in text
        assert "red]\u201d" in text
        assert "2024-11-03  attack  [blink]Escape[/blink] test" in text
        # the claim's span is highlighted as the literal text
        await press(pilot, "4")
        assert article.highlighted_texts() == ["[bold red]Not bold[/bold red]"]
        # clicking where markup would have made a link does nothing
        await press(pilot, "2")
        region = article.content_region
        await pilot.click(ArticleView, offset=(region.x - article.region.x + 10, 5))
        await settle(pilot)
        assert app.is_running
        # the entity page of the hostile participant
        await press(pilot, "3", "enter")
        assert isinstance(app.screen, EntityScreen)
        text = screen_text(app)
        assert_clean(text)
        assert "briefing › [b]Mallory[/b]" in text
        assert "[b]Mallory[/b]  person  ·  in 1 report" in text
        assert "Roles: [i]Agent[/i]" in text
        assert f"{TITLE}" in text
        await press(pilot, "2")
        assert "[@click=app.quit]Mallory[/] said: \u201c[bold red]Not bold[/bold red]\u201d" in screen_text(app)
        await press(pilot, "3")
        assert "[blink]Escape[/blink] test" in screen_text(app)
        # its event
        await press(pilot, "enter")
        assert isinstance(app.screen, EventScreen)
        text = screen_text(app)
        assert_clean(text)
        assert "Attack  2024-11-03 (day)" in text
        assert "[blink]Escape[/blink] test" in text
        assert f"2024-11-03  {TITLE}" in text
        assert "as told: [blink]Escape[/blink] test  ([red]today[/red])" in text
        # the timeline
        await press(pilot, "t")
        assert isinstance(app.screen, TimelineScreen)
        text = screen_text(app)
        assert_clean(text)
        assert "2024-11-03  attack       [blink]Escape[/blink] test  · [bold red]ALERT[/] [@cl" in text
        # search results and snippets
        await press(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        for ch in "alert":
            await pilot.press(ch)
        await settle(pilot)
        text = screen_text(app)
        assert_clean(text)
        assert f"2024-11-03  {TITLE}" in text
        assert "abcdcba and zerowidth text. <script>alert(1)</script> and <b" in text  # the snippet


async def test_hostile_report_at_80x24(hostile_db, make_app):
    app = make_app(hostile_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await to_hostile(pilot)
        for key in ("1", "2", "3", "4", "5"):
            await press(pilot, key)
            text = screen_text(app)
            assert_clean(text)
            assert "[bold red]ALERT[/]" in text
        await press(pilot, "2")
        assert "[bold red]Not bold[/bold red] and" in screen_text(app)
        await press(pilot, "y")
        assert_clean(app.clipboard)
        # in the article, y copies what is highlighted there (the event, from pane 5)
        assert app.clipboard == ("2024-11-03 attack: [blink]Escape[/blink] test. Source: "
                                 f"\u201c{TITLE}\u201d, [u]evil[/u] source, 2024-11-03 (briefing report 7)")
