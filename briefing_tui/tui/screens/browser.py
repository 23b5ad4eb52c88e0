"""The home screen: every report newest first, the selected one's briefing beside it.

The list is virtual (paged from the store), so it opens as fast on a million
reports as on ten; the briefing of the row under the cursor loads in a thread
worker as the cursor moves.

The briefing follows a deliberate move at once, but while the cursor runs
(a held j/k repeating faster than anyone presses keys by hand) it waits until
the cursor rests: each step then repaints two list rows, not the article and
the lower panes (a few hundred bytes instead of several KB per key press over
SSH).

Another process may ingest into the open database (WAL: the app reads while it
writes). The list follows by itself, as a mail reader's index does: between
keys, once a second, the store's data_version (one pragma) says whether anything
was committed; if so the count, the cursor report's new position and the rows
of the view are read in a worker and swapped in at once. The cursor stays on the
report being read (at the same screen line; at the top of the list the view
stays at the top, so the newest reports appear above it), and the shown briefing
is read again (its related reports may have changed). No key is needed and none
is slowed: nothing is checked while keys are coming. The cursor never jumps: the
list's title says how many reports arrived since the reader was last at the top
("1 Reports · 12 new, r"), and r goes to the newest. A re-read that leaves the
view's rows as they were (new reports above a reader who scrolled down) repaints
the counter, the title and the scrollbar, not the rows. While another screen is on
top the list waits (it is read again as it is shown again); a report screen's
briefing on top is looked at by the same check.
"""

from __future__ import annotations

from time import monotonic

from rich.text import Text
from textual import work
from textual.message import Message
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal

from briefing_tui import export
from briefing_tui.store.models import Report, ReportSummary
from briefing_tui.tui import trace
from briefing_tui.tui.screens.base import COMMON_BINDINGS, BriefingScreen, pane_bindings
from briefing_tui.tui.screens.follow import place_view
from briefing_tui.tui.screens.report_panes import ReportPanes
from briefing_tui.tui.text import clip
from briefing_tui.tui.widgets.article import ArticleView
from briefing_tui.tui.widgets.key_footer import KeyFooter
from briefing_tui.tui.widgets.location_bar import LocationBar
from briefing_tui.tui.widgets.virtual_list import PAGE_SIZE, VirtualList

NEWEST_BINDING = Binding("r", "newest", "Newest reports", show=False,
                         tooltip="Jump to the newest report (reports another process ingests arrive at the top)")
EXPORT_BINDING = Binding("e", "export", "Export", tooltip="Save this report's briefing as Markdown")
ARTICLE_BINDING = Binding("a", "show_in_article", "Show in article", show=False,
                          tooltip="Jump to the selected participant, claim or event in the article")

# A move this soon after the previous one is part of a run of moves (key repeat
# sends one every 30-50 ms; deliberate presses come 150 ms or more apart) ...
PREVIEW_RUN_GAP = 0.1
# ... and the briefing follows once the cursor has rested this long.
PREVIEW_SETTLE = 0.1
# The database is looked at this often for another process's commits ...
WATCH_EVERY_S = 1.0
# ... once no key has come for this long (a check never lands in a run of keys).
WATCH_QUIET_S = 0.5


class ListReread(Message):
    """The report list read again after the database changed (see the module's docstring)."""

    def __init__(self, version: int | None, asked: tuple, count: int, cursor: int, scroll: int,
                 pages: dict[int, list]) -> None:
        super().__init__()
        self.version, self.asked, self.count = version, asked, count
        self.cursor, self.scroll, self.pages = cursor, scroll, pages


def report_row(report: ReportSummary, width: int) -> Text:
    """'2024-11-02  WNAM  Title' (the source only when there is room)."""
    text = Text(no_wrap=True, end="")
    text.append(report.published or "undated   ", style="bold")
    text.append("  ")
    if width >= 60 and report.source:
        text.append(clip(report.source, 12).ljust(12), style="dim")
        text.append("  ")
    text.append(clip(report.title, 300))
    text.truncate(width, overflow="ellipsis")
    return text


