"""Ingest: files -> reports -> extraction -> one transaction per report.

Reports already stored (same content hash) are skipped before extraction, so a
re-run after a crash only does the missing work. A bad file, a bad line or a
report the extractor chokes on is reported and skipped; only a failing
database stops the run.

Batches overlap: batch N+1 is read, checked for duplicates and handed to the
extraction workers before batch N is written, so the workers never wait while
this process reads and writes; batch N is written task by task as the workers
hand each back, so at the end of an ingest only the last task's reports are
left to write. At most two batches are in memory.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.extract.nlp import ModelError
from briefing_tui.extract.trace import stamp
from briefing_tui.ingest.readers import (
    Defaults,
    NotAReport,
    ReadError,
    ReadWarning,
    find_files,
    read_reports,
)
from briefing_tui.records import Extraction, ReportInput
from briefing_tui.store.connection import StoreError
from briefing_tui.store.write import InvalidExtraction, Writer, content_hash

BATCH = 64


@dataclass
class IngestResult:
    added: int = 0
    skipped: int = 0  # same content already in the database or earlier in this run
    failed: int = 0  # files, lines or reports that could not be ingested
    problems: list[str] = field(default_factory=list)  # one line each, for stderr
    warnings: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    fatal: str | None = None  # the database failed: the run stopped here
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.failed or self.fatal or self.interrupted)

    def summary(self, db: Path) -> str:
        parts = [f"{self.added} added", f"{self.skipped} already present"]
        if self.failed:
            parts.append(f"{self.failed} failed")
        state = " (interrupted)" if self.interrupted else (" (stopped)" if self.fatal else "")
        return f"ingested into {db}: " + ", ".join(parts) + f" in {self.seconds:.1f} s" + state


Extract = Callable[[list[ReportInput]], Iterable[Extraction]]
# on_message(kind, line): kind is "error", "warning" or "skipped"; lines are for stderr as they happen.
OnMessage = Callable[[str, str], None]


class _Run:
    """The state of one ingest: counts, messages and the progress in bytes read."""

    def __init__(self, result: IngestResult, on_message: OnMessage | None, verbose: bool):
        self.result = result
        self.on_message = on_message
        self.verbose = verbose
        self.bytes_done = 0
        self.last_id_before: int | None = None  # reports with higher ids came in during this run

    def message(self, kind: str, line: str) -> None:
        {"error": self.result.problems, "warning": self.result.warnings, "skipped": self.result.duplicates}[
            kind
        ].append(line)
        if self.on_message and (kind != "skipped" or self.verbose or "earlier in this run" in line):
            self.on_message(kind, line)

    def fail(self, line: str) -> None:
        self.result.failed += 1
        self.message("error", line)


def read_all(paths: list[Path], defaults: Defaults, run: _Run | IngestResult) -> Iterator[ReportInput]:
    """Every readable report under the paths, streamed; problems are noted as they are met."""
    if isinstance(run, IngestResult):
        run = _Run(run, None, False)
    for item in find_files(paths):
        if isinstance(item, ReadError):
            run.fail(str(item))
            continue
        explicit = item in paths
        base = run.bytes_done

        def advance(n: int, base: int = base) -> None:
            run.bytes_done = base + n

        for report in read_reports(item, defaults, progress=advance):
            if isinstance(report, NotAReport) and not explicit:
                run.message("warning", f"{report} (skipped)")
            elif isinstance(report, ReadError):
                run.fail(str(report))
            elif isinstance(report, ReadWarning):
                run.message("warning", str(report))
            else:
                yield report


def count_bytes(paths: list[Path]) -> int:
    """The total size of the report files under the paths: the progress bar's 100%."""
    total = 0
    for item in find_files(paths):
        if not isinstance(item, ReadError):
            try:
                total += item.stat().st_size
            except OSError:
                pass
    return total


