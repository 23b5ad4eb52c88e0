"""Per-key search timing in the pty app (app_bench's harness): app code from argv[1] (PYTHONPATH).
Types "minister" and "United States" (run.py's app bench types these) argv[2] times; each key to
the frame with "for: <typed>" and to the last frame it caused. One JSON line to argv[3]."""
import sys, time, os, json, resource
root = sys.argv[1]; reps = int(sys.argv[2]); out = sys.argv[3]
sys.path.insert(0, "/work/wt/search10/tests/bench")
from app_bench import PtyApp, press, press_until_settled
db = "/work/wt/search/tests/bench/out/synthetic-1000000-s7.db"
env = {"PYTHONPATH": root}
if os.environ.get("TRACE"): env["BRIEFING_TRACE"] = os.environ["TRACE"]
import compileall; compileall.compile_dir(root + "/briefing_tui", quiet=1)
load0 = os.getloadavg()
app = PtyApp([sys.executable, "-m", "briefing_tui", "--db", db], env=env); app.wait_for([b"Quit"]); time.sleep(float(os.environ.get("WAIT_S", "6")))  # run.py types after ~20 s of other keys
rows = []
for rep in range(reps):
  for query in ("minister", "United States"):
    press(app, b"/"); typed = ""
    for ch in query:
        typed += ch
        if ch.isspace(): press(app, ch.encode()); continue
        shown, settled = press_until_settled(app, ch.encode(), [f"for: {typed}".encode()])
        rows.append((typed, shown, settled))
    press(app, b"\x1b")
app.close()
cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "a") as f:
    f.write(json.dumps({"root": root, "rows": rows, "load": [load0, os.getloadavg()],
                        "child_cpu_s": cpu.ru_utime + cpu.ru_stime}) + "\n")
