"""The `briefing` command: open the browser, ingest files, show and search from the shell.

Only the store is imported at module level: Textual loads when the browser
opens and spaCy only when ingest runs, so every command starts fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import click

from briefing_tui import __version__
from briefing_tui.launch import DB_ENV, browse, default_db, fail, guarded, open_store
from briefing_tui.store import Store, StoreError
from briefing_tui.store.search import ENTITY_FILTER_ALL, ENTITY_FILTER_MATCHES
from briefing_tui.text_safety import for_terminal, json_dumps, one_line
from briefing_tui.wording import attribution

EPILOG = """\b
Examples:
  briefing                                  open the browser (demo briefing on first run)
  briefing ingest reports/ --db work.db     ingest every report under reports/
  briefing ingest seed.txt --date 2024-11-02 --source WNAM
  briefing show 1 --json                    one report with participants, claims, events
  briefing search 'troops after:2024-10' --limit 5
  briefing entity "Steve Jobs" --json       an entity with its reports, claims and timeline
  briefing timeline --entity "Steve Jobs" --after 2007 --before 2008
  briefing export 1 --format md > briefing-1.md
"""


def _db_option(f):
    return click.option(
        "--db",
        "db",
        type=click.Path(path_type=Path, readable=False),  # the store explains a bad path in one line
        default=None,
        help=f"Database file (default: ${DB_ENV}, else briefing.db in your user data folder).",
    )(f)


def _open(db: Path | None) -> Store:
    return open_store(db or default_db())


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
    browse(path, no_mouse)


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
            with contextlib.suppress(OSError):  # e.g. under a file, not a folder: nothing was made
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
        out.append(f"  {attribution(one_line(c.claimant), one_line(c.cue))}: {one_line(c.text)}")
    out.append("Events")
    for e in report.events:
        when = one_line(e.date) if e.date else (f"? ({one_line(e.date_text)})" if e.date_text else "undated")
        flag = " [planned]" if e.planned else ""
        place = f" @ {one_line(e.place)}" if e.place else ""
        out.append(f"  {when}  {one_line(e.summary)}{place}{flag}")
    click.echo("\n".join(out))


# Exit status of a search whose answer was cut short: by --budget-ms (at the time
# limit, or, field filters, at a row cap, which only a search with a budget
# has), or a person:/org:/... value standing for more entities than a search
# takes (ENTITY_FILTER_MATCHES with --budget-ms, ENTITY_FILTER_ALL without).
PARTIAL_EXIT = 3


@cli.command()
@click.argument("query")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of {id, title, date, snippet}.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@click.option("--budget-ms", type=click.IntRange(0, 3_600_000), default=None, metavar="MS",
              help="Stop searching after MS milliseconds (and, with field filters, at the row caps "
                   "the browser uses) and print the newest matches found "
                   f"(exit status {PARTIAL_EXIT} when cut short). Default: no limit, the complete answer "
                   f"(a person:/org:/... value standing for more than {ENTITY_FILTER_ALL:,} entities, "
                   f"{ENTITY_FILTER_MATCHES} with --budget-ms, also exits {PARTIAL_EXIT}: those in most "
                   "reports are searched).")
@click.pass_context
def search(ctx, query, db, as_json, limit, budget_ms):
    """Full-text search. Words, "quoted phrases", prefix*, and filters:
    person: org: country: source: after:YYYY[-MM[-DD]] before:...

    A filter that is ignored (a bad date) or matches nothing (a person, source or
    kind: that no report has) is named on stderr, one line each; the exit status
    stays 0."""
    from briefing_tui.export import plain_snippet, search_json
    from briefing_tui.store import query as q

    store = _open(db or ctx.obj.get("db"))
    # A script wants the whole answer: no time budget unless asked for (the
    # browser has one, for typing; this command waits as long as it takes).
    budget = None if budget_ms is None else budget_ms / 1000
    try:
        # reports only: the documented search --json shape is a list of reports
        hits = store.search(query, limit=limit, kinds=("report",), budget=budget)
    except StoreError as exc:
        fail(str(exc))
    cut = bool(getattr(hits, "partial", ()))
    for problem in getattr(hits, "problems", ()):
        click.echo(f"briefing: {one_line(problem)}", err=True)
    if "report" not in q.parse(query).hit_kinds():
        click.echo("briefing: this command lists reports only: kind: other than report finds nothing here"
                   " (the browser's search shows participants, claims and events)", err=True)
    if as_json:
        click.echo(json_dumps(search_json(hits), indent=2))
    else:
        for h in hits:
            click.echo(f"{h.report_id:>7}  {one_line(h.date) if h.date else ' ' * 10}  {one_line(h.title)}")
            click.echo(f"         {one_line(plain_snippet(h.snippet))}")
    if cut:
        # never "no matches": the walk stopped before it could know
        if getattr(hits, "timed", ()) or getattr(hits, "capped", {}):
            click.echo(f"briefing: {partial_note(len(hits), budget_ms, getattr(hits, 'capped', {}))}", err=True)
        if getattr(hits, "narrowed", {}):
            click.echo(f"briefing: {narrowed_note(hits.narrowed, budget_ms)}", err=True)
        ctx.exit(PARTIAL_EXIT)
    if not hits and not as_json:
        click.echo("no matches", err=True)


def partial_note(found: int, budget_ms: int | None, capped: dict[str, int] | None = None) -> str:
    """What a search cut by --budget-ms found, in one line, and how to get the rest.
    With a budget, a walk with filters also stops at a row cap (`capped`: the
    rows it allowed); without --budget-ms there is neither limit."""
    limit = (f"row limit ({max(capped.values()):,} rows walked)" if capped
             else f"time limit ({budget_ms} ms)")
    if not found:
        return (f"search stopped at its {limit} before finding any match; "
                "matches may exist: run it without --budget-ms for the complete answer")
    return (f"search stopped at its {limit}: these are the newest "
            f"{found} match{'es' if found != 1 else ''} found, older ones may exist; "
            "run it without --budget-ms for the complete answer")


def narrowed_note(narrowed: dict[str, int], budget_ms: int | None) -> str:
    """A filter that stood for more entities than the search took, in one line."""
    which = "; ".join(f"{one_line(f)} stands for more than {n:,} entities" for f, n in narrowed.items())
    rest = (f"run it without --budget-ms to search up to {ENTITY_FILTER_ALL:,} of them" if budget_ms is not None
            else "a longer value (a full name) narrows it")
    return f"{which}: only those in most reports were searched, matches through the others may exist; {rest}"


def _find_entity(store: Store, name: str):
    """The entity named `name` (or with that alias); the one in most reports if several."""
    found = store.find_entities(name, limit=10)
    if not found:
        maybe = store.suggest_entities(name, limit=5)
        hint = f" (did you mean: {', '.join(one_line(e.name) for e in maybe)}?)" if maybe else ""
        fail(f"no entity named {one_line(name)!r}{hint}")
    if len(found) > 1:
        others = ", ".join(f"{one_line(e.name)} ({e.kind}, {e.report_count} reports)" for e in found[1:])
        click.echo(f"briefing: note: {len(found)} entities match; showing the one in most reports."
                   f" Others: {others}", err=True)
    return found[0]


def _timeline_events(store: Store, flt, limit: int) -> list:
    """Events (one per telling) in timeline order: dated by date, then planned, then unresolved."""
    out = []
    for section in ("dated", "planned", "undated"):
        offset = 0
        while len(out) < limit:
            groups = store.timeline(flt, section, offset, min(500, limit))
            if not groups:
                break
            offset += len(groups)
            for group in groups:
                out.extend(group.sources)
    return out[:limit]


def _print_events(sources) -> None:
    from briefing_tui.export import event_line

    for s in sources:
        click.echo(f"  {event_line(s.event)}  [report {s.report.id}: {one_line(s.report.title)}]")


@cli.command()
@click.argument("name")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (see README).")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=1000, show_default=True,
              help="At most this many reports, claims and events.")
@click.pass_context
def entity(ctx, name, db, as_json, limit):
    """One entity across all reports: aliases, roles, its reports (newest first), claims, timeline.

    NAME is a name or alias in any case, e.g. "Steve Jobs", "Seoul", "u.s.".
    """
    from briefing_tui.export import claim_json, entity_json, timeline_event_json
    from briefing_tui.store.models import TimelineFilter

    store = _open(db or ctx.obj.get("db"))
    try:
        found = _find_entity(store, name)
        reports = store.entity_reports(found.id, 0, limit)
        claims = store.entity_claims(found.id, limit)
        about = store.entity_claims_about(found.id, limit)
        events = _timeline_events(store, TimelineFilter(entity_id=found.id), limit)
    except StoreError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json_dumps(entity_json(found, reports, claims, about, events), indent=2))
        return
    click.echo(f"{one_line(found.name)} ({found.kind}) in {found.report_count} reports")
    if found.aliases:
        click.echo("Also: " + ", ".join(one_line(a) for a in found.aliases))
    if found.roles:
        click.echo("Roles: " + ", ".join(one_line(r) for r in found.roles))
    click.echo("Reports (newest first)")
    for r in reports:
        click.echo(f"  {r.id:>7}  {r.published or 'undated   '}  {one_line(r.title)}")
    for title, items in (("Claims by it", claims), ("Claims about it", about)):
        if items:
            click.echo(title)
            for c in items:
                click.echo(f"  {attribution(one_line(c.claimant), one_line(c.cue))}: {one_line(c.text)}  [report {c.report_id}]")
    click.echo("Timeline")
    _print_events(events)


@cli.command()
@click.option("--entity", "entity_name", help="Only events this entity (name or alias) takes part in.")
@click.option("--after", help="On or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--before", help="On or before this date: YYYY, YYYY-MM or YYYY-MM-DD.")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of events (see README).")
@click.option("--limit", type=click.IntRange(1, 10_000_000), default=1000, show_default=True)
@click.pass_context
def timeline(ctx, entity_name, after, before, db, as_json, limit):
    """Events across reports by resolved date; then planned events; then undated ones.

    Undated events are filtered by their report's date.
    """
    from briefing_tui.export import timeline_event_json
    from briefing_tui.store.models import TimelineFilter
    from briefing_tui.store.timeline import date_bound

    try:
        low, high = date_bound(after, True), date_bound(before, False)
    except ValueError as exc:
        fail(str(exc))
    store = _open(db or ctx.obj.get("db"))
    try:
        entity_id = _find_entity(store, entity_name).id if entity_name else None
        events = _timeline_events(store, TimelineFilter(entity_id, low, high), limit)
    except StoreError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json_dumps([timeline_event_json(s) for s in events], indent=2))
        return
    if not events:
        click.echo("no events", err=True)
    _print_events(events)


@cli.command(name="export")
@click.argument("report_id", type=int)
@_db_option
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (never overwritten) instead of standard output.")
@click.pass_context
def export_cmd(ctx, report_id, db, fmt, output):
    """One report's briefing (participants, claims, events, with citations) as Markdown or JSON."""
    from briefing_tui.export import report_json, report_markdown

    store = _open(db or ctx.obj.get("db"))
    try:
        report = store.report(report_id)
    except StoreError as exc:
        fail(str(exc))
    if report is None:
        fail(f"no report with id {report_id}")
    text = report_markdown(report) if fmt == "md" else json_dumps(report_json(report), indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        with open(output, "x", encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:
        fail(f"{output} already exists; choose another --output")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    click.echo(f"briefing: wrote {output}", err=True)


def main() -> None:
    """The click CLI (launch.main hands it every invocation but the plain browse)."""
    guarded(lambda: cli(obj={}))
