"""The timeline: events across reports ordered by their resolved date.

Three sections, because an analyst reads them differently: dated events (what
happened, in order), planned events (what is announced or intended) and events
whose date could not be resolved (listed with the words the report used).

For one entity, tellings of the same event in several reports (same kind and
date; they share the entity) are one row with several sources. Its pages and
counts are ranges of entity_timeline (db/schema.sql), kept in timeline order at
ingest, so they cost the rows shown (a count stops at its cap) whether the
entity is in ten reports or in most of a million. The archive-wide timeline
lists each telling, paged straight from the date index; the event screen
gathers an event's other sources.
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
# A timeline row reads this many of its tellings (the event screen reads them all).
ROW_SOURCES = 5
DAY_SHIFT = 32  # events.sort_key = -(report day << 32 | id) (db/schema.sql)
# entity_timeline.section codes (db/schema.sql) behind each section of the screen:
# dated; planned with a date, then without; date not resolved.
ENTITY_SECTIONS = {"dated": (0,), "planned": (1, 2), "undated": (3,)}
GROUPED = (0, 1)  # sections whose rows group by (day, kind): tellings of one event


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
        if flt.entity_id is not None:
            total = 0
            for code in _codes(section):
                total += self._entity_count(flt, code, cap - total if cap else None)
                if cap and total >= cap:
                    return cap
            return total
        sql, params = self._timeline_sql(flt, section, ordered=not cap)
        if cap:
            sql, params = f"{sql} LIMIT ?", (*params, cap)
        return self._rows(f"SELECT count(*) FROM ({sql})", params)[0][0]

    def timeline(
        self, flt: TimelineFilter, section: str = "dated", offset: int = 0, limit: int = 100
    ) -> list[EventGroup]:
        """One page of the timeline section, oldest first (planned: undated ones last;
        unresolved: newest report first)."""
        offset, limit = max(0, int(offset)), max(0, int(limit))
        if flt.entity_id is not None:
            return self._entity_page(flt, section, offset, limit)
        sql, params = self._timeline_sql(flt, section)
        rows = self._rows(f"{sql} LIMIT ? OFFSET ?", (*params, limit, offset))
        return self._groups([[r[0]] for r in rows])

    # -- one entity: pages of entity_timeline, whatever the entity's size --

    def _entity_count(self, flt: TimelineFilter, code: int, cap: int | None) -> int:
        where, params = _entity_where(flt, code)
        grouped = " GROUP BY day, kind" if code in GROUPED else ""
        return self._rows(
            f"SELECT count(*) FROM (SELECT 1 FROM entity_timeline WHERE {where}{grouped} LIMIT ?)",
            (*params, cap if cap else -1),
        )[0][0]

    def _entity_page(self, flt: TimelineFilter, section: str, offset: int, limit: int) -> list[EventGroup]:
        """Groups [offset, offset + limit) of the section: the rows of each of its
        codes in key order, tellings of one (day, kind) as one group."""
        id_lists: list[list[int]] = []
        totals: list[int] = []
        for code in _codes(section):
            if len(id_lists) >= limit:
                break
            where, params = _entity_where(flt, code)
            want = limit - len(id_lists)
            if code in GROUPED:
                # One statement for the page: each group's first tellings (by seq, then
                # id, as the event screen lists them) read by a seek inside SQLite, not
                # a query from Python per row. They come as "seq event_id" pairs, put in
                # order here: group_concat promises no order.
                keys = self._rows(
                    f"SELECT k.n, (SELECT group_concat(t.seq || ' ' || t.event_id) FROM"
                    "   (SELECT seq, event_id FROM entity_timeline WHERE entity_id = ? AND section = ?"
                    "    AND day = k.day AND kind = k.kind ORDER BY seq, event_id LIMIT ?) t)"
                    f" FROM (SELECT day, kind, count(*) AS n FROM entity_timeline WHERE {where}"
                    "   GROUP BY day, kind ORDER BY day, kind LIMIT ? OFFSET ?) k ORDER BY k.day, k.kind",
                    (flt.entity_id, code, ROW_SOURCES, *params, want, offset),
                )
                for count, tellings in keys:
                    pairs = sorted(tuple(map(int, p.split())) for p in tellings.split(","))
                    id_lists.append([event_id for _, event_id in pairs])
                    totals.append(count)
            else:
                rows = self._rows(
                    f"SELECT event_id FROM entity_timeline WHERE {where}"
                    " ORDER BY day, kind, seq, event_id LIMIT ? OFFSET ?",
                    (*params, want, offset),
                )
                id_lists += [[r[0]] for r in rows]
                totals += [1] * len(rows)
                keys = rows
            # The next code's rows follow this one's: skip what this one holds.
            if keys:
                offset = 0
            elif offset:
                offset = max(0, offset - self._entity_count(flt, code, None))
        return self._groups(id_lists, totals=totals)

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
        """Event ids of a section across the archive, in timeline order: one row per
        telling (in no order with ordered=False: a capped count need not sort them all)."""
        where, params = self._conditions(flt, section)
        if section == "undated":
            order = "(SELECT published FROM reports r WHERE r.id = e.report_id) DESC, e.report_id DESC, e.start"
        elif section == "dated":
            # Dated events come straight from the date index (no sort of the archive).
            order = "e.date_value, e.id"
        else:
            order = "e.date_value IS NULL, e.date_value, e.id"
        sql = f"SELECT e.id FROM events e WHERE {' AND '.join(where)}"
        return (f"{sql} ORDER BY {order}" if ordered else sql), tuple(params)

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


def _codes(section: str) -> tuple[int, ...]:
    if section not in ENTITY_SECTIONS:
        raise ValueError(f"unknown timeline section {section!r}")
    return ENTITY_SECTIONS[section]


def _day_number(bound: str, high: bool) -> int:
    """An ISO bound ('2007', '2007-06-99', ...) as the YYYYMMDD number report days are
    kept as; comparing the numbers is comparing the ISO texts."""
    digits = bound.replace("-", "")
    if not digits.isdigit() or len(digits) > 8:
        raise ValueError(f"{bound!r} is not a date bound (YYYY, YYYY-MM or YYYY-MM-DD)")
    return int(digits.ljust(8, "9" if high else "0"))


def _entity_where(flt: TimelineFilter, code: int) -> tuple[str, list]:
    """The rows of one entity_timeline section of the filter's entity within its dates:
    a range of the table's key."""
    where = ["entity_id = ?", "section = ?"]
    params: list = [flt.entity_id, code]
    if code in GROUPED:
        # The event's own date (ISO text, compared as text as everywhere).
        if flt.after:
            where.append("day >= ?")
            params.append(flt.after)
        if flt.before:
            where.append("day <= ?")
            params.append(flt.before)
    elif flt.after or flt.before:
        # The report's date, kept in seq as its day number (0: undated report,
        # which no date bound admits); day and kind are '' here, so this is a key range.
        where += ["day = ''", "kind = ''"]
        low = _day_number(flt.after, False) if flt.after else 1
        high = _day_number(flt.before, True) if flt.before else 99_999_999
        first, last = low << DAY_SHIFT, (high << DAY_SHIFT) | 0xFFFFFFFF
        if code == 3:  # newest first: the day is negated
            first, last = -last, -first
        where.append("seq BETWEEN ? AND ?")
        params += [first, last]
    return " AND ".join(where), params
