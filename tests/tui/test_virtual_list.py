"""The virtual list: any length, paged on demand, a bounded page cache, capped counting."""

from __future__ import annotations

from rich.text import Text
from textual.app import App

from briefing_tui.tui.widgets.virtual_list import CACHED_PAGES, PAGE_SIZE, VirtualList
from tui.screen import press, settle


class ListApp(App):
    def __init__(self, total: int, cap: int | None = None):
        super().__init__()
        self.total, self.cap = total, cap
        self.loaded_offsets: list[int] = []
        self.counted = 0

    def compose(self):
        yield VirtualList(lambda item, width: Text(f"row {item}"), id="list")

    def on_mount(self):
        def loader(offset, limit):
            self.loaded_offsets.append(offset)
            return list(range(offset, min(offset + limit, self.total)))

        def counter():
            self.counted += 1
            return min(self.total, self.cap) if self.cap else self.total

        lst = self.query_one(VirtualList)
        lst.load(loader, counter, cap=self.cap)
        lst.focus()


async def test_a_million_rows_paged_and_bounded():
    app = ListApp(1_000_000)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        lst = app.query_one(VirtualList)
        assert lst.count == 1_000_000
        # what is on screen (and a few screens around it), and the last page for End
        assert sorted(app.loaded_offsets) == [0, 1_000_000 - PAGE_SIZE]
        await press(pilot, "end")
        assert lst.cursor == 999_999 and lst.current == 999_999
        assert lst.virtual_size.height == 1_000_000
        await press(pilot, "pageup", "pageup")
        assert lst.cursor == 999_999 - 2 * (lst.scrollable_content_region.height - 1)
        for k in range(CACHED_PAGES + 10):  # visit more pages than the cache keeps
            lst.move_to(k * 19_999)
            await settle(pilot)
            assert lst.current == k * 19_999
        assert len(app.loaded_offsets) > CACHED_PAGES
        assert len(lst._pages) <= CACHED_PAGES  # no widget holds all rows
        assert all(offset % PAGE_SIZE == 0 for offset in app.loaded_offsets)
        await press(pilot, "home")
        assert lst.current == 0
        assert lst.position_label() == "1 of 1,000,000"


async def test_capped_count_grows_to_the_real_end():
    app = ListApp(1234, cap=250)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        lst = app.query_one(VirtualList)
        assert lst.count_label == "250+"
        for _ in range(20):
            await press(pilot, "end")
        assert lst.count_label == "1,234"
        assert lst.current == 1233
        assert app.counted == 1


async def test_state_round_trip_restores_cursor_and_scroll():
    app = ListApp(100_000)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        lst = app.query_one(VirtualList)
        lst.move_to(54_321)
        await settle(pilot)
        await press(pilot, "k", "k")
        state = lst.save_state()
        assert state["cursor"] == 54_319
        lst.load(lambda o, n: list(range(o, min(o + n, 100_000))), lambda: 100_000)  # as when rebuilt
        lst.restore_state(state)  # applied once the count arrives
        await settle(pilot)
        assert (lst.cursor, lst.scroll_y) == (state["cursor"], state["scroll"])
        assert lst.current == 54_319


async def test_pages_are_read_before_the_cursor_reaches_them():
    """Paging down never lands on rows still being read (a '...' row, then a second frame)."""
    app = ListApp(100_000)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        lst = app.query_one(VirtualList)
        for _ in range(40):
            await press(pilot, "pagedown")
            assert lst.item(lst.cursor) is not None  # its page was there when the key came
            next_page = (lst.cursor + 3 * lst.scrollable_content_region.height) // PAGE_SIZE
            assert next_page * PAGE_SIZE in app.loaded_offsets
        assert len(lst._pages) <= CACHED_PAGES
