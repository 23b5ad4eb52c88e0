"""A report opened from elsewhere (an entity, an event, a search hit): its briefing alone."""

from __future__ import annotations

from textual.app import ComposeResult

from briefing_tui.store.models import Report
from briefing_tui.tui.screens.base import COMMON_BINDINGS, BriefingScreen, pane_bindings
from briefing_tui.tui.screens.browser import ARTICLE_BINDING, EXPORT_BINDING
from briefing_tui.tui.screens.report_panes import ReportPanes
from briefing_tui.tui.widgets.article import ArticleView
from briefing_tui.tui.widgets.key_footer import KeyFooter
from briefing_tui.tui.widgets.location_bar import LocationBar


class ReportScreen(ReportPanes, BriefingScreen):
    REUSED = True
    # The same numbers as in the browser, so a pane is always under the same key.
    PANES = [
        ("2", "article", "Article"),
        ("3", "participants", "Participants"),
        ("4", "claims", "Claims"),
        ("5", "related", "Events & related"),
    ]
    BINDINGS = [*COMMON_BINDINGS, *pane_bindings(PANES), EXPORT_BINDING, ARTICLE_BINDING]

    @property
    def report_id(self) -> int:
        return self.location.key[0]

    def compose(self) -> ComposeResult:
        yield LocationBar(id="location")
        yield ArticleView(id="article", classes="pane")
        yield self.lower_deck(("3", "4", "5"))
        yield KeyFooter()

    def on_mount(self) -> None:
        self.article.border_title = "2 Article"
        self.start()

    def start(self) -> None:
        if self.report is None or self.report.id != self.report_id:
            self.article.show_message("Loading\u2026")  # unless its briefing was read before
            self.article.border_subtitle = None
        self.focus_now(self.article)
        self.restore_state(self.location.state)

    def report_shown(self, report: Report) -> None:
        self.article.border_subtitle = f"report {report.id}"
        self.browser.retitle(self.location, report.title)

    def capture_state(self) -> dict:
        state = self.report_state()
        current = self.current_pane()
        state["focus"] = current.id if current is not None else None
        return state

    def restore_state(self, state: dict) -> None:
        self.load_report(self.report_id, state or {"focus": "article"})
