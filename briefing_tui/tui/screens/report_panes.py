"""One report's briefing in panes: article, participants, key claims, events and related reports.

Shared by the browser (beside the report list) and the report screen (a report
opened from elsewhere). The article highlights whatever the cursor rests on in
the focused pane; Enter follows the row's link (an entity, an event, a report,
or for a claim, its sentence in the article).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rich.console import Console
from rich.style import Style
from textual import work
from textual.content import Content
from textual.message import Message
from textual.worker import get_current_worker

from briefing_tui import export
from briefing_tui.store.models import Event, RelatedReport, Report
from briefing_tui.tui import article_doc, trace
from briefing_tui.tui.lru import Lru
from briefing_tui.tui.text import attribution_parts, clip, date_label
from briefing_tui.tui.widgets.article import ArticleView
from briefing_tui.tui.widgets.link_list import Entry, LinkList
from briefing_tui.tui.widgets.pane_deck import PaneDeck

KIND_TITLES = {
    "person": "People",
    "country": "Countries",
    "organization": "Organizations",
    "group": "Groups",
    "place": "Places",
    "weapon": "Weapons",
    "other": "Other",
}


@dataclass(frozen=True)
class Link:
    kind: str  # participant | claim | event | report
    item: Any

    @property
    def key(self) -> tuple[str, int]:
        item = self.item
        if self.kind == "participant":
            return ("participant", item.entity_id)
        if self.kind == "report":
            return ("report", item.report.id)
        return (self.kind, item.id)


# Briefings read ahead (the rows beside the cursor) or recently shown, by report id.
# Each holds the database's data_version it was read at and is used only while
# the database is still at it: an ingest committing into the open database (new
# reports share participants: the related reports change) makes them all stale.
BRIEFINGS_CACHED = 32


@dataclass(frozen=True)
class Briefing:
    """What the panes show for one report, read and prepared off the UI thread: the
    article laid out (and its first lines painted) for the pane as it is, the rows
    of the three lists made, so showing it is a swap of what each pane holds."""

    report: Report
    doc: article_doc.ArticleDoc
    related: list[RelatedReport]
    participants: list[Entry]
    claims: list[Entry]
    links: list[Entry]  # events in the report, then related reports
    version: int | None = None  # the store's data_version before it was read (None: unknown)

    def same_content(self, other: "Briefing") -> bool:
        """What the panes show is the same (a re-read after an ingest changed nothing here)."""
        return self.report == other.report and self.related == other.related


@dataclass(frozen=True)
class PaintHint:
    """How the article pane paints now (from the UI thread, for the worker)."""

    width: int
    height: int
    style: Style
    console: Console


class ReportLoaded(Message):
    def __init__(self, token: int, briefing: Briefing | None, error: str | None = None) -> None:
        super().__init__()
        self.token, self.briefing, self.error = token, briefing, error


class BriefingReread(Message):
    """The shown report's briefing read again because the database changed."""

    def __init__(self, token: int, briefing: Briefing) -> None:
        super().__init__()
        self.token, self.briefing = token, briefing


class BriefingsRead(Message):
    """Briefings read ahead by a worker, for the cache."""

    def __init__(self, briefings: list[Briefing]) -> None:
        super().__init__()
        self.briefings = briefings


def read_briefing(store, report_id: int, hint: PaintHint | None = None,
                  known: Briefing | None = None) -> Briefing | None:
    """Everything the panes need for one report (runs in a worker thread).

    The version is read first: a commit landing during the reads leaves the
    briefing marked older than the database, so it is read again, never kept.
    `known`: this report's briefing read at an older version. A report is never
    rewritten (ingest only adds reports; entity names are set once), so its
    article and lists are kept and only its related reports are read again."""
    version = store.data_version()
    if known is not None and known.report.id == report_id:
        related = store.related_reports(report_id, limit=20)
        if related == known.related:
            return replace(known, version=version)
        return replace(known, related=related, links=related_entries(known.report, related), version=version)
    report = store.report(report_id)
    if report is None:
        return None
    doc = article_doc.build(report)
    related = store.related_reports(report_id, limit=20)
    if hint is not None:
        doc.layout(hint.width).paint_ahead(hint.height, hint.style, hint.console)
    return Briefing(report, doc, related, participant_entries(report), claim_entries(report),
                    related_entries(report, related), version)


