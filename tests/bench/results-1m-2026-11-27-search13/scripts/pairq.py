import json, glob, statistics as st, sys
from collections import defaultdict
d = sys.argv[1]
def load(arm):
    per = defaultdict(list); grp = {}; cpu = defaultdict(list)
    for f in sorted(glob.glob(f"{d}/{arm}-run?.json")):
        try: j = json.load(open(f))
        except Exception: continue
        for g, v in j["app"]["search_by_group"]["groups"].items():
            for q in v["queries"]:
                per[q["query"]].append(q["shown_ms"] if q["shown_ms"] is not None else 999.0); grp[q["query"]] = g
                if q.get("main_thread_cpu_ms_to_last_frame") is not None: cpu[q["query"]].append(q["main_thread_cpu_ms_to_last_frame"])
    return per, grp, cpu
o, grp, oc = load("old"); n, _, nc = load("new")
def p95(v):
    v = sorted(v); return v[min(len(v)-1, int(round(0.95*(len(v)-1))))]
print(f"runs: old {len(next(iter(o.values())))}, new {len(next(iter(n.values())))}")
print(f"{'group':24} {'old p50':>8} {'new p50':>8} {'old p95':>8} {'new p95':>8} | per-query median of runs, p50/p95 over queries")
for g in dict.fromkeys(grp.values()):
    qs = [q for q in o if grp[q] == g and q in n]
    om = [st.median(o[q]) for q in qs]; nm = [st.median(n[q]) for q in qs]
    oa = [x for q in qs for x in o[q]]; na = [x for q in qs for x in n[q]]
    print(f"{g:24} {st.median(oa):8.1f} {st.median(na):8.1f} {p95(oa):8.1f} {p95(na):8.1f} | {st.median(om):6.1f}/{p95(om):6.1f} -> {st.median(nm):6.1f}/{p95(nm):6.1f}")
oa = [x for v in o.values() for x in v]; na = [x for v in n.values() for x in v]
print(f"{'all (pooled)':24} {st.median(oa):8.1f} {st.median(na):8.1f} {p95(oa):8.1f} {p95(na):8.1f}")
oca = [x for v in oc.values() for x in v]; nca = [x for v in nc.values() for x in v]
print(f"main-thread CPU per query (to last frame), pooled: old med {st.median(oca):.1f} p95 {p95(oca):.1f}; new med {st.median(nca):.1f} p95 {p95(nca):.1f}")
