"""What an entity's open does on the key's own turn, and what it leaves for later
(80x24, by keys): the list a replaced screen loses is not restyled, the entity's
End page is read after the frame that shows its first rows, and the rows' base
style follows a theme change."""

from __future__ import annotations

from concurrent.futures import Future

from rich.text import Text
from textual.app import App
from textual.css.stylesheet import Stylesheet

from briefing_tui.tui.screens.entity import EntityScreen
from briefing_tui.tui.screens.search import SearchScreen
from briefing_tui.tui.screens.search_results import ResultList
from briefing_tui.tui.widgets.virtual_list import PAGE_SIZE, VirtualList
from tui.screen import press, settle
from tui.test_browser import SIZE


async def test_a_list_removed_with_its_screen_is_not_restyled(handmade_db, make_app, monkeypatch):
    """Enter on a participant in search results replaces the search screen; its results
    list is blurred as it goes, and restyling it (~1 ms of that key) shows nothing."""
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        for ch in "Kim Yong":
            await pilot.press(ch)
        await settle(pilot)
        await press(pilot, "down")  # into the results: participants come first
        results = app.screen.query_one(ResultList)
        assert app.focused is results and results.current.kind == "participant"
        restyled = []
        real = Stylesheet.apply

        def apply(self, node, *args, **kwargs):
            restyled.append(node)
            return real(self, node, *args, **kwargs)

        monkeypatch.setattr(Stylesheet, "apply", apply)
        await press(pilot, "enter")
        assert isinstance(app.screen, EntityScreen)
        assert app.screen.entity.name == "Kim Yong-hyun"
        assert not [n for n in restyled if n is results or results in n.ancestors]
        assert not results.has_focus  # the blur itself was taken


class KnownCountApp(App):
    """A list given its first page and its count as it loads (as the entity screen does)."""

    def __init__(self, total: int):
        super().__init__()
        self.total = total
        self.loaded_offsets: list[int] = []
        self.pending_at_load: set[int] | None = None

    def compose(self):
        yield VirtualList(lambda item, width: Text(f"row {item}"), id="list")

    def loader(self, offset, limit):
        self.loaded_offsets.append(offset)
        return list(range(offset, min(offset + limit, self.total)))

    def on_mount(self):
        first: Future = Future()
        first.set_result(list(range(min(PAGE_SIZE, self.total))))
        lst = self.query_one(VirtualList)
        lst.load(self.loader, lambda: self.total, first_page=first, count=self.total)
        self.pending_at_load = set(lst._pending)
        lst.focus()


async def test_the_end_page_is_read_after_the_first_frame():
    """Its thread and its PageLoaded took turns with the paint of the rows shown."""
    app = KnownCountApp(5_000)
    async with app.run_test(size=(40, 12)) as pilot:
        assert app.pending_at_load == set()  # nothing asked for in load() itself
        await settle(pilot)
        assert (5_000 - 1) // PAGE_SIZE * PAGE_SIZE in app.loaded_offsets  # then, read ahead
        await press(pilot, "end")
        lst = app.query_one(VirtualList)
        assert lst.cursor == 4_999 and lst.current == 4_999


async def test_rows_take_a_new_theme():
    """The rows' base style is kept with the painted rows; a theme change repaints them
    in the new one."""
    app = KnownCountApp(300)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        lst = app.query_one(VirtualList)
        before = lst.render_line(3)
        old = lst.rich_style
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await settle(pilot)
        assert lst.rich_style != old
        after = lst.render_line(3)
        assert after.text == before.text
        assert {s.style for s in after._segments} != {s.style for s in before._segments}
        assert all(s.style.bgcolor == lst.rich_style.bgcolor for s in after._segments)
