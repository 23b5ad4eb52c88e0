"""Done-when of issue 4, on the real Wikinews corpus (real ingest, real extraction):
report list -> Steve Jobs -> his timeline -> an iPhone launch -> the other reports about it
-> back to the start, by keys only, asserting each screen on the way.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from briefing_tui.cli import cli
from briefing_tui.tui.screens.browser import BrowserScreen
from briefing_tui.tui.screens.entity import EntityScreen
from briefing_tui.tui.screens.event import EventScreen
from briefing_tui.tui.screens.report import ReportScreen
from briefing_tui.tui.screens.timeline import TimelineScreen
from briefing_tui.tui.widgets.article import ArticleView
from briefing_tui.tui.widgets.link_list import LinkList
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.screen import press, screen_text, settle

LAUNCH_KINDS = {"launch", "release", "unveiling", "introduction", "announcement", "sale"}


async def test_steve_jobs_path_by_keys(corpus_db, make_app):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # 1. The report list: down to the newest report in which Steve Jobs takes part.
        reports = app.screen.query_one("#reports", VirtualList)
        for _ in range(40):
            report = app.screen.report
            if report and any(p.name == "Steve Jobs" for p in report.participants):
                break
            await press(pilot, "j")
        start = reports.cursor
        assert start > 0
        assert "Steve Jobs" in screen_text(app)
        # 2. Its participants; the cursor to Steve Jobs; Enter opens his entity page.
        await press(pilot, "3")
        for _ in range(30):
            if app.focused.current.item.name == "Steve Jobs":
                break
            await press(pilot, "j")
        assert app.screen.query_one(ArticleView).highlighted_texts()[0] in ("Steve Jobs", "Jobs")
        await press(pilot, "enter")
        assert isinstance(app.screen, EntityScreen)
        text = screen_text(app)
        assert "briefing › Steve Jobs" in text and "Steve Jobs  person" in text
        assert app.screen.entity.report_count >= 15
        # 3. His timeline.
        await press(pilot, "t")
        assert isinstance(app.screen, TimelineScreen)
        assert "Timeline: Steve Jobs" in screen_text(app)
        dated = app.screen.query_one("#tl-dated", VirtualList)
        store = app.store  # only to decide where to stop: the walk itself is keys
        for _ in range(dated.count):
            group = dated.current
            if ("iPhone" in group.event.summary and group.event.kind in LAUNCH_KINDS
                    and store.event_group(group.event.id).count >= 2):
                break
            await press(pilot, "j")
        else:
            raise AssertionError("no iPhone launch told by several reports in Steve Jobs' timeline")
        assert "iPhone" in screen_text(app)
        from_report = group.sources[0].report.id
        # 4. The launch event: every report telling it.
        await press(pilot, "enter")
        assert isinstance(app.screen, EventScreen)
        text = screen_text(app)
        assert "iPhone" in text and group.event.date[:7] in text
        sources = app.screen.query_one("#event-sources", LinkList)
        assert len(sources.links) >= 2, "the launch is told by one report only"
        assert f"told by {len(sources.links)} reports" in text
        # 5. Another report about it (not the one the timeline row came from).
        for _ in range(len(sources.links)):
            if sources.current[1].report.id != from_report:
                break
            await press(pilot, "j")
        other = sources.current[1]
        await press(pilot, "enter")
        assert isinstance(app.screen, ReportScreen)
        assert app.screen.report.id == other.report.id != from_report
        article = app.screen.query_one(ArticleView)
        assert "iPhone" in article.highlighted_texts()[0]
        assert "iPhone" in screen_text(app)  # scrolled to the telling
        # 6. Back to where it started, one screen at a time.
        await press(pilot, "escape")
        assert isinstance(app.screen, EventScreen)
        assert app.screen.query_one("#event-sources", LinkList).current[1].report.id == other.report.id
        await press(pilot, "escape")
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.query_one("#tl-dated", VirtualList).current == group
        await press(pilot, "escape")
        assert isinstance(app.screen, EntityScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, BrowserScreen)
        assert app.focused.id == "participants" and app.focused.current.item.name == "Steve Jobs"
        assert app.screen.query_one("#reports", VirtualList).cursor == start
        assert not app.history.can_back
        await press(pilot, "escape")
        assert app.focused.id == "reports"


def test_entity_and_timeline_commands_on_the_corpus(corpus_db):
    runner = CliRunner()
    result = runner.invoke(cli, ["entity", "Steve Jobs", "--json", "--db", str(corpus_db)], obj={})
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "person" and len(data["reports"]) >= 15
    assert any("iPhone" in e["summary"] for e in data["timeline"] if e["date"])
    result = runner.invoke(cli, ["timeline", "--entity", "Steve Jobs", "--json", "--db", str(corpus_db)], obj={})
    events = json.loads(result.output)
    dated = [e["date"] for e in events if e["date"] and not e["planned"]]
    assert len(dated) >= 3 and dated == sorted(dated)
    assert all({"report_id", "date", "precision", "summary", "participants"} <= set(e) for e in events)
