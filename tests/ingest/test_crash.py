"""SIGKILL during a 2,000-report ingest: the database stays whole and a re-run finishes the job.

The ingest runs in a subprocess through the real pipeline and Writer, with the
fast deterministic extractor from robust_support (spaCy would make each run take
minutes). It is killed at random points; after each kill the database must pass
PRAGMA integrity_check and FTS5 'integrity-check', and every report in it must
hold exactly the participants, claims, events and dates extracted from it. A
final run must add exactly the missing reports.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from robust_support import (
    check_complete,
    clean_env,
    fast_ingest_command,
    run,
    synthetic_reports,
    write_jsonl,
)

from briefing_tui.store import content_hash

N = 2000


def stored_count(db: Path) -> int | None:
    if not db.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # not created yet


def writer_holds_lock(db: Path) -> bool:
    """Whether another connection is inside a write transaction right now (BEGIN IMMEDIATE would wait)."""
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    else:
        conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()


def kill_at(db: Path, source: Path, target: int, delay: float, in_transaction: bool = False) -> bool:
    """Start an ingest, wait until `target` reports are stored, wait `delay` more, SIGKILL it
    (with `in_transaction`, at the first moment after that when it holds the write lock).

    Returns whether the kill came while the ingest held the write lock, i.e.
    inside a report's transaction (it is killed microseconds after the check).
    """
    proc = subprocess.Popen(fast_ingest_command(db, source), env=clean_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        while proc.poll() is None:
            count = stored_count(db)
            if count is not None and count >= target:
                break
            time.sleep(0.005)
        assert proc.poll() is None, f"ingest ended before the kill: {proc.communicate()}"
        time.sleep(delay)
        inside = writer_holds_lock(db)
        while in_transaction and not inside and proc.poll() is None:
            inside = writer_holds_lock(db)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return inside


def kill_loop(tmp_path: Path, kills: int, seed: int) -> dict:
    reports = synthetic_reports(N, seed=seed)
    source = write_jsonl(tmp_path / "reports.jsonl", reports)
    db = tmp_path / "killed.db"
    rng = random.Random(seed)
    targets = sorted(rng.sample(range(20, N - 100), kills))
    counts, inside = [], 0
    for i, target in enumerate(targets):
        inside += kill_at(db, source, target, rng.uniform(0, 0.03), in_transaction=i % 2 == 1)
        counts.append(check_complete(db))
        assert counts[-1] >= target and counts == sorted(counts)
    finish = subprocess.run(fast_ingest_command(db, source), env=clean_env(), capture_output=True, text=True)
    assert finish.returncode == 0, finish.stderr
    result = json.loads(finish.stdout)
    assert (result["added"], result["skipped"], result["failed"]) == (N - counts[-1], counts[-1], 0)
    assert check_complete(db) == N
    conn = sqlite3.connect(db)
    assert sorted(h for (h,) in conn.execute("SELECT content_hash FROM reports")) == sorted(
        content_hash(r["body"]) for r in reports
    )
    return {"counts": counts, "inside": inside}


def test_sigkill_at_random_points_leaves_only_whole_reports(tmp_path):
    outcome = kill_loop(tmp_path, kills=3, seed=11)
    print("reports stored at each kill:", outcome["counts"], "kills inside a transaction:", outcome["inside"])
    assert outcome["inside"] >= 1, "no kill landed inside a report's transaction"


@pytest.mark.slow
def test_sigkill_many_times(tmp_path):
    outcome = kill_loop(tmp_path, kills=12, seed=23)
    print("reports stored at each kill:", outcome["counts"], "kills inside a transaction:", outcome["inside"])
    assert outcome["inside"] >= 6, "too few kills landed inside a report's transaction"


@pytest.mark.slow
def test_sigkill_the_real_command_with_spacy(tmp_path):
    """The real `briefing ingest` (spaCy extraction) killed mid-run, then resumed, equals a clean run."""
    from robust_support import briefing_command

    corpus = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews-apple"
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    assert run("ingest", corpus, "--db", clean_db).returncode == 0
    for target in (3, 12, 21):
        proc = subprocess.Popen([*briefing_command(), "ingest", str(corpus), "--db", str(killed_db)],
                                env=clean_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while proc.poll() is None and (stored_count(killed_db) or 0) < target:
            time.sleep(0.01)
        proc.kill()
        proc.wait()
        assert sqlite3.connect(killed_db).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert run("ingest", corpus, "--db", killed_db).returncode == 0

    def shape(db: Path) -> dict:
        conn = sqlite3.connect(db)
        return {
            digest: tuple(
                conn.execute(f"SELECT count(*) FROM {t} WHERE report_id = ?", (rid,)).fetchone()[0]
                for t in ("participants", "claims", "events", "dates")
            )
            for rid, digest in conn.execute("SELECT id, content_hash FROM reports")
        }

    assert shape(killed_db) == shape(clean_db)
    assert len(shape(killed_db)) == 30
