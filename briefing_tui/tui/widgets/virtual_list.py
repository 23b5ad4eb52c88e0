"""A list of any length, one line per row, paged from the store as it scrolls.

No widget holds all rows: pages are fetched by thread workers and kept in a
small LRU cache, and only visible lines are painted. Moving the cursor repaints
the two lines that changed and, for the "12 of 3,456" counter, the bottom
border: never the pane, so a key press costs a few hundred bytes over SSH.
"""

from __future__ import annotations

from collections.abc import Callable
from math import ceil
from concurrent.futures import Future
from typing import Any

from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.scrollbar import ScrollBar
from textual.widget import Widget
from textual.worker import get_current_worker

from briefing_tui.tui import trace
from briefing_tui.tui.lru import Lru
from briefing_tui.tui.widgets.lean_paint import LeanPaint
from briefing_tui.tui.widgets.view_state import PendingViewState

PAGE_SIZE = 100
CACHED_PAGES = 40
READ_AHEAD_SCREENS = 3  # pages are read this many screens beyond the view, both ways

Loader = Callable[[int, int], list]  # (offset, limit) -> items, runs in a thread
Counter = Callable[[], int]  # runs in a thread
RowRenderer = Callable[[Any, int], Text]  # (item, width) -> one line


def _thumb(bar: ScrollBar) -> tuple:
    """What a vertical scrollbar shows (its glyphs, which of them are the thumb), as
    its render would draw it at its size, for its window and position."""
    virtual, window = bar.window_virtual_size, bar.window_size
    segments = bar.renderer.render_bar(
        size=bar.size.height, virtual_size=ceil(virtual), window_size=ceil(window if window < virtual else 0),
        position=bar.position, thickness=bar.thickness, vertical=True,
    )
    return tuple((seg.text, bool(seg.style and seg.style.reverse)) for seg in segments.segments)


def row_strip(text: Text, width: int, base: Style, console) -> Strip:
    """A row's line: `text` (no wrap) in the list's base style, cut or padded to `width`.
    Pure: a thread may paint rows ahead of the frame that shows them (place_painted)."""
    text.no_wrap = True
    text.end = ""
    # Every segment gets the widget's style (none left unstyled: filters such as
    # NO_COLOR's monochrome expect a style on each).
    strip = Strip(text.render(console), text.cell_len).apply_style(base)
    return strip.crop_extend(0, width, base).simplify()


