"""Per-key search timing: app code from argv[1] (PYTHONPATH), harness from the type8 worktree."""
import sys, time, os, json
root = sys.argv[1]; reps = int(sys.argv[2]); out = sys.argv[3]
sys.path.insert(0, "/tmp/t8bench")
import app_bench
from app_bench import PtyApp, press, press_until_settled
db = "/work/wt/search/tests/bench/out/synthetic-1000000-s7.db"
env = {"PYTHONPATH": root}
if os.environ.get("TRACE"): env["BRIEFING_TRACE"] = os.environ["TRACE"]
import compileall; compileall.compile_dir(root + "/briefing_tui", quiet=1)
app = PtyApp([sys.executable, "-m", "briefing_tui", "--db", db], env=env); app.wait_for([b"Quit"]); time.sleep(1)
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
with open(out, "a") as f:
    f.write(json.dumps({"root": root, "rows": rows, "load": os.getloadavg()}) + "\n")
