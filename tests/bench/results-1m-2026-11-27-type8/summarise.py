import json, statistics, sys
d = sys.argv[1]
def p95(v): v=sorted(v); return v[min(len(v)-1, max(0, round(0.95*len(v))-1))]
def st(v): return f"n {len(v):3} p50 {statistics.median(v):6.1f} p95 {p95(v):6.1f}"
keys = {}
for line in open(f"{d}/keys.jsonl"):
    r = json.loads(line); keys.setdefault(r["root"], []).append(r)
print("APP per key (ms): to the frame with 'for: <typed>' | to the last frame the key caused")
for root, runs in keys.items():
    shown = [x[1] for r in runs for x in r["rows"] if x[1] is not None]
    settled = [x[2] for r in runs for x in r["rows"] if x[2] is not None]
    missed = sum(x[1] is None for r in runs for x in r["rows"])
    print(f"  {root:16} shown {st(shown)} | last frame {st(settled)} | missed {missed} | loads {[round(r['load'][0],1) for r in runs]}")
store = {}
for line in open(f"{d}/store.jsonl"):
    r = json.loads(line)
    for k, v in r["res"].items():
        store.setdefault((r["root"], k), []).extend(v)
print("STORE Store.search per query group, caches cleared per query (ms): wall | CPU of the search thread")
for (root, k), v in sorted(store.items(), key=lambda x: (x[0][1], x[0][0])):
    w=[a for a,_ in v]; c=[b for _,b in v]
    print(f"  {k:28} {root:16} wall {st(w)} | cpu {st(c)}")
allw = {}
for (root, k), v in store.items():
    allw.setdefault((root, k.split('|')[1]), []).extend(v)
for (root, lim), v in sorted(allw.items()):
    w=[a for a,_ in v]; c=[b for _,b in v]
    print(f"  {'ALL|'+lim:28} {root:16} wall {st(w)} | cpu {st(c)}")
