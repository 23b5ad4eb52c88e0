"""A short list whose rows lead somewhere: participants, claims, events, related reports.

Rows are literal Content; headings are disabled rows the cursor skips. The
list says which row the cursor rests on (so the article can highlight it) and
which row was chosen with Enter (so the screen can follow the link).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.binding import Binding
from textual.geometry import Region
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing_tui.tui.lru import Lru
from briefing_tui.tui.widgets.lean_paint import LeanPaint
from briefing_tui.tui.widgets.view_state import PendingViewState


# Rows made options when entries are set, and how near the last of them the cursor
# (or scrolling) may come before more are added.
ROWS_AT_ONCE = 40
ROWS_AHEAD = 20


@dataclass(frozen=True)
class Entry:
    prompt: Content
    link: Any = None  # None: a heading, not selectable


class LinkList(PendingViewState, LeanPaint, OptionList, inherit_bindings=False):
    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Open", show=False),
    ]

    class LinkHighlighted(Message):
        def __init__(self, link_list: "LinkList", link: Any) -> None:
            super().__init__()
            self.link_list = link_list
            self.link = link

        @property
        def control(self) -> "LinkList":
            return self.link_list

    class LinkSelected(LinkHighlighted):
        pass

    # Moving the cursor repaints the two rows that changed, not the whole list:
    # over a slow SSH link every cursor move costs only those bytes.
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        if self.has_focus:
            super().watch_highlighted(new)  # scrolls to the row and says so (OptionHighlighted)
        elif new is not None and new < self.option_count and not self.get_option_at_index(new).disabled:
            # Unfocused (new rows set for the report a key moved to): nobody follows this
            # cursor until the list gains focus, which announces its row then (on_focus).
            # Three messages, each bubbling to the screen, held that key's frame back.
            self.scroll_to_highlight()

    def _row_lines(self, index: int | None) -> tuple[int, int] | None:
        """The first line and the height of row `index`, or None if it is not laid out."""
        cache = getattr(self, "_line_cache", None)
        line = cache.index_to_line.get(index) if cache is not None and index is not None else None
        return None if line is None else (line, cache.heights.get(index, 1))

    def _refresh_row(self, index: int | None) -> None:
        if index is None:
            return
        rows = self._row_lines(index)
        if rows is None:
            self.refresh()
            return
        self._option_render_cache.clear()
        self.refresh_lines(*rows)

    def __init__(self, *, empty: str = "Nothing here.", id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        # OptionList's painted rows, in a cache that frees them when cleared (every
        # new list of results): Textual's LRUCache left them, with the strips'
        # own caches, as cyclic garbage (tui/lru.py), ~20k objects a search query.
        self._option_render_cache = Lru(1024 * 2)
        self._links: list[Any] = []
        self._entries: list[Entry] = []
        self._empty = empty
        self.loaded = False

    # -- rows given to the OptionList as the cursor nears them --

    def _options_for(self, start: int, stop: int) -> list[Option]:
        return [Option(e.prompt, disabled=e.link is None) for e in self._entries[start:stop]]

    def _reach(self, index: int) -> None:
        """Make rows up to `index` (and a page or so beyond) real options. OptionList
        measures every option it holds (wrapping its text) when it is given: two
        hundred search results cost tens of ms a key, though a screen shows ten."""
        have = self.option_count
        if index + ROWS_AHEAD < have or have >= len(self._entries):
            return
        stop = max(index + ROWS_AHEAD, have) + ROWS_AT_ONCE
        self.add_options(self._options_for(have, stop))

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if self._entries and new + 2 * self.scrollable_content_region.height >= self.virtual_size.height:
            self._reach(self.option_count)  # scrolled (wheel, scrollbar) near the last row given

    def action_last(self) -> None:
        self._reach(len(self._entries))
        super().action_last()

    def action_page_down(self) -> None:
        self._reach((self.highlighted or 0) + max(1, self.scrollable_content_region.height))
        super().action_page_down()

    _measured_width: int | None = None  # the width the rows were last measured at
    _measure_later = False  # new rows while offstage: measured after the frame
    _measure_queued = False

    def _update_lines(self) -> None:
        if self._measure_later:
            return
        fresh = not self._line_cache.lines  # measuring from the first row: at this width
        super()._update_lines()
        if fresh and self._line_cache.lines:
            self._measured_width = self.scrollable_content_region.width

    def _on_resize(self, event) -> None:
        """OptionList forgets every row's measure and repaints on any Resize. A pane
        shown in a deck (Tab) gets one after its first paint has measured its rows
        at this very width: redoing that is a second frame for nothing."""
        if self.scrollable_content_region.width == self._measured_width:
            event.prevent_default()  # OptionList's own handler is not called

    def _step(self, direction: int) -> None:
        """Move to the next selectable row; stop at the ends (no wrapping)."""
        index = self.highlighted if self.highlighted is not None else -1
        index += direction
        while 0 <= index < len(self._links):
            if self._links[index] is not None:
                self._reach(index)
                self.highlighted = index
                return
            index += direction
        if direction < 0:
            self.scroll_home(animate=False)  # show the heading above the first row

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def set_entries(self, entries: list[Entry], empty: str | None = None) -> None:
        # Offstage (a pane behind another in a narrow deck), the rows are measured (their
        # text wrapped, ~0.2 ms a row) just after the frame, not in the one the key makes:
        # j in the report list sets three lists, of which one is seen. A state waiting to
        # be applied needs the measure now (its scroll is kept within the rows' height).
        later = self.offstage and self._pending_state is None and self.is_mounted
        self._measure_later = later
        try:
            self._set_entries(entries, empty)
        finally:
            self._measure_later = False
        if later and not self._measure_queued:
            self._measure_queued = True
            self.call_after_refresh(self._measure_now)

    def _measure_now(self) -> None:
        self._measure_queued = False
        self._update_lines()
        self.scroll_to_highlight()  # skipped while the rows had no lines

    def _set_entries(self, entries: list[Entry], empty: str | None) -> None:
        self._links = [e.link for e in entries]
        if entries:
            self._entries = entries
            options = self._options_for(0, ROWS_AT_ONCE)
        else:
            self._entries = []
            options = [Option(Content(self._empty if empty is None else empty), disabled=True)]
            self._links = [None]
        with self.content_only():  # new rows; the border and title stay as they are
            self.set_options(options)
            self.loaded = True
            first = next((i for i, link in enumerate(self._links) if link is not None), None)
            self.highlighted = first
            if first is None:
                self.scroll_to(y=0, animate=False, immediate=True, force=True)
            self._apply_pending_state()

    def show_loading(self, message: str = "Loading\u2026") -> None:
        self.loaded = False
        self._links = [None]
        self._entries = []
        with self.content_only():
            self.set_options([Option(Content(message), disabled=True)])

    @property
    def links(self) -> list[Any]:
        return [link for link in self._links if link is not None]

    @property
    def current(self) -> Any:
        index = self.highlighted
        if index is None or index >= len(self._links):
            return None
        return self._links[index]

    def select_link(self, predicate) -> bool:
        """Move the cursor to the first row whose link satisfies predicate."""
        for i, link in enumerate(self._links):
            if link is not None and predicate(link):
                self._reach(i)
                self.highlighted = i
                return True
        return False

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        link = self._links[event.option_index] if event.option_index < len(self._links) else None
        if link is not None:
            self.post_message(self.LinkHighlighted(self, link))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        link = self._links[event.option_index] if event.option_index < len(self._links) else None
        if link is not None:
            self.post_message(self.LinkSelected(self, link))

    def focus_lines(self) -> list[Region]:
        """The highlighted row: its style differs with focus."""
        rows = self._row_lines(self.highlighted)
        if rows is None:
            return []
        self._option_render_cache.clear()
        line, height = rows
        return [Region(0, line - int(self.scroll_y), max(self.virtual_size.width, self.size.width), height)]

    def on_focus(self) -> None:
        if self.current is not None:
            self.post_message(self.LinkHighlighted(self, self.current))

    def save_state(self) -> dict:
        return {"index": self.highlighted, "scroll": self.scroll_y}

    def _state_ready(self) -> bool:
        return self.loaded

    def _apply_state(self, state: dict) -> None:
        index = state.get("index")
        if index is not None and index < len(self._links) and self._links[index] is not None:
            self._reach(index)
            self.highlighted = index
        self.scroll_to(y=state.get("scroll", 0), animate=False, immediate=True, force=True)
