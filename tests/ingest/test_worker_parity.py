"""Ingest stores the same rows whether reports are extracted in this process or
spread over the worker pool (fork server, tasks of a few reports, batches
written while the workers go on): the pool is a speed-up, never a change."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from briefing_tui.extract import workers
from briefing_tui.ingest.pipeline import ingest
from briefing_tui.ingest.readers import Defaults

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VOLATILE = {("reports", "ingested_at")}  # the clock, not the extraction


def _rows(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        tables = [
            name
            for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not name.startswith("sqlite_") and "_fts_" not in name
        ]
        out = {}
        for table in tables:
            columns = [row[1] for row in con.execute(f"PRAGMA table_info({table})")]
            kept = [c for c in columns if (table, c) not in VOLATILE]
            select = ", ".join(f'"{c}"' for c in kept)
            out[table] = sorted(con.execute(f'SELECT {select} FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        con.close()


def _ingest(folder: Path, db: Path, processes: str, monkeypatch) -> None:
    monkeypatch.setenv(workers.ENV_VAR, processes)
    try:
        result = ingest([folder], db, Defaults(published="2024-11-02"))
        assert (workers._pool is not None) == (processes != "1")  # the pool did the work
    finally:
        workers.shutdown()
    assert result.ok and result.failed == 0, result.problems


def test_one_process_and_the_pool_store_the_same_rows(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    sources = sorted((FIXTURES / "wikinews-apple").glob("*.md"))[:20] + [FIXTURES / "seed-report.txt"]
    for path in sources:
        shutil.copy(path, folder / path.name)
    assert len(sources) > workers.MIN_PARALLEL_BATCH  # big enough for the pool to be used

    _ingest(folder, tmp_path / "one.db", "1", monkeypatch)
    _ingest(folder, tmp_path / "two.db", "2", monkeypatch)

    one, two = _rows(tmp_path / "one.db"), _rows(tmp_path / "two.db")
    assert one.keys() == two.keys()
    assert len(one["reports"]) == len(sources) and one["claims"] and one["events"] and one["participants"]
    for table in one:
        assert one[table] == two[table], table
