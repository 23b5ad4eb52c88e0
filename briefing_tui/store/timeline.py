"""The timeline: events across reports ordered by their resolved date.

Three sections, because an analyst reads them differently: dated events (what
happened, in order), planned events (what is announced or intended) and events
whose date could not be resolved (listed with the words the report used).

For one entity, tellings of the same event in several reports (same kind and
date; they share the entity) are one row with several sources. The archive-wide
timeline lists each telling, paged straight from the date index so it stays
fast at a million reports; the event screen gathers its other sources.
"""

from __future__ import annotations

import re
from datetime import date

from briefing_tui.store.events import EventQueries
from briefing_tui.store.models import EventGroup, TimelineFilter

SECTIONS = ("dated", "planned", "undated")

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def date_bound(value: str | None, low: bool) -> str | None:
    """'2007', '2007-06' or '2007-06-29' as an inclusive ISO bound; None for no bound.

    Raises ValueError for text that is not such a date, so callers can say so.
    """
    if value is None or not value.strip():
        return None
    m = _ISO.fullmatch(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m[1]), m[2], m[3]
    if day:
        return date(year, int(month), int(day)).isoformat()  # ValueError if impossible
    if month:
        if not 1 <= int(month) <= 12:
            raise ValueError(f"{value!r} has no month {month}")
        return f"{year:04d}-{int(month):02d}" + ("" if low else "-99")
    return f"{year:04d}" + ("" if low else "-99")


class TimelineQueries(EventQueries):
    def count_timeline(self, flt: TimelineFilter, section: str = "dated") -> int:
        sql, params = self._timeline_sql(flt, section, select_ids=False)
        return self._rows(f"SELECT count(*) FROM ({sql})", params)[0][0]

    def timeline(
        self, flt: TimelineFilter, section: str = "dated", offset: int = 0, limit: int = 100
    ) -> list[EventGroup]:
        """One page of the timeline section, oldest first (planned: undated ones last)."""
        sql, params = self._timeline_sql(flt, section, select_ids=True)
        rows = self._rows(f"{sql} LIMIT ? OFFSET ?", (*params, limit, offset))
        return self._groups([[int(i) for i in str(r[0]).split(",")] for r in rows])

    def _timeline_sql(self, flt: TimelineFilter, section: str, select_ids: bool) -> tuple[str, tuple]:
        if section not in SECTIONS:
            raise ValueError(f"unknown timeline section {section!r}")
        where: list[str] = []
        params: list = []
        if section == "dated":
            where += ["e.date_value IS NOT NULL", "e.planned = 0"]
            when = "e.date_value"
        elif section == "planned":
            where.append("e.planned = 1")
            when = "coalesce(e.date_value, (SELECT published FROM reports r WHERE r.id = e.report_id))"
        else:
            where += ["e.date_value IS NULL", "e.planned = 0"]
            when = "(SELECT published FROM reports r WHERE r.id = e.report_id)"
        if flt.after:
            where.append(f"{when} >= ?")
            params.append(flt.after)
        if flt.before:
            where.append(f"{when} <= ?")
            params.append(flt.before)
        if flt.entity_id is not None:
            source = "event_participants ep JOIN events e ON e.id = ep.event_id"
            where.insert(0, "ep.entity_id = ?")
            params.insert(0, flt.entity_id)
        else:
            source = "events e"
        cond = " AND ".join(where)
        if section == "undated":
            order = f"{when} DESC, e.report_id DESC, e.start"
            ids = "e.id"
            group = ""
        elif flt.entity_id is None:
            order = "e.date_value IS NULL, e.date_value, e.id"
            ids = "e.id"
            group = ""
        else:
            # One row per event told by several reports (they share the entity).
            ids = "group_concat(e.id)"
            group = (
                " GROUP BY e.kind, e.date_value,"
                " CASE WHEN e.date_value IS NULL THEN e.id END"
            )
            order = "e.date_value IS NULL, e.date_value, e.kind, min(e.id)"
        select = ids if select_ids else "1"
        return f"SELECT {select} FROM {source} WHERE {cond}{group} ORDER BY {order}", tuple(params)
