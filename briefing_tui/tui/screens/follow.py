"""Pages other than the report list following another process's ingest.

The entity, timeline and event pages read their rows once, when shown. While
one is open, the report list's watch (browser.check_database: between keys, once
a second) asks it to follow; it compares the store's data_version (one pragma)
with the version its rows were read at, and does nothing else while they agree.
When they differ, a worker reads the rows again and the page swaps in what
changed, in place: the cursor stays on the row it was on (the same report, claim
or event), and a list whose shown rows did not change is not repainted.

Ingest only adds rows, in an order that does not change (newest first, by date),
so a row the cursor was on at index i is now at an index between i and i plus
the rows added: that window is searched, never the whole list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing_tui.tui.widgets.link_list import Entry, LinkList
from briefing_tui.tui.widgets.virtual_list import PAGE_SIZE, VirtualList

# The most pages read to find the cursor's row again (rows added before it push it down).
SEARCH_PAGES = 10


def place_view(count: int, height: int, old_cursor: int, old_scroll: int, cursor: int) -> int:
    """The list's new top row once its cursor row moved from old_cursor to cursor:
    the row stays on the same screen line, except at the top of the list, which
    stays at the top (the newest rows appear there) while the cursor is in view."""
    height = max(1, height)
    if old_scroll <= 0 and cursor < height:
        top = 0
    else:
        top = cursor - (old_cursor - old_scroll)
    top = min(top, cursor, max(0, count - height))
    return max(0, top, cursor - height + 1)


@dataclass
class ListView:
    """A virtual list as the reader left it, for a worker to read again."""

    cursor: int
    scroll: int
    count: int
    height: int
    anchor: Any  # key(row) of the cursor's row, None if not loaded

    @classmethod
    def of(cls, pane: VirtualList, key: Callable[[Any], Any]) -> "ListView | None":
        if pane.count is None or pane.is_loading:
            return None
        current = pane.current
        return cls(pane.cursor, int(pane.scroll_y), pane.count,
                   max(1, pane.scrollable_content_region.height), None if current is None else key(current))


@dataclass
class ListReread:
    count: int
    cursor: int
    scroll: int
    pages: dict[int, list]
    more: bool = False


def reread_list(view: ListView, loader: Callable[[int, int], list], count: int,
                key: Callable[[Any], Any], more: bool = False) -> ListReread:
    """(In a worker.) The list's rows as they are now, for its view: the cursor's row
    found again in the window where rows added before it pushed it (if not found,
    the cursor keeps its index), the view placed so that row keeps its line."""
    pages: dict[int, list] = {}

    def page(p: int) -> list:
        if p not in pages:
            pages[p] = loader(p * PAGE_SIZE, PAGE_SIZE)
        return pages[p]

    old = view.cursor
    cursor = min(old, max(0, count - 1))
    if view.anchor is not None and count > 0:
        reach = max(count - view.count, PAGE_SIZE if more else 0)
        last = min(count - 1, old + reach)
        for p in range(old // PAGE_SIZE, min(last // PAGE_SIZE, old // PAGE_SIZE + SEARCH_PAGES - 1) + 1):
            rows = page(p)
            found = next((p * PAGE_SIZE + i for i, row in enumerate(rows)
                          if p * PAGE_SIZE + i >= old and key(row) == view.anchor), None)
            if found is not None:
                cursor = found
                break
            if len(rows) < PAGE_SIZE:
                break
    top = place_view(count, view.height, view.cursor, view.scroll, cursor)
    shown = {}
    for p in range(top // PAGE_SIZE, (top + view.height) // PAGE_SIZE + 1):
        if p * PAGE_SIZE < count:
            shown[p] = page(p)
    if count > 0:
        shown.setdefault(cursor // PAGE_SIZE, page(cursor // PAGE_SIZE))
    return ListReread(count, cursor, top, shown, more)


def apply_list(pane: VirtualList, view: ListView, reread: ListReread) -> bool:
    """Show what reread_list read, unless the reader moved meanwhile (False: read again
    at the next look). The list repaints only what changed (VirtualList.replace)."""
    if pane.is_loading or pane.cursor != view.cursor or int(pane.scroll_y) != view.scroll:
        return False
    pane.replace(reread.count, reread.pages, reread.cursor, reread.scroll, more=reread.more)
    return True


def link_key(link: Any) -> Any:
    """What a row of a link list stands for, the same across re-reads: ("claim", id),
    ("event", event id), ("source", report id) ... (the objects themselves are new)."""
    if isinstance(link, tuple) and len(link) == 2:
        kind, item = link
        if kind == "claim":
            return (kind, item.id)
        if kind == "event":
            return (kind, item.event.id)
        if kind == "source":
            return (kind, item.report.id, item.event.id)
        if kind == "entity":
            return (kind, item[0])
    return link


def same_rows(pane: LinkList, entries: list[Entry]) -> bool:
    """The pane shows these rows already (the same links, the same words)."""
    shown = getattr(pane, "_entries", None)
    if not pane.loaded or shown is None or len(shown) != len(entries):
        return False
    return all(a.link == b.link and a.prompt.plain == b.prompt.plain for a, b in zip(shown, entries))


def replace_entries(pane: LinkList, entries: list[Entry]) -> bool:
    """New rows in a link list, its cursor kept on the row it was on (by link_key) at
    the same line on screen. Nothing is done if the rows are the same. Whether the
    rows were replaced."""
    if same_rows(pane, entries):
        return False
    current = pane.current
    wanted = link_key(current) if current is not None else None
    old_index = pane.highlighted
    old_line = pane_line(pane, old_index) - int(pane.scroll_y) if old_index is not None else 0
    pane.set_entries(entries)
    if wanted is None:
        return True
    index = next((i for i, e in enumerate(entries) if e.link is not None and link_key(e.link) == wanted), None)
    if index is not None:
        pane.restore_state({"index": index, "scroll": max(0, pane_line(pane, index) - old_line)})
    return True


def pane_line(pane: LinkList, index: int) -> int:
    """The first line of row `index` (its index when the rows are not measured)."""
    lines = pane._row_lines(index)  # noqa: SLF001 (the link list's own layout)
    return index if lines is None else lines[0]
