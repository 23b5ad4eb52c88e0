"""Every row of every table of an ingest, as text: two checkouts' outputs compared.

    PYTHONPATH=CHECKOUT python tests/bench/ingest_dump.py FOLDER OUT [--date YYYY-MM-DD]

Ingests FOLDER into a new database with the code on PYTHONPATH and writes each
table (FTS shadow tables and sqlite_stat1 included) with its rows sorted, minus
reports.ingested_at (a clock time). A change meant to make ingest faster
without changing what it stores is checked by running this from the old and
the new checkout on the same folder (the same path: reports.path is stored)
and comparing the two files byte for byte (cmp).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--date", default="2024-11-02")
    args = parser.parse_args()
    from briefing_tui.ingest.pipeline import ingest
    from briefing_tui.ingest.readers import Defaults

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dump.db"
        result = ingest([args.folder.resolve()], db, Defaults(published=args.date))
        print(f"added {result.added}, failed {result.failed}, skipped {result.skipped}", file=sys.stderr)
        conn = sqlite3.connect(db)
        tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        with args.out.open("w", encoding="utf-8") as out:
            for table in tables:
                columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')]
                rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
                if "ingested_at" in columns:
                    i = columns.index("ingested_at")
                    rows = [row[:i] + row[i + 1 :] for row in rows]
                out.write(f"== {table} {len(rows)}\n")
                for row in sorted(rows, key=repr):
                    out.write(repr(row) + "\n")
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
