"""Opening a briefing database: read-only for browsing, WAL and migrated for writing.

Every failure a user can cause (missing, unreadable, corrupt, truncated,
locked, newer schema, not a briefing database) becomes a StoreError with one
readable line, and is found before anything is written: a database this build
cannot handle is refused byte for byte unmodified.
"""

from __future__ import annotations

import os
import time
import sqlite3
import struct
from collections.abc import Sequence
from pathlib import Path

from briefing_tui import resources
from briefing_tui.store.entity_keys import fold_key

# How long to wait for another process's lock before giving up. Writers wait for
# a whole report's transaction; readers only meet a lock when another tool holds
# an exclusive one. BRIEFING_BUSY_TIMEOUT_MS overrides both (slow network disks).
WRITE_BUSY_MS = 30_000
READ_BUSY_MS = 5_000
BUSY_ENV = "BRIEFING_BUSY_TIMEOUT_MS"

_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """A problem with the database a user can act on; str() is one line."""


Migration = tuple[int, str, str]  # (version it brings the database to, file name, SQL)

# The oldest schema this build's reads understand. Migration 0005 only merges
# entities whose keys differ in spelling (accents, hyphens): a schema-4
# database reads the same, with those entities still apart until an ingest
# upgrades it. Raise this when a migration changes what the reads query.
OLDEST_READABLE = 4


def schema_version(sql: str | None = None) -> int:
    """The schema version this build writes (PRAGMA user_version in schema.sql)."""
    for line in (sql if sql is not None else resources.schema_sql()).splitlines():
        line = line.strip().rstrip(";")
        if line.upper().replace(" ", "").startswith("PRAGMAUSER_VERSION="):
            return int(line.split("=")[1])
    raise RuntimeError("db/schema.sql sets no PRAGMA user_version")


def busy_timeout_ms(default: int) -> int:
    value = os.environ.get(BUSY_ENV, "").strip()
    if value.isdigit():
        return int(value)
    return default


