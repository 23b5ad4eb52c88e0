"""The search screen's result rows: made for the rows about to be seen, not all.

A search brings up to 50 hits of each kind (200 rows), each a dated title and a
marked snippet. Making every row's text cost 5-35 ms a key at a million reports
(in the worker, holding the GIL the UI thread waits on), and the list measured
40 rows (their text wrapped) in the frame that shows them, though 80x24 shows
about six. Here the worker makes the rows of the first screenful; the rest are
made when the cursor or the scrollbar nears them (LinkList asks for options as
it goes).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from textual.content import Content
from textual.widgets.option_list import Option

from briefing_tui.store.models import SearchHit
from briefing_tui.tui.text import clip, date_label, snippet
from briefing_tui.tui.widgets.link_list import Entry, LinkList

# People and organisations first: typing a name most often means "take me to them".
KIND_TITLES = (("participant", "Participants"), ("report", "Reports"), ("claim", "Claims"), ("event", "Events"))
# Rows made in the worker, and rows the list measures in the frame a key makes:
# a hit is at least two lines, so this covers a terminal 60 lines high.
FIRST_ROWS = 30


def hit_prompt(hit: SearchHit) -> Content:
    if hit.kind not in _KNOWN:
        return Content.assemble(clip(hit.title, 160))
    line = Content.assemble((date_label(hit.date), "bold"), "  ", clip(hit.title, 160))
    return Content.assemble(line, "\n    ", snippet(hit.snippet, "bold reverse", 240))


_KNOWN = frozenset(k for k, _ in KIND_TITLES)


def result_entries(hits: list[SearchHit], made: int | None = FIRST_ROWS, limit: int | None = None,
                   partial: tuple[str, ...] = (), capped: tuple[str, ...] = (),
                   timed: tuple[str, ...] | None = None) -> list[Entry]:
    """Rows grouped by kind, each group under a heading with its count (with "+"
    when the kind came back full: `limit` hits, or its walk was cut short by the
    time budget (`timed`: None, those not `capped`) or a row cap (`capped`), or
    searched through a filter's best-known entities only: `partial`; such a kind with
    no hits still has its heading when others have hits). Rows past `made`
    (None: none) have no prompt yet: ResultList makes it when needed."""
    out: list[Entry] = []
    groups = [(title, [h for h in hits if h.kind == kind]) for kind, title in KIND_TITLES]
    other = [h for h in hits if h.kind not in _KNOWN]
    if other:
        groups.append(("Other", other))
    titles = dict(KIND_TITLES)
    cut = {titles.get(kind) for kind in partial}
    at_cap = {titles.get(kind) for kind in capped}
    late = {titles.get(kind) for kind in (timed if timed is not None else set(partial) - set(capped))}
    for title, group in groups:
        if not group:
            if title in cut and hits:
                # beside other kinds' hits, a kind stopped before its first match
                # is named: its absence would read as "none"
                limit_name = "time limit" if title in late else "row limit" if title in at_cap else "entity limit"
                out.append(Entry(Content(f"{title} (none found before the {limit_name})")))
            continue
        more = "+" if (limit is not None and len(group) >= limit) or title in cut else ""
        out.append(Entry(Content(f"{title} ({len(group)}{more})") if title != "Other" else Content("Other")))
        for hit in group:
            out.append(Entry(hit_prompt(hit) if made is None or len(out) < made else None, hit))
    return out


class ResultList(LinkList):
    """A LinkList whose rows' text is made as they are first needed."""

    _after_paint: Callable[[], None] | None = None

    def call_after_paint(self, callback: Callable[[], None]) -> None:
        """Run `callback` just after the frame that paints this list is written
        (call_after_refresh runs before that frame, on the next idle)."""
        self._after_paint = callback
        self.refresh()

    def render_lines(self, crop):
        lines = super().render_lines(crop)
        callback, self._after_paint = self._after_paint, None
        if callback is not None:
            asyncio.get_running_loop().call_soon(callback)  # after this paint's write: it is one call
        return lines

    def show(self, entries: list[Entry], empty: str | None, *, same: bool, final: bool) -> None:
        """Rows for a query: `same` (more rows for the query shown) keeps the cursor
        on the hit it was on; a view state waiting to be restored (history) waits
        for the `final` rows, which hold the row it names."""
        pending, self._pending_state = self._pending_state, (self._pending_state if final else None)
        current, focused = self.current, self.has_focus
        self.set_entries(entries, empty)
        if same and focused and current is not None and not (final and pending is not None):
            self.select_link(lambda link: link == current)
        if not final and pending is not None:
            self._pending_state = pending

    def _options_for(self, start: int, stop: int) -> list[Option]:
        if start == 0:
            # the frame a key makes measures only what can be seen: every row is at
            # least a line high (the cursor, the scrollbar or End bring the rest)
            stop = min(stop, (self.size.height or self.app.size.height) + 2)
        entries = self._entries
        stop = min(stop, len(entries))
        for i in range(start, stop):
            entry = entries[i]
            if entry.prompt is None:
                entries[i] = Entry(hit_prompt(entry.link), entry.link)
        return super()._options_for(start, stop)
