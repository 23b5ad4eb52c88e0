"""What the open browser shows stays true while another process ingests into its
database (WAL; the app reads it read-only): real SQLite files, written by a real
second process (`briefing ingest` with the real extraction, or the store's Writer
in a subprocess), never a mock.

- a briefing cached (read ahead or shown before) is not shown once the database
  changed: its related reports are read again;
- the report list picks up new reports by itself (count, the newest at the top)
  with the cursor kept on the report being read, there and after Back.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from briefing_tui.tui.screens.browser import WATCH_EVERY_S, BrowserScreen
from briefing_tui.tui.screens.report_panes import Link
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.screen import press, screen_text, settle

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent

# A report the Writer stores from another process: the hand-written iPhone kind
# (Steve Jobs and Apple take part), with a title and date of the test's choosing.
WRITE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from briefing_tui.store import Writer
    from tui import handmade
    db, title, day = sys.argv[1:4]
    body = ("Apple's phone went on sale in another city. Steve Jobs said the launch was the biggest "
            "in the company's history. " + title + ".")
    with Writer(Path(db)) as w:
        assert w.add_report(*handmade.iphone_sale(body, title, day)) is not None
""")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(TESTS)])
    return env


def write_report(db: Path, title: str, day: str) -> None:
    """Another process commits one report into the open database (the store's Writer)."""
    subprocess.run([sys.executable, "-c", WRITE, str(db), title, day], env=_env(), check=True,
                   timeout=120, capture_output=True)


def briefing_ingest(db: Path, folder: Path, title: str, day: str) -> None:
    """`briefing ingest` (the real extraction) of one new report, in another process."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{day}.txt"
    path.write_text(f"{title}\nApple opened a new store in Chicago on {day} as demand for the iPhone kept "
                    "growing, Steve Jobs said in a statement. Steve Jobs said the company would hire more staff.\n",
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "briefing_tui", "ingest", str(path), "--db", str(db),
                           "--date", day], env=_env(), timeout=300, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0 and "1 added" in done.stderr + done.stdout, done.stderr


def _position(db: Path, title_like: str) -> int:
    """Where a report is in the list (newest first), from the file itself."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        keys = [r[0] for r in conn.execute("SELECT title FROM reports ORDER BY sort_key")]
    return next(i for i, t in enumerate(keys) if title_like in t)


def _related_titles(screen) -> list[str]:
    related = screen.query_one("#related")
    return [e.link.item.report.title for e in related._entries
            if isinstance(e.link, Link) and e.link.kind == "report"]


async def _wait_for_watch(pilot) -> None:
    """Past the list's next look at the database, with no key pressed meanwhile."""
    await pilot.pause(WATCH_EVERY_S + 0.6)
    await settle(pilot)


async def _move_to(pilot, row: int) -> None:
    for _ in range(row):
        await pilot.press("j")
        await pilot.pause(0.15)  # one deliberate move at a time: each shows its briefing
    await settle(pilot)


# -- the briefing cache --


async def test_a_briefing_cached_before_an_ingest_is_read_again(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _move_to(pilot, _position(handmade_db, "goes on sale"))
        await pilot.pause(0.3)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BrowserScreen) and "goes on sale" in screen.report.title
        before = _related_titles(screen)
        assert before and "Apple phone reaches shops" in " ".join(before)
        await press(pilot, "k")  # the row above; the sale report stays cached (read ahead / shown)
        assert screen._briefing_cache().get(screen.query_one("#reports", VirtualList).item(
            screen.query_one("#reports", VirtualList).cursor + 1).id) is not None
        # Another process ingests a report sharing Steve Jobs and Apple, older than all
        # (the list's rows above do not move).
        write_report(handmade_db, "Sample: the phone sells out in Berlin", "2000-01-01")
        await press(pilot, "j")
        assert "goes on sale" in screen.report.title
        after = _related_titles(screen)
        assert "Sample: the phone sells out in Berlin" in after, after
        assert set(before) <= set(after)