def is_busy(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY: another connection holds the lock this statement needs."""
    return (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_BUSY")


def describe(path: Path, exc: sqlite3.Error, busy_ms: int = READ_BUSY_MS) -> StoreError:
    """One line a user can act on, from an SQLite error."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        seconds = busy_timeout_ms(busy_ms) / 1000
        return StoreError(
            f"database is locked by another process (waited {seconds:g} s): {path}; try again when it finishes"
        )
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "malformed" in text or "not a database" in text:
        return StoreError(f"database is corrupt or not a briefing database: {path} ({text})")
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")) or "readonly" in text:
        return StoreError(f"cannot write to database (read-only file or folder?): {path} ({text})")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return StoreError(f"cannot open database (permissions, or its folder is read-only?): {path}")
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return StoreError(f"disk full while writing {path}; free space and run the command again")
    if name.startswith("SQLITE_IOERR"):
        return StoreError(f"input/output error on {path} ({text})")
    return StoreError(f"database error in {path}: {text}")



def _check_file(path: Path, write: bool) -> None:
    """Problems visible from the file itself, found before SQLite touches it."""
    if not path.exists():
        if write:
            return
        raise StoreError(f"no database at {path} (create one with: briefing ingest PATH --db {path})")
    if not path.is_file():
        raise StoreError(f"not a database file: {path}")
    if not os.access(path, os.R_OK):
        raise StoreError(f"cannot read database (permission denied): {path}")
    if write and not os.access(path, os.W_OK):
        raise StoreError(f"cannot write to database (permission denied): {path}")
    if write and not os.access(path.parent, os.W_OK | os.X_OK):
        raise StoreError(f"cannot write in the database's folder (permission denied): {path.parent}")
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size  # before the read: a file being created grows meanwhile
            header = f.read(100)
    except OSError as exc:
        raise StoreError(f"cannot read database ({exc.strerror}): {path}") from None
    if size == 0:
        if write:
            return  # SQLite treats an empty file as a new database
        raise StoreError(f"empty file, not a briefing database: {path}")
    busy = _nonempty(Path(f"{path}-wal")) or Path(f"{path}-journal").exists()
    if len(header) < 100 or not header.startswith(_HEADER):
        if write and busy:
            return  # another process is creating it this moment; SQLite's locks decide
        raise StoreError(f"not a briefing database (not an SQLite file, or its header is damaged): {path}")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    header_size_valid = header[24:28] == header[92:96] and pages > 0
    # Only trusted when no transaction or checkpoint can be half way (no -wal, no -journal).
    if header_size_valid and not busy and size < pages * page_size:
        raise StoreError(
            f"database is truncated ({size:,} of {pages * page_size:,} bytes): {path}; restore it from a backup"
        )


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _configure(conn: sqlite3.Connection, busy_ms: int) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    conn.execute("PRAGMA foreign_keys = ON")


def _identify(conn: sqlite3.Connection, path: Path, current: int) -> int:
    """The database's schema version, after checking it is a briefing database this build can use."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and not tables:
        return 0
    if "reports" not in tables or "entities" not in tables:
        raise StoreError(f"not a briefing database (it holds other tables): {path}")
    if version > current:
        raise StoreError(
            f"{path} was written by a newer briefing (schema {version}; this build knows up to "
            f"{current}); it was not modified: upgrade briefing to open it"
        )
    return version


def open_readonly(path: str | Path, *, check_file: bool = True) -> sqlite3.Connection:
    """Open an existing database for reading (SQLite mode=ro); it is never modified.

    `check_file=False` for a process's further connections to a database it has
    open already: _check_file's read of the header opens and closes the file,
    and closing any descriptor of a file drops every POSIX lock the process holds
    on it, SQLite's included. In WAL mode that lock is what stops an ingest
    closing its connection from checkpointing and deleting the -wal and -shm
    files under the open connections, which then read stale pages or report
    "database disk image is malformed" (tests/store/test_live_reader_locks.py).
    """
    path = Path(path)
    if check_file:
        _check_file(path, write=False)
    try:
        try:
            conn, version = _connect_readonly(path, "mode=ro")
        except sqlite3.OperationalError as exc:
            if not _readonly_share(path, exc):
                raise
            # A WAL database in a folder we cannot write (a read-only share): SQLite
            # cannot create its -shm file. With no -wal file nothing is pending, so
            # the file alone is the whole database.
            conn, version = _connect_readonly(path, "mode=ro&immutable=1")
    except sqlite3.Error as exc:
        raise describe(path, exc) from None
    current = schema_version()
    if version < min(current, OLDEST_READABLE):
        conn.close()
        if version == 0:
            raise StoreError(f"empty database, no reports yet: {path} (add some with: briefing ingest PATH --db {path})")
        raise StoreError(
            f"{path} uses an older schema ({version}); run `briefing ingest --db {path}` "
            "with no files to upgrade it"
        )
    return conn


def _connect_readonly(path: Path, options: str) -> tuple[sqlite3.Connection, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True, check_same_thread=False)
    try:
        _configure(conn, busy_timeout_ms(READ_BUSY_MS))
        return conn, _identify(conn, path, schema_version())
    except BaseException:
        conn.close()
        raise


def _readonly_share(path: Path, exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return (
        name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN"))
        and not os.access(path.parent, os.W_OK)
        and not Path(f"{path}-wal").exists()
    )


def open_writable(
    path: str | Path,
    migrations: Sequence[Migration] | None = None,
    schema_sql: str | None = None,
) -> sqlite3.Connection:
    """Open (creating if needed) a database for writing, in WAL mode, migrated to this build.

    `migrations` and `schema_sql` default to the bundled db/ folder; tests pass
    their own to prove the mechanism.
    """
    path = Path(path)
    _check_file(path, write=True)
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create folder for database {path}: {exc.strerror}") from None
    schema_sql = schema_sql if schema_sql is not None else resources.schema_sql()
    conn = None
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        _configure(conn, busy_timeout_ms(WRITE_BUSY_MS))
        # Identify before changing anything: even the switch to WAL writes the header.
        _identify(conn, path, schema_version(schema_sql))
        if _switch_to_wal(conn, busy_timeout_ms(WRITE_BUSY_MS)) != "wal":
            raise StoreError(f"cannot use write-ahead logging on {path} (a network file system?)")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, path, migrations, schema_sql)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise describe(path, exc, WRITE_BUSY_MS) from None
    except BaseException:
        if conn is not None:
            conn.close()
        raise
    return conn


def _switch_to_wal(conn: sqlite3.Connection, busy_ms: int) -> str:
    """PRAGMA journal_mode = WAL, tried again while another process does the same.

    Two processes opening a new database at once both convert it to WAL; the one
    that loses gets SQLITE_BUSY at once, without SQLite's busy handler (which
    would deadlock there), so it waits here instead, up to the busy timeout.
    """
    deadline = time.monotonic() + busy_ms / 1000
    pause = 0.005
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    migrations: Sequence[Migration] | None = None,
    schema_sql: str | None = None,
) -> int:
    """Create the schema in an empty database or run pending migrations, all in one transaction.

    Returns the version the database had. The version is read again inside the
    write transaction, so two processes opening a new database at once create
    it once. A failing migration rolls everything back: the database keeps its
    old version and content.
    """
    schema_sql = schema_sql if schema_sql is not None else resources.schema_sql()
    current = schema_version(schema_sql)
    if conn.execute("PRAGMA user_version").fetchone()[0] == current:
        return current
    conn.create_function("fold_entity_key", 1, fold_key, deterministic=True)
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _identify(conn, path, current)
        if version == 0:
            _run_script(conn, schema_sql)
            conn.execute(f"PRAGMA user_version = {current}")
        elif version < current:
            for number, name, sql in _path(version, current, migrations):
                try:
                    _run_script(conn, sql)
                except sqlite3.Error as exc:
                    raise StoreError(
                        f"upgrading {path} failed in migration {name} ({exc}); the database is unchanged"
                    ) from None
                conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
        return version
    except BaseException:
        _rollback(conn)
        raise


def _path(version: int, current: int, migrations: Sequence[Migration] | None) -> list[Migration]:
    """The migrations from `version` to `current`, one per step, or a StoreError naming the gap."""
    available = {m[0]: m for m in (resources.migrations() if migrations is None else migrations)}
    steps = []
    for number in range(version + 1, current + 1):
        if number not in available:
            raise StoreError(
                f"cannot upgrade the database from schema {version} to {current}: "
                f"migration {number:04d}_*.sql is missing from this build"
            )
        steps.append(available[number])
    return steps


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open (SQLite ends some on its own, e.g. disk full)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


def _run_script(conn: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one inside the caller's transaction (executescript would commit).

    `PRAGMA user_version` lines are skipped: the caller sets the version in the
    same transaction.
    """
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            buffer = ""
            if statement and not statement.upper().replace(" ", "").startswith("PRAGMAUSER_VERSION"):
                conn.execute(statement)
    if buffer.strip():
        raise sqlite3.OperationalError(f"incomplete SQL statement at the end: {buffer.strip()[:60]!r}")
