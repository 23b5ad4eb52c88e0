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
# The entity page reads at most this many of an entity's latest events, so it opens
# as fast for a country in half the archive as for a person in two reports: each
# event read costs ~15 us (row, participants, report, objects), and the page must
# paint in a few ms. The timeline screen (t) pages through all of them.
ENTITY_PAGE_EVENTS = 200
# Above this many tellings, an entity's timeline pages are read through the date index.
ENTITY_SCAN_LIMIT = 20_000
# A timeline row reads this many of its tellings (the event screen reads them all).
ROW_SOURCES = 5
# An entity in more reports than ENTITY_SCAN_LIMIT / EVENTS_PER_REPORT, and in at
# least BIG_SHARE of them, has its undated events paged newest report first from
# the events' sort keys instead of sorting them all (seconds for a country in
# half the archive). Its dated groups are still grouped whole, once per filter
# (_entity_keys): walking the date index for them measured slower at 1M reports.
EVENTS_PER_REPORT = 3
BIG_SHARE = 0.05
DAY_SHIFT = 32  # events.sort_key = -(report day << 32 | id) (db/schema.sql)


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
    def count_timeline(self, flt: TimelineFilter, section: str = "dated", cap: int | None = None) -> int:
        """How many rows the section has; with `cap`, counting stops there (min(count, cap))."""
        if flt.entity_id is not None and section != "undated":
            n = len(self._entity_keys(flt, section)[0])
            return min(n, cap) if cap else n
        sql, params = self._timeline_sql(flt, section, ordered=not cap)
        if cap:
            sql, params = f"{sql} LIMIT ?", (*params, cap)
        return self._rows(f"SELECT count(*) FROM ({sql})", params)[0][0]

    def timeline(
        self, flt: TimelineFilter, section: str = "dated", offset: int = 0, limit: int = 100
    ) -> list[EventGroup]:
        """One page of the timeline section, oldest first (planned: undated ones last)."""
        offset, limit = max(0, int(offset)), max(0, int(limit))
        if section == "undated" and self._big_entity(flt):
            return self._groups([[i] for i in self._recent_undated(flt, offset + limit)[offset:]])
        if flt.entity_id is not None and section != "undated":
            keys, total = self._entity_keys(flt, section)
            return self._groups_for_keys(flt, section, keys[offset : offset + limit], total)
        sql, params = self._timeline_sql(flt, section)
        rows = self._rows(f"{sql} LIMIT ? OFFSET ?", (*params, limit, offset))
        return self._groups([[r[0]] for r in rows])

    # -- one entity in much of the archive: its undated events as far as scrolled --

    def _big_entity(self, flt: TimelineFilter) -> bool:
        """Whether the filter's entity has too many events to group or sort them all
        (a country in half the archive: 400k events, seconds to minutes cold)."""
        if flt.entity_id is None:
            return False
        rows = self._rows("SELECT report_count FROM entities WHERE id = ?", (flt.entity_id,))
        if not rows or rows[0][0] * EVENTS_PER_REPORT <= ENTITY_SCAN_LIMIT:
            return False
        # A walk meets its events at the entity's share of all events: worth it
        # only when that share is large (else sorting its own events is cheaper).
        return rows[0][0] >= BIG_SHARE * self.count_reports()

    def _recent_undated(self, flt: TimelineFilter, need: int) -> list[int]:
        """The first `need` undated events of the entity in timeline order (newest
        report first, then report id down, then place in the report), read by
        walking events newest report first (their sort_key) until the report day
        holding the last one needed is complete."""
        where, params = self._conditions(flt, "undated")
        rows = self._rows(
            f"SELECT e.id, e.sort_key, e.report_id, e.start FROM events e INDEXED BY events_by_sort_key"
            f" WHERE {' AND '.join(where)} AND EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = e.id AND ep.entity_id = ?)"
            " ORDER BY e.sort_key LIMIT ?",
            (*params, flt.entity_id, need),
        )
        if len(rows) == need and rows:
            day = rows[-1][1] >> DAY_SHIFT  # the rest of that report day
            rows += self._rows(
                f"SELECT e.id, e.sort_key, e.report_id, e.start FROM events e INDEXED BY events_by_sort_key"
                f" WHERE {' AND '.join(where)} AND e.sort_key > ? AND e.sort_key < ?"
                " AND EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = e.id AND ep.entity_id = ?)",
                (*params, rows[-1][1], (day + 1) << DAY_SHIFT, flt.entity_id),
            )
        rows.sort(key=lambda r: (r[1] >> DAY_SHIFT, -r[2], r[3]))
        return [r[0] for r in rows[:need]]

    def _conditions(self, flt: TimelineFilter, section: str) -> tuple[list[str], list]:
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
        return where, params

    def _timeline_sql(self, flt: TimelineFilter, section: str, ordered: bool = True) -> tuple[str, tuple]:
        """Event ids of a section, in timeline order: one row per telling (in no
        order with ordered=False: a capped count need not sort them all)."""
        where, params = self._conditions(flt, section)
        if flt.entity_id is not None:
            source = "event_participants ep JOIN events e ON e.id = ep.event_id"
            where.insert(0, "ep.entity_id = ?")
            params.insert(0, flt.entity_id)
        else:
            source = "events e"
        if section == "undated":
            order = "(SELECT published FROM reports r WHERE r.id = e.report_id) DESC, e.report_id DESC, e.start"
        elif section == "dated":
            # Dated events come straight from the date index (no sort of the archive).
            order = "e.date_value, e.id"
        else:
            order = "e.date_value IS NULL, e.date_value, e.id"
        if not ordered:
            return f"SELECT e.id FROM {source} WHERE {' AND '.join(where)}", tuple(params)
        return f"SELECT e.id FROM {source} WHERE {' AND '.join(where)} ORDER BY {order}", tuple(params)

    # -- one entity: tellings of one event grouped; keys computed once, pages by keys --

    def _entity_keys(self, flt: TimelineFilter, section: str) -> tuple[list[tuple], int]:
        """(date, kind, id-or-None) of each group in order, and the number of tellings.

        One GROUP BY per filter (cached while the database is unchanged), so paging
        through a big entity's timeline does not group its events again per page.
        """
        def group() -> tuple[list[tuple], int]:
            where, params = self._conditions(flt, section)
            rows = self._rows(
                "SELECT e.date_value, e.kind, CASE WHEN e.date_value IS NULL THEN e.id END, count(*)"
                " FROM event_participants ep JOIN events e ON e.id = ep.event_id"
                f" WHERE ep.entity_id = ? AND {' AND '.join(where)}"
                " GROUP BY e.kind, e.date_value, CASE WHEN e.date_value IS NULL THEN e.id END"
                " ORDER BY e.date_value IS NULL, e.date_value, e.kind, min(e.id)",
                (flt.entity_id, *params),
            )
            return [tuple(r[:3]) for r in rows], sum(r[3] for r in rows)

        return self._cached("timeline_keys", (flt, section), group, keep=4)

    def _groups_for_keys(self, flt: TimelineFilter, section: str, keys: list[tuple], total: int) -> list[EventGroup]:
        ids: dict[tuple, list[int]] = {k: [] for k in keys}
        dated = [k for k in keys if k[0] is not None]
        for k in keys:
            if k[0] is None:
                ids[k].append(k[2])
        if dated:
            low = min(k[0] for k in dated)
            high = max(k[0] for k in dated)
            planned = 1 if section == "planned" else 0
            if total > ENTITY_SCAN_LIMIT:
                # A very big entity: walk the page's few dates in the date index.
                sql = (
                    "SELECT e.id, e.date_value, e.kind FROM events e"
                    " WHERE e.date_value BETWEEN ? AND ? AND e.planned = ?"
                    " AND EXISTS (SELECT 1 FROM event_participants ep"
                    "   WHERE ep.event_id = e.id AND ep.entity_id = ?)"
                )
            else:
                # A usual entity: its own events are few; filter them by date.
                sql = (
                    "SELECT e.id, e.date_value, e.kind FROM event_participants ep"
                    " JOIN events e ON e.id = ep.event_id"
                    " WHERE e.date_value BETWEEN ? AND ? AND e.planned = ? AND ep.entity_id = ?"
                )
            for eid, value, kind in self._rows(sql, (low, high, planned, flt.entity_id)):
                bucket = ids.get((value, kind, None))
                if bucket is not None:
                    bucket.append(eid)
        return self._groups([sorted(ids[k]) for k in keys if ids[k]], max_sources=ROW_SOURCES)

    def recent_entity_timeline(
        self, entity_id: int, max_events: int = ENTITY_PAGE_EVENTS
    ) -> tuple[dict[str, list[EventGroup]], bool]:
        """The entity's latest events (bounded), grouped as in its timeline, by section.

        Returns ({section: groups}, complete); complete is False when the entity has
        more events than were read (the timeline screen pages through all of them).
        """
        rows = self._rows(
            "SELECT event_id FROM event_participants WHERE entity_id = ?"
            " ORDER BY event_id DESC LIMIT ?",
            (entity_id, max_events + 1),
        )
        complete = len(rows) <= max_events
        events = self._events_by_ids([r[0] for r in rows[:max_events]])
        buckets: dict[str, dict[tuple, list[int]]] = {s: {} for s in SECTIONS}
        for e in events:
            if e.planned:
                section, key = "planned", (e.kind, e.date) if e.date else (e.id,)
            elif e.date:
                section, key = "dated", (e.kind, e.date)
            else:
                section, key = "undated", (e.id,)
            buckets[section].setdefault(key, []).append(e.id)
        known = {e.id: e for e in events}
        out: dict[str, list[EventGroup]] = {}
        for section, groups in buckets.items():
            found = self._groups(list(groups.values()), known=known)
            if section == "undated":
                found.sort(key=lambda g: (g.sources[0].report.published or "", g.event.id), reverse=True)
            else:
                found.sort(key=lambda g: (g.event.date is None, g.event.date or "", g.event.kind, g.event.id))
            out[section] = found
        return out, complete
