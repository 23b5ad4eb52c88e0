"""One line per entity_opens JSON: shown-again key-to-screen p50/p95, main-thread CPU and run-queue wait, first open."""
import json, statistics, sys
pooled = {}
for path in sys.argv[1:]:
    d = json.load(open(path))
    d = d.get("app", {}).get("entity_open", d)
    a = d["screen shown again, both ways"]
    cpu = [d[w]["main_thread_cpu_ms"] for w in ("from search", "from a report's participants")]
    rq = [d[w]["main_thread_runqueue_wait_ms"] for w in ("from search", "from a report's participants")]
    first = d["first open (screen composed), both ways"]
    fcpu = [d[w]["first_open_main_thread_cpu_ms"] for w in ("from search", "from a report's participants")]
    print(f"{path.split('/')[-1]:32} again p50 {a['median_ms']:6.2f} p95 {a['p95_ms']:6.2f} (n {a['n']}, missed {a['missed']}) | "
          f"CPU p50 {[c['median_ms'] for c in cpu]} p95 {[c['p95_ms'] for c in cpu]} | runq p50 {[r['median_ms'] for r in rq]} | "
          f"first {first} (CPU {fcpu}) | load end {d['load_avg_at_end']}")
    side = path.split("-")[-2] if "entity-opens" in path else path
    times = [t for w in ("from search", "from a report's participants") for t in d[w]["times_ms"][1:] if t is not None]
    pooled.setdefault(side, []).extend(times)
for side, ts in pooled.items():
    ts.sort(); p95 = ts[min(len(ts) - 1, max(0, round(0.95 * len(ts)) - 1))]
    print(f"pooled {side:10} n {len(ts)} p50 {statistics.median(ts):.2f} p95 {p95:.2f} max {ts[-1]:.2f}")
