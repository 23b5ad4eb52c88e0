"""Link lists give Textual's OptionList only the rows near the cursor, yet reach them all."""

from __future__ import annotations

from textual.app import App
from textual.content import Content

from briefing_tui.tui.widgets.link_list import ROWS_AT_ONCE, Entry, LinkList
from tui.screen import press, settle


def entries(n: int) -> list[Entry]:
    out = [Entry(Content(f"Heading ({n})"))]
    out += [Entry(Content(f"row {i}\n    a second line for row {i}"), i) for i in range(n)]
    return out


class ListApp(App):
    CSS = "LinkList { height: 1fr; }"

    def compose(self):
        yield LinkList(id="links")

    def on_mount(self):
        links = self.query_one(LinkList)
        links.set_entries(entries(200))
        links.focus()


async def test_two_hundred_links_reach_the_option_list_as_the_cursor_nears_them():
    app = ListApp()
    async with app.run_test(size=(60, 16)) as pilot:
        await settle(pilot)
        links = app.query_one(LinkList)
        assert links.option_count == ROWS_AT_ONCE < 201
        assert len(links.links) == 200  # every link is there to search and copy
        assert links.current == 0
        for expected in range(1, 80):
            await press(pilot, "j")
            assert links.current == expected
        assert links.option_count > 80
        await press(pilot, "end")
        assert links.current == 199 and links.option_count == 201
        await press(pilot, "home")
        assert links.current == 0


async def test_a_far_link_is_reached_by_search_and_by_restored_state():
    app = ListApp()
    async with app.run_test(size=(60, 16)) as pilot:
        await settle(pilot)
        links = app.query_one(LinkList)
        assert links.select_link(lambda link: link == 150)
        await settle(pilot)
        assert links.current == 150
        state = links.save_state()
        links.set_entries(entries(200))
        links.restore_state(state)
        await settle(pilot)
        assert links.current == 150


async def test_page_down_walks_past_the_rows_given_at_first():
    app = ListApp()
    async with app.run_test(size=(60, 16)) as pilot:
        await settle(pilot)
        links = app.query_one(LinkList)
        seen = [links.current]
        for _ in range(60):
            await press(pilot, "pagedown")
            seen.append(links.current)
        assert seen == sorted(seen) and seen[-1] == 199


async def test_scrolling_to_the_end_of_the_rows_given_brings_more():
    app = ListApp()
    async with app.run_test(size=(60, 16)) as pilot:
        await settle(pilot)
        links = app.query_one(LinkList)
        given = links.option_count
        links.scroll_end(animate=False, immediate=True)
        await settle(pilot)
        assert links.option_count > given


async def test_rows_are_measured_again_when_the_width_changes():
    class WideRows(App):
        CSS = "LinkList { height: 1fr; }"

        def compose(self):
            yield LinkList(id="links")

        def on_mount(self):
            links = self.query_one(LinkList)
            links.set_entries([Entry(Content("word " * 30), i) for i in range(10)])
            links.focus()

    app = WideRows()
    async with app.run_test(size=(60, 16)) as pilot:
        await settle(pilot)
        links = app.query_one(LinkList)
        narrow = links.virtual_size.height
        await pilot.resize_terminal(120, 16)
        await settle(pilot)
        assert links.virtual_size.height < narrow  # wider rows wrap into fewer lines


async def test_new_entries_free_the_old_rows_paintings_without_the_cyclic_collector():
    """The rows painted for old results go when new results come (by reference
    counting): in Textual's LRUCache they stayed in its ring, with every strip's
    own caches, until a full collection (~20k objects a search query)."""
    import gc
    import sys

    app = ListApp()
    async with app.run_test(size=(60, 16)) as pilot:
        await settle(pilot)
        links = app.query_one(LinkList)
        cache = links._option_render_cache
        painted = cache.get(next(iter(cache.keys())))
        assert painted
        gc.disable()
        try:
            held = sys.getrefcount(painted)
            links.set_entries(entries(10))
            assert sys.getrefcount(painted) == held - 1  # only this test holds them now
        finally:
            gc.enable()
