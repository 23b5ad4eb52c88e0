"""Store.search per query group (run.py's groups + 1-2 letter prefixes), code from argv[1]."""
import sys, time, os, json, importlib.util
root = sys.argv[1]; out = sys.argv[2]; limits = [int(x) for x in sys.argv[3].split(",")]
spec = importlib.util.spec_from_file_location("t8run", "/tmp/t8_run_copy.py")
run = importlib.util.module_from_spec(spec)
sys.path.insert(0, root)  # run.py puts its own ROOT first: put root back in front after
spec.loader.exec_module(run)
sys.path.insert(0, root)
for m in [m for m in sys.modules if m.startswith("briefing_tui")]: del sys.modules[m]
from briefing_tui.store import Store
assert Store.__module__.startswith("briefing_tui") and sys.modules["briefing_tui"].__file__.startswith(root), sys.modules["briefing_tui"].__file__
db = "/work/wt/search/tests/bench/out/synthetic-1000000-s7.db"
store = Store(db); store.count_reports()
groups = run.build_queries(store)
words = sorted({t for t, p in groups["prefixes"]} | {"minister", "united"})
groups["1-2 letter prefixes"] = [(w[:k], True) for w in ["minister", "united", "government", "international"] for k in (1, 2)]
res = {}
for group, queries in groups.items():
    for text, prefix in queries:
        for limit in limits:
            store.__dict__.pop("_caches", None)
            c = time.thread_time(); t = time.perf_counter()
            store.search(text, limit=limit, prefix=prefix)
            res.setdefault(f"{group}|{limit}", []).append(((time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000))
with open(out, "a") as f:
    f.write(json.dumps({"root": root, "res": res, "load": os.getloadavg()}) + "\n")
