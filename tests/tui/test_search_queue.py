"""Search as you type on a slow archive: one search at a time, the latest query next."""

from __future__ import annotations

import threading

from briefing_tui.store import Store
from briefing_tui.tui.app import BriefingApp
from briefing_tui.tui.screens.search import SearchScreen
from tui.screen import press, screen_text, settle


class SlowSearchStore(Store):
    """A real store whose searches take a while (as on a million reports), counted.

    Each search waits for `gate` to open, so the test decides how long a search
    takes relative to the typing, not the machine's load."""

    def __init__(self, path):
        super().__init__(path)
        self.gate = threading.Event()
        self.asked: list[str] = []
        self.running = 0
        self.most_at_once = 0
        self._count_lock = threading.Lock()

    def search(self, text, *args, **kwargs):
        with self._count_lock:
            self.asked.append(text)
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            self.gate.wait(10)
            return super().search(text, *args, **kwargs)
        finally:
            with self._count_lock:
                self.running -= 1


async def test_typing_fast_runs_one_search_at_a_time_and_ends_on_the_last_query(handmade_db, tmp_path):
    store = SlowSearchStore(handmade_db)
    try:
        app = BriefingApp(store, export_dir=tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await press(pilot, "slash")
            assert isinstance(app.screen, SearchScreen)
            for ch in "hwaso":
                await pilot.press(ch)  # while the first search runs
            store.gate.set()
            for _ in range(200):
                await pilot.pause(0.05)
                if "results for: hwaso" in screen_text(app):
                    break
            assert "results for: hwaso" in screen_text(app)
            assert "Reports (2)" in screen_text(app)
            assert store.most_at_once == 1
            # The first key's query, then only the latest typed while it ran.
            assert store.asked == ["h", "hwaso"]
    finally:
        store.close()
