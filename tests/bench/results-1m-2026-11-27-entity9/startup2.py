import sys, statistics, time
sys.path.insert(0, "/work/wt/entity9/tests/bench"); sys.path.insert(0, "/work/wt/entity9")
import app_bench
from pathlib import Path
from briefing_tui.store import Store
db = Path(sys.argv[1]); runs = int(sys.argv[2])
first = Store(db).list_reports(0, 1)[0]
needle = " ".join(first.title.split()[:2]).encode()
roots = {"base": Path("/tmp/base9"), "new": Path("/work/wt/entity9")}
res = {"minimal": [], "base": [], "new": []}
rss = {"base": [], "new": []}
def one(argv, needles, cwd):
    app = app_bench.PtyApp(argv, cwd=cwd)
    try:
        t = app.wait_for(needles)
        end = time.perf_counter() + 1.5
        while time.perf_counter() < end:
            app.pump(0.05)
        return None if t is None else round(t * 1000, 1), app.peak_rss_mb()
    finally:
        app.close()
for i in range(runs):
    res["minimal"].append(one(app_bench.minimal_argv(), [b"Baseline line 0", b"Quit"], app_bench.ROOT)[0])
    for k in (["base", "new"] if i % 2 == 0 else ["new", "base"]):
        t, r = one(app_bench.briefing_argv(db, roots[k]), [needle, b"Quit"], roots[k])
        res[k].append(t); rss[k].append(r)
for k, v in res.items():
    v = [x for x in v if x is not None]
    print(k, "first paint median", statistics.median(v), "ms", sorted(v))
for k, v in rss.items():
    print(k, "peak RSS MB (1.5 s after first paint)", v)
