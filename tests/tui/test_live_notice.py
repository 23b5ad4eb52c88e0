"""The report list while another process ingests (a real Writer in a subprocess,
committing into the real SQLite file the app has open): the reader is told how
many reports arrived, in the list's title, and r goes to the newest; the cursor
never moves by itself; a re-read that leaves the view's rows as they were does
not repaint them."""

from __future__ import annotations

import sqlite3

from briefing_tui.tui.screens.browser import BrowserScreen
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.screen import press, screen_text, settle
from tui.test_live_ingest import _move_to, _wait_for_watch, write_report


def _title(reports: VirtualList) -> str:
    return str(reports.border_title or "")


async def test_new_reports_are_counted_in_the_title_and_r_goes_to_the_newest(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        reports = screen.query_one("#reports", VirtualList)
        reading = reports.current  # the top row: the newest reports arrive above it
        assert _title(reports) == "1 Reports"
        write_report(handmade_db, "Sample: newest phone report", "2030-01-02")
        write_report(handmade_db, "Sample: second newest phone report", "2030-01-01")
        await _wait_for_watch(pilot)
        assert reports.count == 8
        assert reports.current.id == reading.id and reports.cursor == 2  # it did not jump
        assert screen.report.id == reading.id
        assert _title(reports) == "1 Reports \u00b7 2 new, r"
        assert "2 new, r" in screen_text(app)
        write_report(handmade_db, "Sample: third phone report", "2030-01-03")
        await _wait_for_watch(pilot)
        assert _title(reports) == "1 Reports \u00b7 3 new, r" and reports.current.id == reading.id
        await press(pilot, "2")  # from another pane: r still goes to the newest, in the list
        await press(pilot, "r")
        await settle(pilot)
        assert reports.cursor == 0 and reports.current.title == "Sample: third phone report"
        assert screen.focused is reports and screen.report.id == reports.current.id
        assert _title(reports) == "1 Reports" and "new, r" not in screen_text(app)


async def test_going_to_the_top_by_hand_clears_the_notice(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _move_to(pilot, 3)
        reports = app.screen.query_one("#reports", VirtualList)
        write_report(handmade_db, "Sample: a new phone report", "2030-01-02")
        await _wait_for_watch(pilot)
        assert reports.cursor == 4 and _title(reports) == "1 Reports \u00b7 1 new, r"
        await press(pilot, "k", "k")
        assert _title(reports).endswith("1 new, r")  # not at the top yet
        await press(pilot, "home")
        assert reports.cursor == 0 and _title(reports) == "1 Reports"


async def test_the_newest_key_is_in_help_and_the_palette_with_the_same_words(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowserScreen)
        commands = [c.title for c in app.get_system_commands(screen)]
        assert "Newest reports" in commands
        await press(pilot, "question_mark")
        from briefing_tui.tui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "Newest reports" in text and " r " in f" {text} ".replace("\n", " "), text


async def test_an_ingest_above_a_scrolled_view_repaints_no_row(handmade_db, make_app):
    """Reports committed above the view: the counter and the title change, not one of
    the rows shown, and none is painted again."""
    from tui import handmade

    handmade.add_filler(handmade_db, 120)
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "pagedown", "pagedown", "j")
        reports = app.screen.query_one("#reports", VirtualList)
        top, reading = int(reports.scroll_y), reports.current
        shown = [reports.item(i).id for i in range(top, top + reports.scrollable_content_region.height)]
        before = screen_text(app)
        await pilot.pause(0.3)
        await settle(pilot)
        painted: list[int] = []
        render_line = reports.render_line

        def counting(y: int):
            painted.append(y)
            return render_line(y)

        reports.render_line = counting  # the widget's own painting, counted
        write_report(handmade_db, "Sample: a new phone report", "2030-01-01")
        write_report(handmade_db, "Sample: another new phone report", "2030-01-02")
        await _wait_for_watch(pilot)
        assert reports.count == 128 and reports.current.id == reading.id
        new_top = int(reports.scroll_y)
        assert new_top == top + 2
        assert [reports.item(i).id for i in range(new_top, new_top + len(shown))] == shown
        assert painted == [], painted
        after = screen_text(app)
        assert "of 128" in after and "2 new, r" in after
        assert _rows(before) == _rows(after)
        with sqlite3.connect(f"file:{handmade_db}?mode=ro", uri=True) as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM reports ORDER BY sort_key")]
        assert ids[new_top:new_top + len(shown)] == shown
        painted.clear()
        await press(pilot, "j")  # the rows below are the database's too
        assert reports.current.id == ids[reports.cursor]
        assert painted  # a key still paints


def _rows(text: str) -> list[str]:
    """The list's rows on the screen (its pane's left column, between the borders)."""
    return [line[1:28] for line in text.splitlines()[2:12]]
