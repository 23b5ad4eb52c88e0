"""The briefing browser: screens for reports, entities, events, the timeline and search.

The app owns the reader's history. Every Enter visits a Location; Back and
Forward show earlier ones with their cursors and scroll as they were left.
The home screen (the report list) stays mounted under every other screen.
The others are composed once per kind (report, entity, event, timeline) and
shown again for each Location of that kind, so memory stays flat however long
the history grows, and following a link does not compose a screen.
"""

from __future__ import annotations

import os
from time import monotonic
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from briefing_tui.store import Store
from briefing_tui.store.models import Report
from briefing_tui.tui import trace
from briefing_tui.tui.history import History, Location
from briefing_tui.tui.reads import read_in_thread
from briefing_tui.tui.text import clip
from briefing_tui.tui.widgets.virtual_list import PAGE_SIZE

if TYPE_CHECKING:
    from briefing_tui.tui.screens.base import BriefingScreen

trace.mark("tui.app imported")

HERE = Path(__file__).parent
MIN_WIDTH = 60
MIN_HEIGHT = 16
# After the first paint, the entity screen is composed once no key has come for this
# long, so the first entity opened is shown again rather than composed (~30-60 ms).
COMPOSE_AHEAD_QUIET_S = 0.3


class BriefingApp(App):
    TITLE = "briefing"
    CSS_PATH = [
        HERE / "widgets" / "virtual_list.tcss",
        HERE / "widgets" / "article.tcss",
        HERE / "widgets" / "link_list.tcss",
        HERE / "widgets" / "pane_deck.tcss",
        HERE / "widgets" / "location_bar.tcss",
        HERE / "app.tcss",
    ]
    BINDINGS = [
        Binding("q", "quit", "Quit", tooltip="Leave briefing"),
        Binding("question_mark,f1", "help", "Help", tooltip="Every key, on this screen"),
    ]

    def __init__(self, store: Store, *, export_dir: Path | None = None, theme: str | None = None,
                 on_first_frame: Callable[[], None] | None = None) -> None:
        # NO_COLOR: with ansi_color Textual strips colours (NoColor filter). Its default,
        # greyscale (Monochrome), maps the theme's dark greys to black on black on a
        # 16-colour terminal such as TERM=linux, so frames and titles vanish.
        super().__init__(ansi_color=True if "NO_COLOR" in os.environ else None)
        self.store = store
        self.export_dir = export_dir
        self._fixed_theme = theme
        self._on_first_frame = on_first_frame  # the launcher's, once the first frame is painted
        if "TEXTUAL_ANIMATIONS" not in os.environ:
            self.animation_level = "none"  # no animations unless asked for
        self.history = History(Location("browser", (), "All reports"))
        # The report list's first page, read while Textual starts (a thread, as all
        # database work): the first frame then shows rows, not "Loading...".
        self.first_version: int | None = None  # the data_version the first page was read at
        self.first_reports: Future = read_in_thread(self._first_page, store, name="first-page")
        from briefing_tui.tui.screens.browser import BrowserScreen

        self._browser = BrowserScreen(self.history.current)
        self._screens: dict[str, BriefingScreen] = {}  # the one screen of each reused kind
        self._last_key = 0.0  # monotonic time of the last input (key, paste, mouse): work waits for a pause

    def _first_page(self, store: Store) -> list:
        """The version first: a commit between the two makes the list read again."""
        try:
            self.first_version = store.data_version()
        except Exception:  # the list's read says what is wrong
            self.first_version = None
        return store.list_reports(0, PAGE_SIZE)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste, events.MouseEvent)):
            # any input, not keys alone: a paste (a query pasted into search) is
            # not a pause, so the collector's full run must not start under it
            self._last_key = monotonic()
            if trace.enabled and isinstance(event, events.Key):
                trace.mark(f"key {event.key}")
        await super().on_event(event)

    def get_driver_class(self):
        """Textual's driver for this platform, writing style differences only
        (lean_output), its input thread seeing Escape on time (escape_timing)."""
        from briefing_tui.tui.escape_timing import prompt_escape
        from briefing_tui.tui.lean_output import lean_driver

        base = super().get_driver_class()
        prompt_escape(base)
        return lean_driver(base)

    def get_default_screen(self) -> Screen:
        """The report list is the bottom of the stack: composed in the very first pass."""
        return self._browser

    # -- start --

    def on_mount(self) -> None:
        trace.mark("app mounted")
        if self._fixed_theme:
            self.theme = self._fixed_theme
        elif self.console.color_system in ("standard", "windows"):
            # 16 colours (TERM=linux, old xterms): a theme made of the terminal's own colours.
            self.theme = "ansi-dark"
        self._update_location()
        self._check_size(self.size.width, self.size.height)
        self._watch_for_hangup()
        self._browser.call_after_refresh(self._first_frame_painted)

    def _first_frame_painted(self) -> None:
        trace.mark("first frame painted")
        if self._on_first_frame is not None:
            self._on_first_frame()
        from briefing_tui.tui.quiet_gc import CHECK_EVERY_S, QuietCollector

        self._quiet_gc = QuietCollector(lambda: self._last_key)  # collects between keys, not in them
        self._quiet_gc.start()
        self.set_interval(CHECK_EVERY_S, self._quiet_gc.tick)
        self.set_timer(COMPOSE_AHEAD_QUIET_S, self._compose_ahead)
        # the first keys of a search answered from a table (store thread, lowest priority)
        self.store.prepare_search(wait=False)

    def _compose_ahead(self) -> None:
        """Compose and mount the entity screen off the stack while the reader is idle:
        the first entity opened then costs a reset and a repaint, as every later one."""
        if "entity" in self._screens or not self.is_running:
            return
        quiet = monotonic() - self._last_key
        if quiet < COMPOSE_AHEAD_QUIET_S:
            self.set_timer(COMPOSE_AHEAD_QUIET_S - quiet, self._compose_ahead)
            return
        from briefing_tui.tui.screens.entity import EntityScreen

        screen = self._keep(EntityScreen.ahead())
        self._register(self, screen)  # composed and mounted now, shown by the first open
        trace.mark("entity screen composed ahead")

    def on_unmount(self) -> None:
        quiet = getattr(self, "_quiet_gc", None)
        if quiet is not None:
            quiet.stop()

    def _watch_for_hangup(self) -> None:
        from briefing_tui.tui import hangup

        fd = None if self.is_headless else hangup.input_fd()
        if fd is None:
            return

        def check() -> None:
            if hangup.hung_up(fd):
                self.exit()

        self.set_interval(hangup.CHECK_EVERY_S, check)

    # -- too small --

    def on_resize(self, event: events.Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        from briefing_tui.tui.screens.too_small import TooSmallScreen

        small = width < MIN_WIDTH or height < MIN_HEIGHT
        showing = isinstance(self.screen, TooSmallScreen)
        if small and not showing:
            self.push_screen(TooSmallScreen(MIN_WIDTH, MIN_HEIGHT))
        elif small and showing:
            self.screen.show_size(width, height)
        elif not small and showing:
            self.pop_screen()

    # -- history --

    def _page(self):
        """The browsing screen under any modal or size warning."""
        from briefing_tui.tui.screens.base import BriefingScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, BriefingScreen):
                return screen
        return None

    def _remember(self) -> None:
        page = self._page()
        if page is not None and page.location is self.history.current:
            self.history.current.state = page.capture_state()

    def visit(self, location: Location) -> None:
        self._remember()
        self.history.visit(location)
        self._show(location)

    def visit_here(self, state: dict) -> None:
        """A new location: the current view with another state (Enter within a screen)."""
        here = self.history.current
        self.visit(Location(here.kind, here.key, here.title, state))

    def go_back(self) -> None:
        if not self.history.can_back:
            page = self._page()
            if page is not None and page.PANES:
                page.focus_pane(page.PANES[0][1])  # at the start: Escape returns to the first pane
            return
        self._remember()
        location = self.history.back()
        if location is not None:
            self._show(location)

    def go_forward(self) -> None:
        if not self.history.can_forward:
            return
        self._remember()
        location = self.history.forward()
        if location is not None:
            self._show(location)

    def _show(self, location: Location) -> None:
        # The location bar first: its repaint then reaches the screen before the
        # panes' do, and the key shows everything in one frame.
        page = self._page()
        if page is not None and page.location.same_view(location):
            page.location = location
            self._update_location()
            page.restore_state(location.state)
        elif location.kind == "browser":
            while self.screen is not self._browser and len(self.screen_stack) > 1:
                self.pop_screen()
            assert self._browser is not None
            self._browser.location = location
            self._update_location()
            self._browser.restore_state(location.state)
        else:
            while self.screen is not page and len(self.screen_stack) > 1:
                self.pop_screen()  # a modal or the size warning above the page
            screen = self._screen_for(location)
            if screen is page:
                pass  # the same kind of view, shown again in place
            elif page is self._browser:
                self.push_screen(screen)
            else:
                self.switch_screen(screen)
            self._update_location()

    def _screen_for(self, location: Location) -> BriefingScreen:
        """The screen of this kind, shown for `location`: composed the first time, then
        kept (installed, so leaving it does not remove it) and shown again."""
        screen = self._screens.get(location.kind)
        if screen is not None:
            screen.show_location(location)
            return screen
        screen = self._make_screen(location)
        return self._keep(screen) if screen.REUSED else screen

    def _keep(self, screen: BriefingScreen) -> BriefingScreen:
        """Keep the one screen of its kind: installed, so leaving it does not remove it."""
        kind = screen.location.kind
        self._screens[kind] = screen
        self.install_screen(screen, f"briefing-{kind}")
        return screen

    def _make_screen(self, location: Location) -> BriefingScreen:
        from briefing_tui.tui.screens.entity import EntityScreen
        from briefing_tui.tui.screens.event import EventScreen
        from briefing_tui.tui.screens.report import ReportScreen
        from briefing_tui.tui.screens.search import SearchScreen
        from briefing_tui.tui.screens.timeline import TimelineScreen

        kinds = {
            "report": ReportScreen,
            "entity": EntityScreen,
            "event": EventScreen,
            "timeline": TimelineScreen,
            "search": SearchScreen,
        }
        return kinds[location.kind](location)

    def _update_location(self) -> None:
        page = self._page()
        if page is None:
            return
        counts = (self.history.back_count, self.history.forward_count)
        if page.is_mounted:
            page.show_location_bar(*counts)  # in the frame the key causes, not one after it
        else:
            page.call_after_refresh(page.show_location_bar, *counts)

    def cursor_on_link(self, link) -> None:
        """A list's cursor is on `link`: the entity screen reads ahead an entity it links
        to once the cursor rests there, so Enter on it needs no read of its own."""
        screen = self._screens.get("entity")
        if screen is not None:
            screen.read_ahead(link)  # type: ignore[attr-defined]

    def retitle(self, location: Location, title: str) -> None:
        """A screen learned a better title for its location (e.g. an entity's name)."""
        location.title = title
        self._update_location()

    # -- where Enter goes --

    def open_report(self, report_id: int, title: str, state: dict | None = None) -> None:
        self.visit(Location("report", (report_id,), clip(title, 120), state or {"focus": "article"}))

    def open_entity(self, entity_id: int, name: str) -> None:
        self.visit(Location("entity", (entity_id,), clip(name, 120)))

    def open_event(self, event_id: int, summary: str) -> None:
        self.visit(Location("event", (event_id,), "Event: " + clip(summary, 110)))

    def open_timeline(self, entity_id: int | None = None, after: str | None = None,
                      before: str | None = None, name: str | None = None) -> None:
        title = "Timeline" + (f": {clip(name, 100)}" if name else "")
        self.visit(Location("timeline", (entity_id, after, before), title))

    def open_search(self, query: str = "") -> None:
        page = self._page()
        if page is not None and page.location.kind == "search":
            page.focus_input()
            return
        self.visit(Location("search", (), "Search", {"query": query}))

    # -- help, export, palette --

    def action_help(self) -> None:
        from briefing_tui.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        page = self._page()
        if page is not None:
            self.push_screen(HelpScreen(page))

    def export_report(self, report: Report) -> None:
        from briefing_tui.tui.screens.export import ExportScreen

        folder = self.export_dir or Path(os.environ.get("BRIEFING_EXPORT_DIR") or Path.cwd())
        default = _free_path(folder / f"briefing-report-{report.id}.md")

        def chosen(path: str | None) -> None:
            if path:
                self._write_export(report, Path(path).expanduser())

        self.push_screen(ExportScreen(str(default)), chosen)

    @work(thread=True, group="export")
    def _write_export(self, report: Report, path: Path) -> None:
        from briefing_tui.export import report_markdown

        try:
            if path.exists():
                raise FileExistsError("a file is already there")
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".part")
            tmp.write_text(report_markdown(report), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            self.call_from_thread(
                self.notify, f"Could not export to {path}: {exc.strerror or exc}", severity="error"
            )
            return
        self.call_from_thread(self.notify, f"Exported to {path}", timeout=5)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette lists the same actions, with the same words, as the footer and help."""
        from briefing_tui.tui.screens.help import screen_bindings

        page = self._page()
        seen: set[str] = set()
        if page is not None:
            for _group, binding, node in screen_bindings(page):
                if binding.description and binding.action not in seen and binding.action != "quit":
                    seen.add(binding.action)
                    yield SystemCommand(
                        binding.description,
                        binding.tooltip or f"Key: {self.get_key_display(binding)}",
                        _runner(node, binding.action),
                    )
        yield from super().get_system_commands(screen)


def _runner(node, action: str):
    async def run() -> None:
        await node.run_action(action)

    return run


def _free_path(path: Path) -> Path:
    """path, or path with -2, -3 ... before the suffix if it exists: exports never overwrite."""
    if not path.exists():
        return path
    for n in range(2, 10_000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
    return path
