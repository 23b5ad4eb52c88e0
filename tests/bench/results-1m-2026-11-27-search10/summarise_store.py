import json, statistics, sys
def p95(v): v=sorted(v); return v[min(len(v)-1, max(0, round(0.95*len(v))-1))]
runs = [json.loads(l) for l in open(sys.argv[1])]
by = {}
for r in runs:
    for x in r["res"]:
        by.setdefault((x["group"], str(x["limit"]), r["root"]), []).append(x)
for (g, lim, root), xs in sorted(by.items()):
    w = [x["wall"] for x in xs]; c = [x["cpu"] for x in xs]
    print(f"{g:22} {lim:5} {root:22} n {len(w):3} wall p50 {statistics.median(w):6.1f} p95 {p95(w):6.1f} | cpu p50 {statistics.median(c):6.1f} p95 {p95(c):6.1f} | partial {sum(bool(x['partial']) for x in xs)}")
for r in runs: print(r["root"], [round(l, 1) for l in r["load"][0]], [round(l, 1) for l in r["load"][1]])
if len(sys.argv) > 2:
    for r in runs[-1:]:
        for x in sorted(r["res"], key=lambda x: -x["wall"])[:25]:
            print(f"  {x['wall']:7.1f} {x['cpu']:7.1f} {x['limit']:3} {x['group']:20} {x['q'][:50]:50} n={x['n']} {x['partial']} {x['capped']}")