async def test_the_shown_briefing_follows_an_ingest_without_a_key(handmade_db, make_app, tmp_path):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _move_to(pilot, _position(handmade_db, "reaches shops"))
        screen = app.screen
        assert "reaches shops" in screen.report.title
        await press(pilot, "5")  # the related pane, its cursor on a row
        await press(pilot, "j")
        cursor = screen.query_one("#related").highlighted
        # `briefing ingest` with the real extraction: Steve Jobs and Apple again.
        briefing_ingest(handmade_db, tmp_path / "incoming", "Apple opens a store in Chicago", "2007-07-05")
        await _wait_for_watch(pilot)
        assert "reaches shops" in screen.report.title  # still the report being read
        assert "Apple opens a store in Chicago" in _related_titles(screen)
        assert screen.focused is screen.query_one("#related")
        assert screen.query_one("#related").highlighted == cursor  # the pane's cursor kept


# -- the report list --


def _list_status(app) -> str:
    """The list pane's bottom border counter, e.g. '3 of 7'."""
    reports = app.screen.query_one("#reports", VirtualList)
    return reports.position_label()


async def test_new_reports_appear_at_the_top_and_the_cursor_stays_on_its_report(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _move_to(pilot, 2)
        screen = app.screen
        reports = screen.query_one("#reports", VirtualList)
        reading = reports.current
        assert screen.report.id == reading.id and _list_status(app) == "3 of 6"
        write_report(handmade_db, "Sample: newest phone report", "2030-01-02")
        write_report(handmade_db, "Sample: second newest phone report", "2030-01-01")
        await _wait_for_watch(pilot)
        assert reports.count == 8 and _list_status(app) == "5 of 8"
        assert reports.item(0).title == "Sample: newest phone report"
        assert reports.current.id == reading.id and screen.report.id == reading.id
        text = screen_text(app)
        assert "2030-01-02  Sample: newe" in text and "5 of 8" in text, text
        # The rows are the database's, in its order, with no row twice or missing.
        with sqlite3.connect(f"file:{handmade_db}?mode=ro", uri=True) as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM reports ORDER BY sort_key")]
        assert [reports.item(i).id for i in range(8)] == ids
        await press(pilot, "j")
        assert reports.cursor == 5 and screen.report.id == ids[5]


async def test_the_cursor_keeps_its_line_when_scrolled_down(handmade_db, make_app):
    from tui import handmade

    handmade.add_filler(handmade_db, 120)
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "pagedown")
        await press(pilot, "pagedown")
        await press(pilot, "j")
        reports = app.screen.query_one("#reports", VirtualList)
        reading, line = reports.current, reports.cursor - int(reports.scroll_y)
        assert reports.scroll_y > 0
        write_report(handmade_db, "Sample: a new phone report", "2030-01-01")
        await _wait_for_watch(pilot)
        assert reports.count == 127
        assert reports.current.id == reading.id
        assert reports.cursor - int(reports.scroll_y) == line  # the report did not move on screen
        assert reports.item(0).title == "Sample: a new phone report"


