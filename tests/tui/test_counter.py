"""The "1 of N" counter under a list: shown whatever order the first page and the count arrive in."""

from __future__ import annotations

import threading

from briefing_tui.store import Store
from briefing_tui.tui.app import BriefingApp
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.handmade import add_filler
from tui.screen import press, screen_text, settle


class SlowCountStore(Store):
    """A real store whose count answers only when released (a slow count on a big archive)."""

    def __init__(self, path):
        super().__init__(path)
        self.release = threading.Event()

    def count_reports(self) -> int:
        self.release.wait(10)
        return super().count_reports()


async def test_counter_appears_when_the_count_arrives_after_the_first_page(handmade_db, tmp_path):
    add_filler(handmade_db, 150)  # more than a page, so the list asks for the count
    store = SlowCountStore(handmade_db)
    try:
        app = BriefingApp(store, export_dir=tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.2)
            reports = app.screen.query_one("#reports", VirtualList)
            assert reports.current is not None  # the first page is shown ...
            assert reports.count is None  # ... and the count is still running
            store.release.set()
            await settle(pilot)
            total = store.count_reports()
            assert f"1 of {total}" in screen_text(app)
            await press(pilot, "j")
            assert f"2 of {total}" in screen_text(app)
    finally:
        store.release.set()
        store.close()
