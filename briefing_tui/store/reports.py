"""Reports: the newest-first list, one report with its extraction, related reports."""

from __future__ import annotations

import json
import math

from briefing_tui.store.base import Reader
from briefing_tui.store.models import (
    DateMention,
    Participant,
    RelatedReport,
    Report,
    ReportSummary,
)

# How many of an entity's most recent reports are scanned to find related reports.
RELATED_FANOUT = 200


class ReportQueries(Reader):
    def count_reports(self) -> int:
        return self._rows("SELECT count(*) FROM reports")[0][0]


    def list_reports(self, offset: int = 0, limit: int = 100) -> list[ReportSummary]:
        """Reports newest first (by published date, then id)."""
        rows = self._rows(
            "SELECT id, title, published, source FROM reports"
            " ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [ReportSummary(*r) for r in rows]


    def report_summary(self, report_id: int) -> ReportSummary | None:
        rows = self._rows(
            "SELECT id, title, published, source FROM reports WHERE id = ?", (report_id,)
        )
        return ReportSummary(*rows[0]) if rows else None


    def report(self, report_id: int) -> Report | None:
        rows = self._rows(
            "SELECT id, title, published, source, url, body FROM reports WHERE id = ?",
            (report_id,),
        )
        if not rows:
            return None
        return Report(
            *rows[0],
            participants=tuple(self._participants(report_id)),
            claims=tuple(self._claims("c.report_id = ?", (report_id,), "c.start")),
            events=tuple(self._events("e.report_id = ?", (report_id,), "e.start")),
            dates=tuple(self._dates(report_id)),
        )


    def _participants(self, report_id: int) -> list[Participant]:
        rows = self._rows(
            "SELECT e.id, e.name, e.kind, p.role, a.name, p.affiliation_id, p.mentions"
            " FROM participants p JOIN entities e ON e.id = p.entity_id"
            " LEFT JOIN entities a ON a.id = p.affiliation_id"
            " WHERE p.report_id = ?",
            (report_id,),
        )
        out = [
            Participant(r[0], r[1], r[2], r[3], r[4], r[5], tuple(tuple(m) for m in json.loads(r[6])))
            for r in rows
        ]
        out.sort(key=lambda p: (p.mentions[0][0] if p.mentions else 1 << 30, p.name))
        return out


    def _dates(self, report_id: int) -> list[DateMention]:
        rows = self._rows(
            "SELECT text, start, end, value, precision FROM dates WHERE report_id = ? ORDER BY start",
            (report_id,),
        )
        return [DateMention(*r) for r in rows]


    def related_reports(self, report_id: int, limit: int = 20) -> list[RelatedReport]:
        """Reports sharing participants, rare shared participants weighing most."""
        rows = self._rows(
            "SELECT p.entity_id, e.name, e.report_count FROM participants p"
            " JOIN entities e ON e.id = p.entity_id WHERE p.report_id = ?",
            (report_id,),
        )
        scores: dict[int, float] = {}
        shared: dict[int, list[str]] = {}
        for entity_id, name, count in rows:
            weight = 1.0 / math.log2(2 + count)
            for (other,) in self._rows(
                "SELECT report_id FROM participants WHERE entity_id = ? AND report_id != ?"
                " ORDER BY published DESC, report_id DESC LIMIT ?",
                (entity_id, report_id, RELATED_FANOUT),
            ):
                scores[other] = scores.get(other, 0.0) + weight
                shared.setdefault(other, []).append(name)
        best = sorted(scores, key=lambda r: (-scores[r], -r))[:limit]
        out = []
        for other in best:
            summary = self.report_summary(other)
            if summary:
                out.append(RelatedReport(summary, tuple(shared[other]), round(scores[other], 3)))
        return out

