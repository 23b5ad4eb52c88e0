import sys, glob, statistics as st
from collections import defaultdict
def recs(path):
    out = []
    for l in open(path):
        if l.startswith("#"): continue
        p = l.rstrip("\n").split(None, 2)
        try: out.append((float(p[0]), p[1], p[2] if len(p) > 2 else ""))
        except: pass
    return out
def phases(globp):
    P = defaultdict(list)
    for f in glob.glob(globp):
        R = recs(f)
        for i, (t, th, w) in enumerate(R):
            if not w.startswith("key ") or w in ("key escape", "key slash", "key space"): continue
            marks = {}
            for t2, th2, w2 in R[i+1:]:
                if w2.startswith("key "): break
                for name in ("search input changed", "search start", "search store done", "search results arrived", "search results set"):
                    if w2.startswith(name) and name not in marks and ("limit 10" in w2 or "start" not in name and "done" not in name):
                        marks[name] = t2
                if "search results set" in marks and w2.startswith("write") and "write" not in marks:
                    marks["write"] = t2
                    break
            if "write" not in marks or "search start" not in marks: continue
            seq = ["search input changed", "search start", "search store done", "search results arrived", "search results set", "write"]
            prev = t
            for s in seq:
                if s in marks:
                    P[s].append(marks[s] - prev); prev = marks[s]
            P["TOTAL"].append(marks["write"] - t)
    return P
def p95(v):
    v = sorted(v); return v[min(len(v)-1, int(round(0.95*(len(v)-1))))]
for g in sys.argv[1:]:
    P = phases(g)
    print(g, " ".join(f"{k.replace('search ','')}: med {st.median(v):.1f} p95 {p95(v):.1f} (n{len(v)})" for k, v in P.items()))
