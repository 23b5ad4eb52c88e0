"""The report list's briefing follows the cursor, but not every step of a run of quick moves."""

from __future__ import annotations

from time import monotonic

from briefing_tui.store import Store
from briefing_tui.tui.app import BriefingApp
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.handmade import add_filler
from tui.screen import screen_text, settle


class CountingStore(Store):
    """A real store that counts the reports it was asked for."""

    def __init__(self, path):
        super().__init__(path)
        self.asked: list[int] = []

    def report(self, report_id):
        self.asked.append(report_id)
        return super().report(report_id)


def _app(db, tmp_path):
    store = CountingStore(db)
    return store, BriefingApp(store, export_dir=tmp_path)


def held_key(monkeypatch) -> None:
    """Make the browser see moves 30 ms apart (key repeat), however slowly a loaded
    machine delivers Pilot's presses, and rest only after a second, so the test
    decides what a run is instead of the machine's load."""
    from briefing_tui.tui.screens import browser

    now = [monotonic()]

    def clock() -> float:
        now[0] += 0.03
        return now[0]

    monkeypatch.setattr(browser, "monotonic", clock)
    monkeypatch.setattr(browser, "PREVIEW_SETTLE", 1.0)


async def test_a_run_of_moves_loads_only_where_the_cursor_rests(handmade_db, tmp_path, monkeypatch):
    add_filler(handmade_db, 30)
    store, app = _app(handmade_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        reports = screen.query_one("#reports", VirtualList)
        first = screen.report.id
        # Rows 3-5 are only passed over (row 2 is read ahead from the first, deliberate step).
        passed = [reports.item(i).id for i in range(3, 6)]
        store.asked.clear()
        held_key(monkeypatch)
        await pilot.press(*"j" * 7)
        assert reports.cursor == 7
        target = reports.current
        await settle(pilot)
        assert screen.report.id == target.id
        assert target.title[:30] in screen_text(app)
        # Read: the resting place, the rows beside it (read ahead) and perhaps the
        # first step (a deliberate move); never the rows the run only passed over.
        assert target.id in store.asked, store.asked
        assert not set(passed) & set(store.asked), (passed, store.asked)
        assert first not in store.asked
    store.close()


async def test_the_rows_beside_the_cursor_are_read_ahead(handmade_db, tmp_path):
    store, app = _app(handmade_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        reports = screen.query_one("#reports", VirtualList)
        await pilot.pause(0.3)
        below = reports.item(1)
        assert below.id in store.asked  # read before any key asked for it
        store.asked.clear()
        await pilot.pause(0.3)  # a deliberate move, not part of a run
        await pilot.press("j")
        # Shown in the same turn as the move: no worker round trip.
        assert screen.report.id == below.id
        assert below.id not in store.asked
        await settle(pilot)
        assert below.title[:30] in screen_text(app)
    store.close()


async def test_enter_during_a_run_opens_the_row_under_the_cursor(handmade_db, tmp_path):
    store, app = _app(handmade_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        reports = screen.query_one("#reports", VirtualList)
        await pilot.press("j", "j", "enter")
        target = reports.current
        await settle(pilot)
        assert app.focused.id == "article"
        assert screen.report.id == target.id
        assert app.screen.article.doc.report_id == target.id
        await pilot.press("escape")
        await settle(pilot)
        assert reports.cursor == 2 and screen.report.id == target.id
    store.close()


async def test_copy_during_a_run_cites_the_row_under_the_cursor(handmade_db, tmp_path):
    store, app = _app(handmade_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reports = app.screen.query_one("#reports", VirtualList)
        await pilot.press("j", "j", "j")
        text = app.screen.copy_text()
        assert reports.current.title in text
        await settle(pilot)
    store.close()
