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
    click.echo(f"briefing: {one_line(message)}", err=True)
    sys.exit(code)


def _db_option(f):
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
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
    """First run: a real briefing at once, from the bundled sample reports."""
    from briefing_tui import resources

    click.echo(f"briefing: creating the demo briefing at {path} ...", err=True)
    result = _ingest([resources.sample_reports()], path, None, None, quiet=True)
    if result.failed:
        fail(f"could not build the demo briefing at {path}")


def _ingest(paths, db, date, source, quiet=False):
    from briefing_tui.extract.nlp import ModelError
    from briefing_tui.ingest.pipeline import count_files, ingest
    from briefing_tui.ingest.readers import Defaults

    progress = None
    bar = None
    if not quiet and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        task = bar.add_task("ingesting", total=count_files(paths))
        bar.start()
        progress = lambda n: bar.update(task, completed=n)  # noqa: E731
    try:
        result = ingest(paths, db, Defaults(published=date, source=source), progress=progress)
    except (StoreError, ModelError) as exc:
        if bar:
            bar.stop()
        fail(str(exc))
    if bar:
        bar.stop()
    for line in result.problems:
        click.echo(f"briefing: error: {one_line(line)}", err=True)
    if not quiet:
        for line in result.warnings:
            click.echo(f"briefing: warning: {one_line(line)}", err=True)
        click.echo(result.summary(db), err=True)
    return result


def _iso_date(ctx, param, value):
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@cli.command(epilog="\b\nExamples:\n  briefing ingest reports/\n  briefing ingest a.txt --date 2024-11-02 --source WNAM")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_db_option
@click.option("--date", callback=_iso_date, help="Report date (YYYY-MM-DD) for files that give none.")
@click.option("--source", help="Source name for files that give none.")
@click.pass_context
def ingest(ctx, paths, db, date, source):
    """Ingest report files or folders (.md, .txt, .json, .jsonl), recursively.

    Re-ingesting the same content is a no-op. Each report is stored whole or not at all.
    With no PATHS, only creates or upgrades the database.
    """
    db = db or ctx.obj.get("db") or default_db()
    result = _ingest(list(paths), db, date, source)
    sys.exit(1 if result.failed else 0)


@cli.command()
@click.argument("report_id", type=int)
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
    out.append("")
    out.append(for_terminal(report.body))
    out.append("")
    out.append("Participants")
    for p in report.participants:
        detail = ", ".join(one_line(x) for x in (p.role, p.affiliation) if x)
        out.append(f"  {one_line(p.name)} ({p.kind})" + (f": {detail}" if detail else ""))
    out.append("Key claims")
    for c in report.claims:
        out.append(f"  {one_line(c.claimant)} {one_line(c.cue)}: {one_line(c.text)}")
    out.append("Events")
    for e in report.events:
        when = e.date or (f"? ({one_line(e.date_text)})" if e.date_text else "undated")
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
        click.echo(f"{h.report_id:>7}  {h.date or '          '}  {one_line(h.title)}")
        click.echo(f"         {one_line(plain_snippet(h.snippet))}")
    if not hits:
        click.echo("no matches", err=True)


def main() -> None:
    try:
        cli(obj={})
    except KeyboardInterrupt:
        fail("interrupted", 130)
