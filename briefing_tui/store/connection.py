"""Opening a briefing database: read-only for browsing, WAL and migrated for writing.

Every failure a user can cause (missing, unreadable, corrupt, locked, newer
schema) becomes a StoreError with one readable line.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing_tui import resources

BUSY_TIMEOUT_MS = 30_000


class StoreError(Exception):
    """A problem with the database a user can act on; str() is one line."""


def schema_version() -> int:
    """The schema version this build writes (PRAGMA user_version in schema.sql)."""
    for line in resources.schema_sql().splitlines():
        line = line.strip().rstrip(";")
        if line.upper().startswith("PRAGMA USER_VERSION"):
            return int(line.split("=")[1])
    raise RuntimeError("db/schema.sql sets no PRAGMA user_version")


def _describe(path: Path, exc: sqlite3.Error) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreError(f"database is locked by another process: {path}")
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return StoreError(f"not a briefing database, or it is corrupt: {path} ({text})")
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return StoreError(f"cannot open database (permissions?): {path} ({text})")
    return StoreError(f"database error in {path}: {text}")


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")


def _check_version(path: Path, version: int) -> None:
    current = schema_version()
    if version > current:
        raise StoreError(
            f"{path} was written by a newer briefing (schema {version}, this build reads "
            f"up to {current}); upgrade briefing to open it"
        )


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """Open an existing database for reading; it is never modified."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"no database at {path} (create one with: briefing ingest PATH --db {path})")
    if not path.is_file():
        raise StoreError(f"not a database file: {path}")
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        _configure(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise _describe(path, exc) from None
    if "reports" not in tables:
        conn.close()
        raise StoreError(f"not a briefing database (no reports table): {path}")
    _check_version(path, version)
    if version < schema_version():
        conn.close()
        raise StoreError(
            f"{path} uses an older schema ({version}); run `briefing ingest --db {path}` "
            "with no files to upgrade it"
        )
    return conn


def open_writable(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) a database for writing, in WAL mode, migrated to this build."""
    path = Path(path)
    if path.exists() and not path.is_file():
        raise StoreError(f"not a database file: {path}")
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create folder for database {path}: {exc.strerror}") from None
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        _configure(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, path)
    except sqlite3.Error as exc:
        raise _describe(path, exc) from None
    return conn


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Create the schema in an empty database or run pending migrations, atomically."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    _check_version(path, version)
    current = schema_version()
    if version == current:
        return
    has_tables = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
    ).fetchone()[0]
    if version == 0 and has_tables:
        raise StoreError(f"not a briefing database (it has other tables): {path}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        if version == 0:
            _run_script(conn, resources.schema_sql())
        else:
            for number, _name, sql in resources.migrations():
                if number > version:
                    _run_script(conn, sql)
        conn.execute(f"PRAGMA user_version = {current}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _run_script(conn: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one inside the caller's transaction (executescript would commit)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            buffer = ""
            if statement and not statement.upper().startswith("PRAGMA USER_VERSION"):
                conn.execute(statement)
