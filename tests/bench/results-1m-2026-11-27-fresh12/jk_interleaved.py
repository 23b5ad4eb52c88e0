"""j/k key cost, old tree vs new tree, interleaved (fresh12, 2026-11-27).

Each round starts the app from each tree in turn (order alternating by round) on
the same database in an 80x24 pty (tests/bench/app_bench.py's PtyApp), waits for
its first frame and a quiet second, then presses j 30 times and k 30 times, one
at a time (each after the previous key's frames have settled: deliberate moves,
so each shows its briefing, the path load_report's version check is on). Per key:
ms to the end of the last frame it caused (wall) and the main thread's CPU ms
(/proc/PID/schedstat); per session: the whole process's CPU (utime+stime, all
threads: read-ahead workers, the once-a-second database check).

    python jk_interleaved.py DB OLD_TREE NEW_TREE ROUNDS > out.json
"""
import json, os, statistics, sys, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/bench
import app_bench as ab  # noqa: E402

db, old, new, rounds = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
first = None


def proc_cpu_ms(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def session(root: Path, needle: bytes) -> dict:
    app = ab.PtyApp(ab.briefing_argv(db, root), cwd=root, env=ab.child_env(root))
    try:
        assert app.wait_for([needle, b"Quit"]) is not None
        app.settle(time.perf_counter())
        time.sleep(1.0)
        app.pump(0.01)
        out = {}
        cpu0 = proc_cpu_ms(app.proc.pid)
        for label, key in (("j", b"j"), ("k", b"k")):
            wall, cpu = [], []
            for _ in range(30):
                s0 = app.sched_ms()
                wall.append(ab.press(app, key))
                s1 = app.sched_ms()
                cpu.append(s1[0] - s0[0] if s0 and s1 else None)
            out[label] = {"wall_ms": wall, "main_cpu_ms": cpu}
        out["process_cpu_ms_60_keys"] = proc_cpu_ms(app.proc.pid) - cpu0
        return out
    finally:
        app.close()


def stats(xs):
    xs = sorted(x for x in xs if x is not None)
    return {"n": len(xs), "median": round(statistics.median(xs), 2), "p95": round(xs[int(0.95 * (len(xs) - 1))], 2)}


sys.path.insert(0, str(old))
from briefing_tui.store import Store  # noqa: E402

t = Store(db).list_reports(0, 1)[0].title
needle = " ".join(t.split()[:2]).encode()
runs = {"old": [], "new": []}
loads = []
for r in range(rounds):
    for side in (("old", "new") if r % 2 == 0 else ("new", "old")):
        loads.append((side, r, os.getloadavg()[0]))
        runs[side].append(session(old if side == "old" else new, needle))
summary = {}
for side, sessions in runs.items():
    summary[side] = {
        key: {m: stats([x for s in sessions for x in s[key][m]]) for m in ("wall_ms", "main_cpu_ms")}
        for key in ("j", "k")
    }
    summary[side]["process_cpu_ms_60_keys"] = stats([s["process_cpu_ms_60_keys"] for s in sessions])
print(json.dumps({"db": str(db), "old": str(old), "new": str(new), "rounds": rounds, "loadavg_1m": loads,
                  "summary": summary, "sessions": runs}))
