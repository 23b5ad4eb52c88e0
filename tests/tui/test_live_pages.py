"""Entity, timeline and event pages while another process ingests: a real Writer in
a subprocess commits into the real SQLite file the app has open (WAL). Each page
picks up what was added between keys, its cursor kept on the row it was on, and
does no reading at all while nothing changed. An entity read ahead before the
commit is not shown as it was."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from briefing_tui.store import Store
from briefing_tui.tui.screens.entity import EntityScreen
from briefing_tui.tui.screens.event import EventScreen
from briefing_tui.tui.screens.report_panes import Link
from briefing_tui.tui.screens.timeline import TimelineScreen
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.screen import press, screen_text, settle
from tui.test_live_ingest import REPO, TESTS, _move_to, _position, _wait_for_watch

# One iPhone report (Steve Jobs and Apple take part; Jobs makes a claim), its launch
# event on EVENT_DAY: with the test data's 2007-06-29 launches it is one event told
# by one more report; on another day it is an event of its own.
WRITE = textwrap.dedent("""
    import dataclasses, sys
    from pathlib import Path
    from briefing_tui.store import Writer
    from tui import handmade
    db, title, day, event_day = sys.argv[1:5]
    body = ("Apple's phone went on sale in another city. Steve Jobs said the launch was the biggest "
            "in the company's history. " + title + ".")
    report, extraction = handmade.iphone_sale(body, title, day)
    extraction.events[0] = dataclasses.replace(extraction.events[0], date_value=event_day)
    if event_day == "none":  # a report about nothing and no one
        from briefing_tui.records import Extraction
        extraction = Extraction()
    with Writer(Path(db)) as w:
        assert w.add_report(report, extraction) is not None
