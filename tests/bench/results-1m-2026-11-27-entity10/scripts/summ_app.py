"""One line per run.py --only app JSON: entity opens, baseline key, memory."""
import json, sys
ways = ("from search", "from a report's participants")
for f in sys.argv[1:]:
    try:
        d = json.load(open(f))
    except Exception as e:
        print(f, "unreadable", e); continue
    a = d.get("app", d)
    e = a.get("entity_open", a)
    again = e["screen shown again, both ways"]
    base = a.get("navigation", {}).get("baseline", {})
    nav = a.get("navigation", {}).get("measured", {})
    ent = {k: v.get("median_ms") for k, v in nav.items() if "entity" in k}
    print(f"{f.split('/')[-1]:30} shown again p50 {again.get('median_ms')} p95 {again.get('p95_ms')}"
          f" | CPU p50 {[e[w]['main_thread_cpu_ms'].get('median_ms') for w in ways]} p95 {[e[w]['main_thread_cpu_ms'].get('p95_ms') for w in ways]}"
          f" | runq p50 {[e[w]['main_thread_runqueue_wait_ms'].get('median_ms') for w in ways]}"
          f" | first {e['first open (screen composed), both ways']} (CPU {[e[w]['first_open_main_thread_cpu_ms'] for w in ways]})"
          + (f" | minimal app key p50 {base.get('median_ms')} p95 {base.get('p95_ms')}" if base else "")
          + (f" | mem {a['memory']['peak_rss_mb']} MB" if 'memory' in a else "")
          + f" | load start {d.get('machine', {}).get('load_avg_at_start')} end {e.get('load_avg_at_end')}")
    if ent: print("    navigation entity opens (p50):", ent)
