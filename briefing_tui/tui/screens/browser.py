"""The home screen: every report newest first, the selected one's briefing beside it.

The list is virtual (paged from the store), so it opens as fast on a million
reports as on ten; the briefing of the row under the cursor loads in a thread
worker as the cursor moves.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer

from briefing_tui.store.models import ReportSummary
from briefing_tui.tui.screens.base import COMMON_BINDINGS, BriefingScreen, pane_bindings
from briefing_tui.tui.screens.report_panes import ReportPanes
from briefing_tui.tui.text import clip
from briefing_tui.tui.widgets.article import ArticleView
from briefing_tui.tui.widgets.location_bar import LocationBar
from briefing_tui.tui.widgets.virtual_list import VirtualList

EXPORT_BINDING = Binding("e", "export", "Export", tooltip="Save this report's briefing as Markdown")
ARTICLE_BINDING = Binding("a", "show_in_article", "Show in article", show=False,
                          tooltip="Jump to the selected participant, claim or event in the article")


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
    BINDINGS = [*COMMON_BINDINGS, *pane_bindings(PANES), EXPORT_BINDING, ARTICLE_BINDING]

    def compose(self) -> ComposeResult:
        yield LocationBar(id="location")
        with Horizontal(id="top"):
            yield VirtualList(
                report_row, id="reports", classes="pane",
                empty="No reports yet: add some with `briefing ingest PATH`.",
            )
            yield ArticleView(id="article", classes="pane")
        yield self.lower_deck(("3", "4", "5"))
        yield Footer()

    def on_mount(self) -> None:
        reports = self.query_one("#reports", VirtualList)
        reports.border_title = "1 Reports"
        self.article.border_title = "2 Article"
        self.article.show_message("Loading\u2026")
        store = self.store
        reports.load(lambda offset, limit: store.list_reports(offset, limit), store.count_reports)
        reports.focus()

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        if message.virtual_list.id != "reports":
            return
        message.stop()
        self.load_report(message.item.id)
        message.virtual_list.border_subtitle = message.virtual_list.position_label()

    def on_virtual_list_selected(self, message: VirtualList.Selected) -> None:
        if message.virtual_list.id != "reports":
            return
        message.stop()
        state = self.capture_state()
        state["focus"] = "article"
        self.browser.visit_here(state)

    def capture_state(self) -> dict:
        state = self.report_state()
        current = self.current_pane()
        state["focus"] = current.id if current is not None else None
        state["list"] = self.query_one("#reports", VirtualList).save_state()
        return state

    def restore_state(self, state: dict) -> None:
        reports = self.query_one("#reports", VirtualList)
        if state.get("list"):
            reports.restore_state(state["list"])
        report_id = state.get("report_id")
        if report_id is not None:
            self.load_report(report_id, state)
        elif state.get("focus"):
            self.focus_pane(state["focus"])
