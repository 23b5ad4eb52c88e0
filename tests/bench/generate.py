"""Build a synthetic benchmark database through the store's own schema.

    python tests/bench/generate.py --reports 100000            # -> tests/bench/out/100000.db
    python tests/bench/generate.py --reports 1000000 --out /big/disk/1m.db
    python tests/bench/generate.py --reports 2000 --via-writer  # the real Writer, report by report

The database is created by the store (open_writable runs db/schema.sql), and the
triggers there keep the FTS indexes, sort keys, report buckets and each
entity's timeline (entity_timeline) exactly as in real ingest. The bulk path
writes what Writer.add_report writes, table by table (tests/bench/
test_bench_smoke.py proves it on a few hundred reports), but in big
transactions with executemany, while a second process generates the text.
The file is built under a temporary name and renamed when complete.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import sqlite3
import sys
import time
from collections import Counter, deque
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

import synth  # noqa: E402

from briefing_tui.records import Extraction, ReportInput  # noqa: E402
from briefing_tui.store.connection import open_writable  # noqa: E402
from briefing_tui.store.entity_keys import fold_key  # noqa: E402
from briefing_tui.store.write import CLAIM_SUBJECTS_SQL, Writer, content_hash, validate  # noqa: E402

OUT = HERE / "out"
BATCH = 5000


def sort_key(published: str | None, row_id: int) -> int:
    """reports.sort_key as db/schema.sql computes it: -(YYYYMMDD << 32 | id)."""
    padded = (published or "") + "-00-00"
    digits = padded[0:4] + padded[5:7] + padded[8:10]
    day = int(digits) if published and digits.isdigit() else 0
    return -((day << 32) | row_id)


class BulkWriter:
    """Writes (report, extraction) pairs as Writer.add_report would, many per transaction."""

    def __init__(self, path: Path):
        self.path = path
        self.conn = open_writable(path)
        conn = self.conn
        # Build-time settings only: the finished file is switched back to WAL.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -400000")
        conn.execute("PRAGMA temp_store = MEMORY")
        self.entity_ids: dict[str, int] = {}
        self.entity_names: dict[int, str] = {}
        self.aliases: dict[int, set[str]] = {}
        self.report_count: Counter[int] = Counter()
        self.next_report = self._next("reports")
        self.next_claim = self._next("claims")
        self.next_event = self._next("events")
        self.stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")

    def _next(self, table: str) -> int:
        return (self.conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1

    def add_batch(self, items: list[tuple]) -> None:
        """Write compact() records in one transaction."""
        reports, entities, aliases, participants = [], [], [], []
        claims, claimants, events, event_people, dates = [], [], [], [], []
        for report, ents, parts, cls, evs, dts in items:
            rid = self.next_report
            self.next_report += 1
            reports.append((rid, *report, self.stamp))
            published = report[1]
            ids: dict[str, int] = {}
            for key, name, kind, names in ents:
                stored = fold_key(key)  # as the Writer stores it
                eid = self.entity_ids.get(stored)
                if eid is None:
                    eid = self.entity_ids[stored] = len(self.entity_ids) + 1
                    self.entity_names[eid] = name
                    self.aliases[eid] = set()
                    entities.append((eid, stored, name, kind))
                known = self.aliases[eid]
                for a in names:
                    if a not in known:
                        known.add(a)
                        aliases.append((eid, a))
                ids[key] = eid
            seen: set[int] = set()
            for key, role, affiliation, mentions in parts:
                eid = ids[key]
                if eid in seen:
                    continue
                seen.add(eid)
                participants.append(
                    (rid, eid, role, ids.get(affiliation) if affiliation else None, mentions, published)
                )
            self.report_count.update(seen)
            for key, keys, *claim in cls:
                claims.append((self.next_claim, rid, ids.get(key) if key else None, *claim))
                claimants.extend(dict.fromkeys((self.next_claim, ids[k]) for k in keys if k in ids))
                self.next_claim += 1
            for place, keys, *event in evs:
                evid = self.next_event
                self.next_event += 1
                events.append((evid, rid, *event, ids.get(place) if place else None))
                event_people.extend((evid, ids[k]) for k in keys if k in ids)
            dates.extend((rid, *d) for d in dts)
        # Rows go in key order, as FTS5 wants ascending rowids within a transaction
        # (an out-of-order rowid forces a flush of its pending index).
        reports.sort(key=lambda r: sort_key(r[2], r[0]))
        day = {r[0]: -sort_key(r[2], 0) for r in reports}
        claims.sort(key=lambda c: -(day[c[1]] | c[0]))
        events.sort(key=lambda e: -(day[e[1]] | e[0]))
        conn = self.conn
        conn.execute("BEGIN")
        try:
            conn.executemany(
                "INSERT INTO reports (id, title, published, source, url, body, path, content_hash,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", reports)
            conn.executemany("INSERT INTO entities (id, key, name, kind) VALUES (?, ?, ?, ?)", entities)
            conn.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)", aliases)
            conn.executemany(
                "INSERT INTO participants (report_id, entity_id, role, affiliation_id, mentions,"
                " published) VALUES (?, ?, ?, ?, ?, ?)", participants)
            conn.executemany(
                "INSERT INTO claims (id, report_id, claimant_id, claimant, cue, text, start, end)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", claims)
            conn.executemany(
                "INSERT OR IGNORE INTO claim_claimants (claim_id, entity_id) VALUES (?, ?)", claimants)
            conn.executemany(
                "INSERT INTO events (id, report_id, kind, summary, date_text, date_value, precision,"
                " planned, start, end, place_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
            conn.executemany(
                "INSERT OR IGNORE INTO event_participants (event_id, entity_id) VALUES (?, ?)",
                event_people)
            conn.executemany(
                "INSERT INTO dates (report_id, text, start, end, value, precision)"
                " VALUES (?, ?, ?, ?, ?, ?)", dates)
            if reports:
                conn.execute(CLAIM_SUBJECTS_SQL, (min(r[0] for r in reports), max(r[0] for r in reports)))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def finish(self) -> None:
        """Entity counts and the entity index, as the Writer leaves them after the last report."""
        conn = self.conn
        conn.execute("BEGIN")
        conn.executemany(
            "UPDATE entities SET report_count = report_count + ? WHERE id = ?",
            [(n, eid) for eid, n in sorted(self.report_count.items())],
        )
        conn.executemany(
            "INSERT INTO entities_fts (rowid, name, aliases) VALUES (?, ?, ?)",
            [
                (eid, self.entity_names[eid],
                 " ".join(sorted(a for a in self.aliases[eid] if a != self.entity_names[eid])))
                for eid in sorted(self.entity_names)
            ],
        )
        conn.execute("COMMIT")
        # Big transactions leave a run of small level-0 segments that one report per
        # transaction (the Writer) would have had merged by FTS5's automerge.
        for fts in ("reports_fts", "claims_fts", "events_fts", "terms_sample_fts"):
            conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('merge', 500)")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA optimize")
        conn.close()


def compact(report: ReportInput, ex: Extraction) -> tuple:
    """A report and its extraction as plain tuples, in the order the columns are written.

    Plain tuples cross a process boundary several times faster than dataclasses;
    everything that does not need the database (hash, JSON, alias sets) is done here,
    after the same contract check the Writer makes.
    """
    validate(report, ex)
    return (
        (report.title, report.published, report.source, report.url, report.body, report.path,
         content_hash(report.body)),
        [(e.key, e.name, e.kind, tuple(sorted(set(e.aliases) | {e.name}))) for e in ex.entities],
        [(p.entity_key, p.role, p.affiliation_key, json.dumps(sorted([list(m) for m in p.mentions])))
         for p in ex.participants],
        [(c.claimant_key, tuple(c.claimant_keys or ([c.claimant_key] if c.claimant_key else [])),
          c.claimant, c.cue, c.text, c.start, c.end) for c in ex.claims],
        [(e.place_key, tuple(e.participant_keys), e.kind, e.summary, e.date_text, e.date_value,
          e.precision, int(e.planned), e.start, e.end) for e in ex.events],
        [(d.text, d.start, d.end, d.value, d.precision) for d in ex.dates],
    )


def _chunk(args: tuple[int, int, int, bool]) -> list:
    seed, start, count, as_records = args
    items = _corpus(seed).reports(start, count)
    return list(items) if as_records else [compact(r, ex) for r, ex in items]


_CORPUS: dict[int, synth.Corpus] = {}


def _corpus(seed: int) -> synth.Corpus:
    if seed not in _CORPUS:
        _CORPUS[seed] = synth.Corpus(seed)
    return _CORPUS[seed]


def batches(reports: int, seed: int, workers: int, batch: int = BATCH, as_records: bool = False):
    """Lists of compact() tuples (or (report, extraction) pairs) in order, made in
    `workers` processes (0: in this one)."""
    jobs = [(seed, start, min(batch, reports - start), as_records)
            for start in range(0, reports, batch)]
    if workers <= 0:
        for job in jobs:
            yield _chunk(job)
        return
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(workers) as pool:
        # At most two batches per worker in flight: the writer is the slower side, and
        # an unbounded imap would queue the whole corpus in memory.
        pending = deque()
        todo = iter(jobs)
        for job in itertools.islice(todo, 2 * workers):
            pending.append(pool.apply_async(_chunk, (job,)))
        while pending:
            items = pending.popleft().get()
            for job in itertools.islice(todo, 1):
                pending.append(pool.apply_async(_chunk, (job,)))
            yield items


def build(path: Path, reports: int, seed: int = 7, workers: int = 1, via_writer: bool = False,
          progress: bool = False) -> dict:
    """Create the database at `path` (replacing it) and return build figures."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    started = time.perf_counter()
    done = 0
    if via_writer:
        with Writer(tmp) as writer:
            for items in batches(reports, seed, workers, as_records=True):
                for report, ex in items:
                    writer.add_report(report, ex)
                done += len(items)
                if progress:
                    _progress(done, reports, started)
    else:
        bulk = BulkWriter(tmp)
        for items in batches(reports, seed, workers):
            bulk.add_batch(items)
            done += len(items)
            if progress:
                _progress(done, reports, started)
        bulk.finish()
    seconds = time.perf_counter() - started
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, path)
    size = path.stat().st_size
    figures = {
        "reports": reports,
        "seed": seed,
        "path": str(path),
        "writer": "Writer.add_report" if via_writer else "bulk",
        "seconds": round(seconds, 1),
        "reports_per_s": round(reports / seconds, 1) if seconds else None,
        "db_bytes": size,
        "db_bytes_per_report": round(size / reports) if reports else None,
        "workers": workers,
        "cpus": os.cpu_count(),
    }
    Path(f"{path}.build.json").write_text(json.dumps(figures))
    return figures


def _progress(done: int, total: int, started: float) -> None:
    rate = done / max(time.perf_counter() - started, 1e-9)
    print(f"\r{done}/{total} reports, {rate:.0f}/s", end="", file=sys.stderr, flush=True)
    if done == total:
        print(file=sys.stderr)


def default_path(reports: int, seed: int = 7) -> Path:
    return OUT / f"synthetic-{reports}-s{seed}.db"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, help="database file (default: tests/bench/out/synthetic-N-sSEED.db)")
    ap.add_argument("--workers", type=int, default=1, help="processes generating text (0: none)")
    ap.add_argument("--via-writer", action="store_true", help="write with Writer.add_report, one transaction per report")
    args = ap.parse_args(argv)
    figures = build(args.out or default_path(args.reports, args.seed), args.reports, args.seed,
                    args.workers, args.via_writer, progress=sys.stderr.isatty())
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
