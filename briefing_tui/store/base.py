"""The shared core of the read API: one read-only connection and row mapping.

Query families live in their own modules (reports, entities, search) as mixins
of Store, so each file holds one kind of question.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from briefing_tui.store.connection import StoreError, open_readonly
from briefing_tui.store.models import Claim, Event


class Reader:
    """Read-only access to a briefing database. Safe to share between threads."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._conn = open_readonly(self.path)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._conn.close()

    def _rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                if "fts5" in str(exc).lower():
                    raise
                raise StoreError(f"database error in {self.path}: {exc}") from None


    def _claims(self, where: str, params: tuple, order: str, limit: int = 10_000) -> list[Claim]:
        rows = self._rows(
            "SELECT c.id, c.report_id, c.claimant, c.claimant_id, c.cue, c.text, c.start, c.end"
            f" FROM claims c WHERE {where} ORDER BY {order} LIMIT ?",
            (*params, limit),
        )
        return [Claim(*r) for r in rows]


    def _events(self, where: str, params: tuple, order: str, limit: int = 10_000) -> list[Event]:
        rows = self._rows(
            "SELECT e.id, e.report_id, e.kind, e.summary, e.date_value, e.date_text, e.precision,"
            " e.planned, pl.name, e.place_id, e.start, e.end,"
            " (SELECT json_group_array(json_array(x.id, x.name)) FROM event_participants ep"
            "   JOIN entities x ON x.id = ep.entity_id WHERE ep.event_id = e.id)"
            f" FROM events e LEFT JOIN entities pl ON pl.id = e.place_id WHERE {where}"
            f" ORDER BY {order} LIMIT ?",
            (*params, limit),
        )
        out = []
        for r in rows:
            people = json.loads(r[12]) if r[12] else []
            out.append(
                Event(
                    id=r[0],
                    report_id=r[1],
                    kind=r[2],
                    summary=r[3],
                    date=r[4],
                    date_text=r[5],
                    precision=r[6],
                    planned=bool(r[7]),
                    place=r[8],
                    place_id=r[9],
                    participants=tuple(p[1] for p in people),
                    participant_ids=tuple(p[0] for p in people),
                    start=r[10],
                    end=r[11],
                )
            )
        return out

