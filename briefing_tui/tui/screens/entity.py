"""One entity across the archive: who or what it is, its reports, its claims, its timeline.

The reports pane is virtual (paged newest first from the participants index),
so an entity in hundreds of thousands of reports opens as fast as one in two.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import Future, wait
from time import monotonic
from typing import Any

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual import work
from textual.types import NoActiveAppError
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Static

from briefing_tui import export
from briefing_tui.store.models import Claim, Entity, EventGroup, ReportSummary
from briefing_tui.tui import trace
from briefing_tui.tui.history import Location
from briefing_tui.tui.reads import read_in_thread
from briefing_tui.tui.screens.base import COMMON_BINDINGS, BriefingScreen, pane_bindings
from briefing_tui.tui.screens.browser import report_row
from briefing_tui.tui.screens.follow import ListReread, ListView, apply_list, reread_list, replace_entries
from briefing_tui.tui.screens.report_panes import event_prompt
from briefing_tui.tui.text import attribution_parts, clip
from briefing_tui.tui.widgets.key_footer import KeyFooter
from briefing_tui.tui.widgets.link_list import Entry, LinkList
from briefing_tui.tui.widgets.location_bar import LocationBar
from briefing_tui.tui.widgets.pane_deck import PaneDeck
from briefing_tui.tui.widgets.virtual_list import PAGE_SIZE, VirtualList, row_strip

CLAIMS_LIMIT = 200
TIMELINE_LIMIT = 300
# start() waits this long, at most, for the entity and its first reports (read in a thread).
HEAD_WAIT_S = 0.006
# The cursor resting this long on a link to an entity reads that entity ahead ...
AHEAD_REST_S = 0.1
# ... and what was read ahead is shown if Enter comes within this long (else read again).
AHEAD_FRESH_S = 5.0


def _report_key(report: ReportSummary) -> int:
    return report.id


def header_content(entity: Entity) -> Content:
    """Name, kind and figures; roles and aliases on lines of their own."""
    lines: list = [(clip(entity.name, 100), "bold"), f"  {entity.kind}",
                   f"  \u00b7  in {entity.report_count:,} report{'s' if entity.report_count != 1 else ''}"]
    if entity.roles:
        lines += ["\n", ("Roles: ", "bold"), ", ".join(clip(r, 40) for r in entity.roles[:8])]
    if entity.aliases:
        lines += ["\n", ("Also: ", "bold"), ", ".join(clip(a, 40) for a in entity.aliases[:12])]
    return Content.assemble(*lines)


def entity_of(link: Any) -> int | None:
    """The entity a list row links to: a report's participant (Link), a participant
    among search results (SearchHit), one of an event's people (("entity", (id, name)))."""
    if getattr(link, "kind", None) == "participant":
        item = getattr(link, "item", None)
        found = getattr(item, "entity_id", None) if item is not None else getattr(link, "id", None)
        return found if isinstance(found, int) else None
    if isinstance(link, tuple) and len(link) == 2 and link[0] == "entity" and isinstance(link[1], tuple):
        return link[1][0] if isinstance(link[1][0], int) else None
    return None


