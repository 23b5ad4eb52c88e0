"""A report read ahead is prepared for the pane as it is: j/k only swap what the panes hold."""

from __future__ import annotations

from briefing_tui.tui.article_doc import Layout
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.screen import screen_text, settle


def _text(strip) -> str:
    return "".join(segment.text for segment in strip)


async def test_the_row_below_is_laid_out_and_painted_ahead_for_the_article(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause(0.3)
        await settle(pilot)
        screen = app.screen
        article = screen.article
        below = screen.query_one("#reports", VirtualList).item(1)
        ahead = screen._briefing_cache().get(below.id)
        assert ahead is not None
        width, height, style = article.paint_hint()
        layout = ahead.doc.layout(width)
        assert layout.strip_style == style and layout.strips  # painted in the worker
        painted = dict(layout.strips)
        await pilot.press("j")
        assert screen.report.id == below.id
        await settle(pilot)
        # What the pane paints is what the worker painted, and what a fresh paint gives.
        fresh = Layout(ahead.doc.text, width)
        for y in range(min(height, len(layout.lines))):
            assert article.render_line(y) is painted[y]
            assert _text(painted[y]) == _text(fresh.paint(y, style, app.console))
        assert below.title[:30] in screen_text(app)
        # The lists' rows were made in the worker too: the panes hold those entries.
        assert screen.query_one("#participants")._entries is ahead.participants or not ahead.participants


async def test_a_report_read_ahead_at_one_width_is_shown_right_at_another(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause(0.3)
        await settle(pilot)
        screen = app.screen
        below = screen.query_one("#reports", VirtualList).item(1)
        assert screen._briefing_cache().get(below.id) is not None  # prepared at 80x24
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        article = screen.article
        width = article.scrollable_content_region.width
        assert screen.report.id == below.id
        assert max(len(line.rstrip()) for line in article.plain_lines) <= width  # spaces may overhang
        assert below.title.startswith(article.plain_lines[0].rstrip())
        assert below.title[:30] in screen_text(app)


async def test_the_cursor_row_follows_focus_when_the_rows_are_kept(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reports = app.screen.query_one("#reports", VirtualList)
        await pilot.press("j")
        await settle(pilot)
        focused_cursor, other = reports.render_line(1), reports.render_line(0)
        await pilot.press("tab")  # to the article: the list's cursor row is drawn blurred
        await settle(pilot)
        blurred_cursor = reports.render_line(1)
        assert _text(blurred_cursor) == _text(focused_cursor)
        assert [s.style for s in blurred_cursor] != [s.style for s in focused_cursor]
        assert reports.render_line(0) is other  # a row off the cursor is kept as it was
        await pilot.press("shift+tab")
        await settle(pilot)
        assert [s.style for s in reports.render_line(1)] == [s.style for s in focused_cursor]
        await pilot.press("k")
        await settle(pilot)
        assert [s.style for s in reports.render_line(0)] == [s.style for s in focused_cursor]
        assert [s.style for s in reports.render_line(1)] == [s.style for s in other]


async def test_the_next_screen_of_rows_is_painted_after_the_frame(handmade_db, make_app):
    from tui.handmade import add_filler

    add_filler(handmade_db, 40)
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reports = app.screen.query_one("#reports", VirtualList)
        await pilot.press("j")
        await pilot.press("pagedown")  # the list scrolls: the cursor at its foot
        await settle(pilot)
        region = reports.scrollable_content_region
        below = int(reports.scroll_y) + region.height
        kept = reports._lines.get((below, region.width, False, False))
        assert kept is not None  # painted ahead, before any key showed it
        await pilot.press("pagedown")
        await settle(pilot)
        y = below - int(reports.scroll_y)
        assert 0 <= y < region.height and reports.cursor != below
        assert reports.render_line(y) is kept
        assert _text(kept).startswith(reports.item(below).published or "undated")


async def test_an_unfocused_list_announces_its_row_when_it_gains_focus(handmade_db, make_app):
    from briefing_tui.tui.widgets.link_list import LinkList

    app = make_app(handmade_db)
    seen: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        original = type(screen).on_link_list_link_highlighted

        def spy(self, message):
            seen.append((message.link_list.id, message.link))
            return original(self, message)

        type(screen).on_link_list_link_highlighted = spy
        try:
            await pilot.press("j")  # new rows in the (unfocused) lists: no announcements
            await settle(pilot)
            assert seen == []
            await pilot.press("3")
            await settle(pilot)
            participants = screen.query_one("#participants", LinkList)
            assert seen and seen[-1] == ("participants", participants.current)
            assert screen.article.highlight_count > 0  # its mentions lit in the article
        finally:
            type(screen).on_link_list_link_highlighted = original
