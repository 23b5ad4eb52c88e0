"""Store.search per query group (run.py's groups), code from argv[1]; caches cleared per query
("as typed for the first time", as run.py does). Measures limit 10 and 50 (all kinds) and, where the
code has it, the search screen's first answer (limit 10, people first, fill=8: the 80x24 pane).
With PREPARE=1, Store.prepare_search() runs first (the app starts it after its first frame).
One JSON line per run to argv[2]: per query wall/CPU ms, hits, partial and capped kinds."""
import sys, time, os, json, importlib.util
root = sys.argv[1]; out = sys.argv[2]; limits = [int(x) for x in sys.argv[3].split(",")]
spec = importlib.util.spec_from_file_location("benchrun", "/work/wt/search10/tests/bench/run.py")
run = importlib.util.module_from_spec(spec)
spec.loader.exec_module(run)
sys.path.insert(0, root)
for m in [m for m in sys.modules if m.startswith("briefing_tui")]: del sys.modules[m]
from briefing_tui.store import Store
assert sys.modules["briefing_tui"].__file__.startswith(root), sys.modules["briefing_tui"].__file__
db = "/work/wt/search/tests/bench/out/synthetic-1000000-s7.db"
store = Store(db); store.count_reports()
prepared = bool(os.environ.get("PREPARE")) and hasattr(store, "prepare_search")
if prepared:
    store.prepare_search()
groups = run.build_queries(store)
res = []
load0 = os.getloadavg()
SHOWN = ("participant", "report", "claim", "event")
for group, queries in groups.items():
    for text, prefix in queries:
        for limit in limits + (["first"] if prepared else []):
            kw = dict(limit=10, kinds=SHOWN, fill=8) if limit == "first" else dict(limit=limit)
            store.__dict__.pop("_caches", None)
            c = time.thread_time(); t = time.perf_counter()
            hits = store.search(text, prefix=prefix, **kw)
            res.append(dict(group=group, q=text, limit=limit, wall=(time.perf_counter() - t) * 1000,
                            cpu=(time.thread_time() - c) * 1000, n=len(hits),
                            partial=list(getattr(hits, "partial", ())), capped=getattr(hits, "capped", {})))
with open(out, "a") as f:
    f.write(json.dumps({"root": root + (" +prepared" if prepared else ""), "res": res,
                        "load": [load0, os.getloadavg()]}) + "\n")
