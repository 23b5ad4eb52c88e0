"""The `briefing` command: open the browser, ingest files, show and search from the shell.

Only the store is imported at module level: Textual loads when the browser
opens and spaCy only when ingest runs, so every command starts fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from briefing_tui import __version__
from briefing_tui.store import Store, StoreError
from briefing_tui.text_safety import for_terminal, json_dumps, one_line

DB_ENV = "BRIEFING_DB"

EPILOG = """\b
Examples:
  briefing                                  open the browser (demo briefing on first run)
  briefing ingest reports/ --db work.db     ingest every report under reports/
  briefing ingest seed.txt --date 2024-11-02 --source WNAM
  briefing show 1 --json                    one report with participants, claims, events
  briefing search 'troops after:2024-10' --limit 5
"""


def default_db() -> Path:
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    from platformdirs import user_data_path

    return user_data_path("briefing", appauthor=False) / "briefing.db"


def fail(message: str, code: int = 1) -> None:
    """One line on stderr and a non-zero exit: how every user-caused error ends."""
    kind = "" if code == 130 else "error: "
    click.echo(f"briefing: {kind}{one_line(message)}", err=True)
    sys.exit(code)


def _db_option(f):
    return click.option(
        "--db",
        "db",
        type=click.Path(path_type=Path, readable=False),  # the store explains a bad path in one line
        default=None,
        help=f"Database file (default: ${DB_ENV}, else briefing.db in your user data folder).",
    )(f)


def _open(db: Path | None) -> Store:
    try:
        return Store(db or default_db())
    except StoreError as exc:
        fail(str(exc))


@click.group(invoke_without_command=True, epilog=EPILOG)
@_db_option
@click.option("--no-mouse", is_flag=True, help="Do not capture the mouse (keyboard only).")
@click.version_option(__version__, prog_name="briefing")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, no_mouse: bool) -> None:
    """Read reports by keyboard: the article, who took part, what they claimed, what happened.

    With no command, opens the browser on the database.
    """
    if ctx.invoked_subcommand is not None:
        ctx.ensure_object(dict)
        ctx.obj["db"] = db
        return
    path = db or default_db()
    if not path.exists():
        _create_demo(path)
    store = _open(path)
    from briefing_tui.tui.app import BriefingApp

    BriefingApp(store).run(mouse=not no_mouse)


def _create_demo(path: Path) -> None:
    """First run: a real briefing at once, from the bundled sample reports.

    Built beside the target and renamed into place, so an interrupted first
    run leaves no half-built demo that later runs would take for a database.
    """
    from briefing_tui import resources

    click.echo(f"briefing: creating the demo briefing at {path} ...", err=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        result = _ingest([resources.sample_reports()], partial, None, None, quiet=True)
        if not result.ok or result.added == 0:
            fail(f"could not build the demo briefing at {path}")
        os.replace(partial, path)
    except OSError as exc:
        fail(f"could not create the demo briefing at {path}: {exc.strerror or exc}")
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)


class _Messages:
    """Problems go to stderr as they happen, above the progress bar when there is one."""

    PREFIX = {"error": "error", "warning": "warning", "skipped": "skipped"}

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.bar = None

    def __call__(self, kind: str, line: str) -> None:
        if self.quiet and kind != "error":
            return
        text = f"briefing: {self.PREFIX[kind]}: {one_line(line)}"
        if self.bar is not None:
            self.bar.console.print(text, markup=False, highlight=False, emoji=False, soft_wrap=True)
        else:
            click.echo(text, err=True)


def _progress_bar(paths):
    """A progress bar on stderr, only when stderr is a terminal (never in logs or pipes)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from briefing_tui.ingest.pipeline import count_bytes

    bar = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[reports]} reports"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True, markup=False, emoji=False, highlight=False),
        transient=True,
    )
    task = bar.add_task("ingesting", total=max(count_bytes(paths), 1), reports=0)
    return bar, lambda handled, done: bar.update(task, completed=done, reports=handled)


def _ingest(paths, db, date, source, quiet=False, verbose=False):
    from briefing_tui.extract.nlp import ModelError
    from briefing_tui.ingest.pipeline import ingest
    from briefing_tui.ingest.readers import Defaults

    messages = _Messages(quiet)
    bar = progress = None
    if not quiet and paths and sys.stderr.isatty():
        bar, progress = _progress_bar(paths)
        messages.bar = bar
        bar.start()
    try:
        result = ingest(
            paths,
            db,
            Defaults(published=date, source=source),
            progress=progress,
            on_message=messages,
            verbose=verbose,
        )
    except (StoreError, ModelError) as exc:
        if bar:
            bar.stop()
        fail(str(exc))
    if bar:
        bar.stop()
    if result.fatal:
        click.echo(f"briefing: error: {one_line(result.fatal)}", err=True)
    if not quiet:
        click.echo(result.summary(db), err=True)
    return result


