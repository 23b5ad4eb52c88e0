"""Entity opens with frames and bytes per open (after the Enter until settled)."""
import sys, json, time, statistics
from pathlib import Path
root = Path(sys.argv[2]).resolve()
sys.path.insert(0, "/work/wt/entity9/tests/bench"); sys.path.insert(0, "/work/wt/entity9")
import app_bench
rec = []
orig = app_bench._timed_open
def timed(app, needles, limit, sched):
    app.settle(time.perf_counter())
    nf, nb = len(app.frames), len(app.output)
    t0 = time.perf_counter()
    ms = orig(app, needles, limit, sched)
    app.settle(t0)
    fr = app.frames[nf:]
    sizes = []
    prev = nb
    for _, pos in fr:
        sizes.append(pos - prev); prev = pos
    rec.append({"ms": ms, "frames": len(fr), "bytes": len(app.output) - nb, "sizes": sizes, "cpu": sched[-1][0] if sched else None})
    return ms
app_bench._timed_open = timed
out = app_bench.entity_opens(Path(sys.argv[1]), float(sys.argv[3]) if len(sys.argv) > 3 else 0.5, root)
again = [r for i, r in enumerate(rec) if i not in (0, len(rec)//2)]
firsts = [rec[0], rec[len(rec)//2]]
print(json.dumps({"root": str(root), "load": __import__("os").getloadavg()[0],
  "again_ms_p50": statistics.median([r["ms"] for r in again if r["ms"]]),
  "again_ms_max": max(r["ms"] for r in again if r["ms"]),
  "again_cpu_p50": statistics.median([r["cpu"] for r in again if r["cpu"]]),
  "first_ms": [r["ms"] for r in firsts], "first_cpu": [r["cpu"] for r in firsts],
  "frames_again_mean": statistics.mean(r["frames"] for r in again),
  "bytes_again_mean": statistics.mean(r["bytes"] for r in again),
  "frames_first": [r["frames"] for r in firsts], "bytes_first": [r["bytes"] for r in firsts],
  "sample_sizes": [r["sizes"] for r in rec[:3]]}))
