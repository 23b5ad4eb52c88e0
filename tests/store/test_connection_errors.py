"""Database faults a user can cause: one clear line and a non-zero exit from every command.

Each case is a real file on disk (missing, unreadable, garbage, damaged header,
truncated, locked by another process, written by a newer schema, another
application's database) and each command is the real `briefing` in a subprocess.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from robust_support import clean_env, fake_extract, run, synthetic_reports, write_jsonl

from briefing_tui.ingest.pipeline import ingest

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed-report.txt"
COMMANDS = {
    "browser": lambda db: ["--db", db],
    "show": lambda db: ["show", "1", "--db", db],
    "show-json": lambda db: ["show", "1", "--json", "--db", db],
    "search": lambda db: ["search", "talks", "--db", db],
    "ingest": lambda db: ["ingest", SEED, "--date", "2024-11-02", "--db", db],
}


@pytest.fixture(scope="module")
def good_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    db = folder / "good.db"
    result = ingest([write_jsonl(folder / "r.jsonl", synthetic_reports(60))], db, extract=fake_extract)
    assert result.ok and result.added == 60
    # a clean, checkpointed single file, as a user would copy it around
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return db


def fingerprint(path: Path) -> tuple:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns


def assert_one_line_error(proc: subprocess.CompletedProcess, *words: str) -> str:
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode not in (0, None), proc
    assert "Traceback" not in proc.stderr, proc.stderr
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("briefing: error: "), lines
    for word in words:
        assert word in lines[0], (word, lines[0])
    assert proc.stdout == "", proc.stdout
    return lines[0]


def _copy(good_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "case.db"
    shutil.copy(good_db, db)
    return db


@pytest.mark.parametrize("command", ["show", "show-json", "search"])
def test_missing_database(tmp_path, command):
    db = tmp_path / "nope.db"
    line = assert_one_line_error(run(*COMMANDS[command](db)), "no database at", str(db))
    assert "briefing ingest" in line  # says how to make one
    assert not db.exists()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_garbage_file(tmp_path, command):
    db = tmp_path / "garbage.db"
    db.write_bytes(os.urandom(40_000))
    before = fingerprint(db)
    assert_one_line_error(run(*COMMANDS[command](db)), "not a briefing database", str(db))
    assert fingerprint(db) == before


@pytest.mark.parametrize("command", list(COMMANDS))
def test_damaged_header(good_db, tmp_path, command):
    db = _copy(good_db, tmp_path)
    data = bytearray(db.read_bytes())
    data[0:16] = b"not sqlite at al"
    db.write_bytes(bytes(data))
    before = fingerprint(db)
    assert_one_line_error(run(*COMMANDS[command](db)), str(db))
    assert fingerprint(db) == before


@pytest.mark.parametrize("command", list(COMMANDS))
def test_truncated_file(good_db, tmp_path, command):
    db = _copy(good_db, tmp_path)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = fingerprint(db)
    assert_one_line_error(run(*COMMANDS[command](db)), "truncated", str(db))
    assert fingerprint(db) == before


@pytest.mark.parametrize("command", ["browser", "show", "search", "ingest"])
def test_empty_file(tmp_path, command):
    db = tmp_path / "empty.db"
    db.touch()
    proc = run(*COMMANDS[command](db))
    if command == "ingest":
        # an empty file is an empty SQLite database: ingest makes it a briefing database
        assert proc.returncode == 0, proc.stderr
        assert sqlite3.connect(db).execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    else:
        assert_one_line_error(proc, str(db))


@pytest.mark.parametrize("command", list(COMMANDS))
def test_newer_schema_is_refused_unmodified(good_db, tmp_path, command):
    db = _copy(good_db, tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = fingerprint(db)
    assert_one_line_error(run(*COMMANDS[command](db)), "newer briefing", "99", "not modified")
    assert fingerprint(db) == before
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


@pytest.mark.parametrize("command", list(COMMANDS))
def test_other_applications_database(tmp_path, command):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    before = fingerprint(db)
    assert_one_line_error(run(*COMMANDS[command](db)), "not a briefing database")
    assert fingerprint(db) == before


@pytest.mark.parametrize("command", ["browser", "show", "search", "ingest"])
def test_folder_instead_of_file(tmp_path, command):
    assert_one_line_error(run(*COMMANDS[command](tmp_path)), "not a database file")


def _without_root_powers() -> list[str] | None:
    """A prefix that runs a command without the power to ignore file permissions.

    chmod does not stop root from reading. As root, drop CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH from the bounding set (setpriv, util-linux), so the
    kernel enforces the mode bits for the child as for any user.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    probe = Path(tempfile.mkdtemp()) / "probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search"]
        blocked = subprocess.run([*prefix, "cat", str(probe)], capture_output=True).returncode != 0
    finally:
        shutil.rmtree(probe.parent)
    return prefix if blocked else None