def _iso_date(ctx, param, value):
    if value is None:
        return None
    from datetime import date

    from briefing_tui.ingest.readers import FUTURE_SLACK

    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{one_line(value)!r} is not a date in YYYY-MM-DD form") from None
    if day > date.today() + FUTURE_SLACK:
        raise click.BadParameter(f"{day.isoformat()} is in the future")
    return day.isoformat()


INGEST_EPILOG = """\b
Examples:
  briefing ingest reports/                      every report under reports/, recursively
  briefing ingest a.txt --date 2024-11-02 --source WNAM
  briefing ingest feed.jsonl --db work.db

\b
Exit status: 0 when every file was ingested (or was already there),
1 when any file, line or report failed (the others are still ingested),
2 for a usage error, 130 when interrupted (reports already stored are kept).
"""


@cli.command(epilog=INGEST_EPILOG)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_db_option
@click.option("--date", callback=_iso_date, help="Report date (YYYY-MM-DD) for files that give none.")
@click.option("--source", help="Source name for files that give none.")
@click.option("-v", "--verbose", is_flag=True, help="Also list each file skipped as already present.")
@click.pass_context
def ingest(ctx, paths, db, date, source, verbose):
    """Ingest report files or folders (.md, .txt, .json, .jsonl), recursively.

    .md files may start with YAML front matter (title, date, source, url); a
    .txt file's title is its first line if that is a headline, else its first
    sentence; .json holds one report object (or a list), .jsonl one per line,
    with fields title, body (or text), date, source, url.

    Each report is stored whole or not at all, and re-ingesting the same content
    is a no-op, so an interrupted ingest is finished by running it again.
    Problems are printed one line each on stderr, naming the file (and line).
    With no PATHS, only creates or upgrades the database.
    """
    db = db or ctx.obj.get("db") or default_db()
    result = _ingest(list(paths), db, date, source, verbose=verbose)
    if result.interrupted:
        sys.exit(130)
    sys.exit(0 if result.ok else 1)


@cli.command()
@click.argument("report_id", type=click.IntRange(1, 2**63 - 1))
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (see README).")
@click.pass_context
def show(ctx, report_id, db, as_json):
    """Show one report's briefing: participants, key claims, events."""
    store = _open(db or ctx.obj.get("db"))
    report = store.report(report_id)
    if report is None:
        fail(f"no report with id {report_id}")
    if as_json:
        from briefing_tui.export import report_json

        click.echo(json_dumps(report_json(report), indent=2))
        return
    out = [one_line(report.title), " · ".join(one_line(x) for x in (report.published or "undated", report.source or "") if x)]
    if report.url:
        out.append(one_line(report.url))
    out.append("")
    out.append(for_terminal(report.body))
    out.append("")
    out.append("Participants")
    for p in report.participants:
        detail = ", ".join(one_line(x) for x in (p.role, p.affiliation) if x)
        out.append(f"  {one_line(p.name)} ({one_line(p.kind)})" + (f": {detail}" if detail else ""))
    out.append("Key claims")
    for c in report.claims:
        out.append(f"  {one_line(c.claimant)} {one_line(c.cue)}: {one_line(c.text)}")
    out.append("Events")
    for e in report.events:
        when = one_line(e.date) if e.date else (f"? ({one_line(e.date_text)})" if e.date_text else "undated")
        flag = " [planned]" if e.planned else ""
        place = f" @ {one_line(e.place)}" if e.place else ""
        out.append(f"  {when}  {one_line(e.summary)}{place}{flag}")
    click.echo("\n".join(out))


@cli.command()
@click.argument("query")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of {id, title, date, snippet}.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@click.pass_context
def search(ctx, query, db, as_json, limit):
    """Full-text search. Words, "quoted phrases", prefix*, and filters:
    person: org: country: source: after:YYYY[-MM[-DD]] before:..."""
    from briefing_tui.export import plain_snippet, search_json

    store = _open(db or ctx.obj.get("db"))
    try:
        # reports only: the documented search --json shape is a list of reports
        hits = store.search(query, limit=limit, kinds=("report",))
    except StoreError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json_dumps(search_json(hits), indent=2))
        return
    for h in hits:
        click.echo(f"{h.report_id:>7}  {one_line(h.date) if h.date else ' ' * 10}  {one_line(h.title)}")
        click.echo(f"         {one_line(plain_snippet(h.snippet))}")
    if not hits:
        click.echo("no matches", err=True)


def main() -> None:
    """The console script: user-caused errors end in one line on stderr, never a traceback."""
    import sqlite3

    try:
        cli(obj={})
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except StoreError as exc:
        fail(str(exc))
    except sqlite3.Error as exc:  # a database problem no layer above turned into words
        fail(f"database error: {exc}")
    except BrokenPipeError:  # `briefing search x | head` closed the pipe: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
