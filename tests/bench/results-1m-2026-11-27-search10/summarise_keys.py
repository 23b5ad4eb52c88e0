import json, statistics, sys
def p95(v): v=sorted(v); return v[min(len(v)-1, max(0, round(0.95*len(v))-1))]
def st(v): return f"n {len(v):3} p50 {statistics.median(v):6.1f} p95 {p95(v):6.1f} max {max(v):6.1f}"
keys = {}
for line in open(sys.argv[1]):
    r = json.loads(line); keys.setdefault(r["root"], []).append(r)
for root, runs in keys.items():
    shown = [x[1] for r in runs for x in r["rows"] if x[1] is not None]
    settled = [x[2] for r in runs for x in r["rows"] if x[2] is not None]
    print(f"{root:18} shown {st(shown)} | last {st(settled)} | loads {[round(r['load'][0][0],1) for r in runs]} cpu {[round(r['child_cpu_s'],1) for r in runs]}")
    if len(sys.argv) > 2:
        for r in runs:
            print("   ", " ".join(f"{t}:{s:.0f}" for t, s, _ in r["rows"] if s is not None))
