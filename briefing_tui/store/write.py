"""Writing reports and their extractions, one transaction per report.

A report either lands with everything extracted from it or not at all, so a
crash or a kill mid-ingest never leaves half a report behind.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

from briefing_tui.records import ENTITY_KINDS, PRECISIONS, EntityRecord, Extraction, ReportInput
from briefing_tui.store.connection import WRITE_BUSY_MS, StoreError, describe, is_busy, open_writable
from briefing_tui.store.entity_keys import fold_key

_RETRIES = 5

# What each claim of the reports with ids in [?, ?] is about: the participants
# (not its claimants) with a mention inside the claim's span (db/schema.sql,
# claim_subjects; migration 0003 runs it over every report).
CLAIM_SUBJECTS_SQL = (
    "INSERT OR IGNORE INTO claim_subjects (entity_id, claim_id, sort_key)"
    " SELECT p.entity_id, c.id, c.sort_key FROM claims c JOIN participants p ON p.report_id = c.report_id"
    " WHERE c.report_id BETWEEN ? AND ?"
    " AND NOT EXISTS (SELECT 1 FROM claim_claimants cc WHERE cc.claim_id = c.id AND cc.entity_id = p.entity_id)"
    " AND EXISTS (SELECT 1 FROM json_each(p.mentions) m"
    "   WHERE json_extract(m.value, '$[0]') >= c.start AND json_extract(m.value, '$[1]') <= c.end)"
)


class InvalidExtraction(ValueError):
    """An extraction that breaks the records contract (a bug upstream); the report is not stored."""


def content_hash(body: str) -> str:
    """Identity of a report's content: whitespace and Unicode form do not matter."""
    normal = " ".join(unicodedata.normalize("NFC", body).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class Writer:
    """The only code path that writes reports and entities."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.conn = open_writable(self.path)

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def last_report_id(self) -> int:
        try:
            return self.conn.execute("SELECT coalesce(max(id), 0) FROM reports").fetchone()[0]
        except sqlite3.Error as exc:
            raise describe(self.path, exc, WRITE_BUSY_MS) from None

    def known_hashes(self, hashes: list[str]) -> dict[str, tuple[int, str | None]]:
        """For each hash already stored: (report id, file it came from)."""
        found: dict[str, tuple[int, str | None]] = {}
        try:
            for i in range(0, len(hashes), 500):
                chunk = hashes[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for digest, report_id, path in self.conn.execute(
                    f"SELECT content_hash, id, path FROM reports WHERE content_hash IN ({marks})", chunk
                ):
                    found[digest] = (report_id, path)
        except sqlite3.Error as exc:
            raise describe(self.path, exc, WRITE_BUSY_MS) from None
        return found

    def add_report(self, report: ReportInput, extraction: Extraction) -> int | None:
        """Store a report with its extraction; None if the same content is already stored.

        Raises InvalidExtraction (or sqlite3.IntegrityError) for this report
        alone, StoreError when the database itself fails (then nothing more can
        be written). Either way nothing of the report is left behind.
        """
        validate(report, extraction)
        digest = content_hash(report.body)
        for attempt in range(_RETRIES):
            try:
                return self._add(report, extraction, digest)
            except sqlite3.IntegrityError:
                raise
            except sqlite3.OperationalError as exc:
                if not (is_busy(exc) or "locked" in str(exc)):
                    raise describe(self.path, exc, WRITE_BUSY_MS) from None
                if attempt == _RETRIES - 1:
                    raise StoreError(f"database stayed locked by another writer: {self.path}") from None
                time.sleep(0.2 * (attempt + 1))
            except sqlite3.Error as exc:
                raise describe(self.path, exc, WRITE_BUSY_MS) from None
        return None

    def _add(self, report: ReportInput, extraction: Extraction, digest: str) -> int | None:
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute(
                "SELECT 1 FROM reports WHERE content_hash = ?", (digest,)
            ).fetchone():
                conn.execute("ROLLBACK")  # another writer stored it meanwhile
                return None
            report_id = conn.execute(
                "INSERT INTO reports (title, published, source, url, body, content_hash, path, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    report.title,
                    report.published,
                    report.source,
                    report.url,
                    report.body,
                    digest,
                    report.path,
                    datetime.now(timezone.utc).isoformat(timespec="seconds"),
                ),
            ).lastrowid
            ids = {e.key: self._entity_id(e) for e in extraction.entities}
            self._write_extraction(report_id, report.published, extraction, ids)
            conn.execute("COMMIT")
            return report_id
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise

    def _entity_id(self, entity: EntityRecord) -> int:
        conn = self.conn
        key = fold_key(entity.key)
        row = conn.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
        if row:
            entity_id = row[0]
        else:
            entity_id = conn.execute(
                "INSERT INTO entities (key, name, kind) VALUES (?, ?, ?)",
                (key, entity.name, entity.kind),
            ).lastrowid
        aliases = set(entity.aliases) | {entity.name}
        before = conn.total_changes
        conn.executemany(
            "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)",
            [(entity_id, a) for a in sorted(aliases)],
        )
        if conn.total_changes != before or not row:
            self._index_entity(entity_id)
        return entity_id

    def _index_entity(self, entity_id: int) -> None:
        conn = self.conn
        name = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()[0]
        aliases = " ".join(
            r[0]
            for r in conn.execute(
                "SELECT alias FROM aliases WHERE entity_id = ? AND alias != ? ORDER BY alias",
                (entity_id, name),
            )
        )
        conn.execute("DELETE FROM entities_fts WHERE rowid = ?", (entity_id,))
        conn.execute(
            "INSERT INTO entities_fts (rowid, name, aliases) VALUES (?, ?, ?)",
            (entity_id, name, aliases),
        )

    def _write_extraction(
        self, report_id: int, published: str | None, ex: Extraction, ids: dict[str, int]
    ) -> None:
        conn = self.conn
        seen: set[int] = set()
        for p in ex.participants:
            entity_id = ids[p.entity_key]
            if entity_id in seen:
                continue
            seen.add(entity_id)
            conn.execute(
                "INSERT INTO participants (report_id, entity_id, role, affiliation_id, mentions, published)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    report_id,
                    entity_id,
                    p.role,
                    ids.get(p.affiliation_key) if p.affiliation_key else None,
                    json.dumps(sorted([list(m) for m in p.mentions])),
                    published,
                ),
            )
        if seen:
            marks = ",".join("?" * len(seen))
            conn.execute(
                f"UPDATE entities SET report_count = report_count + 1 WHERE id IN ({marks})",
                sorted(seen),
            )
        for c in ex.claims:
            claim_id = conn.execute(
                "INSERT INTO claims (report_id, claimant_id, claimant, cue, text, start, end)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    report_id,
                    ids.get(c.claimant_key) if c.claimant_key else None,
                    c.claimant,
                    c.cue,
                    c.text,
                    c.start,
                    c.end,
                ),
            ).lastrowid
            keys = c.claimant_keys or ([c.claimant_key] if c.claimant_key else [])
            conn.executemany(
                "INSERT OR IGNORE INTO claim_claimants (claim_id, entity_id) VALUES (?, ?)",
                [(claim_id, ids[k]) for k in keys if k in ids],
            )
        for ev in ex.events:
            event_id = conn.execute(
                "INSERT INTO events (report_id, kind, summary, date_text, date_value, precision,"
                " planned, place_id, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    report_id,
                    ev.kind,
                    ev.summary,
                    ev.date_text,
                    ev.date_value,
                    ev.precision,
                    int(ev.planned),
                    ids.get(ev.place_key) if ev.place_key else None,
                    ev.start,
                    ev.end,
                ),
            ).lastrowid
            conn.executemany(
                "INSERT OR IGNORE INTO event_participants (event_id, entity_id) VALUES (?, ?)",
                [(event_id, ids[k]) for k in ev.participant_keys if k in ids],
            )
        conn.executemany(
            "INSERT INTO dates (report_id, text, start, end, value, precision) VALUES (?, ?, ?, ?, ?, ?)",
            [(report_id, d.text, d.start, d.end, d.value, d.precision) for d in ex.dates],
        )
        if ex.claims and seen:
            conn.execute(CLAIM_SUBJECTS_SQL, (report_id, report_id))


def validate(report: ReportInput, ex: Extraction) -> None:
    """Check an extraction against the records contract before anything is written."""
    if not isinstance(report.body, str) or not report.body.strip():
        raise InvalidExtraction("report has no body")
    if not isinstance(report.title, str) or not report.title.strip():
        raise InvalidExtraction("report has no title")
    size = len(report.body)
    keys = set()
    for e in ex.entities:
        if e.kind not in ENTITY_KINDS:
            raise InvalidExtraction(f"entity {e.name!r} has unknown kind {e.kind!r}")
        if not e.key or not e.name:
            raise InvalidExtraction("entity without key or name")
        keys.add(e.key)

    def span(what: str, start, end) -> None:
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= size):
            raise InvalidExtraction(f"{what} span [{start}, {end}) is outside the body (length {size})")

    def known(what: str, key: str | None) -> None:
        if key is not None and key not in keys:
            raise InvalidExtraction(f"{what} refers to entity {key!r}, which the extraction does not list")

    for p in ex.participants:
        if p.entity_key not in keys:
            raise InvalidExtraction(f"participant refers to entity {p.entity_key!r}, which is not listed")
        known("participant affiliation", p.affiliation_key)
        for m in p.mentions:
            span("mention", *m)
    for c in ex.claims:
        span("claim", c.start, c.end)
        known("claim", c.claimant_key)
    for ev in ex.events:
        span("event", ev.start, ev.end)
        known("event place", ev.place_key)
        if ev.precision not in (None, *PRECISIONS):
            raise InvalidExtraction(f"event precision {ev.precision!r} is not one of {PRECISIONS}")
    for d in ex.dates:
        span("date", d.start, d.end)
        if d.precision not in (None, *PRECISIONS):
            raise InvalidExtraction(f"date precision {d.precision!r} is not one of {PRECISIONS}")
