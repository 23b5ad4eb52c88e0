import json, sys, statistics as st
from collections import defaultdict
R = json.load(open(sys.argv[1]))
def p95(v):
    v = sorted(v); return v[min(len(v)-1, int(round(0.95*(len(v)-1))))] if v else None
T = defaultdict(list); S = defaultdict(list); G = defaultdict(lambda: defaultdict(list)); L = defaultdict(list); C = defaultdict(list)
for r in R:
    T[r["tree"]] += [k["shown"] if k["shown"] is not None else 999 for k in r["typing"]]
    S[r["tree"]] += [k["settled"] for k in r["typing"] if k["settled"] is not None]
    C[r["tree"]] += [k["cpu"] for k in r["typing"] if k.get("cpu") is not None]
    L[r["tree"]].append(round(r["load"][0], 2))
    for q in r.get("most", []):
        G[r["tree"]][q.get("group", "most")].append(q["shown_ms"] if q["shown_ms"] is not None else 999)
for t in T:
    print(f"{t}: loads {L[t]} typing key->results n={len(T[t])} p50 {st.median(T[t]):.1f} p95 {p95(T[t]):.1f} max {max(T[t]):.1f} | to last frame p50 {st.median(S[t]):.1f} p95 {p95(S[t]):.1f} | main CPU/key p50 {st.median(C[t]):.1f}")
    for g, v in G[t].items():
        print(f"   {g:24} n={len(v)} p50 {st.median(v):.1f} p95 {p95(v):.1f} max {max(v):.1f}")
