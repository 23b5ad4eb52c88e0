import os, sys, time, statistics, collections
sys.path.insert(0, "/work/wt/nav10/tests/bench")
from app_bench import PtyApp, press_frames, compile_package
from pathlib import Path
root = Path(sys.argv[1]); db = sys.argv[2]; out = sys.argv[3]
compile_package(root)
app = PtyApp([sys.executable, "" + str(Path(__file__).with_name("launch_inst.py")) + "", "--db", db], env={"PYTHONPATH": str(root), "INST_OUT": out, "ESCDELAY": "20"}, cwd=root)
app.wait_for([b"Quit"]); time.sleep(1.0); app.settle(time.perf_counter())
lat = collections.defaultdict(list)
seq = [("j", b"j")]*int(os.environ.get("NJ", 20)) + [("k", b"k")]*10 + [("pagedown", b"\x1b[6~")]*10 + [("pageup", b"\x1b[5~")]*5 + [("enter", b"\r"), ("escape", b"\x1b"), ("j", b"j")]*5
for name, k in seq:
    lat[name].append(press_frames(app, k)[1])
app.close(); time.sleep(0.3)
rows = collections.defaultdict(list)
for line in open(out):
    p = line.rstrip("\n").split("\t")
    d = {"first_wall": float(p[1]), "first_cpu": float(p[2]), "cpu_window": float(p[3])}
    for kv in p[4:]:
        if kv: k, v = kv.split("="); d[k] = float(v)
    rows[p[0]].append(d)
def p95(v):
    v = sorted(v); return v[min(len(v)-1, max(0, round(0.95*len(v))-1))]
allc = sorted({c for r in rows.values() for d in r for c in d})
import json
if os.environ.get("DUMP"):
    json.dump({"lat": lat, "rows": rows}, open(os.environ["DUMP"], "w"))
for name in lat:
    r = rows.get(name, [])
    l = [x for x in lat[name] if x]
    print(f"== {name}: latency med {statistics.median(l):.1f} p95 {p95(l):.1f}  n={len(r)}")
    print("   " + "  ".join(f"{c}={statistics.median([d.get(c,0) for d in r]):.2f}" for c in allc if r and statistics.median([d.get(c,0) for d in r]) >= 0.05))
