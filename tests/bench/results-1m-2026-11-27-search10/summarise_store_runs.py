"""Per run (in order): p50/p95 wall and CPU per group at limit 10 / 50 / the TUI's first answer."""
import json, statistics, sys
def p95(v): v=sorted(v); return v[min(len(v)-1, max(0, round(0.95*len(v))-1))]
for i, line in enumerate(open(sys.argv[1])):
    r = json.loads(line)
    print(f"run {i+1} {r['root']:24} load {[round(x,1) for x in r['load'][0]]}")
    groups = {}
    for x in r["res"]:
        groups.setdefault((x["group"], str(x["limit"])), []).append(x)
    for (g, lim), xs in sorted(groups.items()):
        w = [x["wall"] for x in xs]; c = [x["cpu"] for x in xs]
        print(f"   {g:22} {lim:5} wall p50 {statistics.median(w):6.1f} p95 {p95(w):6.1f} | cpu p50 {statistics.median(c):5.1f} p95 {p95(c):5.1f} | partial {sum(bool(x['partial']) for x in xs)}")
    for lim in sorted({str(x["limit"]) for x in r["res"]}):
        xs = [x for x in r["res"] if str(x["limit"]) == lim]
        w = [x["wall"] for x in xs]; c = [x["cpu"] for x in xs]
        print(f"   {'ALL':22} {lim:5} wall p50 {statistics.median(w):6.1f} p95 {p95(w):6.1f} | cpu p50 {statistics.median(c):5.1f} p95 {p95(c):5.1f}")