def participant_entries(report: Report) -> list[Entry]:
    out: list[Entry] = []
    for kind, title in KIND_TITLES.items():
        people = [p for p in report.participants if p.kind == kind]
        if not people:
            continue
        out.append(Entry(Content(title)))
        for p in people:
            parts: list = [(clip(p.name, 80), "bold")]
            detail = ", ".join(clip(x, 60) for x in (p.role, p.affiliation) if x)
            if detail:
                parts += [" \u2014 ", detail]
            if len(p.mentions) > 1:
                parts.append((f"  \u00d7{len(p.mentions)}", "dim"))
            out.append(Entry(Content.assemble(*parts), Link("participant", p)))
    return out


def claim_entries(report: Report) -> list[Entry]:
    return [
        Entry(
            Content.assemble(
                *attribution_parts(clip(c.claimant, 80), clip(c.cue, 40)), ": ",
                "\u201c", clip(c.text, 300), "\u201d",
            ),
            Link("claim", c),
        )
        for c in report.claims
    ]


def event_prompt(e: Event, with_report: str | None = None) -> Content:
    when = date_label(e.date) if e.date else clip(f"? {e.date_text or 'undated'}", 24).ljust(10)
    parts: list = [(when, "bold"), "  ", (clip(e.kind, 20), "italic"), "  ", clip(e.summary, 200)]
    if e.place:
        parts += [("  @ ", "dim"), clip(e.place, 40)]
    if e.planned:
        parts.append(("  (planned)", "bold"))
    if with_report:
        parts += [("  \u2014 ", "dim"), (clip(with_report, 80), "dim")]
    return Content.assemble(*parts)


def related_entries(report: Report, related: list[RelatedReport] | None) -> list[Entry]:
    """The events pane's rows; `related` None: the related reports are being read."""
    out: list[Entry] = [Entry(Content("Events in this report"))]
    if report.events:
        out += [Entry(event_prompt(e), Link("event", e)) for e in report.events]
    else:
        out.append(Entry(Content("  none found")))
    out.append(Entry(Content("Related reports")))
    if related is None:
        out.append(Entry(Content("  reading\u2026")))
    elif related:
        for r in related:
            shared = ", ".join(clip(n, 30) for n in r.shared[:3])
            more = f" +{len(r.shared) - 3}" if len(r.shared) > 3 else ""
            out.append(
                Entry(
                    Content.assemble(
                        (date_label(r.report.published), "bold"), "  ", clip(r.report.title, 120),
                        ("  \u00b7 shares " + shared + more, "dim"),
                    ),
                    Link("report", r),
                )
            )
    else:
        out.append(Entry(Content("  none found")))
    return out