async def test_reports_ingested_while_another_screen_is_shown_are_there_on_back(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _move_to(pilot, 1)
        screen = app.screen
        reports = screen.query_one("#reports", VirtualList)
        reading = reports.current
        await press(pilot, "3")  # participants
        await press(pilot, "enter")  # an entity page
        assert not isinstance(app.screen, BrowserScreen)
        write_report(handmade_db, "Sample: phone report while away", "2030-01-01")
        await _wait_for_watch(pilot)
        await press(pilot, "escape")
        assert app.screen is screen
        await settle(pilot)
        await pilot.pause(0.1)
        await settle(pilot)
        assert reports.count == 7 and reports.item(0).title == "Sample: phone report while away"
        assert reports.current.id == reading.id and screen.report.id == reading.id


async def test_back_to_a_list_state_from_before_an_ingest_finds_its_report(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _move_to(pilot, 2)
        screen = app.screen
        reports = screen.query_one("#reports", VirtualList)
        first = reports.current
        await press(pilot, "enter")  # a new location: the article of that report
        await press(pilot, "1")
        write_report(handmade_db, "Sample: phone report in between", "2030-01-01")
        await _wait_for_watch(pilot)  # the list follows: the same report, one row down
        assert reports.current.id == first.id and reports.cursor == 3
        await press(pilot, "j")
        second = reports.current
        await press(pilot, "enter")
        await press(pilot, "escape")  # back to the list as it was
        await press(pilot, "escape")  # ... and to the state saved before the ingest
        await pilot.pause(0.1)
        await settle(pilot)
        assert screen.report.id == first.id
        assert reports.current.id == first.id, (reports.current, first, second)


async def test_a_report_screen_follows_an_ingest_too(handmade_db, make_app):
    from briefing_tui.tui.screens.report import ReportScreen

    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _move_to(pilot, _position(handmade_db, "reaches shops"))
        await press(pilot, "5")  # events & related: down to the first related report, Enter
        related = app.screen.query_one("#related")
        while not (isinstance(related.current, Link) and related.current.kind == "report"):
            await press(pilot, "j")
        opened = related.current.item.report
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, ReportScreen) and screen.report.id == opened.id
        write_report(handmade_db, "Sample: the phone reaches Oslo", "2000-01-01")
        await _wait_for_watch(pilot)
        assert screen.report.id == opened.id
        assert "Sample: the phone reaches Oslo" in _related_titles(screen)


async def test_keys_during_a_running_ingest_end_on_the_database_as_it_is(handmade_db, make_app, tmp_path):
    """A real ingest (the pipeline and Writer in another process, the fast extractor)
    commits hundreds of reports while keys move the cursor: afterwards the list
    holds exactly the database's rows in its order, and the panes show the cursor's
    report; nothing said it could not read."""
    from robust_support import clean_env, fast_ingest_command, synthetic_reports, write_jsonl

    REPORTS = 2000  # a few seconds of commits

    source = write_jsonl(tmp_path / "more.jsonl", synthetic_reports(REPORTS, seed=5))
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        writer = subprocess.Popen(fast_ingest_command(handmade_db, source), env=clean_env(),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        keys = ["j", "j", "pagedown", "k", "j", "end", "home", "j", "pagedown", "pageup"]
        step = 0
        while writer.poll() is None:
            await pilot.press(keys[step % len(keys)])
            await pilot.pause(0.05 if step % 7 else 0.8)  # now and then a pause the list re-reads in
            step += 1
        assert writer.returncode == 0, writer.stderr.read()
        await press(pilot, "j")
        await _wait_for_watch(pilot)
        screen = app.screen
        reports = screen.query_one("#reports", VirtualList)
        with sqlite3.connect(f"file:{handmade_db}?mode=ro", uri=True) as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM reports ORDER BY sort_key")]
        assert len(ids) == 6 + REPORTS and reports.count == len(ids)
        top = int(reports.scroll_y)
        shown = [reports.item(i) for i in range(top, top + reports.scrollable_content_region.height)]
        assert [r.id for r in shown if r is not None] == ids[top:top + len(shown)]
        assert reports.current.id == ids[reports.cursor] == screen.report.id
        assert "Cannot read" not in screen_text(app)
        assert step >= 5  # keys came while it ran (how many depends on the machine: 9 with two test runs at once)


async def test_a_stale_briefing_shows_its_report_at_once_and_never_its_old_related(handmade_db, make_app):
    """After an ingest, j onto a report read ahead before it: the article and lists
    (a report is never rewritten) are shown in the key's own turn; the related
    reports say "reading..." until read again, never the list from before."""
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _move_to(pilot, _position(handmade_db, "goes on sale") - 1)
        await pilot.pause(0.3)
        await settle(pilot)
        screen = app.screen
        reports = screen.query_one("#reports", VirtualList)
        below = reports.item(reports.cursor + 1)
        assert "goes on sale" in below.title and screen._briefing_cache().get(below.id) is not None
        write_report(handmade_db, "Sample: the phone sells out in Rome", "2000-01-01")
        await pilot.press("j")
        assert screen.report.id == below.id and screen._loading_id is None  # shown at once
        rows = [str(e.prompt) for e in screen.query_one("#related")._entries]
        assert "  reading\u2026" in rows or "Sample: the phone sells out in Rome" in _related_titles(screen)
        await settle(pilot)
        assert "Sample: the phone sells out in Rome" in _related_titles(screen)
        assert "  reading\u2026" not in [str(e.prompt) for e in screen.query_one("#related")._entries]