def ingest(
    paths: list[Path],
    db: Path,
    defaults: Defaults = Defaults(),
    extract: Extract | None = None,
    progress: Callable[[int, int], None] | Callable[[int], None] | None = None,
    on_message: OnMessage | None = None,
    verbose: bool = False,
) -> IngestResult:
    """Ingest every report under `paths` into the database at `db`.

    Reports stream through in batches, so memory stays flat however many there
    are. `progress(reports_handled, bytes_read)` is called after each batch
    (a one-argument callable gets reports_handled only). A database that does
    not exist yet is created only when there is something to write, or when
    no paths are given. StoreError (and ModelError) are raised when the run
    cannot start; a database failure mid-run ends it with `result.fatal` set.
    KeyboardInterrupt ends it with `result.interrupted` set: the report being
    written is rolled back, every earlier one is kept.
    """
    started = time.perf_counter()
    stamp("ingest: start")
    result = IngestResult()
    run = _Run(result, on_message, verbose)
    writer: Writer | None = None
    if db.exists() or not paths:
        writer = Writer(db)
    else:
        _check_creatable(db)
    if extract is None and _enough_for_workers(paths):
        from briefing_tui.extract.workers import prestart

        prestart()  # the pipeline loads in the fork server while this process reads
    report_progress = _progress_adapter(progress)
    queue: list[_Batch] = []  # extracted (or being extracted), not yet written: at most two
    try:
        handled = 0
        for batch in _chunks(read_all(paths, defaults, run), BATCH):
            if writer is None:
                writer = Writer(db)
            if run.last_id_before is None:
                run.last_id_before = writer.last_report_id()
            in_flight = queue[-1].hashes if queue else {}
            todo, hashes = _new_reports(writer, batch, run, in_flight)
            queue.append(_Batch(len(batch), todo, hashes, _start(todo, extract) if todo else None))
            while len(queue) > 1 or (queue and queue[0].job is None):
                handled += _write(writer, queue[0], extract, run)
                queue.pop(0)
                if report_progress:
                    report_progress(handled, run.bytes_done)
        while queue:
            handled += _write(writer, queue[0], extract, run)
            queue.pop(0)
            if report_progress:
                report_progress(handled, run.bytes_done)
    except StoreError as exc:
        result.fatal = str(exc)
    except KeyboardInterrupt:
        result.interrupted = True
    finally:
        for unwritten in queue:
            if unwritten.job is not None:
                unwritten.job.cancel()
        if writer is not None:
            writer.close()
    result.seconds = time.perf_counter() - started
    stamp("ingest: done")
    return result


def _enough_for_workers(paths: list[Path]) -> bool:
    """Likely to hold a batch big enough for the worker pool: as many files as
    the pool's smallest batch, or one big file (JSON Lines). Looks at no more
    files than that, so a huge folder is not walked twice."""
    from itertools import islice

    from briefing_tui.extract.workers import MIN_PARALLEL_BATCH

    files = [f for f in islice(find_files(paths), MIN_PARALLEL_BATCH) if not isinstance(f, ReadError)]
    if len(files) >= MIN_PARALLEL_BATCH:
        return True
    try:
        return sum(f.stat().st_size for f in files) >= MIN_PARALLEL_BATCH * _BIG_REPORT
    except OSError:
        return False


_BIG_REPORT = 8192  # bytes of a long report: less than MIN_PARALLEL_BATCH of them is too few for the pool


def _progress_adapter(progress):
    if progress is None:
        return None
    try:
        import inspect

        two = len(inspect.signature(progress).parameters) >= 2
    except (TypeError, ValueError):
        two = False
    return progress if two else (lambda handled, _bytes: progress(handled))


def _check_creatable(db: Path) -> None:
    """Fail now, not after minutes of extraction, if the database could not be created."""
    folder = db.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"cannot create database {db}: folder {folder} is not writable")


@dataclass
class _Batch:
    size: int  # reports read, duplicates included
    todo: list[ReportInput]  # the new ones, being extracted
    hashes: dict[str, str | None]  # content hash -> path of each new one
    job: object | None  # .parts(): (reports, get extractions) per task, in order (workers.Pending)


