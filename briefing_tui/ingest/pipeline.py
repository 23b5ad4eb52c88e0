"""Ingest: files -> reports -> extraction -> one transaction per report.

Reports already stored (same content hash) are skipped before extraction, so a
re-run after a crash only does the missing work.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefing_tui.ingest.readers import Defaults, NotAReport, ReadError, find_files, read_reports
from briefing_tui.records import Extraction, ReportInput
from briefing_tui.store.write import Writer, content_hash

BATCH = 64


@dataclass
class IngestResult:
    added: int = 0
    skipped: int = 0  # same content already in the database
    failed: int = 0
    problems: list[str] = field(default_factory=list)  # one line each, for stderr
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self, db: Path) -> str:
        parts = [f"{self.added} added", f"{self.skipped} already present"]
        if self.failed:
            parts.append(f"{self.failed} failed")
        return f"ingested into {db}: " + ", ".join(parts) + f" in {self.seconds:.1f} s"


Extract = Callable[[list[ReportInput]], Iterable[Extraction]]


def read_all(paths: list[Path], defaults: Defaults, result: IngestResult) -> Iterator[ReportInput]:
    """Every readable report under the paths, streamed; problems are noted in result."""
    for item in find_files(paths):
        if isinstance(item, ReadError):
            result.problems.append(str(item))
            result.failed += 1
            continue
        explicit = item in paths
        for report in read_reports(item, defaults):
            if isinstance(report, NotAReport) and not explicit:
                result.warnings.append(f"{report} (skipped)")
                continue
            if isinstance(report, ReadError):
                result.problems.append(str(report))
                result.failed += 1
                continue
            if report.published is None:
                result.warnings.append(
                    f"{report.path}: no report date (give --date YYYY-MM-DD); "
                    "relative dates such as 'on Friday' stay unresolved"
                )
            yield report


def count_files(paths: list[Path]) -> int:
    return sum(1 for item in find_files(paths) if not isinstance(item, ReadError))


def ingest(
    paths: list[Path],
    db: Path,
    defaults: Defaults = Defaults(),
    extract: Extract | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestResult:
    """Ingest every report under `paths` into the database at `db`.

    Reports stream through in batches, so memory stays flat however many there
    are; `progress` is called with the number of reports handled so far.
    """
    started = time.perf_counter()
    result = IngestResult()
    with Writer(db) as writer:
        handled = 0
        for batch in _chunks(read_all(paths, defaults, result), BATCH):
            todo = _new_reports(writer, batch, result)
            if todo:
                if extract is None:
                    from briefing_tui.extract import extract_reports as extract
                for report, extraction in zip(todo, extract(todo), strict=True):
                    if writer.add_report(report, extraction) is None:
                        result.skipped += 1
                    else:
                        result.added += 1
            handled += len(batch)
            if progress:
                progress(handled)
    result.seconds = time.perf_counter() - started
    return result


def _chunks(items: Iterable[ReportInput], size: int) -> Iterator[list[ReportInput]]:
    batch: list[ReportInput] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _new_reports(writer: Writer, reports: list[ReportInput], result: IngestResult) -> list[ReportInput]:
    """Drop reports already stored and duplicates within this batch."""
    hashes = [content_hash(r.body) for r in reports]
    known = writer.known_hashes(hashes)
    todo, seen = [], set()
    for report, digest in zip(reports, hashes):
        if digest in known or digest in seen:
            result.skipped += 1
            continue
        seen.add(digest)
        todo.append(report)
    return todo
