"""Open entities from search results in the pty app, profiling each open (Enter to settled)."""
import os, sys, time, signal, json
ROOT = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.getcwd()
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, os.path.join(HERE, "..", "..")); sys.path.insert(0, ROOT)
from app_bench import PtyApp, press, press_until, entity_needles, search_targets, compile_package
from pathlib import Path
from briefing_tui.store import Store
db = Path(sys.argv[1])
mode = os.environ.get("MODE", "settled")  # settled: profile to the last frame; shown: to the needle frame
store = Store(db)
n = int(os.environ.get("N", 12))
targets = search_targets(store, n, set(), 1000)
compile_package(Path(ROOT))
app = PtyApp([sys.executable, os.path.join(HERE, "prof_launch.py"), "--db", str(db)], cwd=Path(ROOT),
             env={"PROF_OUT": os.environ.get("PROF_OUT", "/tmp/eprof.out"), "CPU_OUT": "/tmp/ecpu.txt",
                  "BRIEFING_TRACE": os.environ.get("BRIEFING_TRACE", ""), "INSTR": os.environ.get("INSTR", "")} )
app.wait_for([b"Quit"]); time.sleep(1.0)
times = []
for i, e in enumerate(targets):
    press(app, b"/")
    press_until(app, e.name.encode(), [f"for: {e.name}".encode()], limit=10)
    app.settle(time.perf_counter())
    press(app, b"\x1b[B")
    app.settle(time.perf_counter())
    time.sleep(0.05)
    skip = i == 0
    if not skip: os.kill(app.proc.pid, signal.SIGUSR1)
    time.sleep(0.01)
    ms = press_until(app, b"\r", entity_needles(store, e), limit=10)
    if mode == "settled":
        app.settle(time.perf_counter())
    if not skip: os.kill(app.proc.pid, signal.SIGUSR2)
    times.append(ms)
    press(app, b"\x7f"); press(app, b"\x1b")
os.kill(app.proc.pid, signal.SIGPWR); time.sleep(0.5)
app.close()
print("times", times)
print("cpu", open("/tmp/ecpu.txt").read().split())