class ReportPanes:
    """Mixin for a BriefingScreen showing one report in #article and the #lower deck
    (it uses the screen's store and _data_version: one PRAGMA, ~4 us at a million
    reports, cheap enough for every j/k, so a briefing cached before an ingest
    committed is never shown after it did)."""

    report: Report | None = None
    _briefings: Lru[int, Briefing] | None = None
    _report_token = 0
    _loading_id: int | None = None
    _pending_report_state: dict | None = None
    _shown: Briefing | None = None  # what the panes show

    def lower_deck(self, keys: tuple[str, str, str]) -> PaneDeck:
        return PaneDeck(
            [
                LinkList(id="participants", empty="No participants found.", classes="steady-bar"),
                LinkList(id="claims", empty="No claims found.", classes="steady-bar"),
                LinkList(id="related", empty="Nothing related found.", classes="steady-bar"),
            ],
            [f"{keys[0]} Participants", f"{keys[1]} Claims", f"{keys[2]} Events & related"],
            id="lower",
        )

    @property
    def article(self) -> ArticleView:
        return self.query_one("#article", ArticleView)  # type: ignore[attr-defined]

    def report_lists(self) -> list[LinkList]:
        return [self.query_one(f"#{i}", LinkList) for i in ("participants", "claims", "related")]  # type: ignore[attr-defined]

    # -- loading --

    def load_report(self, report_id: int, state: dict | None = None) -> None:
        if self.report is not None and self.report.id == report_id and self._loading_id is None:
            if state:
                self._apply_report_state(state)
            self.reread_if_changed()  # shown again (Back): read before an ingest committed?
            return
        if self._loading_id == report_id:
            if state:
                self._pending_report_state = state
            return
        self._report_token += 1
        version = self._data_version()
        stale = self._stale_briefing(report_id, version)
        cached = self._fresh_briefing(report_id, version)
        if cached is not None:
            # Read ahead: shown in this very frame, with the cursor that asked for it.
            self._loading_id = None
            self._pending_report_state = None
            self._show_briefing(cached, state)
            return
        if stale is not None:
            # Read before an ingest committed: the report itself is never rewritten, so its
            # article and lists are shown in this frame; its related reports (what an
            # ingest changes) say "reading..." until a worker has read them again.
            self._loading_id = None
            self._pending_report_state = None
            self._show_briefing(replace(stale, related=[], links=related_entries(stale.report, None),
                                        version=None), state)
            self._reread(self.store, stale, self._report_token)  # type: ignore[attr-defined]
            return
        self._loading_id = report_id
        self._pending_report_state = state
        self._fetch_report(self.store, report_id, self._report_token, self._paint_hint())  # type: ignore[attr-defined]

    def _paint_hint(self) -> PaintHint | None:
        found = self.article.paint_hint()
        if found is None:
            return None
        width, height, style = found
        return PaintHint(width, height, style, self.app.console)  # type: ignore[attr-defined]

    def _briefing_cache(self) -> Lru[int, Briefing]:
        if self._briefings is None:
            self._briefings = Lru(BRIEFINGS_CACHED)
        return self._briefings

    def _stale_briefing(self, report_id: int, version: int | None) -> Briefing | None:
        """This report's cached briefing if it was read before the database changed
        (its article and lists still hold: read_briefing's `known`)."""
        briefing = self._briefing_cache().get(report_id)
        if briefing is None or version is None or briefing.version == version:
            return None
        return briefing

    def _fresh_briefing(self, report_id: int, version: int | None) -> Briefing | None:
        """The cached briefing of this report if it was read at `version` (the
        database as it is now); one read before an ingest committed is dropped."""
        cache = self._briefing_cache()
        briefing = cache.get(report_id)
        if briefing is not None and (version is None or briefing.version != version):
            cache.discard(report_id)
            return None
        return briefing

    def read_ahead(self, report_ids: list[int]) -> None:
        """Prepare these reports' briefings in the background, so moving to one shows
        it at once instead of a worker's round trip later."""
        version = self._data_version()
        known: dict[int, Briefing] = {}
        wanted = []
        for report_id in dict.fromkeys(report_ids):
            stale = self._stale_briefing(report_id, version)
            if stale is not None:
                known[report_id] = stale
            if self._fresh_briefing(report_id, version) is None:
                wanted.append(report_id)
        if wanted:
            self._read_ahead(self.store, wanted, self._paint_hint(), known)  # type: ignore[attr-defined]

    @work(thread=True, exclusive=True, group="read-ahead")
    def _read_ahead(self, store, report_ids: list[int], hint: PaintHint | None,
                    known: dict[int, Briefing] | None = None) -> None:
        worker = get_current_worker()
        done: list[Briefing] = []
        for report_id in report_ids:
            if worker.is_cancelled:
                break
            try:
                briefing = read_briefing(store, report_id, hint, (known or {}).get(report_id))
            except Exception:  # read ahead only: the real load reports any error
                break
            if briefing is not None:
                done.append(briefing)
        if done:
            self.post_message(BriefingsRead(done))  # type: ignore[attr-defined]

    def on_briefings_read(self, message: BriefingsRead) -> None:
        message.stop()
        cache = self._briefing_cache()
        for briefing in message.briefings:
            cache[briefing.report.id] = briefing  # checked against the version when used

    def clear_report(self, message: str) -> None:
        self.report = None
        self._shown = None
        self._loading_id = None
        self.article.show_message(message)
        for pane in self.report_lists():
            pane.set_entries([], empty="")

    @work(thread=True, exclusive=True, group="report")
    def _fetch_report(self, store, report_id: int, token: int, hint: PaintHint | None,
                      known: Briefing | None = None) -> None:
        trace.mark(f"fetch {report_id} start")
        try:
            briefing = read_briefing(store, report_id, hint, known)
        except Exception as exc:  # a damaged database shows a message, never a traceback
            self.post_message(ReportLoaded(token, None, f"Cannot read report {report_id}: {exc}"))  # type: ignore[attr-defined]
            return
        if briefing is None:
            self.post_message(ReportLoaded(token, None, f"No report with id {report_id}."))  # type: ignore[attr-defined]
            return
        trace.mark(f"fetch {report_id} done")
        if not get_current_worker().is_cancelled:
            self.post_message(ReportLoaded(token, briefing))  # type: ignore[attr-defined]

    def on_report_loaded(self, message: ReportLoaded) -> None:
        message.stop()
        briefing = message.briefing
        trace.mark(f"report loaded {briefing.report.id if briefing else None} token {message.token}/{self._report_token}")
        if message.token != self._report_token:
            return
        self._loading_id = None
        if briefing is None:
            self.clear_report(message.error or "No report.")
            return
        self._briefing_cache()[briefing.report.id] = briefing
        state = self._pending_report_state
        self._pending_report_state = None
        self._show_briefing(briefing, state)

    def _show_briefing(self, briefing: Briefing, state: dict | None) -> None:
        report = briefing.report
        self.report = report
        self._shown = briefing
        self.article.show(briefing.doc)
        participants, claims, related = self.report_lists()
        participants.set_entries(briefing.participants)
        claims.set_entries(briefing.claims)
        related.set_entries(briefing.links)
        trace.mark(f"briefing {report.id} shown")
        self.report_shown(report)
        if state:
            self._apply_report_state(state)
        else:
            focused = self.focused  # type: ignore[attr-defined]
            if isinstance(focused, LinkList) and focused.current is not None:
                self._highlight(focused.current, scroll=True)

    def report_shown(self, report: Report) -> None:
        """Hook: a report has been painted."""

    def reread_if_changed(self, version: int | None = None) -> None:
        """The database changed (an ingest committed): read the shown briefing again
        in a worker, and show it in place, cursors kept, if what the panes show
        changed (its related reports: the report itself is never rewritten)."""
        shown = self._shown
        if shown is None or self._loading_id is not None:
            return
        version = self._data_version() if version is None else version
        if version is None or shown.version == version:
            return
        self._reread(self.store, shown, self._report_token)  # type: ignore[attr-defined]

    @work(thread=True, exclusive=True, group="reread")
    def _reread(self, store, shown: Briefing, token: int) -> None:
        try:
            briefing = read_briefing(store, shown.report.id, known=shown)
        except Exception:  # a re-read only: the panes keep what they show
            return
        if briefing is not None and not get_current_worker().is_cancelled:
            self.post_message(BriefingReread(token, briefing))  # type: ignore[attr-defined]

    def on_briefing_reread(self, message: BriefingReread) -> None:
        message.stop()
        briefing, shown = message.briefing, self._shown
        if (message.token != self._report_token or self._loading_id is not None or shown is None
                or shown.report.id != briefing.report.id):
            return  # the reader moved on meanwhile
        self._briefing_cache()[briefing.report.id] = briefing
        if briefing.same_content(shown) and shown.version is not None:
            self._shown = briefing  # now known current: no repaint
            return
        if briefing.doc is shown.doc and briefing.participants is shown.participants:
            # the same report read again (read_briefing's `known`): only the related reports changed
            self._shown = briefing
            related = self.report_lists()[2]
            saved = related.save_state()
            related.set_entries(briefing.links)
            related.restore_state(saved)
            if related.has_focus and isinstance(related.current, Link):
                self._highlight(related.current)
            return
        self._show_briefing(briefing, self.report_state())

    # -- state --

    def report_state(self) -> dict:
        if self._loading_id is not None:
            # Another report is on its way: the panes still show the old one.
            return {"report_id": self._loading_id, "panes": {}, "highlight": None, "highlight_index": None}
        article = self.article
        key = getattr(self, "_highlight_key", None)
        return {
            "report_id": self.report.id if self.report else None,
            "panes": {p.id: p.save_state() for p in (*self.report_lists(), article)},
            "highlight": key,
            "highlight_index": article.current_highlight,
        }

    def _apply_report_state(self, state: dict) -> None:
        panes = state.get("panes", {})
        for pane in self.report_lists():
            pane.restore_state(panes.get(pane.id))
        key = state.get("highlight")
        link = self._find_link(tuple(key)) if key else None
        if link is not None:
            self._highlight(link, scroll=True, current=state.get("highlight_index") or 0)
        else:
            self._highlight_key = None
            self.article.set_highlights([], scroll=False)
        article_state = panes.get("article")
        if article_state and article_state.get("scroll") is not None:
            self.article.restore_scroll(article_state["scroll"])
        if state.get("focus"):
            self.focus_pane(state["focus"])  # type: ignore[attr-defined]

    def _find_link(self, key: tuple) -> Link | None:
        report = self.report
        if report is None or len(key) != 2:
            return None
        kind, ident = key
        items: dict[str, list] = {
            "participant": [p for p in report.participants if p.entity_id == ident],
            "claim": [c for c in report.claims if c.id == ident],
            "event": [e for e in report.events if e.id == ident],
        }
        found = items.get(kind) or []
        return Link(kind, found[0]) if found else None

    # -- highlighting and links --

    def _spans(self, link: Link) -> list[tuple[int, int]]:
        item = link.item
        if link.kind == "participant":
            return list(item.mentions)
        if link.kind in ("claim", "event"):
            return [(item.start, item.end)]
        return []

    def _highlight(self, link: Link, scroll: bool = True, current: int = 0) -> None:
        self._highlight_key = link.key
        self.article.set_highlights(self._spans(link), current=current, scroll=scroll)

    def pane_focused(self, pane) -> None:
        """A lower pane gained focus: its row's mentions light up in the article now
        (its LinkHighlighted, a frame later, then finds them lit)."""
        if isinstance(pane, LinkList) and pane.id in ("participants", "claims", "related"):
            if isinstance(pane.current, Link):
                self._highlight(pane.current)

    def on_link_list_link_highlighted(self, message: LinkList.LinkHighlighted) -> None:
        if type(message) is not LinkList.LinkHighlighted:
            return
        if message.link_list.id not in ("participants", "claims", "related"):
            return
        message.stop()
        if message.link_list.has_focus and isinstance(message.link, Link):
            self._highlight(message.link)

    def on_link_list_link_selected(self, message: LinkList.LinkSelected) -> None:
        if message.link_list.id not in ("participants", "claims", "related"):
            return
        message.stop()
        link = message.link
        if not isinstance(link, Link) or self.report is None:
            return
        app = self.browser  # type: ignore[attr-defined]
        if link.kind == "participant":
            app.open_entity(link.item.entity_id, link.item.name)
        elif link.kind == "claim":
            self.visit_article_at(link)
        elif link.kind == "event":
            app.open_event(link.item.id, link.item.summary)
        elif link.kind == "report":
            app.open_report(link.item.report.id, link.item.report.title)

    def action_show_in_article(self) -> None:
        """The focused row's words in the article (Enter does this for a claim)."""
        focused = self.focused  # type: ignore[attr-defined]
        link = focused.current if isinstance(focused, LinkList) else None
        if isinstance(link, Link) and link.kind in ("participant", "claim", "event"):
            self.visit_article_at(link)

    def visit_article_at(self, link: Link) -> None:
        """A new location: the same view with the article at the row's words."""
        state = self.capture_state()  # type: ignore[attr-defined]
        state["focus"] = "article"
        state["highlight"] = link.key
        state["highlight_index"] = 0
        state.setdefault("panes", {})["article"] = None
        self.browser.visit_here(state)  # type: ignore[attr-defined]

    # -- copy and export --

    def copy_text(self) -> str | None:
        report = self.report
        if report is None:
            return None
        focused = self.focused  # type: ignore[attr-defined]
        link = focused.current if isinstance(focused, LinkList) else None
        if link is None and isinstance(focused, ArticleView):
            link = self._find_link(tuple(self._highlight_key)) if getattr(self, "_highlight_key", None) else None
        if isinstance(link, Link):
            if link.kind == "participant":
                return export.cite_participant(link.item, report)
            if link.kind == "claim":
                return export.cite_claim(link.item, report)
            if link.kind == "event":
                return export.cite_event(link.item, report)
            if link.kind == "report":
                return export.citation(link.item.report)
        return export.citation(report)

    def action_export(self) -> None:
        if self.report is None:
            self.notify("No report to export.", severity="warning", timeout=3)  # type: ignore[attr-defined]
            return
        self.browser.export_report(self.report)  # type: ignore[attr-defined]