""")


def write_report(db, title: str, day: str, event_day: str = "2007-06-29") -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(TESTS)])
    subprocess.run([sys.executable, "-c", WRITE, str(db), title, day, event_day], env=env, check=True,
                   timeout=120, capture_output=True)


async def _open_jobs(pilot, db) -> EntityScreen:
    """From the report list: the 'reaches shops' report, its participants, Steve Jobs."""
    await settle(pilot)
    await _move_to(pilot, _position(db, "reaches shops"))
    await press(pilot, "3")
    participants = pilot.app.screen.query_one("#participants")
    assert participants.current.item.name == "Steve Jobs"
    await press(pilot, "enter")
    screen = pilot.app.screen
    assert isinstance(screen, EntityScreen) and screen.entity.name == "Steve Jobs"
    return screen


def _counting(screen, name: str) -> list:
    """Calls of the object's method `name` (a screen's re-read, a store read), counted."""
    calls: list = []
    method = getattr(screen, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return method(*args, **kwargs)

    setattr(screen, name, counted)
    return calls


async def test_an_open_entity_follows_an_ingest_with_its_cursor_kept(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_jobs(pilot, handmade_db)
        reports = screen.query_one("#entity-reports", VirtualList)
        assert reports.count == 3 and "in 3 reports" in screen_text(app)
        await press(pilot, "j")
        reading = reports.current
        claims = screen.query_one("#entity-claims")
        claims_before = len(claims.links)
        write_report(handmade_db, "Sample: the phone reaches Lisbon", "2030-01-01")
        await _wait_for_watch(pilot)
        assert app.screen is screen
        assert "in 4 reports" in screen_text(app) and screen.entity.report_count == 4
        assert reports.count == 4 and reports.item(0).title == "Sample: the phone reaches Lisbon"
        assert reports.current.id == reading.id and reports.cursor == 2  # it did not move off its report
        assert screen.focused is reports
        assert len(claims.links) == claims_before + 1
        timeline = screen.query_one("#entity-timeline")
        assert any(kind == "event" and item.count == 3 for kind, item in timeline.links)


async def test_an_open_entity_reads_nothing_while_nothing_changes(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_jobs(pilot, handmade_db)
        calls = _counting(screen, "_reread")
        await _wait_for_watch(pilot)
        await _wait_for_watch(pilot)
        assert calls == []  # two looks at the database, no read
        write_report(handmade_db, "Sample: the phone reaches Lisbon", "2030-01-01")
        await _wait_for_watch(pilot)
        assert len(calls) == 1 and screen.entity.report_count == 4
        await _wait_for_watch(pilot)
        assert len(calls) == 1  # read once for the one commit


async def test_an_open_entity_reads_its_lists_only_when_a_new_report_adds_to_them(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_jobs(pilot, handmade_db)
        store = app.store
        claims_read = _counting(store, "entity_claims")
        write_report(handmade_db, "Sample: a report about nothing", "2030-01-01", event_day="none")
        await _wait_for_watch(pilot)  # the first commit: read again, its mark taken
        first = len(claims_read)
        write_report(handmade_db, "Sample: another report about nothing", "2030-01-02", event_day="none")
        await _wait_for_watch(pilot)
        assert len(claims_read) == first  # not one of its reports: its lists are not read
        assert screen.entity.report_count == 3
        write_report(handmade_db, "Sample: the phone reaches Lisbon", "2030-01-03")
        await _wait_for_watch(pilot)
        assert len(claims_read) == first + 1 and screen.entity.report_count == 4
        assert screen.query_one("#entity-reports", VirtualList).item(0).title == "Sample: the phone reaches Lisbon"


async def test_an_entity_read_ahead_before_an_ingest_is_read_again_on_enter(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause(0.5)  # the entity screen is composed ahead while idle
        await _move_to(pilot, _position(handmade_db, "reaches shops"))
        await press(pilot, "3")
        await pilot.pause(0.3)  # resting on Steve Jobs: read ahead
        await settle(pilot)
        entity_screen = app._screens["entity"]
        head = entity_screen._head
        jobs = app.screen.query_one("#participants").current.item.entity_id
        assert head is not None and head.entity_id == jobs and head.entity.result().report_count == 3
        write_report(handmade_db, "Sample: the phone reaches Lisbon", "2030-01-01")
        await pilot.press("enter")  # within AHEAD_FRESH_S of the read ahead, before any watch look
        await settle(pilot)
        assert app.screen is entity_screen
        assert "in 4 reports" in screen_text(app)
        assert entity_screen.query_one("#entity-reports", VirtualList).count == 4


async def test_the_timeline_follows_an_ingest_with_its_cursor_on_its_event(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        dated = screen.query_one("#tl-dated", VirtualList)
        await press(pilot, "j", "j")
        on = dated.current.event.id
        count = dated.count
        # a new event dated before every other (it lands above the cursor), and another
        # launch on 2007-06-29 (below it: the same day, a later event)
        write_report(handmade_db, "Sample: an old phone story", "2030-01-01", event_day="1999-01-01")
        write_report(handmade_db, "Sample: the phone reaches Lisbon", "2030-01-02")
        await _wait_for_watch(pilot)
        assert dated.count == count + 2
        assert dated.current.event.id == on and dated.cursor == 3
        assert dated.item(0).event.date == "1999-01-01"
        store = Store(handmade_db)
        try:
            rows = store.timeline(screen.filter, "dated", 0, 100)
        finally:
            store.close()
        assert [dated.item(i) for i in range(dated.count)] == rows
        assert "Sample: the phone reaches Lisbon" in [g.sources[0].report.title for g in rows]
        assert "1999-01-01" in screen_text(app)


async def test_an_open_event_follows_an_ingest(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _move_to(pilot, _position(handmade_db, "reaches shops"))
        await press(pilot, "5")
        related = app.screen.query_one("#related")
        assert isinstance(related.current, Link) and related.current.kind == "event"
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, EventScreen)
        sources = screen.query_one("#event-sources")
        assert screen.group.count == 2 and len(sources.links) == 2
        await press(pilot, "j")
        on = sources.current[1].report.id
        calls = _counting(screen, "_fetch")
        await _wait_for_watch(pilot)
        assert calls == []  # nothing changed: nothing read
        write_report(handmade_db, "Sample: the phone reaches Lisbon", "2030-01-01")
        await _wait_for_watch(pilot)
        assert len(calls) == 1
        assert screen.group.count == 3 and len(sources.links) == 3
        assert "told by 3 reports" in screen_text(app)
        assert sources.current[1].report.id == on  # the cursor stayed on its report
        assert "Sample: the phone reaches Lisbon" in [s.report.title for _k, s in sources.links]


async def test_search_results_say_an_ingest_came_since_and_ctrl_r_searches_again(handmade_db, make_app):
    """The results stay as they are under the reader's cursor (no search by
    itself); the status says reports came since, and Ctrl+R (footer: Search
    again) searches again, which finds the new report."""
    from briefing_tui.tui.screens.search import SearchScreen

    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        for key in "Lisbon":
            await pilot.press(key)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await _wait_for_watch(pilot)
        assert "new reports since" not in screen_text(app)
        assert "Search again" not in screen_text(app)
        write_report(handmade_db, "Sample: the phone reaches Lisbon", "2030-01-01")
        await _wait_for_watch(pilot)
        text = screen_text(app)
        assert "new reports since; Ctrl+R searches again" in text and "Search again" in text
        assert "reaches Lisbon" not in text  # not searched again by itself
        await press(pilot, "ctrl+r")
        await settle(pilot)
        text = screen_text(app)
        assert "reaches Lisbon" in text and "new reports since" not in text
