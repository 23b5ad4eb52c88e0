import sys, glob, re, statistics as st
from collections import defaultdict
pat = re.compile(r"search store done '(.*)' limit (\d+): (\d+) hits, cpu ([\d.]+) ms")
def load(g):
    W = defaultdict(list); C = defaultdict(list)
    for f in glob.glob(g):
        start = {}
        for l in open(f):
            if l.startswith("#"): continue
            p = l.rstrip("\n").split(None, 2)
            if len(p) < 3: continue
            t = float(p[0]); w = p[2]
            m = re.match(r"search start '(.*)' limit (\d+)", w)
            if m: start[(p[1], m.group(1), m.group(2))] = t
            m = pat.search(w)
            if m:
                k = (p[1], m.group(1), m.group(2))
                if k in start:
                    lim = int(m.group(2))
                    W[lim].append(t - start[k]); C[lim].append(float(m.group(4)))
    return W, C
def p95(v):
    v = sorted(v); return v[min(len(v)-1, int(round(0.95*(len(v)-1))))]
for g in sys.argv[1:]:
    W, C = load(g)
    for lim in sorted(W):
        w, c = W[lim], C[lim]
        print(f"{g} limit {lim}: wall med {st.median(w):.1f} p95 {p95(w):.1f} | cpu med {st.median(c):.1f} p95 {p95(c):.1f} | wall-cpu med {st.median([a-b for a,b in zip(w,c)]):.1f} p95 {p95([a-b for a,b in zip(w,c)]):.1f} n {len(w)}")
