"""Where the bundled db/ folder (schema, migrations, samples) lives.

In a wheel it is packaged as briefing_tui/_db; in a source checkout or an
editable install it is the repository's top-level db/.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def db_dir() -> Path:
    for candidate in (_PACKAGE / "_db", _PACKAGE.parent / "db"):
        if (candidate / "schema.sql").is_file():
            return candidate
    raise FileNotFoundError("briefing is installed without its db/ folder (schema.sql)")


def schema_sql() -> str:
    return (db_dir() / "schema.sql").read_text(encoding="utf-8")


_INCLUDE = "-- include: "


def migrations(folder: Path | None = None) -> list[tuple[int, str, str]]:
    """(version, name, sql) for each NNNN_name.sql in db/migrations (or `folder`), in order.
    A line "-- include: FILE.sql" stands for that file of the same folder, so that
    migrations doing the same work again (re-folding entity keys) share one text."""
    out = []
    folder = folder if folder is not None else db_dir() / "migrations"
    for path in sorted(folder.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        sql = "".join(
            (folder / line[len(_INCLUDE):].strip()).read_text(encoding="utf-8") if line.startswith(_INCLUDE) else line
            for line in lines
        )
        out.append((int(path.name[:4]), path.name, sql))
    return out


def sample_reports() -> Path:
    return db_dir() / "samples" / "reports"
