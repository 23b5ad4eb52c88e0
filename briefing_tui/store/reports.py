"""Reports: the newest-first list, one report with its extraction, related reports."""

from __future__ import annotations

import json
import math
import threading
from array import array
from bisect import bisect_left, bisect_right

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
# Offsets below this are served by a plain OFFSET (cheap); deeper ones start
# from the report_buckets counts, so no page costs more than one bucket's scan.
DIRECT_OFFSET = 4096
BUCKET_SHIFT = 16  # report_buckets.bucket = sort_key >> 16 (db/schema.sql)
DAY_SHIFT = 32  # sort_key = -(YYYYMMDD << 32 | id)


class ReportQueries(Reader):
    def data_version(self) -> int:
        """A number that changes whenever another connection (an ingest) commits:
        what the browser shows was read at one, and is read again when it moves.
        A pragma on a connection kept for it: a few microseconds, no table read."""
        return self._data_version()

    def count_reports(self) -> int:
        """How many reports the list holds (from the bucket counts: no table scan)."""
        return self._day_index()[2]


    def list_reports(self, offset: int = 0, limit: int = 100) -> list[ReportSummary]:
        """Reports newest first (by published date, then id), `limit` from `offset`.

        Costs about the same at any offset: a deep page starts from the day, then
        the bucket of 65,536 keys, that holds it (report_buckets) and steps over
        at most one bucket's reports.
        """
        offset, limit = max(0, int(offset)), max(0, int(limit))
        if limit == 0:
            return []
        if offset < DIRECT_OFFSET:
            rows = self._rows(
                "SELECT id, title, published, source FROM reports ORDER BY sort_key LIMIT ? OFFSET ?",
                (limit, offset),
            )
        else:
            located = self._locate(offset)
            if located is None:
                return []
            bucket, skip = located
            rows = self._rows(
                "SELECT id, title, published, source FROM reports WHERE sort_key >= ?"
                " ORDER BY sort_key LIMIT ? OFFSET ?",
                (bucket << BUCKET_SHIFT, limit, skip),
            )
        return [ReportSummary(*r) for r in rows]


    def report_position(self, report_id: int) -> int | None:
        """The offset of a report in list_reports order (to put the cursor on it)."""
        rows = self._rows("SELECT sort_key FROM reports WHERE id = ?", (report_id,))
        if not rows:
            return None
        key = rows[0][0]
        groups, starts, _ = self._day_index()
        i = bisect_left(groups, key >> DAY_SHIFT)
        before = starts[i] if i < len(groups) else 0
        bucket = key >> BUCKET_SHIFT
        newer = self._rows(
            "SELECT (SELECT coalesce(sum(reports), 0) FROM report_buckets WHERE bucket >= ? AND bucket < ?)"
            " + (SELECT count(*) FROM reports WHERE sort_key >= ? AND sort_key < ?)",
            ((key >> DAY_SHIFT) << (DAY_SHIFT - BUCKET_SHIFT), bucket, bucket << BUCKET_SHIFT, key),
        )[0][0]
        return before + newer


    def _locate(self, offset: int) -> tuple[int, int] | None:
        """(bucket, offset inside it) of the report at `offset`, or None past the end."""
        groups, starts, total = self._day_index()
        if offset >= total:
            return None
        i = bisect_right(starts, offset) - 1
        inside = offset - starts[i]
        first = groups[i] << (DAY_SHIFT - BUCKET_SHIFT)
        for bucket, n in self._rows(
            "SELECT bucket, reports FROM report_buckets WHERE bucket BETWEEN ? AND ? ORDER BY bucket",
            (first, first + (1 << (DAY_SHIFT - BUCKET_SHIFT)) - 1),
        ):
            if inside < n:
                return bucket, inside
            inside -= n
        return None  # the buckets changed under us: an ingest is running


    def _reports_between(self, lo: int, hi: int) -> int:
        """About how many reports have a sort key in [lo, hi] (whole days counted)."""
        groups, starts, total = self._day_index()
        i = bisect_left(groups, lo >> DAY_SHIFT)
        j = bisect_right(groups, hi >> DAY_SHIFT)
        return (starts[j] if j < len(groups) else total) - (starts[i] if i < len(groups) else total)


    def _day_index(self) -> tuple[array, array, int]:
        """(day groups newest first, reports listed before each, total), summed from
        the bucket counts; cached until another connection changes the database
        (PRAGMA data_version). A group (sort_key >> 32) holds exactly one day."""
        lock = self.__dict__.setdefault("_day_lock", threading.Lock())
        with lock:
            cached = self.__dict__.get("_day_cache")
            version = self._data_version()
            if cached is not None and cached[0] == version:
                return cached[1]
            groups, starts = array("q"), array("q")
            total = 0
            for group, n in self._rows(
                f"SELECT bucket >> {DAY_SHIFT - BUCKET_SHIFT} AS day_group, sum(reports)"
                " FROM report_buckets GROUP BY day_group ORDER BY day_group"
            ):
                groups.append(group)
                starts.append(total)
                total += n
            index = (groups, starts, total)
            self.__dict__["_day_cache"] = (version, index)
            return index


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
        # One statement for all of them, read in rowid order (each row is a random
        # page of a big file: one pass beats `limit` separate lookups).
        marks = ",".join("?" * len(best))
        summaries = {
            r[0]: ReportSummary(*r)
            for r in self._rows(f"SELECT id, title, published, source FROM reports WHERE id IN ({marks})", best)
        } if best else {}
        return [
            RelatedReport(summaries[other], tuple(shared[other]), round(scores[other], 3))
            for other in best
            if other in summaries
        ]

