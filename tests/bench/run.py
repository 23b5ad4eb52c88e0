"""Benchmarks at 10^5-10^6 reports: each figure beside a baseline measured in the same run.

    python tests/bench/run.py --reports 100000            # builds tests/bench/out/... if missing
    python tests/bench/run.py --reports 1000000 --json    # one JSON object on stdout
    python tests/bench/run.py --db some.db --only search,list
    python tests/bench/run.py --reports 1000000 --extract # also tests/bench/extract_speed.py

Store level (the read API the browser calls from its worker threads):
- search: Store.search (every kind, limit 50) over >= 50 queries in six groups
  (rare words, words in most reports, prefixes as typed (3-7 letters), the
  1-2 letter prefixes the first keys of a search send, phrases, field
  filters), and the first answer search as you type asks for (limit 10 a
  kind: "first_answer" in each group), and each kind alone (report, participant, claim, event) for every
  query: p95 per group and per kind, wall time and the search thread's CPU
  time (what a shared machine's load does not inflate), and the load average
  before and after; baseline: the plain FTS5 query
  `... MATCH ? ORDER BY rank LIMIT 50` (reports only, filters as joins) on the same text.
- list: count_reports and list_reports(offset, 50) at offsets across the list;
  baseline: ORDER BY sort_key LIMIT 50 OFFSET n on the same index.
- report: Store.report (article with participants, claims, events, dates) and
  related_reports; baseline: the bare row by id.
- app (app_bench.py): startup, key presses and memory in a pty; opening an entity
  in thousands of reports from search and from a report's participants (entity_open).
  And search_by_group: for every query of the search section's groups, the app's
  search screen is opened, the query but its last character entered as one
  paste (its answer painted, the screen quiet), then the last key is timed to
  the first frame whose status says "for: <query>" and to the last frame it
  caused; p50/p95 per group and all, queries whose answer was cut short (time
  budget / row cap), beside the minimal app's key press. --only app_search runs
  only that; --app-root TREE runs the app from another source tree.
- entity: what the entity screen reads (entity, entity_reports first and last
  page, entity_claims, entity_claims_about, recent_entity_timeline),
  entity_events, and the timeline screen for it (capped counts and first pages
  of each section, the page at the count's cap, one year's first page, and all
  the screen reads to open), for entities in ~60%, ~10%, ~1% and ~0.01% of reports;
  baseline: the bare entity row by id.
- ingest: the bulk generator's rate (from the build) and Writer.add_report's
  (one transaction per report) on 2,000 reports; with --extract, the real
  extraction beside nlp.pipe (extract_speed.py).
- size: database bytes per report, by table group.
Medians and p95s are over queries (each the median of --repeat runs); times in ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402

from briefing_tui.store import Store  # noqa: E402
from briefing_tui.store import query as q  # noqa: E402
from briefing_tui.store.models import TimelineFilter  # noqa: E402

SECTIONS = ("search", "list", "report", "entity", "ingest", "size", "app", "app_search")


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _stats(values: list[float]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {"n": len(values), "median_ms": round(statistics.median(values), 2),
            "p95_ms": round(p95, 2), "max_ms": round(ordered[-1], 2)}


def _time(fn, repeat: int = 1) -> float:
    """Median wall time of `repeat` calls, in ms."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return _ms(statistics.median(times))


def _time_cpu(fn, repeat: int = 1) -> tuple[float, float]:
    """Median wall time and median CPU time of this thread (SQLite runs in it) of
    `repeat` calls, in ms: on a shared machine the wall time includes waiting
    for a core, the CPU time does not."""
    walls, cpus = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.thread_time()
        fn()
        cpus.append(time.thread_time() - c)
        walls.append(time.perf_counter() - t)
    return _ms(statistics.median(walls)), _ms(statistics.median(cpus))


def _pair(measured: list[float], baseline: list[float], label: str) -> dict:
    out = {"measured": _stats(measured), "baseline": _stats(baseline), "baseline_is": label}
    if measured and baseline:
        out["p95_vs_baseline"] = round(out["measured"]["p95_ms"] / max(out["baseline"]["p95_ms"], 1e-6), 3)
    return out


# --------------------------------------------------------------------------- queries

