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
from tui.screen import press, screen_text, settle
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


async def test_a_short_list_is_not_read_again_for_end():
    """Its last page is the first, given to load(): read again, it cleared the painted
    rows and repainted the list a frame after the first."""
    app = KnownCountApp(30)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        await press(pilot, "end")
        assert app.loaded_offsets == []
        assert app.query_one(VirtualList).current == 29


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


# -- read ahead: the entity under a resting cursor --

def _spy_head_reads(monkeypatch) -> list[int]:
    """The entity ids whose head (entity, first reports, their rows) is read, in order."""
    from briefing_tui.tui.screens import entity as entity_module

    reads: list[int] = []
    real = entity_module.read_in_thread

    def spy(fn, *args, name="read-ahead"):
        if name == "entity-head":
            reads.append(fn.__self__.entity_id)
        return real(fn, *args, name=name)

    monkeypatch.setattr(entity_module, "read_in_thread", spy)
    return reads


async def _rest_on_kim(pilot, shown_before: bool = False) -> EntityScreen:
    """The cursor on the seed report's second participant, resting there; the entity
    screen (composed ahead) has read Kim ahead. `shown_before`: Kim opened and left
    first, so the screen has been laid out and its rows are painted ahead too."""
    from tui.test_browser import open_seed

    app = pilot.app
    await settle(pilot)
    for _ in range(200):  # composed ahead once the reader pauses (polled: a loaded machine is late)
        if app._screens.get("entity") is not None and app._screens["entity"].is_mounted:
            break
        await pilot.pause(0.05)
    await open_seed(pilot)
    await press(pilot, "3", "j")
    if shown_before:
        await press(pilot, "enter")
        assert isinstance(app.screen, EntityScreen)
        await press(pilot, "backspace", "k", "j")  # off Kim and back: it rests there again
    assert app.focused.current.item.name == "Kim Yong-hyun"
    kim = app.focused.current.item.entity_id
    screen = app._screens["entity"]
    for _ in range(200):
        head = screen._head  # (the first participant's, if a loaded machine paused on it)
        if head is not None and head.entity_id == kim and head.first.done() and (head.lines or not shown_before):
            break
        await pilot.pause(0.05)
    return screen


async def test_the_entity_under_a_resting_cursor_is_read_ahead(handmade_db, make_app, monkeypatch):
    reads = _spy_head_reads(monkeypatch)
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _rest_on_kim(pilot)
        kim = app.focused.current.item.entity_id
        before = list(reads)  # (the first participant too, if a loaded machine paused on it)
        assert before and before[-1] == kim  # read while the cursor rested, before Enter
        await press(pilot, "enter")
        assert app.screen is screen and screen.entity.name == "Kim Yong-hyun"
        assert reads == before  # Enter read nothing more: the head read ahead was shown
        reports = screen.query_one(VirtualList)
        assert reports.count == screen.entity.report_count
        assert "Kim Yong-hyun  person" in screen_text(app)


async def test_a_cursor_passing_over_links_reads_none_of_them(handmade_db, make_app, monkeypatch):
    """Only where it rests: each move puts the last one's read off."""
    from briefing_tui.tui.screens import entity as entity_module

    monkeypatch.setattr(entity_module, "AHEAD_REST_S", 2.0)  # the moves below take less, loaded or not
    reads = _spy_head_reads(monkeypatch)
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _rest_on_kim(pilot)
        kim = app.focused.current.item.entity_id
        reads.clear()
        await pilot.press("k", "j", "k", "j")  # no pause between: no rest on any
        assert reads == []
        await press(pilot, "enter")
        assert app.screen is screen and screen.entity.id == kim
        assert reads == []  # Kim's head, read ahead before, still fresh


async def test_a_head_read_too_long_ago_is_read_again(handmade_db, make_app, monkeypatch):
    from briefing_tui.tui.screens import entity as entity_module

    reads = _spy_head_reads(monkeypatch)
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await _rest_on_kim(pilot)
        kim = app.focused.current.item.entity_id
        assert reads and reads[-1] == kim
        before = len(reads)
        monkeypatch.setattr(entity_module, "AHEAD_FRESH_S", 0.0)
        await press(pilot, "enter")
        assert reads[before:] == [kim]  # what the archive holds now, not what it held then
        assert app.screen.entity.name == "Kim Yong-hyun"


async def test_rows_painted_ahead_are_the_rows_the_list_paints(handmade_db, make_app, monkeypatch):
    """Painted in the head's thread (row_strip) and placed: the same segments, text and
    styles, as the list paints itself; the cursor's row is the list's own."""
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _rest_on_kim(pilot, shown_before=True)
        head = screen._head
        assert head.lines, "rows must be painted ahead, or this test cannot fail"
        await press(pilot, "enter")
        reports = screen.query_one(VirtualList)
        width = reports.scrollable_content_region.width
        assert head.width == width
        base = reports._base_style()
        placed = [i for i in head.lines if i != reports.cursor]
        assert placed
        for index in placed:
            assert reports._lines.get((index, width, False, False)) is head.lines[index]
            own = reports._paint(index, width, base, reports.has_focus)
            assert list(own) == list(head.lines[index])
        assert reports._lines.get((reports.cursor, width, True, True)) is not head.lines.get(reports.cursor)


def test_the_links_that_lead_to_an_entity():
    """A report's participant, a participant among search results, one of an event's
    people; nothing else (a claim, an event, a report, a heading)."""
    from types import SimpleNamespace

    from briefing_tui.store.models import SearchHit
    from briefing_tui.tui.screens.entity import entity_of
    from briefing_tui.tui.screens.report_panes import Link

    assert entity_of(Link("participant", SimpleNamespace(entity_id=3, name="Kim"))) == 3
    assert entity_of(SearchHit("participant", 5, None, "Kim", None, "")) == 5
    assert entity_of(("entity", (7, "Kim"))) == 7
    assert entity_of(SearchHit("report", 5, 5, "A report", None, "")) is None
    assert entity_of(Link("claim", SimpleNamespace(entity_id=3))) is None
    assert entity_of(("event", SimpleNamespace(id=1))) is None
    assert entity_of(None) is None