class Head:
    """What the frame that opens an entity shows, read and made in one thread: the
    entity, the first page of its reports, its header and the rows of that page the
    list shows first (as Text, at the list's width when this was asked for). The
    main thread then only places them."""

    def __init__(self, entity_id: int, width: int = 0, rows: int = 0,
                 base: Style | None = None, console: Console | None = None) -> None:
        self.entity_id = entity_id
        self.entity: Future = Future()
        self.first: Future = Future()
        self.header: Content | None = None
        self.rows: dict[tuple[int, int], Text] = {}  # (report id, width): its row's text
        self.lines: dict[int, Strip] = {}  # index: its row painted (row_strip) at width in base
        self.width, self.base = width, base
        self._rows, self._console = rows, console
        self.asked = monotonic()
        self.version: int | None = None  # the store's data_version it was read at (None: not yet)

    def current_at(self, version: int | None) -> bool:
        """Read at `version` (the database as it is now), or being read now (so at it or
        later): not from before another process's commit."""
        if version is None:
            return False
        return self.version == version or (self.version is None and not self.entity.done())

    def read(self, store) -> None:
        try:
            # first: a commit during the reads leaves the head marked older than them
            self.version = store.data_version()
            entity = store.entity(self.entity_id)
            if entity is not None:
                self.header = header_content(entity)
        except BaseException as exc:  # the one waiting on it shows why
            self.entity.set_exception(exc)
            self.first.set_exception(exc)
            return
        self.entity.set_result(entity)
        try:
            page = store.entity_reports(self.entity_id, 0, PAGE_SIZE)
            width, base, console = self.width, self.base, self._console
            if width > 0:
                for index, report in enumerate(page[:self._rows]):
                    text = self.rows[(report.id, width)] = report_row(report, width)
                    if base is not None and console is not None:
                        self.lines[index] = row_strip(text, width, base, console)
        except BaseException as exc:
            self.first.set_exception(exc)
            return
        self.first.set_result(page)

    @property
    def fresh(self) -> bool:
        return monotonic() - self.asked < AHEAD_FRESH_S


class EntityLoaded(Message):
    """Its claims and timeline, as rows made in the worker (making them is most of
    the cost: ~0.1 ms a claim), so the screen only hands them to its lists."""

    def __init__(self, entity: Entity | None, claims: list[Entry], timeline: list[Entry],
                 reports: dict[int, ReportSummary], error: str | None = None,
                 entity_id: int | None = None) -> None:
        super().__init__()
        self.entity_id = entity_id  # the one asked for: the screen may show another by now
        self.entity, self.claims, self.timeline = entity, claims, timeline
        self.reports, self.error = reports, error


class EntityFound(Message):
    """The entity itself (name, kind, figures): shown before its claims and timeline,
    which take longer to read for an entity in many reports."""

    def __init__(self, entity: Entity) -> None:
        super().__init__()
        self.entity = entity
        self.entity_id = entity.id


def claim_prompt(c: Claim, title: str | None) -> Content:
    parts: list = [*attribution_parts(clip(c.claimant, 60), clip(c.cue, 30)), ": \u201c",
                   clip(c.text, 260), "\u201d"]
    if title:
        parts += [("  \u2014 ", "dim"), (clip(title, 80), "dim")]
    return Content.assemble(*parts)


def group_prompt(group: EventGroup) -> Content:
    n = group.count
    tail = f"{n} sources" if n > 1 else group.sources[0].report.title
    return event_prompt(group.event, with_report=tail)


def timeline_entries(dated: list[EventGroup], planned: list[EventGroup], undated: list[EventGroup]) -> list[Entry]:
    out: list[Entry] = []
    for title, groups in (("Dated", dated), ("Planned", planned), ("Date not resolved", undated)):
        if groups:
            out.append(Entry(Content(f"{title} ({len(groups)})")))
            out += [Entry(group_prompt(g), ("event", g)) for g in groups]
    return out


def claim_entries(entity: Entity, by: list[Claim], about: list[Claim],
                  reports: dict[int, ReportSummary]) -> list[Entry]:
    def title(c: Claim) -> str | None:
        summary = reports.get(c.report_id)
        return summary.title if summary else None

    entries: list[Entry] = []
    name = clip(entity.name, 60)
    for label, claims in (("By", by), ("About", about)):
        if claims:
            entries.append(Entry(Content(f"{label} {name} ({len(claims)})")))
            entries += [Entry(claim_prompt(c, title(c)), ("claim", c)) for c in claims]
    return entries


def read_lists(store, entity: Entity, cancelled=lambda: False):
    """(In a worker.) An entity's claims and timeline as rows, and the reports its
    claims come from; None if `cancelled()` says so on the way (another entity opened:
    its paint wants the GIL)."""
    entity_id = entity.id
    by = store.entity_claims(entity_id, limit=CLAIMS_LIMIT)
    about = store.entity_claims_about(entity_id, limit=CLAIMS_LIMIT)
    if cancelled():
        return None
    sections, complete = store.recent_entity_timeline(entity_id)
    dated, planned, undated = (sections[s][:TIMELINE_LIMIT] for s in ("dated", "planned", "undated"))
    reports = store.report_summaries({c.report_id for c in (*by, *about)})
    trace.mark(f"entity {entity_id} lists read")
    if cancelled():
        return None
    claims = claim_entries(entity, by, about, reports)
    timeline = timeline_entries(dated, planned, undated)
    if timeline and not complete:
        timeline.insert(0, Entry(Content("Its latest events only: t opens the full timeline")))
    return claims, timeline, reports