class _Deferred:
    """A caller's own extractor, run when its result is wanted (no overlap)."""

    def __init__(self, extract: Extract, todo: list[ReportInput]) -> None:
        self._extract, self._todo = extract, todo

    def parts(self):
        """One task, the whole batch (as workers.Pending.parts)."""
        yield self._todo, lambda: list(self._extract(self._todo))

    def cancel(self) -> None:
        pass


def _start(todo: list[ReportInput], extract: Extract | None):
    if extract is None:
        from briefing_tui.extract import submit_reports

        return submit_reports(todo)
    return _Deferred(extract, todo)


def _write(writer: Writer, batch: _Batch, extract: Extract | None, run: _Run) -> int:
    """Store a batch's reports as their extractions come in, task by task (the
    workers go on with the rest of the batch meanwhile); the number of reports
    it held."""
    if batch.todo:
        for reports, get in batch.job.parts():
            _extract_and_write(writer, reports, extract, run, get)
            stamp(f"wrote {len(reports)}")
    return batch.size


def _extract_and_write(
    writer: Writer, todo: list[ReportInput], extract: Extract | None, run: _Run, get=None
) -> None:
    if extract is None:
        from briefing_tui.extract import extract_reports as extract
    try:
        pairs = list(zip(todo, get() if get is not None else extract(todo), strict=True))
    except (ModelError, KeyboardInterrupt, MemoryError):
        raise
    except Exception:
        # One report broke the batch: extract one by one to find it and keep the rest.
        pairs = []
        for report in todo:
            try:
                (extraction,) = list(extract([report]))
            except (ModelError, KeyboardInterrupt, MemoryError):
                raise
            except Exception as exc:
                run.fail(f"{report.path}: extraction failed ({_one(exc)}); report not stored")
                continue
            pairs.append((report, extraction))
    for report, extraction in pairs:
        try:
            stored = writer.add_report(report, extraction)
        except (InvalidExtraction, sqlite3.IntegrityError) as exc:
            run.fail(f"{report.path}: extraction is invalid ({_one(exc)}); report not stored")
            continue
        if stored is None:
            run.result.skipped += 1
            run.message("skipped", f"{report.path}: same content already in the database (stored meanwhile)")
        else:
            run.result.added += 1


def _one(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:160] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _chunks(items: Iterable[ReportInput], size: int) -> Iterator[list[ReportInput]]:
    batch: list[ReportInput] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _new_reports(
    writer: Writer, reports: list[ReportInput], run: _Run, in_flight: dict[str, str | None] | None = None
) -> tuple[list[ReportInput], dict[str, str | None]]:
    """Drop reports already stored and duplicates met earlier in this run; the
    new ones with their content hashes.

    Batches before the one in flight are already written, so the database
    itself remembers what this run has seen: memory stays flat at a million
    reports. `in_flight` holds the hashes of the batch still being extracted.
    """
    hashes = [content_hash(r.body) for r in reports]
    known = writer.known_hashes(hashes)
    in_flight = in_flight or {}
    in_batch: dict[str, str | None] = {}
    new: dict[str, str | None] = {}
    todo = []
    for report, digest in zip(reports, hashes):
        if digest in in_batch or digest in in_flight:
            first = in_batch[digest] if digest in in_batch else in_flight[digest]
            run.result.skipped += 1
            run.message("skipped", f"{report.path}: same content as {first} earlier in this run; skipped")
            continue
        in_batch[digest] = report.path
        if digest in known:
            report_id, path = known[digest]
            run.result.skipped += 1
            if run.last_id_before is not None and report_id > run.last_id_before:
                run.message("skipped", f"{report.path}: same content as {path} earlier in this run; skipped")
            else:
                origin = f" (from {path})" if path and path != report.path else ""
                run.message("skipped", f"{report.path}: already in the database as report {report_id}{origin}")
            continue
        if report.published is None:
            run.message(
                "warning",
                f"{report.path}: no report date (give --date YYYY-MM-DD); "
                "relative dates such as 'on Friday' stay unresolved",
            )
        todo.append(report)
        new[digest] = report.path
    return todo, new
