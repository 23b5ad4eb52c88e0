"""One event: every report that tells it, the events around it, and who took part.

Reports describe the same event when it has the same kind and date and they
share a participant: shown once here, with each report as a source.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from briefing_tui import export
from briefing_tui.store.models import EventGroup, RelatedEvent
from briefing_tui.tui.screens.base import COMMON_BINDINGS, BriefingScreen, pane_bindings
from briefing_tui.tui.screens.entity import group_prompt
from briefing_tui.tui.screens.follow import replace_entries
from briefing_tui.tui.text import clip, date_label
from briefing_tui.tui.widgets.key_footer import KeyFooter
from briefing_tui.tui.widgets.link_list import Entry, LinkList
from briefing_tui.tui.widgets.location_bar import LocationBar
from briefing_tui.tui.widgets.pane_deck import PaneDeck


class EventLoaded(Message):
    def __init__(self, group: EventGroup | None, related: list[RelatedEvent],
                 people: list[tuple[int, str]], error: str | None = None, event_id: int | None = None,
                 version: int | None = None) -> None:
        super().__init__()
        self.version = version  # set: read again after an ingest (EventScreen.follow_database)
        self.event_id = event_id  # the one asked for: the screen may show another by now
        self.group, self.related, self.people, self.error = group, related, people, error


def source_entries(group: EventGroup) -> list[Entry]:
    return [
        Entry(
            Content.assemble(
                (date_label(s.report.published), "bold"), "  ", clip(s.report.title, 140),
                ("\n    ", ""), ("as told: ", "dim"), clip(s.event.summary, 200),
                (f"  ({clip(s.event.date_text, 40)})" if s.event.date_text else "", "dim"),
            ),
            ("source", s),
        )
        for s in group.sources
    ]


def related_entries(related: list[RelatedEvent]) -> list[Entry]:
    out = []
    for r in related:
        apart = f"{r.days_apart} day{'s' if r.days_apart != 1 else ''} apart" if r.days_apart is not None else "same period"
        shared = ", ".join(clip(n, 30) for n in r.shared[:4])
        out.append(Entry(Content.assemble(group_prompt(r.group), ("\n    ", ""),
                                          (f"{apart} \u00b7 shares {shared}", "dim")), ("event", r.group)))
    return out


def people_entries(people: list[tuple[int, str]]) -> list[Entry]:
    return [Entry(Content(clip(name, 80)), ("entity", (pid, name))) for pid, name in people]


class EventScreen(BriefingScreen):
    REUSED = True
    PANES = [
        ("1", "event-sources", "Reports telling it"),
        ("2", "event-related", "Related events"),
        ("3", "event-people", "Participants"),
    ]
    BINDINGS = [*COMMON_BINDINGS, *pane_bindings(PANES)]

    def __init__(self, location) -> None:
        super().__init__(location)
        self.group: EventGroup | None = None

    @property
    def event_id(self) -> int:
        return self.location.key[0]

    def compose(self) -> ComposeResult:
        yield LocationBar(id="location")
        yield Static(Content("Loading\u2026"), id="event-header")
        yield PaneDeck(
            [
                LinkList(id="event-sources", empty="No reports."),
                LinkList(id="event-related", empty="No events in other reports share its participants within a few days."),
                LinkList(id="event-people", empty="No participants recorded."),
            ],
            self.pane_labels(),
            id="event-deck",
        )
        yield KeyFooter()

    def on_mount(self) -> None:
        self.start()

    def start(self) -> None:
        self.group = None
        self._version = self._data_version()  # what is read next is at it or later
        self._following = False
        self.query_one("#event-header", Static).update(Content("Loading\u2026"))
        self.query_one("#event-sources", LinkList).border_subtitle = None
        for pane in self.panes():
            pane.show_loading()
        self._fetch(self.store, self.event_id)
        self.focus_now(self.query_one("#event-sources"))
        self.restore_state(self.location.state)

    @work(thread=True, exclusive=True, group="event")
    def _fetch(self, store, event_id: int, version: int | None = None) -> None:
        """The event, its related events and people; `version`: read again after an
        ingest (the page shows what changed)."""
        try:
            group = store.event_group(event_id)
            if group is None:
                self.post_message(EventLoaded(None, [], [], f"No event with id {event_id}.", event_id, version))
                return
            related = store.related_events(event_id)
            people: dict[int, str] = {}
            for s in group.sources:
                for pid, name in zip(s.event.participant_ids, s.event.participants, strict=False):
                    people.setdefault(pid, name)
        except Exception as exc:
            self.post_message(EventLoaded(None, [], [], f"Cannot read event: {exc}", event_id, version))
            return
        self.post_message(EventLoaded(group, related, sorted(people.items(), key=lambda p: p[1].lower()),
                                      event_id=event_id, version=version))

    # -- another process ingesting (follow.py) --

    _version: int | None = None  # the data_version its rows were read at
    _following = False  # a worker reads it again

    def follow_database(self) -> None:
        """Between keys, once a second: if another process committed since the event
        was read, read it again (new reports telling it, related events, people)."""
        if self.group is None or self._following:
            return
        version = self._data_version()
        if version is None or version == self._version:
            return
        self._following = True
        self._fetch(self.store, self.event_id, version)

    # --

    def on_event_loaded(self, message: EventLoaded) -> None:
        message.stop()
        self._following = False
        if message.event_id != self.event_id:
            return  # read for the event this screen showed before
        header = self.query_one("#event-header", Static)
        sources, related, people = self.panes()
        group = message.group
        if message.version is not None:  # read again after an ingest: only what changed
            if group is not None and self.group is not None:
                self._version = message.version
                if group != self.group:
                    self._show_group(group)
                replace_entries(sources, source_entries(group))
                replace_entries(related, related_entries(message.related))
                replace_entries(people, people_entries(message.people))
            return
        if group is None:
            header.update(Content(message.error or "No such event."))
            for pane in (sources, related, people):
                pane.set_entries([])
            return
        self._show_group(group)
        sources.set_entries(source_entries(group))
        related.set_entries(related_entries(message.related))
        people.set_entries(people_entries(message.people))

    def _show_group(self, group: EventGroup) -> None:
        """The header and the sources' count."""
        header = self.query_one("#event-header", Static)
        sources = self.query_one("#event-sources", LinkList)
        self.group = group
        e = group.event
        self.browser.retitle(self.location, "Event: " + clip(e.summary, 110))
        when = e.date if e.date else f"date not resolved ({clip(e.date_text or 'no date', 40)})"
        parts: list = [(clip(e.kind, 30).capitalize(), "bold"), "  ", (when, "bold")]
        if e.precision and e.date:
            parts.append((f" ({e.precision})", "dim"))
        if e.planned:
            parts.append(("  planned", "bold reverse"))
        if e.place:
            parts += ["  @ ", clip(e.place, 60)]
        n = group.count
        parts += [(f"  \u00b7  told by {n} report{'s' if n != 1 else ''}", "dim"), "\n", clip(e.summary, 300)]
        header.update(Content.assemble(*parts))
        sources.border_subtitle = str(n)

    def on_link_list_link_selected(self, message: LinkList.LinkSelected) -> None:
        message.stop()
        kind, item = message.link
        if kind == "source":
            self.browser.open_report(item.report.id, item.report.title,
                                     {"focus": "article", "highlight": ("event", item.event.id), "highlight_index": 0})
        elif kind == "event":
            self.browser.open_event(item.event.id, item.event.summary)
        elif kind == "entity":
            self.browser.open_entity(*item)

    def on_link_list_link_highlighted(self, message: LinkList.LinkHighlighted) -> None:
        message.stop()

    def copy_text(self) -> str | None:
        pane = self.current_pane()
        link = pane.current if isinstance(pane, LinkList) else None
        if link is not None:
            kind, item = link
            if kind == "source":
                return export.cite_event(item.event, item.report)
            if kind == "event":
                return export.cite_group(item)
        return export.cite_group(self.group) if self.group else None
