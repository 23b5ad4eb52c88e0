import json, statistics, glob, sys
OUT = "/work/wt/nav10/tests/bench/results-1m-2026-11-27-nav10"
def p95(v):
    v = sorted(v); return v[min(len(v)-1, max(0, round(0.95*len(v))-1))]
keys = ["j", "k", "pagedown", "pageup", "enter", "escape"]
print("main-thread CPU (thread_time) from the key to its frame's write, median / p95 ms; in brackets the whole window until the next key (incl. idle GC and read-ahead start)")
for t in ("main", "nav10"):
    for f in sorted(glob.glob(f"{OUT}/cpu-{t}-pair*.json")):
        d = json.load(open(f))
        cells = []
        for k in keys:
            rows = d["rows"].get(k, [])
            fc = [r["first_cpu"] for r in rows if r["first_cpu"] > 0]
            cw = [r["cpu_window"] for r in rows]
            cells.append(f"{k} {statistics.median(fc):4.1f}/{p95(fc):4.1f} [{statistics.median(cw):4.1f}]")
        print(f"{f.split('/')[-1][4:-5]:12} " + "  ".join(cells))
