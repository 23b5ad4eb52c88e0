import json, sys, statistics
d = json.load(open(sys.argv[1]))
for k in ("j", "k", "pagedown", "pageup"):
    lat = d["lat"][k]; rows = d["rows"][k]
    deliv = [l - r["first_wall"] for l, r in zip(lat, rows) if l and r["first_wall"] > 0]
    lat2 = sorted(x for x in lat if x)
    p95 = lambda v: sorted(v)[min(len(v)-1, max(0, round(0.95*len(v))-1))]
    print(f"{k:9} lat med {statistics.median(lat2):5.1f} p95 {p95(lat2):5.1f} | first_wall med {statistics.median([r['first_wall'] for r in rows]):5.1f} | first_cpu med {statistics.median([r['first_cpu'] for r in rows]):5.1f} | delivery med {statistics.median(deliv):4.1f} p95 {p95(deliv):4.1f} max {max(deliv):4.1f} | rq_wait med {statistics.median([r.get('rq_wait',0) for r in rows]):4.1f}")
