"""Events across reports: one event told by several reports, and events near it in time.

Queries start from the date index (events_by_date), so their cost follows the
number of events in a few days, not the size of the archive or of an entity.
"""

from __future__ import annotations

from datetime import date, timedelta

from briefing_tui.store.base import Reader
from briefing_tui.store.models import (
    Event,
    EventGroup,
    EventSource,
    RelatedEvent,
    ReportSummary,
)

# "Within a few days": the window around a day-precision event.
RELATED_DAYS = 3
# An undated telling in a report this many days after a dated one may be the same event.
SAME_EVENT_DAYS = 14
# Bounds that keep a query's cost flat on huge archives.
SAME_EVENT_LIMIT = 200
RELATED_SCAN_LIMIT = 5000


class EventQueries(Reader):
    def event(self, event_id: int) -> Event | None:
        found = self._events("e.id = ?", (event_id,), "e.id", 1)
        return found[0] if found else None

    def event_group(self, event_id: int) -> EventGroup | None:
        """The event with every other report's telling of it (same kind, date, a shared participant)."""
        event = self.event(event_id)
        if event is None:
            return None
        ids = [event.id] + self._same_event_ids(event)
        return self._groups([ids])[0]

    def _same_event_ids(self, event: Event) -> list[int]:
        """Other reports' tellings of this event.

        Same kind and a shared participant, and either compatible resolved dates
        (equal, or a day within the month the other gives), or
        (when one side's date could not be resolved) a report published within
        SAME_EVENT_DAYS after the dated telling: news often retells an event
        days later without repeating its date ("was introduced last week").
        """
        if event.participant_ids:
            marks = ",".join("?" * len(event.participant_ids))
            shared = (
                "EXISTS (SELECT 1 FROM event_participants b WHERE b.event_id = e2.id"
                f" AND b.entity_id IN ({marks}))"
            )
            params: tuple = tuple(event.participant_ids)
        elif event.place_id is not None:
            shared, params = "e2.place_id = ?", (event.place_id,)
        else:
            return []
        base = (event.kind, int(event.planned), event.id, event.report_id)
        same = " AND e2.kind = ? AND e2.planned = ? AND e2.id != ? AND e2.report_id != ?"
        ids: list[int] = []
        if event.date is not None:
            dates, date_params = _compatible_dates(event.date, event.precision)
            ids += [r[0] for r in self._rows(
                f"SELECT e2.id FROM events e2 WHERE {dates}{same} AND {shared}"
                " ORDER BY e2.id LIMIT ?",
                (*date_params, *base, *params, SAME_EVENT_LIMIT),
            )]
            window = _after(event.date, event.precision)
            if window is not None:
                ids += [r[0] for r in self._rows(
                    "SELECT e2.id FROM reports r JOIN events e2 ON e2.report_id = r.id"
                    f" WHERE r.published BETWEEN ? AND ? AND e2.date_value IS NULL{same}"
                    f" AND {shared} ORDER BY r.published, e2.id LIMIT ?",
                    (*window, *base, *params, SAME_EVENT_LIMIT),
                )]
        else:
            published = self._rows("SELECT published FROM reports WHERE id = ?", (event.report_id,))
            window = _before(published[0][0]) if published and published[0][0] else None
            if window is not None:
                ids += [r[0] for r in self._rows(
                    "SELECT e2.id FROM events e2 WHERE e2.date_value BETWEEN ? AND ?"
                    f" AND e2.precision = 'day'{same} AND {shared} ORDER BY e2.date_value DESC, e2.id LIMIT ?",
                    (*window, *base, *params, SAME_EVENT_LIMIT),
                )]
        return ids

    def related_events(self, event_id: int, limit: int = 50) -> list[RelatedEvent]:
        """Events in other reports that share a participant and fall within a few days.

        Tellings of the same event (same kind and date) come as one group with
        several sources; the event's own group is left out.
        """
        event = self.event(event_id)
        if event is None or event.date is None or not event.participant_ids:
            return []
        window = _window(event.date, event.precision)
        if window is None:
            return []
        low, high, precisions = window
        own = set([event.id] + self._same_event_ids(event))
        marks = ",".join("?" * len(event.participant_ids))
        pmarks = ",".join("?" * len(precisions))
        rows = self._rows(
            "SELECT e2.id, (SELECT group_concat(x.name, char(31)) FROM event_participants b"
            "   JOIN entities x ON x.id = b.entity_id"
            f"   WHERE b.event_id = e2.id AND b.entity_id IN ({marks}))"
            " FROM events e2 WHERE e2.date_value BETWEEN ? AND ?"
            f" AND e2.precision IN ({pmarks}) AND e2.report_id != ?"
            " AND EXISTS (SELECT 1 FROM event_participants b WHERE b.event_id = e2.id"
            f"   AND b.entity_id IN ({marks}))"
            " ORDER BY e2.date_value, e2.id LIMIT ?",
            (*event.participant_ids, low, high, *precisions, event.report_id,
             *event.participant_ids, RELATED_SCAN_LIMIT),
        )
        shared_by_id = {r[0]: tuple(sorted(set(r[1].split("\x1f")))) for r in rows if r[0] not in own}
        if not shared_by_id:
            return []
        events = {e.id: e for e in self._events_by_ids(list(shared_by_id))}
        # Tellings of one event (same kind and date) in several reports become one group.
        buckets: dict[tuple, list[int]] = {}
        for eid in shared_by_id:
            e = events.get(eid)
            if e is not None:
                buckets.setdefault((e.kind, e.date, e.planned), []).append(eid)
        groups = self._groups(list(buckets.values()))
        out = []
        for group in groups:
            names = sorted({n for s in group.sources for n in shared_by_id.get(s.event.id, ())})
            out.append(RelatedEvent(group, tuple(names), _days_apart(event, group.event)))
        out.sort(key=lambda r: (-len(r.shared), r.days_apart if r.days_apart is not None else 99,
                                r.group.event.date or "", r.group.event.id))
        return out[:limit]

    # -- shared helpers (also used by the timeline) --

    def _events_by_ids(self, ids: list[int]) -> list[Event]:
        out: list[Event] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.extend(self._events(f"e.id IN ({marks})", tuple(chunk), "e.id", len(chunk)))
        return out

    def report_summaries(self, report_ids: set[int]) -> dict[int, ReportSummary]:
        ids = sorted(report_ids)
        out: dict[int, ReportSummary] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._rows(
                f"SELECT id, title, published, source FROM reports WHERE id IN ({marks})", chunk
            ):
                out[r[0]] = ReportSummary(*r)
        return out

    def _groups(self, id_lists: list[list[int]], max_sources: int | None = None,
                known: dict[int, Event] | None = None, totals: list[int] | None = None) -> list[EventGroup]:
        """EventGroups for lists of event ids, in the order given; sources oldest report first.

        With max_sources, only that many tellings per group are read (the rest counted).
        `known` holds events already read (they are not read again). `totals`: how
        many tellings each group has when its list holds only the first few.
        """
        if max_sources is not None:
            more = [max(0, len(ids) - max_sources) for ids in id_lists]
            id_lists = [ids[:max_sources] for ids in id_lists]
        else:
            more = [0] * len(id_lists)
        if totals is not None:
            more = [max(0, t - len(ids)) for t, ids in zip(totals, id_lists, strict=True)]
        known = known or {}
        events = {i: known[i] for ids in id_lists for i in ids if i in known}
        missing = [i for ids in id_lists for i in ids if i not in known]
        if missing:
            events.update((e.id, e) for e in self._events_by_ids(missing))
        reports = self.report_summaries({e.report_id for e in events.values()})
        groups = []
        for ids, extra in zip(id_lists, more, strict=True):
            sources = [
                EventSource(events[i], reports[events[i].report_id])
                for i in ids
                if i in events and events[i].report_id in reports
            ]
            if not sources:
                continue
            sources.sort(key=lambda s: (s.report.published is None, s.report.published or "", s.report.id))
            groups.append(EventGroup(tuple(sources), extra))
        return groups


