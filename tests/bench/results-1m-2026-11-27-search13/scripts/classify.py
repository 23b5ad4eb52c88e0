import sys, re, glob
from collections import Counter
TH = 50
C = Counter(); N = 0; n_all = 0
for path in sys.argv[1:]:
    R = []
    for l in open(path):
        if l.startswith("#"): continue
        p = l.rstrip("\n").split(None, 2)
        if len(p) == 3:
            try: R.append((float(p[0]), p[1], p[2]))
            except ValueError: pass
    for i, (t, th, w) in enumerate(R):
        if not w.startswith("key ") or w in ("key escape", "key slash", "key space"): continue
        m = {}
        for t2, th2, w2 in R[i+1:]:
            if w2.startswith("key "): break
            if w2.startswith("search start") and "limit 10" in w2 and "start" not in m: m["start"] = t2
            if w2.startswith("search store done") and "limit 10" in w2 and "done" not in m: m["done"] = t2; m["dw"] = w2
            if w2.startswith("search results set"): m["set"] = t2
            if "set" in m and w2.startswith("write"): m["write"] = t2; break
        if "write" not in m or "done" not in m: continue
        n_all += 1
        tot = m["write"] - t
        if tot < TH: continue
        N += 1
        d = m["dw"]; cpu = float(re.search(r"cpu ([\d.]+)", d).group(1))
        ib = int((re.search(r"inblock (\d+)", d) or [0, 0])[1]) if "inblock" in d else 0
        wait = m["start"] - t; store = m["done"] - m["start"]; paint = m["write"] - m["done"]
        causes = []
        if wait > 20: causes.append("waited for the previous search")
        if ib >= 100: causes.append("cold pages")
        if cpu >= 12: causes.append("store CPU >= 12 ms")
        if store - cpu > 20 and ib < 100: causes.append("store thread off CPU (load/GIL)")
        if paint > 25: causes.append("paint after results > 25 ms")
        for c in causes or ["spread"]: C[c] += 1
print(f"keys {n_all}, over {TH} ms: {N}")
for c, k in C.most_common(): print(f"  {k:3} {c}")
