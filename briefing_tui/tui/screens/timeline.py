"""The timeline: events across reports by resolved date, for one entity or all.

Dated events, planned events and events whose date could not be resolved are
separate panes, each a virtual list paged from the store. Filters (entity,
after, before) are a new location, so Back returns to the previous filter.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from briefing_tui import export
from briefing_tui.store.models import EventGroup, TimelineFilter
from briefing_tui.store.timeline import date_bound
from briefing_tui.tui.screens.base import COMMON_BINDINGS, BriefingScreen, pane_bindings
from briefing_tui.tui.screens.follow import ListReread, ListView, apply_list, reread_list
from briefing_tui.tui.text import clip
from briefing_tui.tui.widgets.key_footer import KeyFooter
from briefing_tui.tui.widgets.location_bar import LocationBar
from briefing_tui.tui.widgets.pane_deck import PaneDeck
from briefing_tui.tui.widgets.virtual_list import VirtualList

# Counting stops here: a longer timeline grows as the reader scrolls to its end.
COUNT_CAP = 5000
SECTIONS = (("tl-dated", "dated"), ("tl-planned", "planned"), ("tl-undated", "undated"))


def timeline_row(group: EventGroup, width: int) -> Text:
    e = group.event
    text = Text(no_wrap=True, end="")
    if e.date:
        text.append(e.date.ljust(10), style="bold")
    else:
        text.append(clip(f"\u201c{e.date_text}\u201d" if e.date_text else "no date", 18).ljust(10), style="bold")
    text.append("  ")
    text.append(clip(e.kind, 14).ljust(12), style="italic")
    text.append(" ")
    text.append(clip(e.summary, 200))
    n = group.count
    if n > 1:
        text.append(f"  \u00b7 {n} sources", style="bold")
    else:
        report = group.sources[0].report
        text.append(f"  \u00b7 {clip(report.title, 80)}", style="dim")
    text.truncate(width, overflow="ellipsis")
    return text


class FilterInput(Input):
    BINDINGS = [Binding("escape", "leave", "Back to the list", show=False)]

    def action_leave(self) -> None:
        self.screen.focus_pane("tl-dated")  # type: ignore[attr-defined]


class FilterResolved(Message):
    def __init__(self, entity_id: int | None, name: str | None, after: str | None,
                 before: str | None, error: str | None) -> None:
        super().__init__()
        self.entity_id, self.name, self.after, self.before, self.error = entity_id, name, after, before, error


class EntityNamed(Message):
    def __init__(self, name: str | None, entity_id: int) -> None:
        super().__init__()
        self.name, self.entity_id = name, entity_id


def _group_key(group: EventGroup) -> int:
    return group.event.id


class TimelineReread(Message):
    """The timeline read again after another process committed (follow.py)."""

    def __init__(self, key: tuple, version: int, views: dict[str, ListView],
                 rereads: dict[str, ListReread] | None) -> None:
        super().__init__()
        self.key, self.version, self.views, self.rereads = key, version, views, rereads


class TimelineScreen(BriefingScreen):
    REUSED = True
    PANES = [
        ("1", "tl-dated", "Dated"),
        ("2", "tl-planned", "Planned"),
        ("3", "tl-undated", "Date not resolved"),
    ]
    BINDINGS = [
        *COMMON_BINDINGS,
        *pane_bindings(PANES),
        Binding("f", "filters", "Filter", tooltip="Filter by entity and dates"),
    ]

    @property
    def filter(self) -> TimelineFilter:
        entity_id, after, before = self.location.key
        return TimelineFilter(entity_id, date_bound(after, True), date_bound(before, False))

    def compose(self) -> ComposeResult:
        entity_id, after, before = self.location.key
        yield LocationBar(id="location")
        with Horizontal(id="tl-filters"):
            yield FilterInput(placeholder="entity (any)", id="tl-entity", compact=True)
            yield FilterInput(after or "", placeholder="after YYYY[-MM[-DD]]", id="tl-after", compact=True)
            yield FilterInput(before or "", placeholder="before YYYY[-MM[-DD]]", id="tl-before", compact=True)
        yield Static(Content(""), id="tl-status")
        yield PaneDeck(
            [
                VirtualList(timeline_row, id="tl-dated", empty="No dated events."),
                VirtualList(timeline_row, id="tl-planned", empty="No planned events."),
                VirtualList(timeline_row, id="tl-undated", empty="No events with unresolved dates."),
            ],
            self.pane_labels(),
            id="tl-deck",
            wide_at=150,
        )
        yield KeyFooter()

    def on_mount(self) -> None:
        self.start()

    def start(self) -> None:
        _entity_id, after, before = self.location.key
        for wid, value in (("tl-entity", ""), ("tl-after", after or ""), ("tl-before", before or "")):
            field = self.query_one(f"#{wid}", Input)
            if field.value != value:
                field.value = value
        store = self.store
        flt = self.filter
        self._version = self._data_version()  # the lists are read at it or later
        self._following = False
        for wid, section in SECTIONS:
            pane = self.query_one(f"#{wid}", VirtualList)
            pane.load(
                lambda offset, limit, s=section: store.timeline(flt, s, offset, limit),
                lambda s=section: store.count_timeline(flt, s, cap=COUNT_CAP),
                cap=COUNT_CAP,
            )
        if flt.entity_id is not None:
            self._name_entity(store, flt.entity_id)
        self._describe()
        self.focus_now(self.query_one("#tl-dated"))
        self.restore_state(self.location.state)

    # -- another process ingesting (follow.py) --

    _version: int | None = None  # the data_version its rows were read at
    _following = False  # a worker reads it again

    def follow_database(self) -> None:
        """Between keys, once a second: if another process committed since the
        timeline was read, read its three lists again, cursors kept on their events."""
        if self._following:
            return
        version = self._data_version()
        if version is None or version == self._version:
            return
        views = {}
        for wid, _section in SECTIONS:
            view = ListView.of(self.query_one(f"#{wid}", VirtualList), _group_key)
            if view is None:
                return  # still loading (read at this version or later)
            views[wid] = view
        self._following = True
        self._reread(self.store, self.location.key, self.filter, version, views)

    @work(thread=True, exclusive=True, group="timeline-follow")
    def _reread(self, store, key: tuple, flt: TimelineFilter, version: int, views: dict[str, ListView]) -> None:
        rereads: dict[str, ListReread] | None = {}
        try:
            for wid, section in SECTIONS:
                view = views[wid]
                count = store.count_timeline(flt, section, cap=COUNT_CAP)
                more = count >= COUNT_CAP
                if more:
                    count = max(count, view.count)  # the reader went past the cap: the list grew
                rereads[wid] = reread_list(view, lambda o, n, s=section: store.timeline(flt, s, o, n),
                                           count, _group_key, more)
        except Exception:  # a re-read only: the lists keep what they show
            rereads = None
        self.post_message(TimelineReread(key, version, views, rereads))

    def on_timeline_reread(self, message: TimelineReread) -> None:
        message.stop()
        self._following = False
        if message.rereads is None or message.key != self.location.key:
            return
        applied = [apply_list(self.query_one(f"#{wid}", VirtualList), message.views[wid], reread)
                   for wid, reread in message.rereads.items()]
        if all(applied):
            self._version = message.version  # else the reader moved: read again at the next look

    @work(thread=True, group="timeline-entity")
    def _name_entity(self, store, entity_id: int) -> None:
        try:
            entity = store.entity(entity_id)
        except Exception:
            entity = None
        self.post_message(EntityNamed(entity.name if entity else None, entity_id))

    def on_entity_named(self, message: EntityNamed) -> None:
        message.stop()
        if message.name and message.entity_id == self.location.key[0]:
            self.query_one("#tl-entity", Input).value = message.name
            self.browser.retitle(self.location, f"Timeline: {clip(message.name, 100)}")

    def _describe(self, extra: str = "") -> None:
        entity_id, after, before = self.location.key
        bits = []
        if after:
            bits.append(f"after {after}")
        if before:
            bits.append(f"before {before}")
        scope = "one entity" if entity_id is not None else "all reports"
        text = f"Events in {scope}" + (f", {', '.join(bits)}" if bits else "") + ". f: filter; Enter on an event opens it."
        if extra:
            text = extra
        self.query_one("#tl-status", Static).update(Content(text))

    def action_filters(self) -> None:
        self.focus_now(self.query_one("#tl-entity", Input))

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        message.stop()

    def on_virtual_list_selected(self, message: VirtualList.Selected) -> None:
        message.stop()
        self.browser.open_event(message.item.event.id, message.item.event.summary)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = self.query_one("#tl-entity", Input).value.strip()
        after = self.query_one("#tl-after", Input).value.strip()
        before = self.query_one("#tl-before", Input).value.strip()
        self._resolve(self.store, name, after, before)

    @work(thread=True, exclusive=True, group="timeline-filter")
    def _resolve(self, store, name: str, after: str, before: str) -> None:
        try:
            date_bound(after, True)
            date_bound(before, False)
        except ValueError as exc:
            self.post_message(FilterResolved(None, None, None, None, str(exc)))
            return
        entity_id = None
        if name:
            try:
                found = store.find_entities(name, limit=1)
                maybe = [] if found else store.suggest_entities(name, limit=3)
            except Exception as exc:  # a damaged database: one line, never a traceback
                self.post_message(FilterResolved(None, None, None, None, f"Cannot look up {name!r}: {exc}"))
                return
            if not found:
                hint = f" (did you mean: {', '.join(e.name for e in maybe)}?)" if maybe else ""
                self.post_message(FilterResolved(None, None, None, None, f"No entity named {name!r}{hint}"))
                return
            entity_id, name = found[0].id, found[0].name
        self.post_message(FilterResolved(entity_id, name or None, after or None, before or None, None))

    def on_filter_resolved(self, message: FilterResolved) -> None:
        message.stop()
        if message.error:
            self._describe(clip(message.error, 300))
            return
        self.browser.open_timeline(message.entity_id, message.after, message.before, message.name)

    def capture_state(self) -> dict:
        state = super().capture_state()
        if isinstance(self.focused, Input):
            state["focus"] = None
        return state

    def timeline_entity(self) -> int | None:
        return self.location.key[0]

    def action_timeline(self) -> None:
        self.action_filters()

    def copy_text(self) -> str | None:
        pane = self.current_pane()
        if isinstance(pane, VirtualList) and pane.current is not None:
            return export.cite_group(pane.current)
        return None