class VirtualList(PendingViewState, LeanPaint, ScrollView, can_focus=True, inherit_bindings=False):
    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup,b", "page_up", "Page up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("enter", "select", "Open", show=False),
    ]
    COMPONENT_CLASSES = {
        "virtual-list--cursor",
        "virtual-list--cursor-blurred",
        "virtual-list--placeholder",
    }

    class Highlighted(Message):
        """The cursor rests on a loaded row."""

        def __init__(self, virtual_list: "VirtualList", index: int, item: Any) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.index = index
            self.item = item

        @property
        def control(self) -> "VirtualList":
            return self.virtual_list

    class Selected(Highlighted):
        """Enter (or a second click) on a row."""

    class Failed(Message):
        """The rows could not be read (a damaged database): the list shows why."""

        def __init__(self, virtual_list: "VirtualList", error: str) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.error = error

        @property
        def control(self) -> "VirtualList":
            return self.virtual_list

    class PageLoaded(Message, bubble=False):
        def __init__(self, generation: int, page: int, items: list) -> None:
            super().__init__()
            self.generation, self.page, self.items = generation, page, items

    class CountLoaded(Message, bubble=False):
        def __init__(self, generation: int, count: int) -> None:
            super().__init__()
            self.generation, self.count = generation, count

    class LoadFailed(Message, bubble=False):
        def __init__(self, generation: int, error: str) -> None:
            super().__init__()
            self.generation, self.error = generation, error

    def __init__(
        self,
        render_row: RowRenderer,
        *,
        empty: str = "Nothing here.",
        show_position: bool = True,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._render_row = render_row
        self._empty = empty
        self._loader: Loader | None = None
        self._counter: Counter | None = None
        self._generation = 0
        self._count: int | None = None
        self._pages: Lru[int, list] = Lru(CACHED_PAGES)
        self._pending: set[int] = set()
        self._lines: Lru[tuple, Strip] = Lru(256)
        # The rows' base style, kept as long as the painted rows are: rich_style walks
        # the node's ancestors, ~0.04 ms, and a frame that shows new rows asked it per row.
        self._base: Style | None = None
        self._error: str | None = None
        self.cursor = 0
        self._announced: int | None = None
        self._cap: int | None = None
        self._more = False  # the count is a lower bound (capped)
        self._show_position = show_position
        self._position_shown = ""
        # Set by a screen whose panes follow the cursor: called in the same turn as the
        # move instead of posting Highlighted, so what follows is painted in the
        # cursor's own frame rather than a frame (up to 1/60 s) later.
        self.follow: Callable[[int, Any], None] | None = None

    # -- data --

    def load(self, loader: Loader, counter: Counter, cap: int | None = None,
             first_page: Future | None = None, count: int | None = None) -> None:
        """Show a new source: the first page and the count are fetched in the background.

        With `cap`, the counter may stop counting at cap; the list then grows page by
        page as the reader reaches its end (counting a huge list costs too much).
        `first_page`: the first page, already being read (since before the app
        started); shown at once if it has arrived, so the first frame has rows.
        `count`: the number of rows, already known (an entity's report count): the
        list is laid out once at its full height (scrollbar and all) instead of again
        when a count arrives, and `counter` is not called.
        """
        self._loader, self._counter = loader, counter
        self._cap = cap
        self._new_generation()
        self._count = None
        self._forget_lines()
        self.cursor = 0
        self._announced = None
        known = count is not None and cap is None
        if known:
            self._count = count
        ready = first_page is not None and first_page.done() and first_page.exception() is None
        items = first_page.result() if ready else None  # type: ignore[union-attr]
        if known and items is not None and len(items) < PAGE_SIZE:
            self._count = len(items)  # what the page holds is the truth, as the worker counts
        if known:
            self._set_height(max(self._count or 1, 1))
        else:
            self.virtual_size = Size(self.size.width, 1)
        self.scroll_to(y=0, animate=False, immediate=True, force=True)
        if items is not None:
            self._page_arrived(0, items)
        if not ready:
            self._pending.add(0)  # the worker reads it: rows painted meanwhile don't ask again
        if not (known and ready):
            self._fetch_first(self._generation, loader, None if known else counter, first_page, ready)
        if known and self._count:
            # For End, as when a count arrives; read after the frame that shows the first
            # rows: its thread and its PageLoaded took turns with that frame's paint.
            self.call_after_refresh(self._request_last, self._generation)
        self.refresh()
        self._show_position_label()

    def replace(self, count: int, pages: dict[int, list], cursor: int, scroll: int, more: bool = False) -> bool:
        """The same source holds other rows now (an ingest added reports): show
        these, read for the new view, with the cursor and view where the screen
        puts them, in one frame. Every page read before is dropped (rows moved
        between them), and any still being read is ignored (another generation).
        The cursor's row is not announced: the screen put it on the row it shows.

        The rows are repainted only if the view shows other rows (or the cursor on
        another line) than before: an ingest adding reports above a reader who has
        scrolled down changes the counter and the scrollbar, not a row, and costs
        those few cells, not the pane (~1.4 KB over SSH every second of an ingest).
        Returns whether the rows were repainted."""
        shown = self._shown_rows() if self._error is None else None
        self._new_generation()
        self._lines.clear()
        self._count = max(0, count)
        self._more = more  # (a capped count: the list grows as the reader reaches its end)
        for page, items in pages.items():
            self._pages[page] = items
        cursor = max(0, min(cursor, self._count - 1))
        height = self.scrollable_content_region.height or 1
        # A scrollbar coming or going changes the layout: not quietly.
        bar_kept = self.show_vertical_scrollbar == (max(self._count, 1) > height)
        same = (shown is not None and self.is_mounted and bar_kept
                and shown == self._shown_rows(scroll, cursor, height))
        self.cursor = cursor
        self._announced = self.cursor if self.current is not None else None
        if same:
            self._move_view_quietly(max(self._count, 1), scroll)
        else:
            self._set_height(max(self._count, 1))
            self.scroll_to(y=scroll, animate=False, immediate=True, force=True)
            self.refresh()
        self._show_position_label()
        self._announce()
        self._read_ahead()
        return not same

    def _shown_rows(self, top: int | None = None, cursor: int | None = None,
                    height: int | None = None) -> tuple:
        """What the view shows, as rows (top `top`, cursor on `cursor`; now by default):
        the items on its lines and the line the cursor is on."""
        top = int(self.scroll_y) if top is None else top
        cursor = self.cursor if cursor is None else cursor
        height = (self.scrollable_content_region.height or 1) if height is None else height
        count = self._count or 0
        rows = tuple(self.item(i) if i < count else None for i in range(top, top + height))
        return rows, cursor - top, count == 0

    def _move_view_quietly(self, rows: int, scroll: int) -> None:
        """The list's height and top row set without repainting its rows (they show
        the same items). Its scrollbar is repainted only if its thumb moved by a
        glyph: a few reports more in thousands seldom move it."""
        size = Size(self.scrollable_content_region.width, rows)
        scroll = max(0, min(scroll, rows - 1))
        bar = self.vertical_scrollbar if self.show_vertical_scrollbar else None
        thumb = _thumb(bar) if bar is not None else None
        self.set_reactive(Widget.__dict__["virtual_size"], size)
        self._laid_out_virtual = size
        self.set_reactive(Widget.__dict__["scroll_target_y"], float(scroll))
        self.set_reactive(Widget.__dict__["scroll_y"], float(scroll))
        if bar is not None:
            bar.set_reactive(ScrollBar.window_virtual_size, rows)
            bar.set_reactive(ScrollBar.position, int(scroll * 8) / 8)  # (as its validator)
            if _thumb(bar) != thumb:
                bar.refresh()

    def show_title(self, title: str) -> None:
        """The top border's title, repainting that border line only (as the counter)."""
        content = Content(title) if title else None
        if content == self._border_title:
            return
        self._border_title = content
        if not self.is_mounted:
            return
        offset = self.content_offset
        self.refresh(Region(-offset.x, -offset.y, self.outer_size.width, 1))

    def _new_generation(self) -> None:
        """Rows read before are dropped, and pages still being read are ignored when
        they arrive (they carry the generation before this one)."""
        self._generation += 1
        self._pages.clear()
        self._pending.clear()
        self._error = None
        self._more = False

    @property
    def count(self) -> int | None:
        """Number of rows, or None while it is being counted (a lower bound while `more`)."""
        return self._count

    @property
    def count_label(self) -> str:
        if self._count is None:
            return "\u2026"
        return f"{self._count:,}+" if self._more else f"{self._count:,}"

    def position_label(self) -> str:
        """'12 of 3,456': where the cursor is, shown in the bottom border."""
        return f"{self.cursor + 1:,} of {self.count_label}" if self._count else ""

    def _show_position_label(self) -> None:
        """Keep the bottom border's counter current, repainting that border line only.

        Setting border_subtitle repaints the whole pane (every visible row, a few KB
        over SSH on each key press); only the border's last line changes.
        """
        if not self._show_position:
            return
        label = self.position_label()
        if label == self._position_shown:
            return
        self._position_shown = label
        self._border_subtitle = Content(label) if label else None
        if not self.is_mounted:
            return
        offset = self.content_offset  # refresh regions are relative to the content
        outer = self.outer_size
        self.refresh(Region(-offset.x, outer.height - 1 - offset.y, outer.width, 1))

    @property
    def is_loading(self) -> bool:
        return self._count is None and self._error is None

    def item(self, index: int) -> Any | None:
        page = self._pages.get(index // PAGE_SIZE)
        if page is None:
            return None
        offset = index % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    @property
    def current(self) -> Any | None:
        return self.item(self.cursor)

    @work(thread=True, group="virtual-list-first")
    def _fetch_first(self, generation: int, loader: Loader, counter: Counter | None,
                     first_page: Future | None = None, shown: bool = False) -> None:
        """The first page (unless shown) and the count (unless known: counter None)."""
        try:
            items = first_page.result() if first_page is not None else loader(0, PAGE_SIZE)
            if not shown:
                self.post_message(self.PageLoaded(generation, 0, items))
            if get_current_worker().is_cancelled:
                return
            if counter is None:
                if len(items) < PAGE_SIZE:
                    self.post_message(self.CountLoaded(generation, len(items)))
                return
            if len(items) < PAGE_SIZE:
                count = len(items)
            else:
                count = counter()
            self.post_message(self.CountLoaded(generation, count))
        except Exception as exc:  # shown in the pane: a broken database must not kill the app
            self.post_message(self.LoadFailed(generation, str(exc)))

    @work(thread=True, group="virtual-list-page")
    def _fetch_page(self, generation: int, loader: Loader, page: int) -> None:
        try:
            items = loader(page * PAGE_SIZE, PAGE_SIZE)
        except Exception as exc:
            self.post_message(self.LoadFailed(generation, str(exc)))
            return
        self.post_message(self.PageLoaded(generation, page, items))

    def _request_last(self, generation: int) -> None:
        if generation == self._generation and self._count:
            last = (self._count - 1) // PAGE_SIZE
            if last not in self._pages:  # a short list's last page is its first
                self._request(last)

    def _request(self, page: int) -> None:
        if page in self._pending or self._loader is None or page < 0:
            return
        if self._count is not None and page * PAGE_SIZE >= self._count:
            return
        self._pending.add(page)
        self._fetch_page(self._generation, self._loader, page)

    def on_virtual_list_page_loaded(self, message: PageLoaded) -> None:
        message.stop()
        trace.mark(f"page {message.page} loaded")
        if message.generation != self._generation:
            return
        self._page_arrived(message.page, message.items)

    def _page_arrived(self, page: int, items: list) -> None:
        self._pending.discard(page)
        self._pages[page] = items
        if self._count is None:
            self._set_height(max(len(items), 1))
        elif self._more:
            end = page * PAGE_SIZE + len(items)
            if len(items) < PAGE_SIZE:
                self._count, self._more = end, False
                self._set_height(max(end, 1))
            elif end >= self._count:
                self._count = end + 1  # one more row, so reaching it asks for the next page
                self._set_height(self._count)
        self._forget_lines()
        if self._count is None or self._visible(page):
            self.refresh()  # a page read ahead, off screen, changes nothing shown
        self._apply_pending_state()
        self._show_position_label()
        self._announce()
        self._read_ahead()

    def on_virtual_list_count_loaded(self, message: CountLoaded) -> None:
        message.stop()
        if message.generation != self._generation or message.count == self._count:
            return  # the count given to load() was right: nothing to lay out again
        self._count = message.count
        self._more = bool(self._cap) and message.count >= (self._cap or 0)
        self._set_height(max(message.count, 1))
        self._forget_lines()
        self.refresh()
        self._apply_pending_state()
        self._show_position_label()
        if not self._more and message.count:
            self._request((message.count - 1) // PAGE_SIZE)  # for End
        self._read_ahead()

    def _visible(self, page: int) -> bool:
        top = int(self.scroll_y)
        height = self.scrollable_content_region.height or 1
        return page * PAGE_SIZE < top + height and top < (page + 1) * PAGE_SIZE

    def _read_ahead(self) -> None:
        """Ask for the pages a few screens above and below the view, so j, k and the
        page keys land on rows already read, painted in their own frame (no "..."
        rows and a second frame when the page arrives)."""
        if self._loader is None or self._error is not None or self._count is None:
            return  # the first page and the count are still on their way (load)
        top = int(self.scroll_y)
        height = self.scrollable_content_region.height or 1
        first = max(0, top - READ_AHEAD_SCREENS * height) // PAGE_SIZE
        last = (top + (READ_AHEAD_SCREENS + 1) * height) // PAGE_SIZE
        for page in range(first, last + 1):
            if page not in self._pages:
                self._request(page)

    def on_virtual_list_load_failed(self, message: LoadFailed) -> None:
        message.stop()
        if message.generation != self._generation:
            return
        self._error = message.error
        self._count = 0
        self._forget_lines()
        self.refresh()
        self._show_position_label()
        self.post_message(self.Failed(self, message.error))

    def _set_height(self, rows: int) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, rows)

    # -- state (history) --

    def save_state(self) -> dict:
        return {"cursor": self.cursor, "scroll": self.scroll_y}

    def _state_ready(self) -> bool:
        return self._count is not None

    def _apply_state(self, state: dict) -> None:
        self.scroll_to(y=state.get("scroll", 0), animate=False, immediate=True, force=True)
        self.move_to(state.get("cursor", 0), announce=True)

    # -- cursor --

    def move_to(self, index: int, announce: bool = True) -> None:
        count = self._count if self._count is not None else len(self._pages.get(0) or [])
        if count <= 0:
            return
        index = max(0, min(index, count - 1))
        old = self.cursor
        self.cursor = index
        self._scroll_to_cursor()
        self.refresh_line(old)
        self.refresh_line(index)
        self._show_position_label()
        if announce:
            self._announced = None
            self._announce()
        self._read_ahead()
        if not self._paint_ahead_queued:
            self._paint_ahead_queued = True
            self.call_after_refresh(self._paint_ahead)

    _paint_ahead_queued = False

    def _paint_ahead(self) -> None:
        """After the frame, while the reader looks at it: paint the rows a page key
        would bring into view (a screen below and one above), so that key's frame
        places rows already painted instead of making a dozen."""
        self._paint_ahead_queued = False
        if not self.is_mounted or self._error is not None:
            return
        region = self.scrollable_content_region
        width, height = region.width, region.height
        if width <= 0 or height <= 0:
            return
        top = int(self.scroll_y)
        base = self._base_style()
        focused = self.has_focus
        lines = self._lines
        for index in (*range(top + height, top + 2 * height), *range(max(0, top - height), top)):
            if index == self.cursor or self.item(index) is None:
                continue  # the cursor's row is painted with the key; unread rows are not kept
            key = (index, width, False, False)
            if key not in lines:
                lines[key] = self._paint(index, width, base, focused)

    def _announce(self) -> None:
        """Tell the screen which row the cursor rests on, once it is loaded."""
        if self._announced == self.cursor:
            return
        item = self.current
        if item is None:
            self._request(self.cursor // PAGE_SIZE)
            return
        self._announced = self.cursor
        if self.follow is not None:
            self.follow(self.cursor, item)
        else:
            self.post_message(self.Highlighted(self, self.cursor, item))

    def _scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True, force=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True, force=True)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_page_down(self) -> None:
        self.move_to(self.cursor + max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self.move_to(self.cursor - max(1, self.scrollable_content_region.height - 1))

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        if self._count:
            self.move_to(self._count - 1)

    def action_select(self) -> None:
        item = self.current
        if item is not None:
            self.post_message(self.Selected(self, self.cursor, item))

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_y) + event.y
        if self._count is not None and 0 <= index < self._count:
            if index == self.cursor and event.chain >= 2:
                self.action_select()
            else:
                self.move_to(index)

    def on_focus(self) -> None:
        self.refresh_line(self.cursor)

    def on_blur(self) -> None:
        self.refresh_line(self.cursor)

    def on_resize(self) -> None:
        self._forget_lines()
        if self._count is not None:
            self._set_height(max(self._count, 1))

    def notify_style_update(self) -> None:
        focus_only = self._focus_restyle  # focus moved: only the cursor's row changes (keyed by focus)
        super().notify_style_update()
        self._base = None
        if not focus_only:
            self._forget_lines()

    # -- painting --

    def _forget_lines(self) -> None:
        self._lines.clear()
        self._base = None

    def _base_style(self) -> Style:
        base = self._base
        if base is None:
            base = self._base = self.rich_style
        return base

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = int(self.scroll_y) + y
        base = self._base_style()
        focused = self.has_focus
        # Only the cursor's row looks different with focus: the others are kept across
        # moves and focus changes (Back to the list, Tab: the pane's whole frame is
        # repainted, its rows come from here).
        on_cursor = index == self.cursor
        key = (index, width, focused and on_cursor, on_cursor)
        cached = self._lines.get(key)
        if cached is not None:
            return cached
        strip = self._paint(index, width, base, focused)
        self._lines[key] = strip
        return strip

    def _error_lines(self, width: int) -> list[str]:
        from textwrap import wrap

        return wrap(f"Cannot read this list: {self._error}", max(width, 10)) or [""]

    def _paint(self, index: int, width: int, base: Style, focused: bool) -> Strip:
        if self._error is not None:
            # The whole reason, wrapped over the rows: a cut line would hide what is wrong.
            lines = self._error_lines(width)
            text = Text(lines[index] if index < len(lines) else "", style=base)
        elif self._count == 0 or (self._count is None and not self._pages.get(0)):
            if index == 0:
                message = self._empty if self._count == 0 else "Loading\u2026"
                text = Text(message, style=self.get_component_rich_style("virtual-list--placeholder"))
            else:
                text = Text("")
        elif self._count is not None and index >= self._count:
            text = Text("")
        else:
            item = self.item(index)
            if item is None:
                if self._count is None and index >= len(self._pages.get(0) or []):
                    text = Text("")
                else:
                    self._request(index // PAGE_SIZE)
                    text = Text("\u2026", style=self.get_component_rich_style("virtual-list--placeholder"))
            else:
                text = self._render_row(item, width)
            if index == self.cursor:
                cls = "virtual-list--cursor" if focused else "virtual-list--cursor-blurred"
                text = text.copy()
                text.stylize(self.get_component_rich_style(cls))
                text.pad_right(max(0, width - text.cell_len))
        return row_strip(text, width, base, self.app.console)

    def place_painted(self, width: int, base: Style, lines: dict[int, Strip]) -> int:
        """Rows painted elsewhere (by row_strip, in a reader's thread) for `width` and
        `base`, kept as if painted here: the frame that shows them only places them.
        Not if the list's width or base style is not theirs; never the cursor's row
        (painted with the cursor's style). The number of rows placed."""
        if width != self.scrollable_content_region.width or base != self._base_style():
            return 0
        placed = 0
        for index, strip in lines.items():
            if index != self.cursor and self.item(index) is not None:
                self._lines[(index, width, False, False)] = strip
                placed += 1
        return placed
