"""The database: schema, migrations, the read API (dataclasses) and the single writer.

Imports neither Textual nor spaCy, so the CLI, the browser and ingest all share it.
The writer (and with it records, hashlib and json) loads on first use: the
browser only reads, and starts without it.
"""

from briefing_tui.store.connection import StoreError, schema_version
from briefing_tui.store.read import Store

__all__ = ["Store", "StoreError", "Writer", "content_hash", "schema_version"]


def __getattr__(name: str):
    if name in ("Writer", "content_hash"):
        from briefing_tui.store import write

        return getattr(write, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
