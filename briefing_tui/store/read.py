"""The read API used by the CLI and the browser: queries in, frozen dataclasses out.

Every query is bounded (LIMIT, index order) so it stays fast at a million
reports; nothing here loads a whole table.
"""

from __future__ import annotations

from briefing_tui.store.entities import EntityQueries
from briefing_tui.store.reports import ReportQueries
from briefing_tui.store.search import SearchQueries
from briefing_tui.store.timeline import TimelineQueries


class Store(ReportQueries, EntityQueries, SearchQueries, TimelineQueries):
    """Read-only access to a briefing database. Safe to share between threads."""
