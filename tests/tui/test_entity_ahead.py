"""An entity opens in one layout: its list laid out once at its known length, and the
entity screen composed while the app is idle, so the first open is a reuse (80x24, by keys)."""

from __future__ import annotations

from concurrent.futures import Future
from time import monotonic

from rich.text import Text
from textual.app import App

from briefing_tui.tui.screens.entity import EntityScreen
from briefing_tui.tui.widgets.virtual_list import PAGE_SIZE, VirtualList
from tui.screen import open_seed_entity, press, screen_text, settle
from tui.test_browser import SIZE


class KnownCountApp(App):
    """A list given its first page (read) and its count (known) when it loads."""

    def __init__(self, total: int, count: int | None, ready: bool = True):
        super().__init__()
        self.total, self.known, self.ready = total, count, ready
        self.loaded_offsets: list[int] = []
        self.counted = 0
        self.height_at_load: int | None = None

    def compose(self):
        yield VirtualList(lambda item, width: Text(f"row {item}"), id="list")

    def loader(self, offset, limit):
        self.loaded_offsets.append(offset)
        return list(range(offset, min(offset + limit, self.total)))

    def counter(self):
        self.counted += 1
        return self.total

    def on_mount(self):
        first: Future = Future()
        if self.ready:
            first.set_result(list(range(min(PAGE_SIZE, self.total))))
        else:
            first.set_result(self.loader(0, PAGE_SIZE))
            first = None  # the list's worker reads it
        lst = self.query_one(VirtualList)
        lst.load(self.loader, self.counter, first_page=first, count=self.known)
        self.height_at_load = lst.virtual_size.height
        lst.focus()


async def test_known_count_lays_the_list_out_once_without_counting():
    app = KnownCountApp(5_000, 5_000)
    async with app.run_test(size=(40, 12)) as pilot:
        assert app.height_at_load == 5_000  # full height (and scrollbar) in the first layout
        await settle(pilot)
        lst = app.query_one(VirtualList)
        assert app.counted == 0
        assert lst.count == 5_000 and lst.position_label() == "1 of 5,000"
        assert (5_000 - 1) // PAGE_SIZE * PAGE_SIZE in app.loaded_offsets  # the End page, read ahead
        await press(pilot, "end")
        assert lst.cursor == 4_999 and lst.current == 4_999


async def test_known_count_before_the_first_page_arrives():
    app = KnownCountApp(250, 250, ready=False)
    async with app.run_test(size=(40, 12)) as pilot:
        assert app.height_at_load == 250
        await settle(pilot)
        lst = app.query_one(VirtualList)
        assert app.counted == 0
        assert app.loaded_offsets.count(0) == 2  # ours, then the list's worker: not one per painted row
        assert lst.item(0) == 0 and lst.count == 250
        await press(pilot, "end")
        assert lst.current == 249


async def test_a_short_first_page_is_the_count_whatever_was_known():
    app = KnownCountApp(30, 45)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        lst = app.query_one(VirtualList)
        assert lst.count == 30 and lst.virtual_size.height == 30
        await press(pilot, "end")
        assert lst.current == 29


async def test_no_count_known_counts_as_before():
    app = KnownCountApp(700, None)
    async with app.run_test(size=(40, 12)) as pilot:
        assert app.height_at_load == PAGE_SIZE  # the first page, till the count comes
        await settle(pilot)
        assert app.counted == 1
        assert app.query_one(VirtualList).count == 700


async def test_entity_screen_composed_while_idle_is_the_one_first_opened(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert await _composed_ahead(pilot, app)
        ahead = app._screens.get("entity")
        assert isinstance(ahead, EntityScreen) and ahead.is_mounted
        assert app.screen is not ahead  # composed off the stack: the list is still shown
        assert ahead.entity is None  # nothing read for it before an entity is asked for
        assert await open_seed_entity(pilot) is ahead
        assert "Kim Yong-hyun  person" in screen_text(app)
        reports = ahead.query_one("#entity-reports", VirtualList)
        assert reports.count == ahead.entity.report_count
        assert app.focused is reports


async def _composed_ahead(pilot, app, within_s: float = 10.0) -> bool:
    """Whether the entity screen gets composed and mounted ahead within `within_s`
    (polled: a loaded machine may run the quiet timer late, never early)."""
    def ready() -> bool:
        screen = app._screens.get("entity")
        return screen is not None and screen.is_mounted

    for _ in range(int(within_s / 0.05)):
        if ready():
            return True
        await pilot.pause(0.05)
    return ready()


async def test_keys_at_startup_put_composing_ahead_off(handmade_db, make_app, monkeypatch):
    # A quiet period several times the gap between keys, so that a slow press on a
    # loaded machine is not taken for the reader pausing; the keys go on for more
    # than two such periods, so a timer that ignored them would have fired.
    quiet = 1.0
    monkeypatch.setattr("briefing_tui.tui.app.COMPOSE_AHEAD_QUIET_S", quiet)
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        start = monotonic()
        while monotonic() - start < quiet * 2.5:  # a key every 0.25 s or so
            await press(pilot, "j")
            assert "entity" not in app._screens
            await pilot.pause(0.25)
        assert "entity" not in app._screens
        assert await _composed_ahead(pilot, app, quiet * 10)
