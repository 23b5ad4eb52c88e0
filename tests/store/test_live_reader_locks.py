"""An open Store keeps reading the truth while other processes ingest and close.

In WAL mode the last connection to close checkpoints and deletes the -wal and
-shm files; the open reader's SQLite lock on the database file is what tells a
closing writer it is not the last. Python closing any descriptor of that file
drops all of the process's POSIX locks on it: the reader's later connections
must not open and close the file themselves (connection.open_readonly). Real
files, real Writer processes, no mocks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from briefing_tui.records import Extraction, ReportInput
from briefing_tui.store import Store, Writer

REPO = Path(__file__).resolve().parents[2]

WRITE = textwrap.dedent("""
    import sys
    from briefing_tui.records import Extraction, ReportInput
    from briefing_tui.store import Writer
    with Writer(sys.argv[1]) as w:
        assert w.add_report(ReportInput(sys.argv[2], "Body of " + sys.argv[2] + ".", sys.argv[3], "wire"),
                            Extraction()) is not None
""")


def _write(db: Path, title: str, day: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    env["PYTHONPATH"] = str(REPO)
    subprocess.run([sys.executable, "-c", WRITE, str(db), title, day], env=env, check=True,
                   timeout=120, capture_output=True)


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "live.db"
    with Writer(db) as w:
        for i in range(3):
            w.add_report(ReportInput(f"Report {i}", f"Body number {i}.", f"2024-01-0{i + 1}", "wire"), Extraction())
    assert not Path(f"{db}-wal").exists()  # closed cleanly: the reader starts from the file alone
    return db


def test_writers_closing_do_not_pull_the_wal_from_under_an_open_reader(tmp_path):
    db = _db(tmp_path)
    store = Store(db)
    try:
        assert store.count_reports() == 3  # opens the watch connection beside the first
        _write(db, "First new", "2030-01-01")
        _write(db, "Second new", "2030-01-02")
        assert store.count_reports() == 5
        assert [r.title for r in store.list_reports(0, 2)] == ["Second new", "First new"]
        assert store.report(1).title == "Report 0"
        assert Path(f"{db}-wal").exists()  # still there: the reader is open
    finally:
        store.close()


def test_a_reader_with_every_connection_open_sees_each_commit(tmp_path):
    db = _db(tmp_path)
    store = Store(db)
    try:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(4) as pool:  # several pool connections opened at once
            assert list(pool.map(lambda i: store.report(1 + i % 3).title, range(8)))
        for n in range(3):
            _write(db, f"New {n}", f"2030-01-0{n + 1}")
            assert store.count_reports() == 4 + n
            with ThreadPoolExecutor(4) as pool:
                titles = list(pool.map(lambda i: store.list_reports(0, 1)[0].title, range(8)))
            assert titles == [f"New {n}"] * 8
    finally:
        store.close()
