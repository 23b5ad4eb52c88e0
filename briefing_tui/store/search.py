"""Search: what a user types, over the FTS5 indexes, bounded so it stays fast at scale."""

from __future__ import annotations

import sqlite3

from briefing_tui.store import query as query_parser
from briefing_tui.store.base import Reader
from briefing_tui.store.models import MATCH_END, MATCH_START, SearchHit

# How many of the newest matches a search ranks by relevance: bounds the cost of
# words that occur in most reports.
RANK_WINDOW = 1000


class SearchQueries(Reader):
    def search(self, text: str, limit: int = 50, prefix: bool = False) -> list[SearchHit]:
        """Reports matching the user's words, phrases and filters; never raises on input."""
        parsed = query_parser.parse(text, prefix=prefix)
        if parsed.empty:
            return []
        try:
            return self._search_reports(parsed, limit)
        except sqlite3.OperationalError:
            # Should not happen: every term is quoted. Fall back to literal words.
            literal = query_parser.ParsedQuery(
                words=tuple(w for w in " ".join(parsed.words).split() if w.isalnum())
            )
            return self._search_reports(literal, limit) if not literal.empty else []


    def _search_reports(self, parsed: query_parser.ParsedQuery, limit: int) -> list[SearchHit]:
        where, params = [], []
        if parsed.filters.get("source"):
            where.append("r.source = ? COLLATE NOCASE")
            params.append(parsed.filters["source"])
        if parsed.after:
            where.append("r.published >= ?")
            params.append(parsed.after)
        if parsed.before:
            where.append("r.published <= ?")
            params.append(parsed.before)
        for name in ("person", "org", "country"):
            if parsed.filters.get(name):
                kind = {"person": "person", "org": "organization", "country": "country"}[name]
                where.append(
                    "r.id IN (SELECT p.report_id FROM participants p WHERE p.entity_id IN"
                    " (SELECT e.id FROM entities e WHERE e.kind = ? AND e.id IN"
                    "  (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)))"
                )
                params.extend([kind, query_parser.parse(parsed.filters[name], prefix=False).fts() or '""'])
        extra = (" AND " + " AND ".join(where)) if where else ""
        fts = parsed.fts()
        if fts:
            sql = (
                "SELECT r.id, r.title, r.published, snippet(reports_fts, 1, ?, ?, '…', 12)"
                " FROM (SELECT rowid, rank FROM reports_fts WHERE reports_fts MATCH ?"
                "       ORDER BY rowid DESC LIMIT ?) AS m"
                " JOIN reports_fts ON reports_fts.rowid = m.rowid AND reports_fts MATCH ?"
                " JOIN reports r ON r.id = m.rowid"
                f" WHERE 1{extra} ORDER BY m.rank LIMIT ?"
            )
            rows = self._rows(sql, (MATCH_START, MATCH_END, fts, RANK_WINDOW, fts, *params, limit))
        else:
            sql = (
                "SELECT r.id, r.title, r.published, substr(r.body, 1, 120) FROM reports r"
                f" WHERE 1{extra} ORDER BY r.published DESC, r.id DESC LIMIT ?"
            )
            rows = self._rows(sql, (*params, limit))
        return [SearchHit("report", r[0], r[0], r[1], r[2], r[3]) for r in rows]

