"""Diagnostic: the phrases group only (run.py's queries), in the real app, repeated
in one session, alternating old and new trees (app_bench.search_by_group)."""
import sys, json, os
sys.path.insert(0, "/work/wt/search12/tests/bench"); sys.path.insert(0, "/work/wt/search12")
from pathlib import Path
import app_bench, run
from briefing_tui.store import Store
DB = Path("/work/wt/search/tests/bench/out/synthetic-1000000-s7.db")
groups = run.build_queries(Store(DB))
phr = groups["phrases"]
out = {}
rounds = int(sys.argv[1]); trees = sys.argv[2:]
for r in range(rounds):
    for tree in (trees if r % 2 == 0 else trees[::-1]):
        res = app_bench.search_by_group(DB, {f"phrases-{i}": phr for i in range(3)}, 1.0, Path(tree))
        rows = [(q["query"], q["shown_ms"], q["partial"]) for g in res["groups"].values() for q in g["queries"]]
        out.setdefault(tree, []).append({"load": res["load_avg"], "rows": rows, "baseline": res["baseline"]})
        print(tree, res["load_avg"], [round(x[1] or -1) for x in rows], flush=True)
json.dump(out, open(os.environ.get("OUT", "/tmp/s12/phr.json"), "w"), indent=1)
