"""One screen of each kind, shown again for every location of that kind: what it
shows is the new location's, never the last one's (at 80x24, by keys)."""

from __future__ import annotations

from briefing_tui.tui.screens.browser import BrowserScreen
from briefing_tui.tui.screens.entity import EntityLoaded, EntityScreen
from briefing_tui.tui.screens.report import ReportScreen
from briefing_tui.tui.screens.timeline import TimelineScreen
from tui.screen import press, screen_text, settle
from tui.test_browser import SIZE, open_seed


async def test_entity_screen_shown_again_for_another_entity(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "3", "j", "enter")
        first = app.screen
        assert isinstance(first, EntityScreen)
        kim = first.entity
        assert "Kim Yong-hyun  person" in screen_text(app)
        await press(pilot, "2", "j")  # move in its claims: state of this location only
        await press(pilot, "backspace")
        assert isinstance(app.screen, BrowserScreen)
        participants = app.focused
        other = next(link.item for link in participants.links if link.item.entity_id != kim.id)
        participants.select_link(lambda link: link.item.entity_id == other.entity_id)
        await press(pilot, "enter")
        assert app.screen is first  # not composed again
        text = screen_text(app)
        assert f"{other.name}  {other.kind}" in text
        assert "Kim Yong-hyun  person" not in text
        assert app.focused.id == "entity-reports"  # a new location starts at its first pane
        # A worker's result for the entity shown before arrives late: it is not shown.
        first.post_message(EntityLoaded(kim, [], [], {}, entity_id=kim.id))
        await settle(pilot)
        assert first.entity.id == other.entity_id
        assert "Kim Yong-hyun  person" not in screen_text(app)


async def test_history_brings_back_each_entity_with_its_state(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "3", "j", "enter", "2")
        screen = app.screen
        assert app.focused.id == "entity-claims"
        await press(pilot, "1", "enter")  # one of Kim's reports, on the report screen
        assert isinstance(app.screen, ReportScreen)
        await press(pilot, "3", "j", "j", "enter")  # another participant of that report
        assert app.screen is screen
        assert screen.entity.name != "Kim Yong-hyun"
        await press(pilot, "backspace", "backspace")  # the report, then Kim again
        assert app.screen is screen
        assert screen.entity.name == "Kim Yong-hyun"
        assert app.focused.id == "entity-reports"  # as it was left (Enter was pressed there)


async def test_report_screen_shown_again_for_another_report(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "5")
        related = app.focused
        reports = [link.item.report for link in related.links if link.kind == "report"]
        assert len(reports) >= 2
        await press(pilot, "G", "enter")
        first = app.screen
        assert isinstance(first, ReportScreen) and first.report.id == reports[-1].id
        await press(pilot, "backspace")
        app.focused.select_link(lambda link: link.kind == "report" and link.item.report.id == reports[0].id)
        await press(pilot, "enter")
        assert app.screen is first
        assert first.report.id == reports[0].id
        assert reports[0].title[:30] in screen_text(app)
        assert app.focused.id == "article"


async def test_timeline_screen_shown_again_with_another_filter(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "t")
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        assert "Events in all reports" in screen_text(app)
        await press(pilot, "backspace")
        await open_seed(pilot)
        await press(pilot, "3", "j", "enter", "t")
        assert app.screen is timeline
        text = screen_text(app)
        assert "Events in one entity" in text
        assert timeline.query_one("#tl-entity").value == "Kim Yong-hyun"
        await press(pilot, "backspace", "backspace", "t")  # entity, browser, everything's timeline
        assert app.screen is timeline
        assert "Events in all reports" in screen_text(app)
        assert timeline.query_one("#tl-entity").value == ""


async def test_event_screen_shows_a_related_event_in_place(handmade_db, make_app):
    from briefing_tui.tui.screens.event import EventScreen

    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_seed(pilot)
        await press(pilot, "5")
        related = app.focused
        related.select_link(lambda link: link.kind == "event" and link.item.kind == "test")
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, EventScreen)
        first = screen.group.event
        await press(pilot, "2", "enter")  # a related event: the same screen, another location
        assert app.screen is screen
        assert screen.group.event.id != first.id
        assert "North Korea test-fired artillery near its border" in screen_text(app)
        assert app.focused.id == "event-sources"
        await press(pilot, "backspace")
        assert app.screen is screen and screen.group.event.id == first.id
        assert app.focused.id == "event-related"
