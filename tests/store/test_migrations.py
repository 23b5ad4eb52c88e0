"""Schema versioning: PRAGMA user_version, migrations from every earlier version, atomic upgrades.

Version 1 is the first release, so the only real earlier version is 0 (a new,
empty file). The mechanism itself is proven with a synthetic migration folder:
ordered application, one transaction, rollback of a failing migration, a gap in
the chain, and a database from a newer build refused unmodified.

tests/store/schemas/vN.sql freezes the schema each released version created.
When the version is bumped, add a migration and keep the old snapshot: the
tests below then upgrade a database of every earlier version and compare it with
a new one.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest

from briefing_tui import resources
from briefing_tui.records import ReportInput
from briefing_tui.store import Store, StoreError, Writer, schema_version
from briefing_tui.store.connection import migrate, open_writable
from briefing_tui.records import Extraction

SNAPSHOTS = Path(__file__).parent / "schemas"


def schema_of(db: Path) -> list[tuple]:
    """What a database's schema is, independent of comments and whitespace."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return [version] + [(t, n, tb, " ".join((sql or "").split())) for t, n, tb, sql in rows]


def digest(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


def build_from_sql(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    conn.executescript(sql)
    conn.close()


def test_every_released_version_has_a_frozen_schema_and_the_latest_is_schema_sql():
    current = schema_version()
    for version in range(1, current + 1):
        assert (SNAPSHOTS / f"v{version}.sql").exists(), f"freeze schema version {version} in {SNAPSHOTS}"
    frozen = SNAPSHOTS / f"v{current}.sql"
    assert frozen.read_text(encoding="utf-8") == resources.schema_sql(), (
        "db/schema.sql changed without a new version: bump PRAGMA user_version and add a migration"
    )


def test_migration_files_are_numbered_in_a_chain():
    current = schema_version()
    found = resources.migrations()
    assert [n for n, _, _ in found] == list(range(2, current + 1))
    for number, name, sql in found:
        assert re.fullmatch(r"\d{4}_[a-z0-9_]+\.sql", name)
        declared = re.findall(r"PRAGMA\s+user_version\s*=\s*(\d+)", sql, re.I)
        assert declared == [str(number)], f"{name} must end with PRAGMA user_version = {number}"


@pytest.mark.parametrize("version", range(0, schema_version()))
def test_upgrade_from_every_earlier_version(tmp_path, version):
    """A database of each earlier version, with a report in it, upgrades to exactly a new one."""
    fresh = tmp_path / "fresh.db"
    open_writable(fresh).close()
    old = tmp_path / f"v{version}.db"
    if version == 0:
        old.touch()  # version 0: a new, empty file
    else:
        build_from_sql(old, (SNAPSHOTS / f"v{version}.sql").read_text(encoding="utf-8"))
        conn = sqlite3.connect(old)
        conn.execute(
            "INSERT INTO reports (title, body, content_hash, ingested_at) VALUES ('t', 'kept body', 'h', 'now')"
        )
        conn.commit()
        conn.close()
    open_writable(old).close()
    assert schema_of(old) == schema_of(fresh)
    if version:
        assert Store(old).count_reports() == 1


def test_version_zero_with_no_tables_is_created(tmp_path):
    db = tmp_path / "zero.db"
    sqlite3.connect(db).close()
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == 0
    with Writer(db) as w:
        w.add_report(ReportInput("T", "Some body text."), Extraction())
    assert schema_of(db)[0] == schema_version()
    assert Store(db).count_reports() == 1


def test_version_zero_with_other_tables_is_refused(tmp_path):
    db = tmp_path / "other.db"
    build_from_sql(db, "CREATE TABLE mine (x);")
    before = digest(db)
    with pytest.raises(StoreError, match="not a briefing database"):
        open_writable(db)
    assert digest(db) == before


# ---------------------------------------------------------------------------
# The mechanism, with a synthetic chain continuing the real one (BASE -> N1 -> N2)

BASE = schema_version()  # the synthetic chain continues from the real schema
N1, N2 = BASE + 1, BASE + 2
V2 = f"""-- {N1:04d}: a table of analyst notes
CREATE TABLE notes (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports (id), text TEXT NOT NULL);
INSERT INTO notes (report_id, text) SELECT id, 'imported: ' || title FROM reports;
PRAGMA user_version = {N1};
"""
V3 = f"""-- {N2:04d}: notes get an author; needs {N1:04d} first
ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'unknown';
CREATE INDEX notes_by_author ON notes (author);
UPDATE notes SET author = 'migration';
PRAGMA user_version = {N2};
"""
BROKEN_V3 = f"""ALTER TABLE notes ADD COLUMN author TEXT;
UPDATE no_such_table SET x = 1;
PRAGMA user_version = {N2};
"""


def synthetic_schema(version: int) -> str:
    sql = resources.schema_sql().replace(f"PRAGMA user_version = {BASE};", f"PRAGMA user_version = {version};")
    body = "\n".join(l for l in (V2 + (V3 if version >= N2 else "")).splitlines() if not l.startswith(("INSERT", "UPDATE", "PRAGMA")))
    return sql + "\n" + body + "\n"


def folder_with(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "migrations"
    folder.mkdir()
    for name in reversed(sorted(files)):  # written out of order: the loader must sort
        (folder / name).write_text(files[name], encoding="utf-8")
    return folder


def v1_db_with_reports(tmp_path: Path) -> Path:
    db = tmp_path / "v1.db"
    with Writer(db) as w:
        w.add_report(ReportInput("First", "First body."), Extraction())
        w.add_report(ReportInput("Second", "Second body."), Extraction())
    return db


def test_migrations_apply_in_order_in_one_step(tmp_path):
    db = v1_db_with_reports(tmp_path)
    chain = resources.migrations(folder_with(tmp_path, {f"{N1:04d}_notes.sql": V2, f"{N2:04d}_authors.sql": V3}))
    assert [n for n, _, _ in chain] == [N1, N2]
    open_writable(db, migrations=chain, schema_sql=synthetic_schema(N2)).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == N2
    assert conn.execute("SELECT text, author FROM notes ORDER BY id").fetchall() == [
        ("imported: First", "migration"),
        ("imported: Second", "migration"),
    ]
    conn.close()
    # a database created new at v3 has the same tables and indexes as the upgraded one
    fresh = tmp_path / "fresh.db"
    open_writable(fresh, migrations=chain, schema_sql=synthetic_schema(N2)).close()
    names = lambda d: [row[:3] for row in schema_of(d)[1:]]  # noqa: E731
    assert names(db) == names(fresh)


def test_upgrade_from_an_intermediate_version(tmp_path):
    db = v1_db_with_reports(tmp_path)
    chain = resources.migrations(folder_with(tmp_path, {f"{N1:04d}_notes.sql": V2, f"{N2:04d}_authors.sql": V3}))
    open_writable(db, migrations=chain[:1], schema_sql=synthetic_schema(N1)).close()
    assert schema_of(db)[0] == N1
    open_writable(db, migrations=chain, schema_sql=synthetic_schema(N2)).close()
    assert schema_of(db)[0] == N2


def test_a_failing_migration_rolls_back_everything(tmp_path):
    db = v1_db_with_reports(tmp_path)
    before_schema = schema_of(db)
    chain = resources.migrations(folder_with(tmp_path, {f"{N1:04d}_notes.sql": V2, f"{N2:04d}_authors.sql": BROKEN_V3}))
    with pytest.raises(StoreError, match=rf"{N2:04d}_authors\.sql.*unchanged"):
        open_writable(db, migrations=chain, schema_sql=synthetic_schema(N2))
    assert schema_of(db) == before_schema  # no notes table: 0002 was rolled back too
    assert Store(db).count_reports() == 2


def test_a_gap_in_the_chain_is_refused(tmp_path):
    db = v1_db_with_reports(tmp_path)
    before = schema_of(db)
    chain = resources.migrations(folder_with(tmp_path, {f"{N2:04d}_authors.sql": V3}))
    with pytest.raises(StoreError, match=f"{N1:04d}_"):
        open_writable(db, migrations=chain, schema_sql=synthetic_schema(N2))
    assert schema_of(db) == before


def test_a_newer_database_is_refused_byte_for_byte(tmp_path):
    db = v1_db_with_reports(tmp_path)
    chain = resources.migrations(folder_with(tmp_path, {f"{N1:04d}_notes.sql": V2}))
    open_writable(db, migrations=chain, schema_sql=synthetic_schema(N1)).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")  # as another tool might leave it
    conn.close()
    before = (digest(db), db.stat().st_mtime_ns)
    for opener in (lambda: open_writable(db), lambda: Store(db)):
        with pytest.raises(StoreError, match="newer briefing"):
            opener()
        assert (digest(db), db.stat().st_mtime_ns) == before
    assert not Path(f"{db}-wal").exists()


def test_the_browser_refuses_an_older_database_without_writing(tmp_path, monkeypatch):
    """The browser opens read-only: an older database is reported, the upgrade is ingest's job."""
    db = v1_db_with_reports(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = digest(db)
    import briefing_tui.store.connection as connection

    original = connection.schema_version
    monkeypatch.setattr(connection, "schema_version", lambda sql=None: BASE + 1 if sql is None else original(sql))
    monkeypatch.setattr(connection, "OLDEST_READABLE", BASE + 1)  # the next schema changes what reads query
    with pytest.raises(StoreError, match="older schema.*briefing ingest --db"):
        Store(db)
    assert digest(db) == before


def test_the_store_connection_is_read_only(tmp_path):
    db = v1_db_with_reports(tmp_path)
    store = Store(db)
    with pytest.raises(StoreError, match="readonly"):
        store._rows("DELETE FROM reports")
    assert store.count_reports() == 2


def test_migrate_is_idempotent_and_race_safe(tmp_path):
    """Two openers of a new file: the second finds the schema made and does nothing."""
    db = tmp_path / "new.db"
    first = open_writable(db)
    second = sqlite3.connect(db, isolation_level=None)
    assert migrate(second, db) == schema_version()  # already current: no-op
    first.close()
    second.close()
    assert schema_of(db)[0] == schema_version()