class EntityReread(Message):
    """The open entity read again after another process committed (follow.py)."""

    def __init__(self, entity_id: int, version: int, view: ListView, entity: Entity | None,
                 listed: ListReread | None = None, lists: tuple | None = None, mark: tuple | None = None) -> None:
        super().__init__()
        self.entity_id, self.version, self.view = entity_id, version, view
        self.entity, self.listed, self.lists, self.mark = entity, listed, lists, mark  # entity None: unchanged or failed


class HeldLinkList(LinkList):
    """The claims or timeline pane of the entity screen, which is shown again for each
    entity. Off stage (a narrow terminal shows one pane) it keeps the last entity's
    rows, unseen, until the new ones arrive: putting "Loading..." in a pane no one
    sees cost ~1 ms and a layout (its scrollbar goes) in the frame of every open.
    Brought on stage, or asked for its state, before they arrive, it says Loading."""

    _held = False
    _offstage = False

    @property
    def offstage(self) -> bool:
        return self._offstage

    @offstage.setter
    def offstage(self, value: bool) -> None:
        self._offstage = value
        if not value and self._held:
            self.show_loading()

    def show_loading_or_hold(self) -> None:
        """Loading..., or, off stage, the old rows held as nobody's: no links, not
        loaded (history's state for the new entity waits for its rows)."""
        if not (self.offstage and self.is_mounted):
            self.show_loading()
            return
        self._held = True
        self.loaded = False
        self._links = [None]
        self._entries = []

    def show_loading(self, message: str = "Loading\u2026") -> None:
        self._held = False
        super().show_loading(message)

    def set_entries(self, *args, **kwargs) -> None:
        self._held = False
        super().set_entries(*args, **kwargs)

    def save_state(self) -> dict:
        if self._held:
            self.show_loading()  # its cursor is the last entity's
        return super().save_state()

    @property
    def current(self):
        return None if self._held else super().current


