import sys, json, os
sys.path.insert(0, "/work/wt/search12/tests/bench"); sys.path.insert(0, "/work/wt/search12")
from pathlib import Path
import app_bench, run
from briefing_tui.store import Store
DB = Path("/work/wt/search/tests/bench/out/synthetic-1000000-s7.db")
groups = run.build_queries(Store(DB))
GL = "/tmp/s12/gc.log"; TR = "/tmp/s12/app2.trace"
for p in (GL, TR):
    if os.path.exists(p): os.remove(p)
orig = app_bench.child_env
app_bench.child_env = lambda root: {"PYTHONPATH": f"{root}:/tmp/s12/gcsite", "GC_LOG": GL, "BRIEFING_TRACE": TR}
res = app_bench.search_by_group(DB, groups, 1.0, Path(sys.argv[1]))
for g, gr in res["groups"].items():
    for q in gr["queries"]:
        if q["shown_ms"] and (q["shown_ms"] > 50 or q["main_thread_cpu_ms_to_last_frame"] > 60):
            print(g, q["query"], q["shown_ms"], q["main_thread_cpu_ms_to_last_frame"])
print({g: (v["shown"]["median_ms"], v["shown"]["p95_ms"]) for g, v in res["groups"].items()})
json.dump(res, open("/tmp/s12/gc_run.json", "w"))