def build_queries(store: Store, seed: int = 1) -> dict[str, list[tuple[str, bool]]]:
    """About 60 queries in five groups, chosen from the database itself (deterministic)."""
    rnd = random.Random(seed)
    rows = store._rows
    rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, terms_sample_fts, row)")
    vocab = rows("SELECT term, doc FROM temp.bench_vocab WHERE term GLOB '[a-z]*' ORDER BY doc DESC, term")
    common = [t for t, _ in vocab[:8]]
    mid = [t for t, d in vocab if len(t) >= 8][5:400]
    ones = sorted(t for t, d in vocab if d == 1 and len(t) >= 5)
    rare = rnd.sample(ones, min(6, len(ones)))
    n = store.count_reports()
    refs = [f"{rnd.randrange(n):07d}" for _ in range(3)]  # the synthetic bodies end with "(ref NNNNNNN)"
    groups: dict[str, list[tuple[str, bool]]] = {
        "rare words": [(w, False) for w in rare + refs] + [("qzxvwk", False), ("nowhere zzyzx", False)],
        "words in most reports": [(w, False) for w in common]
        + [(f"{common[0]} {common[3]}", False), (f"{common[1]} {common[2]} {common[4]}", False)],
        "prefixes": [],
        # the first keys of every search: a prefix in most reports, expanded to its
        # most frequent words (a group of its own since 2026-11-27: the figures of
        # the other groups stay comparable with earlier runs)
        "1-2 letter prefixes": [],
        "phrases": [(f'"{p}"', False) for p in ("united states", "the foreign minister", "said that",
                                                  "last week", "next month", "prime minister")]
        + [(f'"{common[0]} {common[1]}"', False), (f'"{rare[0]}" {common[0]}', False)],
        "field filters": [],
    }
    for word in rnd.sample(mid[:60], 3) + ["government", "international"]:
        for k in (3, 4, 5, 7):
            if len(word) > k:
                groups["prefixes"].append((word[:k], True))
        groups["1-2 letter prefixes"] += [(word[:k], True) for k in (1, 2)]
    ents = rows("SELECT name, kind, report_count FROM entities ORDER BY report_count DESC")
    by_kind = {k: [e for e in ents if e[1] == k] for k in ("person", "country", "organization", "place")}
    person, country, org, place = (by_kind[k] for k in ("person", "country", "organization", "place"))
    sources = [r[0] for r in rows("SELECT source, count(*) FROM reports WHERE source IS NOT NULL"
                                  " GROUP BY source ORDER BY 2 DESC")] if n <= 200_000 else \
        [r[0] for r in rows("SELECT DISTINCT source FROM (SELECT source FROM reports ORDER BY sort_key"
                            " LIMIT 20000) WHERE source IS NOT NULL")]
    rare_person = next((p for p in reversed(person) if p[2] >= 3), person[-1])
    years = sorted({int(r[0][:4]) for r in rows("SELECT published FROM reports WHERE published IS NOT NULL"
                                                " ORDER BY sort_key LIMIT 1")})
    last = years[-1] if years else 2024
    groups["field filters"] = [
        (f'country:"{country[0][0]}"', False),
        (f'country:"{country[0][0]}" {mid[0]}', False),
        (f'person:"{person[0][0]}" {common[0]}', False),
        (f'person:"{person[len(person) // 50][0]}"', False),
        (f'person:"{rare_person[0]}" {common[2]}', False),
        (f'org:"{org[0][0]}" {mid[1]}', False),
        (f'place:"{place[0][0]}"', False),
        (f'country:"{country[min(30, len(country) - 1)][0]}" {common[0]}', False),
        (f'source:"{sources[0]}" {mid[2]}', False),
        (f'source:"{sources[-1]}" {common[1]}', False),
        (f"after:{last}-06 {common[5]}", False),
        (f"after:{last - 10} before:{last - 10}-02", False),
        (f"before:{last - 20} {mid[3]}", False),
        ("kind:meeting", False),
        (f"kind:claim {mid[4]}", False),
        (f'person:"{person[1][0]}" country:"{country[1][0]}"', False),
    ]
    return groups