class EntityScreen(BriefingScreen):
    REUSED = True
    PANES = [
        ("1", "entity-reports", "Reports"),
        ("2", "entity-claims", "Claims"),
        ("3", "entity-timeline", "Timeline"),
    ]
    BINDINGS = [*COMMON_BINDINGS, *pane_bindings(PANES)]

    def __init__(self, location, *, ahead: bool = False) -> None:
        super().__init__(location)
        self.entity: Entity | None = None
        self._reports: dict[int, ReportSummary] = {}  # of the claims shown, for titles and citations
        # Composed ahead (no entity asked for yet): mounting shows nothing; show_location does.
        self._ahead = ahead
        # Read while the screen is composed and mounted (~30 ms): its first paint then
        # has the figures and the first reports instead of "Loading..." and a second one.
        # Later, read ahead for the entity the reader's cursor rests on (read_ahead).
        self._head: Head | None = None
        self._ahead_timer: asyncio.TimerHandle | None = None
        self._rows: dict[tuple[int, int], Text] = {}  # made with the head, for the list
        self._header_lines: tuple[int, int] | None = None
        if ahead:
            return
        try:
            self._head = self._read_head(self.store, self.entity_id)
        except NoActiveAppError:
            pass  # made outside an app: start() reads it

    @classmethod
    def ahead(cls) -> "EntityScreen":
        """The screen made before any entity is opened (the app composes it while idle)."""
        return cls(Location("entity", (0,), ""), ahead=True)

    @property
    def entity_id(self) -> int:
        return self.location.key[0]

    def compose(self) -> ComposeResult:
        # Kept: the screen is shown again for every entity, and a query walks its
        # nodes (the location bar's walked all of them, ~0.2 ms an open).
        self._bar = LocationBar(id="location")
        self._header = Static(Content("Loading\u2026"), id="entity-header")
        self._list = VirtualList(self._row, id="entity-reports", empty="No reports.")
        self._claims = HeldLinkList(id="entity-claims", empty="No claims by or about it.")
        self._timeline = HeldLinkList(id="entity-timeline", empty="No events.")
        yield self._bar
        yield self._header
        yield PaneDeck([self._list, self._claims, self._timeline], self.pane_labels(), id="entity-deck")
        yield KeyFooter()

    def panes(self) -> list:
        return [self._list, self._claims, self._timeline]

    def show_location_bar(self, back: int, forward: int) -> None:
        self._bar.show(self.location.title, back, forward)

    def on_mount(self) -> None:
        if self._ahead:
            self._styled_for = self._style_inputs()  # styled as mounted: shown first without a restyle
        else:
            self.start()

    def _read_head(self, store, entity_id: int) -> Head:
        """The entity, its first reports and the rows they make, read in a thread."""
        width = rows = 0
        base = console = None
        try:
            reports = self._list
            if reports.is_mounted:
                region = reports.scrollable_content_region
                width, rows = region.width, region.height + 1
                base, console = reports.rich_style, self.app.console
        except Exception:  # not composed yet: the rows are made as they are painted
            pass
        head = Head(entity_id, width, rows, base, console)
        read_in_thread(head.read, store, name="entity-head")
        return head

    # -- read ahead --

    def read_ahead(self, link: Any) -> None:
        """The reader's cursor is on `link`: if it links to an entity and rests there,
        read that entity and make its first rows now, so Enter on it shows them
        without a read, a thread or a wait on its own turn."""
        if self._ahead_timer is not None:
            self._ahead_timer.cancel()
            self._ahead_timer = None
        entity_id = entity_of(link)
        if entity_id is None or self.is_current:
            return
        head = self._head
        if (head is not None and head.entity_id == entity_id and head.fresh and head.lines
                and head.current_at(self._data_version())):
            return  # read ahead already (with its rows: not before the screen was first shown)
        self._ahead_timer = asyncio.get_running_loop().call_later(AHEAD_REST_S, self._read_ahead_now, entity_id)

    def _read_ahead_now(self, entity_id: int) -> None:
        self._ahead_timer = None
        if self.is_current or not self.is_attached:
            return
        trace.mark(f"entity {entity_id} read ahead")
        self._head = self._read_head(self.store, entity_id)

    def start(self) -> None:
        trace.mark(f"entity {self.entity_id} start")
        self._ahead = False
        if self._ahead_timer is not None:
            self._ahead_timer.cancel()
            self._ahead_timer = None
        store, entity_id = self.store, self.entity_id
        head = self._head
        now = self._data_version()
        if head is None or head.entity_id != entity_id or not head.fresh or not head.current_at(now):
            # shown again for an entity not read ahead (or read too long ago, or before
            # another process committed: its report count and first reports may be old)
            head = self._head = self._read_head(store, entity_id)
        self._version = now  # the head is read at it or later; what is read after, too
        self._following = False
        self._mark = None
        found, first = head.entity, head.first
        # A bounded wait, as a frame waits for the widgets' messages (FRAME_HOLD_S): warm,
        # both arrive in ~1 ms and this frame shows them; cold, the workers bring them.
        if not first.done():
            wait((found, first), timeout=HEAD_WAIT_S)
        trace.mark(f"entity {entity_id} head {'ready' if found.done() and first.done() else 'later'}")
        self.entity = None
        self._reports = {}
        self._rows = head.rows if first.done() else {}
        entity = found.result() if found.done() and found.exception() is None else None
        if entity is not None:
            # The app repaints the location bar once this returns (BriefingApp._show, or
            # after the first frame): the name goes in its title now, not in a repaint of its own.
            self._show_header(entity, retitle=False, content=head.header)
            self.location.title = entity.name
        else:
            self._set_header(Content("Loading\u2026"))
        reports = self._list

        def count() -> int:
            entity = found.result()
            return entity.report_count if entity else 0

        # Known already (the figures are read): the list is laid out once, at its full height.
        known = entity.report_count if entity is not None else None
        reports.load(lambda offset, limit: store.entity_reports(entity_id, offset, limit), count,
                     first_page=first, count=known)
        if head.lines and first.done() and head.base is not None:
            reports.place_painted(head.width, head.base, head.lines)  # painted in the head's thread
        self._claims.show_loading_or_hold()
        self._timeline.show_loading_or_hold()
        # Its claims and timeline are read and made into rows after this frame: the
        # worker making them (pure Python, ~40 ms for 400 claims) held the GIL in turns
        # with the paint, which then took 100 ms instead of 15 for a big entity.
        self.workers.cancel_group(self, "entity")  # the last entity's, if still reading
        self.call_after_refresh(self._fetch_if_shown, store, entity_id, found)
        self.focus_now(reports)
        self.restore_state(self.location.state)

    # -- another process ingesting (follow.py) --

    _version: int | None = None  # the data_version its rows were read at
    _following = False  # a worker reads it again
    _mark: tuple | None = None  # store.entity_mark when it was last read again (None: not yet)

    def follow_database(self) -> None:
        """Between keys, once a second: if another process committed since the page
        was read, read its figures, reports, claims and timeline again (a worker)."""
        if self._ahead or self._following or self.entity is None or self.entity.id != self.entity_id:
            return
        version = self._data_version()
        if version is None or version == self._version:
            return
        if not (self._claims.loaded and self._timeline.loaded):
            return  # its lists are still on their way (read at this version or later)
        view = ListView.of(self._list, _report_key)
        if view is None:
            return
        self._following = True
        self._reread(self.store, self.entity_id, version, view, self._mark)

    @work(thread=True, exclusive=True, group="entity-follow")
    def _reread(self, store, entity_id: int, version: int, view: ListView, shown: tuple | None) -> None:
        """Its mark first (store.entity_mark): unchanged, none of the new reports adds
        to its page, and an ingest of others' reports costs these three seeks."""
        try:
            mark = store.entity_mark(entity_id)
            if mark == shown:
                self.post_message(EntityReread(entity_id, version, view, None, mark=mark))
                return
            entity = store.entity(entity_id)
            if entity is None:
                raise LookupError(entity_id)
            listed = reread_list(view, lambda offset, limit: store.entity_reports(entity_id, offset, limit),
                                 entity.report_count, _report_key)
            lists = read_lists(store, entity)
        except Exception:  # a re-read only: the page keeps what it shows
            self.post_message(EntityReread(entity_id, version, view, None))
            return
        self.post_message(EntityReread(entity_id, version, view, entity, listed, lists, mark))

    def on_entity_reread(self, message: EntityReread) -> None:
        message.stop()
        self._following = False
        if message.entity_id != self.entity_id:
            return
        if message.entity is None:
            if message.mark is not None and message.mark == self._mark:
                self._version = message.version  # none of the new reports adds to its page
            return
        if message.entity != self.entity:
            self._show_header(message.entity, retitle=False)  # its report count, roles, aliases
        if not apply_list(self._list, message.view, message.listed):
            return  # the reader moved meanwhile: read again at the next look
        self._version = message.version
        self._mark = message.mark
        claims, timeline, reports = message.lists
        self._reports = reports
        replace_entries(self._claims, claims)
        replace_entries(self._timeline, timeline)

    def _fetch_if_shown(self, store, entity_id: int, found: Future) -> None:
        if entity_id == self.entity_id:  # not another entity opened before that frame
            self._fetch(store, entity_id, found)

    @work(thread=True, exclusive=True, group="entity")
    def _fetch(self, store, entity_id: int, found: Future) -> None:
        try:
            trace.mark(f"entity {entity_id} fetch")
            entity = found.result()
            if entity is None:
                self.post_message(EntityLoaded(None, [], [], {}, f"No entity with id {entity_id}.",
                                               entity_id=entity_id))
                return
            self.post_message(EntityFound(entity))
            worker = get_current_worker()
            if worker.is_cancelled:
                return
            lists = read_lists(store, entity, lambda: worker.is_cancelled)
            if lists is None:
                return
            claims, timeline, reports = lists
        except Exception as exc:
            self.post_message(EntityLoaded(None, [], [], {}, f"Cannot read entity: {exc}", entity_id=entity_id))
            return
        self.post_message(EntityLoaded(entity, claims, timeline, reports, entity_id=entity_id))

    def on_entity_found(self, message: EntityFound) -> None:
        message.stop()
        if message.entity_id == self.entity_id and (self.entity is None or self.entity.id != message.entity_id):
            self._show_header(message.entity)

    def on_entity_loaded(self, message: EntityLoaded) -> None:
        message.stop()
        if message.entity_id != self.entity_id:
            return  # read for the entity this screen showed before
        if message.entity is None:
            self._set_header(Content(message.error or "No such entity."))
            self._claims.set_entries([])
            self._timeline.set_entries([])
            return
        if self.entity is None or self.entity.id != message.entity.id:
            self._show_header(message.entity)
        # After the frame that shows the header and the first reports: handing rows to
        # the lists (and their measuring) would hold that frame back.
        self.call_after_refresh(self._show_lists, message)

    def _set_header(self, content: Content) -> None:
        """The header's text, laid out again only when its height changes: an entity
        whose roles and aliases take as many lines as the last one's costs a repaint
        of the header, not a layout of the screen (which also repaints every pane
        whose region it touches)."""
        header = self._header
        width = header.content_size.width
        if width <= 0:  # not laid out yet
            header.update(content)
            self._header_lines = None
            return
        height = content.get_height(header.styles, width)
        shown = self._header_lines  # (width, height) of what it shows, if set here at this width
        if shown is not None and shown[0] == width:
            same = height == shown[1]
        else:
            same = height == header.visual.get_height(header.styles, width)
        header.update(content, layout=not same)
        self._header_lines = (width, height)

    def _show_header(self, entity: Entity, retitle: bool = True, content: Content | None = None) -> None:
        self.entity = entity
        if retitle:
            self.browser.retitle(self.location, entity.name)
        self._set_header(content if content is not None else header_content(entity))
        trace.mark(f"entity {entity.id} header shown")

    def _row(self, report: ReportSummary, width: int) -> Text:
        """A row of the reports list: made in the head's thread if it is one of the first."""
        made = self._rows.get((report.id, width))
        return made if made is not None else report_row(report, width)

    def _show_lists(self, message: EntityLoaded) -> None:
        if message.entity_id != self.entity_id:
            return  # another entity was opened before this frame
        self._reports = message.reports
        self._claims.set_entries(message.claims)
        self._timeline.set_entries(message.timeline)
        trace.mark(f"entity {message.entity_id} lists shown")

    def _title(self, report_id: int) -> str | None:
        summary = self._reports.get(report_id)
        return summary.title if summary else None

    def on_virtual_list_selected(self, message: VirtualList.Selected) -> None:
        message.stop()
        self.browser.open_report(message.item.id, message.item.title)

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        message.stop()

    def on_link_list_link_selected(self, message: LinkList.LinkSelected) -> None:
        message.stop()
        kind, item = message.link
        if kind == "claim":
            self.browser.open_report(item.report_id, self._title(item.report_id) or f"report {item.report_id}",
                                     {"focus": "article", "highlight": ("claim", item.id), "highlight_index": 0})
        elif kind == "event":
            self.browser.open_event(item.event.id, item.event.summary)

    def on_link_list_link_highlighted(self, message: LinkList.LinkHighlighted) -> None:
        message.stop()

    def timeline_entity(self) -> int | None:
        return self.entity_id

    def action_timeline(self) -> None:
        self.browser.open_timeline(self.entity_id, name=self.entity.name if self.entity else None)

    def copy_text(self) -> str | None:
        pane = self.current_pane()
        if isinstance(pane, VirtualList) and pane.current is not None:
            return export.citation(pane.current)
        if isinstance(pane, LinkList) and pane.current is not None:
            kind, item = pane.current
            if kind == "claim":
                summary = self._reports.get(item.report_id)
                return export.cite_claim(item, summary) if summary else export.claim_line(item)
            if kind == "event":
                return export.cite_group(item)
        return export.cite_entity(self.entity) if self.entity else None