def _window(value: str, precision: str | None) -> tuple[str, str, tuple[str, ...]] | None:
    """The date range (inclusive ISO bounds) and precisions that count as 'within a few days'."""
    try:
        if precision == "day":
            day = date.fromisoformat(value)
            return (
                (day - timedelta(days=RELATED_DAYS)).isoformat(),
                (day + timedelta(days=RELATED_DAYS)).isoformat(),
                ("day",),
            )
        if precision == "month":
            return value[:7], value[:7] + "-99", ("day", "month")
        if precision == "year":
            return value[:4], value[:4], ("year",)
    except ValueError:
        return None
    return None


def _compatible_dates(value: str, precision: str | None) -> tuple[str, tuple]:
    """SQL for dates that may be this one told at another precision (a day and its month)."""
    if precision == "day":
        return ("(e2.date_value = ? OR (e2.precision = 'month' AND e2.date_value = ?))",
                (value, value[:7]))
    if precision == "month":
        return ("e2.date_value BETWEEN ? AND ? AND e2.precision IN ('day', 'month')",
                (value[:7], value[:7] + "-99"))
    return "e2.date_value = ?", (value,)


def _after(value: str, precision: str | None) -> tuple[str, str] | None:
    """Report dates that may retell a day-precision event without its date."""
    if precision != "day":
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return day.isoformat(), (day + timedelta(days=SAME_EVENT_DAYS)).isoformat()


def _before(published: str) -> tuple[str, str] | None:
    """Event dates an undated telling in a report of this date may refer to."""
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return None
    return (day - timedelta(days=SAME_EVENT_DAYS)).isoformat(), day.isoformat()


def _days_apart(a: Event, b: Event) -> int | None:
    if a.precision != "day" or b.precision != "day" or not a.date or not b.date:
        return None
    try:
        return abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days)
    except ValueError:
        return None