def baseline_sql(text: str, prefix: bool) -> tuple[str, list]:
    """The naive query: FTS5 ranked by bm25 over every match, filters as joins (reports only)."""
    parsed = q.parse(text, prefix=prefix)
    where, params, join = [], [], ""
    for name, kinds in q.ENTITY_FILTERS.items():
        for value in parsed.values(name):
            marks = ",".join("?" * len(kinds))
            where.append(f"r.id IN (SELECT p.report_id FROM participants p JOIN entities e ON e.id = p.entity_id"
                         f" WHERE e.kind IN ({marks}) AND e.name = ? COLLATE NOCASE)")
            params.extend([*kinds, value])
    for value in parsed.values("source"):
        where.append("r.source = ? COLLATE NOCASE")
        params.append(value)
    if parsed.after:
        where.append("r.published >= ?")
        params.append(parsed.after)
    if parsed.before:
        where.append("r.published <= ?")
        params.append(parsed.before)
    fts = parsed.fts()
    if fts:
        sql = ("SELECT r.id, snippet(reports_fts, 1, '[', ']', '…', 16) FROM reports_fts"
               " JOIN reports r ON r.sort_key = reports_fts.rowid WHERE reports_fts MATCH ?"
               + "".join(f" AND {w}" for w in where) + " ORDER BY rank LIMIT 50")
        return sql, [fts, *params]
    sql = ("SELECT r.id, substr(r.body, 1, 160) FROM reports r"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY r.published DESC, r.id DESC LIMIT 50")
    return sql, params


def bench_search(db: Path, repeat: int) -> dict:
    store = Store(db)
    store.count_reports()  # the browser has this from its first screen
    groups = build_queries(store)
    out: dict = {"queries": sum(len(v) for v in groups.values()), "limit_per_kind": 50,
                 "kinds": "report, participant, claim, event", "groups": {}}
    everything, everything_base = [], []
    per_kind: dict[str, list[float]] = {k: [] for k in q.HIT_KINDS}
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    everything_cpu: list[float] = []
    for group, queries in groups.items():
        measured, base, examples, cpu, first = [], [], [], [], []
        group_kinds: dict[str, list[float]] = {k: [] for k in q.HIT_KINDS}
        for text, prefix in queries:
            def run(kinds=None):
                store.__dict__.pop("_caches", None)  # as typed for the first time
                return store.search(text, limit=50, prefix=prefix, kinds=kinds)
            ms, cpu_ms = _time_cpu(run, repeat)
            hits = run()
            # search as you type asks for the first 10 of each kind, then all 50
            first.append(_time(lambda: (store.__dict__.pop("_caches", None),
                                        store.search(text, limit=10, prefix=prefix)), repeat))
            measured.append(ms)
            cpu.append(cpu_ms)
            # each kind alone (the browser may show a kind as soon as it has it)
            kind_ms = {k: _time(lambda k=k: run((k,)), repeat) for k in q.HIT_KINDS}
            for k, v in kind_ms.items():
                group_kinds[k].append(v)
                per_kind[k].append(v)
            sql, params = baseline_sql(text, prefix)
            base.append(_time(lambda: raw.execute(sql, params).fetchall(), 1))
            examples.append({"query": text, "prefix": prefix, "ms": ms, "cpu_ms": cpu_ms, "baseline_ms": base[-1],
                             "kind_ms": kind_ms,
                             "hits": {k: sum(h.kind == k for h in hits) for k in q.HIT_KINDS},
                             # kinds cut short by the search's time budget (older matches may exist)
                             "partial": list(getattr(hits, "partial", ()))})
        out["groups"][group] = _pair(measured, base, "plain FTS5 ORDER BY rank LIMIT 50, reports only")
        out["groups"][group]["per_kind"] = {k: _stats(v) for k, v in group_kinds.items()}
        out["groups"][group]["cpu"] = _stats(cpu)
        out["groups"][group]["first_answer"] = _stats(first)
        everything_cpu += cpu
        out["groups"][group]["queries"] = examples
        everything += measured
        everything_base += base
    out["all"] = _pair(everything, everything_base, "plain FTS5 ORDER BY rank LIMIT 50, reports only")
    out["partial_queries"] = [e["query"] for v in out["groups"].values() for e in v["queries"] if e["partial"]]
    out["per_kind"] = {k: _stats(v) for k, v in per_kind.items()}
    out["all"]["cpu"] = _stats(everything_cpu)
    out["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    return out


# --------------------------------------------------------------------------- list, report, entity

def bench_list(db: Path, repeat: int) -> dict:
    first = Store(db)
    t = time.perf_counter()
    total = first.count_reports()
    count_first = _ms(time.perf_counter() - t)
    store = Store(db)
    store.count_reports()
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rnd = random.Random(2)
    offsets = [0, 50, total // 2, max(0, total - 50)] + [rnd.randrange(max(total, 1)) for _ in range(36)]
    measured = [_time(lambda o=o: store.list_reports(o, 50), repeat) for o in offsets]
    base = [_time(lambda o=o: raw.execute(
        "SELECT id, title, published, source FROM reports ORDER BY sort_key LIMIT 50 OFFSET ?",
        (o,)).fetchall(), 1) for o in offsets]
    positions = [_time(lambda: store.report_position(rnd.randrange(1, total + 1)), 1) for _ in range(20)]
    return {
        "reports": total,
        "count_reports_first_ms": count_first,
        "count_reports_ms": _time(store.count_reports, 5),
        "count_reports_baseline_ms": _time(lambda: raw.execute("SELECT count(*) FROM reports").fetchall(), 1),
        "list_reports_page_50": _pair(measured, base, "ORDER BY sort_key LIMIT 50 OFFSET n"),
        "report_position": _stats(positions),
    }


def bench_report(db: Path, repeat: int) -> dict:
    store = Store(db)
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    total = store.count_reports()
    rnd = random.Random(3)
    ids = [rnd.randrange(1, total + 1) for _ in range(40)]
    opened = [_time(lambda i=i: store.report(i), repeat) for i in ids]
    related = [_time(lambda i=i: store.related_reports(i), repeat) for i in ids]
    base = [_time(lambda i=i: raw.execute("SELECT * FROM reports WHERE id = ?", (i,)).fetchall(), 1) for i in ids]
    return {"report": _pair(opened, base, "SELECT * FROM reports WHERE id = ?"),
            "related_reports": _pair(related, base, "SELECT * FROM reports WHERE id = ?")}


def _fresh(store: Store) -> Store:
    """The store with its cached answers (timeline keys among them) dropped: as opened for the first time."""
    store.__dict__.pop("_caches", None)
    return store


# What the timeline screen asks for (tui/screens/timeline.py COUNT_CAP, virtual_list PAGE_SIZE).
TIMELINE_CAP = 5000
TIMELINE_PAGE = 100


def _open_timeline(store: Store, eid: int) -> None:
    flt = TimelineFilter(entity_id=eid)
    for section in ("dated", "planned", "undated"):
        store.count_timeline(flt, section, cap=TIMELINE_CAP)
        store.timeline(flt, section, 0, TIMELINE_PAGE)


def bench_entity(db: Path, repeat: int) -> dict:
    store = Store(db)
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    total = store.count_reports()
    out = {}
    for share in (0.6, 0.1, 0.01, 0.0001):
        target = max(1, int(total * share))
        row = raw.execute("SELECT id, name, report_count FROM entities ORDER BY abs(report_count - ?) LIMIT 1",
                          (target,)).fetchone()
        eid, name, count = row
        base = _time(lambda: raw.execute("SELECT * FROM entities WHERE id = ?", (eid,)).fetchall(), 3)
        out[f"{share:.2%} of reports"] = {
            "entity": name, "reports": count,
            "entity_ms": _time(lambda: store.entity(eid), repeat),
            "entity_reports_first_page_ms": _time(lambda: store.entity_reports(eid, 0, 50), repeat),
            "entity_reports_last_page_ms": _time(lambda: store.entity_reports(eid, max(0, count - 50), 50), repeat),
            "entity_claims_ms": _time(lambda: store.entity_claims(eid), repeat),
            "entity_events_ms": _time(lambda: store.entity_events(eid), repeat),
            "entity_claims_about_ms": _time(lambda: store.entity_claims_about(eid), repeat)
            if hasattr(store, "entity_claims_about") else None,
            "recent_entity_timeline_ms": _time(lambda: store.recent_entity_timeline(eid), repeat)
            if hasattr(store, "recent_entity_timeline") else None,
            "find_entities_ms": _time(lambda: store.find_entities(name), repeat),
            # the timeline screen (t) for it: a capped count and the first page of each section
            "timeline_count_capped_ms": _time(lambda: _fresh(store).count_timeline(
                TimelineFilter(entity_id=eid), "dated", cap=TIMELINE_CAP), repeat),
            "timeline_dated_first_page_ms": _time(lambda: _fresh(store).timeline(
                TimelineFilter(entity_id=eid), "dated", 0, TIMELINE_PAGE), repeat),
            "timeline_undated_first_page_ms": _time(lambda: _fresh(store).timeline(
                TimelineFilter(entity_id=eid), "undated", 0, TIMELINE_PAGE), repeat),
            "timeline_planned_first_page_ms": _time(lambda: _fresh(store).timeline(
                TimelineFilter(entity_id=eid), "planned", 0, TIMELINE_PAGE), repeat),
            "timeline_count_capped_planned_ms": _time(lambda: _fresh(store).count_timeline(
                TimelineFilter(entity_id=eid), "planned", cap=TIMELINE_CAP), repeat),
            "timeline_count_capped_undated_ms": _time(lambda: _fresh(store).count_timeline(
                TimelineFilter(entity_id=eid), "undated", cap=TIMELINE_CAP), repeat),
            # the last page the capped count shows (End), and the dated rows of one year
            "timeline_dated_deep_page_ms": _time(lambda: _fresh(store).timeline(
                TimelineFilter(entity_id=eid), "dated", TIMELINE_CAP - TIMELINE_PAGE, TIMELINE_PAGE), repeat),
            "timeline_dated_one_year_first_page_ms": _time(lambda: _fresh(store).timeline(
                TimelineFilter(entity_id=eid, after="2015", before="2015-99"), "dated", 0, TIMELINE_PAGE), repeat),
            # all the timeline screen reads to open (three counts, three first pages), one after another
            "timeline_open_all_sections_ms": _time(lambda: _open_timeline(_fresh(store), eid), repeat),
            "baseline_ms": base, "baseline_is": "SELECT * FROM entities WHERE id = ?",
        }
    return out


# --------------------------------------------------------------------------- ingest, size

def bench_ingest(db: Path, extract: bool) -> dict:
    build = _read_build(db)
    out = {"generator_bulk": build}
    with tempfile.TemporaryDirectory() as tmp:
        n = 2000
        writer = generate.build(Path(tmp) / "writer.db", n, seed=99, workers=1, via_writer=True)
        bulk = generate.build(Path(tmp) / "bulk.db", n, seed=99, workers=1)
        out["writer_2000"] = writer
        out["bulk_2000_same_reports"] = bulk
    if extract:
        script = HERE / "extract_speed.py"
        if script.exists():
            done = subprocess.run([sys.executable, str(script), "--reports", "200", "--json"],
                                  capture_output=True, text=True, timeout=3600)
            try:
                out["extraction"] = json.loads(done.stdout)
            except json.JSONDecodeError:
                out["extraction"] = {"error": (done.stderr or done.stdout)[-500:]}
        else:
            out["extraction"] = {"skipped": "tests/bench/extract_speed.py not on this branch"}
    return out


def bench_size(db: Path) -> dict:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    reports = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    size = db.stat().st_size
    out = {"db_bytes": size, "reports": reports, "bytes_per_report": round(size / max(reports, 1))}
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.Error:
        return out
    groups: dict[str, int] = {}
    for name, nbytes in rows:
        if name.endswith(("_data", "_idx", "_docsize", "_config", "_content")) and "_fts" in name:
            key = "full-text indexes"
        elif name == "reports":
            key = "reports (text)"
        elif name.startswith(("participants", "entities", "aliases", "sqlite_autoindex_entities",
                              "sqlite_autoindex_aliases")):
            key = "participants and entities"
        elif name.startswith(("claims", "events", "event_participants", "dates")):
            key = "claims, events, dates"
        else:
            key = "other indexes"
        groups[key] = groups.get(key, 0) + nbytes
    out["bytes_per_report_by_group"] = {k: round(v / max(reports, 1)) for k, v in sorted(groups.items())}
    return out


def _read_build(db: Path) -> dict:
    side = db.with_name(db.name + ".build.json")
    return json.loads(side.read_text()) if side.exists() else {"note": "built before figures were kept"}


# --------------------------------------------------------------------------- app

def bench_app(db: Path, runs: int = 5, presses: float = 1.0, root: Path = ROOT, search_only: bool = False) -> dict:
    """The app in a pty (app_bench.py), run from the source tree `root`; with it, the
    last key of each of the search section's queries (the same build_queries) to
    its results in the app. `search_only`: only that (section app_search)."""
    if not (root / "briefing_tui" / "tui" / "app.py").exists():
        return {"skipped": "the browser (briefing_tui.tui.app) is not on this branch yet"}
    import app_bench

    groups = build_queries(Store(db))
    if search_only:
        return {"search_by_group": app_bench.search_by_group(db, groups, presses, root)}
    return app_bench.run(db, runs, presses, root, groups)


# --------------------------------------------------------------------------- main

def machine() -> dict:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(), "load_avg_at_start": [round(x, 2) for x in load] if load else None,
            "mem_total_gb": _mem_gb()}


def _mem_gb():
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        return None


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", type=Path, help="benchmark this database (default: the generated one)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--only", default=",".join(s for s in SECTIONS if s not in ("ingest", "app_search")),
                    help=f"comma-separated sections of {', '.join(SECTIONS)}")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median kept)")
    ap.add_argument("--extract", action="store_true", help="with ingest: run extract_speed.py too")
    ap.add_argument("--app-runs", type=int, default=5, help="app startups measured (each side)")
    ap.add_argument("--app-presses", type=float, default=1.0, help="scale the scripted key presses")
    ap.add_argument("--app-root", type=Path, default=ROOT,
                    help="the source tree whose browser the app sections run (default: this one)")
    args = ap.parse_args(argv)
    db = args.db or generate.default_path(args.reports, args.seed)
    if not db.exists():
        figures = generate.build(db, args.reports, args.seed, workers=1, progress=sys.stderr.isatty())
        print(f"built {db}: {figures}", file=sys.stderr)
    sections = [s.strip() for s in args.only.split(",") if s.strip()]
    result = {"db": str(db), "machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S")}
    t0 = time.perf_counter()
    for section in sections:
        t = time.perf_counter()
        if section == "search":
            result["search"] = bench_search(db, args.repeat)
        elif section == "list":
            result["list"] = bench_list(db, args.repeat)
        elif section == "report":
            result["report"] = bench_report(db, args.repeat)
        elif section == "entity":
            result["entity"] = bench_entity(db, args.repeat)
        elif section == "ingest":
            result["ingest"] = bench_ingest(db, args.extract)
        elif section == "size":
            result["size"] = bench_size(db)
        elif section == "app":
            result["app"] = bench_app(db, args.app_runs, args.app_presses, args.app_root.resolve())
        elif section == "app_search":  # only the app's search by query group (also part of app)
            result["app"] = bench_app(db, args.app_runs, args.app_presses, args.app_root.resolve(), search_only=True)
        else:
            ap.error(f"unknown section {section!r}")
        print(f"{section}: {time.perf_counter() - t:.1f} s", file=sys.stderr)
    result["store_process_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    if args.json:
        print(json.dumps(result))
    else:
        print(summary(result))
    return result


def summary(r: dict) -> str:
    """A short human-readable table of the headline figures."""
    lines = [f"{r['db']}  ({r['machine']['cpus']} CPUs, load {r['machine']['load_avg_at_start']})"]
    if "search" in r:
        lines.append("search (ms)                    median    p95   | baseline median   p95  | CPU p95")
        for group, v in list(r["search"]["groups"].items()) + [("all", r["search"]["all"])]:
            m, b = v["measured"], v["baseline"]
            cpu = v.get("cpu", {}).get("p95_ms", float("nan"))
            lines.append(f"  {group:27s} {m['median_ms']:7.1f} {m['p95_ms']:7.1f}   | {b['median_ms']:9.1f} {b['p95_ms']:7.1f}"
                         f"  | {cpu:7.1f}")
            if v.get("first_answer", {}).get("n"):
                lines.append(f"      first answer (limit 10 a kind): median {v['first_answer']['median_ms']:.1f}"
                             f" p95 {v['first_answer']['p95_ms']:.1f}")
            if "per_kind" in v:
                lines.append("      one kind alone, p95: " + ", ".join(
                    f"{k} {st['p95_ms']:.1f}" for k, st in v["per_kind"].items() if st))
        if r["search"].get("load_avg_at_end"):
            lines.append(f"  load average at the end of the search section: {r['search']['load_avg_at_end']}")
        if r["search"].get("partial_queries"):
            lines.append("  cut short by the time budget: " + ", ".join(r["search"]["partial_queries"]))
        if "per_kind" in r["search"]:
            lines.append("  each kind alone, all queries: " + ", ".join(
                f"{k} median {st['median_ms']:.1f} p95 {st['p95_ms']:.1f}"
                for k, st in r["search"]["per_kind"].items() if st))
    if "list" in r:
        v = r["list"]["list_reports_page_50"]
        lines.append(f"list_reports page (ms)         {v['measured']['median_ms']:7.1f} {v['measured']['p95_ms']:7.1f}"
                     f"   | {v['baseline']['median_ms']:9.1f} {v['baseline']['p95_ms']:7.1f}")
        lines.append(f"count_reports (ms)  first {r['list']['count_reports_first_ms']}  then {r['list']['count_reports_ms']}"
                     f"  | count(*) {r['list']['count_reports_baseline_ms']}")
    if "report" in r:
        for k, v in r["report"].items():
            lines.append(f"{k:30s} {v['measured']['median_ms']:7.1f} {v['measured']['p95_ms']:7.1f}"
                         f"   | {v['baseline']['median_ms']:9.1f} {v['baseline']['p95_ms']:7.1f}")
    if "entity" in r:
        for k, v in r["entity"].items():
            parts = ", ".join(f"{n[:-3]} {ms}" for n, ms in v.items()
                              if n.endswith("_ms") and n != "baseline_ms" and ms is not None)
            lines.append(f"entity in {k} ({v['reports']} reports): {parts} | baseline {v['baseline_ms']}")
    if "size" in r:
        lines.append(f"size: {r['size']['bytes_per_report']} bytes/report {r['size'].get('bytes_per_report_by_group', '')}")
    if "ingest" in r:
        lines.append(f"ingest: {json.dumps(r['ingest'])}")
    if "app" in r and r["app"].get("search_by_group"):
        lines.extend(search_by_group_lines(r["app"]["search_by_group"]))
    if "app" in r:
        opens = r["app"].get("entity_open")
        if opens:
            again, base = opens["screen shown again, both ways"], opens["baseline"]
            lines.append(f"open an entity in >= {opens['min_reports']:,} reports (ms): shown again median "
                         f"{again.get('median_ms')} p95 {again.get('p95_ms')} (n {again.get('n')}, missed "
                         f"{again.get('missed')}); first open {opens['first open (screen composed), both ways']}"
                         f" | baseline (minimal app, j) {base.get('median_ms')} {base.get('p95_ms')}")
        rest = {k: v for k, v in r["app"].items() if k != "search_by_group"}
        if rest:
            lines.append(f"app: {json.dumps(rest)}")
    lines.append(f"peak RSS of this process {r['store_process_peak_rss_mb']} MB; {r['seconds']} s")
    return "\n".join(lines)


def search_by_group_lines(v: dict) -> list[str]:
    """The app's search, last key to results, per group: a table."""
    lines = [f"app search, last key to results (ms; app from {v.get('app_package')})",
             "  group                    n   shown p50   p95 | last frame p50   p95 | partial"]
    for group, g in list(v["groups"].items()) + [("all", v["all"])]:
        sh, la = g["shown"], g["last_frame"]
        part = len(g["partial"]) if "partial" in g else len(v.get("partial_queries", []))
        miss = f" (missed {sh.get('missed')})" if sh.get("missed") else ""
        lines.append(f"  {group:22s} {sh.get('n', 0):3d} {sh.get('median_ms', float('nan')):9.1f}"
                     f" {sh.get('p95_ms', float('nan')):7.1f} | {la.get('median_ms', float('nan')):12.1f}"
                     f" {la.get('p95_ms', float('nan')):7.1f} | {part}{miss}")
    b = v["baseline"]
    lines.append(f"  baseline ({v['baseline_is']}): median {b.get('median_ms')} p95 {b.get('p95_ms')};"
                 f" load {v['load_avg']}; {v['seconds']} s")
    if v.get("partial_queries"):
        lines.append("  cut short (status says so): " + ", ".join(v["partial_queries"]))
    return lines


if __name__ == "__main__":
    main()