class BrowserScreen(ReportPanes, BriefingScreen):
    PANES = [
        ("1", "reports", "Reports"),
        ("2", "article", "Article"),
        ("3", "participants", "Participants"),
        ("4", "claims", "Claims"),
        ("5", "related", "Events & related"),
    ]
    BINDINGS = [*COMMON_BINDINGS, *pane_bindings(PANES), NEWEST_BINDING, EXPORT_BINDING, ARTICLE_BINDING]

    _last_move = 0.0
    _preview_timer = None
    _preview_id: int | None = None
    _export_when_shown = False
    _first_followed = False
    _list_version: int | None = None  # the data_version the list's rows were read at
    _rereading = False  # a worker reads the list again
    _anchor: int | None = None  # the report the next re-read puts the cursor on (history)
    _seen_count: int | None = None  # the list's count when the reader was last at its top

    def compose(self) -> ComposeResult:
        yield LocationBar(id="location")
        with Horizontal(id="top"):
            yield VirtualList(
                report_row, id="reports", classes="pane",
                empty="No reports yet: add some with `briefing ingest PATH`.",
            )
            yield ArticleView(id="article", classes="pane")
        yield self.lower_deck(("3", "4", "5"))
        yield KeyFooter()

    def on_mount(self) -> None:
        history = self.browser.history
        self.show_location_bar(history.back_count, history.forward_count)  # in the first frame
        reports = self.query_one("#reports", VirtualList)
        reports.border_title = "1 Reports"
        self.article.border_title = "2 Article"
        self.article.show_message("Loading\u2026")
        store = self.store
        reports.follow = self._follow_cursor
        reports.load(lambda offset, limit: store.list_reports(offset, limit), store.count_reports,
                     first_page=self.browser.first_reports)
        self.focus_now(reports)
        self.set_interval(WATCH_EVERY_S, self.check_database)

    # -- another process ingesting (see the module's docstring) --

    def on_screen_resume(self) -> None:
        # back to the list: what changed meanwhile, at once (not after a quiet second)
        self.call_after_refresh(self.check_database, None, True)

    def _rows_version(self) -> int | None:
        """The data_version the list's rows were read at (the first page's until re-read)."""
        if self._list_version is None:
            return getattr(self.app, "first_version", None)
        return self._list_version

    def check_database(self, anchor: int | None = None, prompt: bool = False) -> None:
        """Read the list again if the database changed since it was read (or, with
        `anchor`, to put the cursor on that report as the list is now). Unless
        `prompt`, only once no key has come for WATCH_QUIET_S. With another page
        on top, its report briefing (a report screen's) is looked at instead."""
        if anchor is not None:
            self._anchor = anchor
        anchor = self._anchor
        if not (prompt or anchor is not None) and monotonic() - getattr(self.app, "_last_key", 0.0) < WATCH_QUIET_S:
            return  # keys are coming: the next tick looks
        page = self.app.screen
        if page is not self:  # (is_current is True for the screen at the bottom of the stack)
            if isinstance(page, ReportPanes):
                page.reread_if_changed()
            elif hasattr(page, "follow_database"):
                page.follow_database()  # an entity, timeline or event page (follow.py)
            return
        if self._rereading:
            return
        reports = self.query_one("#reports", VirtualList)
        if reports.count is None or reports.is_loading:
            return  # the first page and the count are on their way
        if self._list_version is None:
            self._list_version = self._rows_version()
        version = self._data_version()
        if version is None or (version == self._list_version and anchor is None):
            return
        current = reports.current
        if anchor is None:
            anchor = current.id if current is not None else (self.report.id if self.report else None)
        height = max(1, reports.scrollable_content_region.height)
        asked = (reports.cursor, int(reports.scroll_y))
        self._rereading = True
        self._reread_list(self.store, version, anchor, asked, height)

    @work(thread=True, exclusive=True, group="list-reread")
    def _reread_list(self, store, version: int | None, anchor: int | None, asked: tuple, height: int) -> None:
        old_cursor, old_scroll = asked
        try:
            count = store.count_reports()
            position = store.report_position(anchor) if anchor is not None else None
            cursor = min(old_cursor if position is None else position, max(0, count - 1))
            top = place_view(count, height, old_cursor, old_scroll, cursor)
            pages = {}
            for page in range(top // PAGE_SIZE, (top + height) // PAGE_SIZE + 1):
                if page * PAGE_SIZE < count:
                    pages[page] = store.list_reports(page * PAGE_SIZE, PAGE_SIZE)
        except Exception:  # the list's own reads say what is wrong; the old rows stay
            count, cursor, top, pages, version = -1, 0, 0, {}, None
        self.post_message(ListReread(version, asked, count, cursor, top, pages))

    def on_list_reread(self, message: ListReread) -> None:
        message.stop()
        self._rereading = False
        reports = self.query_one("#reports", VirtualList)
        if message.count < 0:
            return
        if (reports.cursor, int(reports.scroll_y)) != message.asked or reports.is_loading:
            self._list_version = None  # the reader moved meanwhile: read again at the next tick
            return
        self._list_version = message.version
        self._anchor = None
        before = reports.current
        if self._seen_count is None:
            self._seen_count = reports.count
        reports.replace(message.count, message.pages, message.cursor, message.scroll)
        self._show_new()
        after = reports.current
        if after is not None and (before is None or after.id != before.id):
            self._follow_cursor(reports.cursor, after)  # not the report it was on (it was not found)
        self.reread_if_changed(message.version)

    @property
    def new_reports(self) -> int:
        """Reports that arrived (another process ingesting) since the reader was last
        at the top of the list."""
        count = self.query_one("#reports", VirtualList).count
        if self._seen_count is None or count is None:
            return 0
        return max(0, count - self._seen_count)

    def _show_new(self) -> None:
        new = self.new_reports
        title = f"1 Reports \u00b7 {new:,} new, r" if new else "1 Reports"
        self.query_one("#reports", VirtualList).show_title(title)

    def action_newest(self) -> None:
        """To the newest report, at the top of the list (the cursor never goes there by itself)."""
        reports = self.query_one("#reports", VirtualList)
        self.focus_pane("reports")
        reports.move_to(0)
        self._seen_count = reports.count
        self._show_new()

    def _follow_cursor(self, index: int, item: ReportSummary) -> None:
        """The cursor rests on a row: its briefing follows (see the module's docstring)."""
        trace.mark(f"highlighted {item.id}")
        if index == 0 and self._seen_count is not None:
            self._seen_count = self.query_one("#reports", VirtualList).count  # at the top: seen them all
            self._show_new()
        if not self._first_followed:
            # The first row: its briefing is read once the first frame is painted.
            # Read at once, the worker (SQLite, the article's Markdown parser loading)
            # would share the GIL with the first paint and delay it; the frame would
            # show "Loading..." in the article all the same.
            self._first_followed = True
            self._preview_id = item.id
            self.call_after_refresh(self.flush_preview)
            return
        now = monotonic()
        running = now - self._last_move < PREVIEW_RUN_GAP
        self._last_move = now
        self._cancel_preview()
        if running:
            self._preview_id = item.id
            self._preview_timer = self.set_timer(PREVIEW_SETTLE, self.flush_preview)
        else:
            self.load_report(item.id)

    @property
    def preview_pending(self) -> bool:
        """The cursor has moved on and the briefing waits for it to rest."""
        return self._preview_id is not None

    def _cancel_preview(self) -> None:
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = None
        self._preview_id = None

    def flush_preview(self) -> None:
        """Show the briefing of the row under the cursor now (it rested, or it is needed)."""
        report_id = self._preview_id
        self._cancel_preview()
        if report_id is not None:
            self.load_report(report_id)

    def on_descendant_focus(self) -> None:
        if self.focused is not None and self.focused.id != "reports":
            self.flush_preview()  # the other panes must show the selected report

    def on_virtual_list_failed(self, message: VirtualList.Failed) -> None:
        if message.virtual_list.id != "reports":
            return
        message.stop()
        self.clear_report("No report to show: the report list could not be read (the reason is in the list).")

    def on_virtual_list_selected(self, message: VirtualList.Selected) -> None:
        if message.virtual_list.id != "reports":
            return
        message.stop()
        self.flush_preview()
        state = self.capture_state()
        state["focus"] = "article"
        self.browser.visit_here(state)

    def capture_state(self) -> dict:
        self.flush_preview()
        state = self.report_state()
        current = self.current_pane()
        state["focus"] = current.id if current is not None else None
        state["list"] = self.query_one("#reports", VirtualList).save_state()
        state["list_version"] = self._rows_version()  # the rows the list's cursor counts
        return state

    def copy_text(self) -> str | None:
        reports = self.query_one("#reports", VirtualList)
        if self.focused is reports and reports.current is not None:
            return export.citation(reports.current)  # the row, whether or not its briefing is shown yet
        return super().copy_text()

    def action_export(self) -> None:
        self.flush_preview()
        if self._loading_id is not None:
            self._export_when_shown = True  # export what the cursor is on, once it has loaded
            return
        super().action_export()

    def clear_report(self, message: str) -> None:
        self._export_when_shown = False
        super().clear_report(message)

    def report_shown(self, report: Report) -> None:
        if self._export_when_shown:
            self._export_when_shown = False
            super().action_export()
        self.call_after_refresh(self._read_ahead_around)  # after this frame: workers hold the GIL too

    def _read_ahead_around(self) -> None:
        """Read the briefings of the rows a next key is likely to reach (one up or
        down, a page up or down, the first and last), so that key shows its
        briefing in its own frame."""
        reports = self.query_one("#reports", VirtualList)
        page = max(1, reports.scrollable_content_region.height - 1)
        cursor = reports.cursor
        rows = [cursor + step for step in (1, -1, page, -page)]
        rows += [0, (reports.count or 0) - 1]
        near = (reports.item(row) for row in rows if row >= 0)
        self.read_ahead([item.id for item in near if item is not None])

    def restore_state(self, state: dict) -> None:
        self._cancel_preview()
        reports = self.query_one("#reports", VirtualList)
        if state.get("list"):
            reports.restore_state(state["list"])
        report_id = state.get("report_id")
        if report_id is not None:
            self.load_report(report_id, state)
        elif state.get("focus"):
            self.focus_pane(state["focus"])
        if state.get("list") and report_id is not None and state.get("list_version") != self._rows_version():
            # its cursor counts rows of the list as it was then: ingests added some since
            self._list_version = None
            self.call_after_refresh(self.check_database, report_id)
