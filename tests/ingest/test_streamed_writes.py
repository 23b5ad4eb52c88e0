"""A batch is written task by task as its extractions come back; a task that
fails is retried report by report, and only the report that fails is lost."""

from __future__ import annotations

import sqlite3

from robust_support import fake_extract

from briefing_tui.ingest import pipeline
from briefing_tui.records import ReportInput
from briefing_tui.store.write import Writer


def _reports(n: int, start: int = 0) -> list[ReportInput]:
    return [
        ReportInput(f"Report {i}", f"Serial {i}. Kim said talks in Geneva went well on Monday.", "2024-11-02", path=f"r{i}.txt")
        for i in range(start, start + n)
    ]


class _Tasks:
    """A job of several tasks, as workers.Pending hands them back: a task's get()
    records how many reports were stored when it was asked for."""

    def __init__(self, db, chunks, broken=()):
        self.db, self.chunks, self.broken, self.stored_when_asked = db, chunks, set(broken), []

    def parts(self):
        for n, chunk in enumerate(self.chunks):
            yield chunk, (lambda n=n, chunk=chunk: self._get(n, chunk))

    def _get(self, n, chunk):
        with sqlite3.connect(self.db) as conn:
            self.stored_when_asked.append(conn.execute("SELECT count(*) FROM reports").fetchone()[0])
        if n in self.broken:
            raise RuntimeError("worker died")
        return fake_extract(chunk)

    def result(self):  # pragma: no cover - the pipeline uses parts()
        raise AssertionError("the whole batch was waited for")


def _count(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM reports").fetchone()[0]


def test_each_task_is_stored_before_the_next_is_waited_for(tmp_path):
    db = tmp_path / "r.db"
    chunks = [_reports(3, 0), _reports(3, 3), _reports(2, 6)]
    job = _Tasks(db, chunks)
    todo = [r for chunk in chunks for r in chunk]
    run = pipeline._Run(pipeline.IngestResult(), None, False)
    with Writer(db) as writer:
        handled = pipeline._write(writer, pipeline._Batch(len(todo), todo, {}, job), fake_extract, run)
    assert handled == 8 and run.result.added == 8
    assert job.stored_when_asked == [0, 3, 6]
    assert _count(db) == 8


def test_a_failed_task_is_redone_report_by_report_and_only_a_bad_report_is_lost(tmp_path):
    db = tmp_path / "r.db"
    chunks = [_reports(3, 0), _reports(3, 3), _reports(2, 6)]
    job = _Tasks(db, chunks, broken={1})
    todo = [r for chunk in chunks for r in chunk]

    def extract(reports):
        if any(r.path == "r4.txt" for r in reports):
            raise ValueError("cannot parse\nsecond line")
        return fake_extract(reports)

    run = pipeline._Run(pipeline.IngestResult(), None, False)
    with Writer(db) as writer:
        pipeline._write(writer, pipeline._Batch(len(todo), todo, {}, job), extract, run)
    assert run.result.added == 7 and run.result.failed == 1
    assert run.result.problems == ["r4.txt: extraction failed (ValueError: cannot parse); report not stored"]
    with sqlite3.connect(db) as conn:
        paths = {p for (p,) in conn.execute("SELECT path FROM reports")}
    assert paths == {f"r{i}.txt" for i in range(8)} - {"r4.txt"}
