"""Two processes opening the same new database at the same moment (two `briefing ingest`
runs started together): both must get it, created once, in WAL mode.

Each worker opens the same fresh path as the other at a barrier, again and again. Before
the fix about 7% of such opens failed: the loser of the race to switch the new file to WAL
got SQLITE_BUSY at once (SQLite skips its busy handler there), and one reading the header
while the other wrote it took the file for "not a briefing database".
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

ROUNDS = 60


def _open_each(barrier, paths: list[str], answers) -> None:
    from briefing_tui.store.connection import StoreError, open_writable

    for path in paths:
        barrier.wait(timeout=60)
        try:
            open_writable(path).close()
            answers.put(None)
        except StoreError as exc:
            answers.put(str(exc))


def test_two_processes_opening_one_new_database_both_get_it(tmp_path: Path):
    paths = [str(tmp_path / f"{i}.db") for i in range(ROUNDS)]
    ctx = multiprocessing.get_context("spawn")
    barrier, answers = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=_open_each, args=(barrier, paths, answers)) for _ in range(2)]
    for worker in workers:
        worker.start()
    failures = [a for a in (answers.get(timeout=120) for _ in range(2 * ROUNDS)) if a]
    for worker in workers:
        worker.join(timeout=60)
    assert failures == []
    for path in paths:
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] > 0
        conn.close()
