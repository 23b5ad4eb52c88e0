"""Concurrent use with real processes: readers keep reading while ingest writes (WAL), and two
ingests at once both finish, without "database is locked".
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from robust_support import (
    check_complete,
    clean_env,
    fake_extract,
    fast_ingest_command,
    run,
    synthetic_reports,
    write_jsonl,
)

from briefing_tui.ingest.pipeline import ingest

SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples" / "reports"
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed-report.txt"

# The browser's side: one read-only Store kept open, queried in a loop until the writer is done.
READER = """
import json, sys, random
from pathlib import Path
from briefing_tui.store import Store
store = Store(Path(sys.argv[1]))
stop = Path(sys.argv[2])
rng = random.Random(1)
counts, errors, queries = [], [], 0
while True:
    done = stop.exists()
    try:
        n = store.count_reports()
        counts.append(n)
        store.list_reports(0, 50)
        store.search("talks ministers", limit=20)
        report = store.report(rng.randint(1, n))
        assert report is not None and report.body
        queries += 4
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    if done:
        break
print(json.dumps({"counts": counts, "errors": errors, "queries": queries}))
"""


def test_reader_stays_usable_while_ingest_writes(tmp_path):
    db = tmp_path / "shared.db"
    first = ingest([write_jsonl(tmp_path / "first.jsonl", synthetic_reports(50, seed=1))], db, extract=fake_extract)
    assert first.ok
    more = write_jsonl(tmp_path / "more.jsonl", synthetic_reports(800, seed=2))
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop)], env=clean_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writer = subprocess.Popen(fast_ingest_command(db, more), env=clean_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # the shell commands, meanwhile, on the same database
    cli = [run("search", "talks", "--json", "--db", db), run("show", "1", "--json", "--db", db)]
    w_out, w_err = writer.communicate(timeout=300)
    stop.touch()
    r_out, r_err = reader.communicate(timeout=60)
    assert writer.returncode == 0, w_err
    assert reader.returncode == 0, r_err
    seen = json.loads(r_out)
    assert seen["errors"] == []
    assert seen["counts"] == sorted(seen["counts"])
    assert seen["counts"][-1] == 850
    during = {c for c in seen["counts"] if 50 < c < 850}
    assert len(during) >= 3, "the reader never read while the writer was half way"
    for proc in cli:
        assert proc.returncode == 0 and "locked" not in proc.stderr, proc.stderr
        json.loads(proc.stdout)
    assert check_complete(db) == 850


def test_two_ingests_at_once_both_finish(tmp_path):
    """Overlapping inputs into a database that does not exist yet: created once, no report twice."""
    reports = synthetic_reports(1600, seed=5)
    a = write_jsonl(tmp_path / "a.jsonl", reports[:1000])
    b = write_jsonl(tmp_path / "b.jsonl", reports[600:])
    db = tmp_path / "new.db"
    procs = [subprocess.Popen(fast_ingest_command(db, src), env=clean_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for src in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outs):
        assert proc.returncode == 0, (out, err)
        assert "locked" not in out + err
    results = [json.loads(out) for out, _ in outs]
    assert sum(r["added"] for r in results) == 1600
    assert sum(r["skipped"] for r in results) == 400
    assert check_complete(db) == 1600


def test_two_real_briefing_ingests_at_once(tmp_path):
    """The real command, spaCy and all, twice at once on overlapping folders."""
    db = tmp_path / "cli.db"
    both = tmp_path / "both"
    both.mkdir()
    for path in sorted(SAMPLES.glob("*.md"))[:3]:
        (both / path.name).write_bytes(path.read_bytes())
    env = clean_env(BRIEFING_BUSY_TIMEOUT_MS="30000")
    from robust_support import briefing_command

    procs = [
        subprocess.Popen([*briefing_command(), "ingest", str(src), str(both), "--db", str(db), "--date", "2024-11-02"],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
        for src in (SAMPLES, SEED)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outs):
        assert proc.returncode == 0, (out, err)
        assert "locked" not in err and "Traceback" not in err
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    hashes = [h for (h,) in conn.execute("SELECT content_hash FROM reports")]
    from briefing_tui.ingest.readers import find_files, read_reports
    from briefing_tui.records import ReportInput
    from briefing_tui.store import content_hash

    expected = {content_hash(r.body) for f in find_files([SAMPLES, SEED]) for r in read_reports(f)
                if isinstance(r, ReportInput)}
    assert sorted(hashes) == sorted(expected)  # every report once, none twice