@pytest.mark.parametrize("command", list(COMMANDS))
def test_unreadable_file(good_db, tmp_path, command):
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root and setpriv cannot drop CAP_DAC_OVERRIDE here: chmod would not block reads")
    db = _copy(good_db, tmp_path)
    db.chmod(0)
    try:
        from robust_support import briefing_command

        args = [str(a) for a in COMMANDS[command](db)]
        proc = subprocess.run(
            [*prefix, *briefing_command(), *args],
            capture_output=True, text=True, env=clean_env(), stdin=subprocess.DEVNULL, timeout=120,
        )
        assert_one_line_error(proc, "permission denied", str(db))
    finally:
        db.chmod(0o644)


@pytest.mark.parametrize("command", ["ingest"])
def test_read_only_database_for_ingest(good_db, tmp_path, command):
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root and setpriv cannot drop CAP_DAC_OVERRIDE here: chmod would not block writes")
    db = _copy(good_db, tmp_path)
    db.chmod(0o444)
    before = fingerprint(db)
    from robust_support import briefing_command

    proc = subprocess.run(
        [*prefix, *briefing_command(), *map(str, COMMANDS[command](db))],
        capture_output=True, text=True, env=clean_env(), stdin=subprocess.DEVNULL, timeout=120,
    )
    assert_one_line_error(proc, "permission denied", str(db))
    assert fingerprint(db) == before


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE reports SET title = title WHERE id = 1")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_locked_database(good_db, tmp_path, journal):
    """Another process holds an exclusive lock: each command waits its busy timeout, then says so."""
    db = _copy(good_db, tmp_path)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.close()
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(db), "60"], stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout.readline().strip() == "locked"
        env = clean_env(BRIEFING_BUSY_TIMEOUT_MS="400")
        for command in COMMANDS:
            started = time.monotonic()
            proc = run(*COMMANDS[command](db), env=env)
            assert_one_line_error(proc, "locked by another process", str(db))
            assert time.monotonic() - started < 30  # it gave up, it did not hang
    finally:
        locker.kill()
        locker.wait()
    # once the lock is gone, the same database works
    assert run("show", "1", "--db", db).returncode == 0


@pytest.mark.parametrize("command", ["show", "show-json", "search", "ingest"])
def test_corrupt_pages_behind_a_good_header(good_db, tmp_path, command):
    """Header and schema page intact, every other page garbage: found at the first query."""
    db = _copy(good_db, tmp_path)
    data = bytearray(db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size:] = os.urandom(len(data) - page_size)
    db.write_bytes(bytes(data))
    line = assert_one_line_error(run(*COMMANDS[command](db)), str(db))
    assert "malformed" in line or "corrupt" in line


def test_read_only_folder(good_db, tmp_path):
    """A database on a read-only share: the browser's commands read it, ingest says why it cannot write."""
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root and setpriv cannot drop CAP_DAC_OVERRIDE here: chmod would not block writes")
    from robust_support import briefing_command

    share = tmp_path / "share"
    share.mkdir()
    db = share / "wal.db"
    shutil.copy(good_db, db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")  # persistent: the -shm file is needed to read it
    conn.close()
    share.chmod(0o555)
    try:
        def as_user(*args):
            return subprocess.run([*prefix, *briefing_command(), *map(str, args)], capture_output=True, text=True,
                                  env=clean_env(), stdin=subprocess.DEVNULL, timeout=120)

        shown = as_user("show", "1", "--json", "--db", db)
        assert shown.returncode == 0, shown.stderr
        assert as_user("search", "talks", "--db", db).returncode == 0
        assert_one_line_error(as_user(*COMMANDS["ingest"](db)), "cannot write in the database's folder")
        assert sorted(p.name for p in share.iterdir()) == ["wal.db"]
    finally:
        share.chmod(0o755)
