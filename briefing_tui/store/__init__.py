"""The database: schema, migrations, the read API (dataclasses) and the single writer.

Imports neither Textual nor spaCy, so the CLI, the browser and ingest all share it.
"""

from briefing_tui.store.connection import StoreError, schema_version
from briefing_tui.store.read import Store
from briefing_tui.store.write import Writer, content_hash

__all__ = ["Store", "StoreError", "Writer", "content_hash", "schema_version"]
