"""What an open browser costs while another process ingests: bytes written to the
terminal and the app's main-thread CPU, per minute of ingest, old tree beside new.

The app runs under a real pseudo-terminal (app_bench.PtyApp) on a copy of DB; a
second process (the store's Writer) commits one report every INTERVAL seconds for
SECONDS. Scenarios (where the reader is, where the new reports land):

- down: the reader paged down the list; new reports are the newest (land above
  the view: what is shown does not change, only the counter)
- top:  the reader near the top; new reports are the newest (appear in view)
- idle: no ingest at all (the watch's own cost)

    python tests/bench/live_ingest.py --db s5k.db --old /tmp/old --new . [--rounds 2]

Each round runs every scenario for old then new (interleaved); figures per round
and the median. CPU is the main thread's time on CPU (/proc/PID/task/PID/schedstat);
the load average is printed beside.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import app_bench as ab  # noqa: E402

WRITER = """
import sys, time
from briefing_tui.records import Extraction, ReportInput
from briefing_tui.store import Writer
db, day, seconds, every = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
w = Writer(db)
end = time.monotonic() + seconds
i = 0
while time.monotonic() < end:
    w.add_report(ReportInput(f"Live report {i} {time.time()}", f"Body of live report {i} {time.time()}.", day, "wire"),
                 Extraction())
    i += 1
    time.sleep(every)
w.close()
"""


def main_cpu_ms(pid: int) -> float:
    run = Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()[0]
    return int(run) / 1e6


def one(root: Path, source: Path, scenario: str, seconds: float, every: float) -> dict:
    work = Path(tempfile.mkdtemp(prefix="live-ingest-"))
    db = work / "live.db"
    shutil.copy(source, db)
    app = ab.PtyApp(ab.briefing_argv(db, root), cwd=root, env=ab.child_env(root))
    try:
        app.wait_for([b"Quit"])
        app.settle(time.perf_counter())
        time.sleep(1.5)
        keys = [b"j"] * 3 if scenario == "top" else [b"\x1b[6~"] * 3 + [b"j"]
        for k in keys:
            ab.press(app, k)
            time.sleep(0.2)
        end = time.monotonic() + 2.0
        while time.monotonic() < end:
            app.pump(0.05)
        n0, f0, c0 = len(app.output), len(app.frames), main_cpu_ms(app.proc.pid)
        t0 = time.monotonic()
        if scenario == "idle":
            while time.monotonic() - t0 < seconds:
                app.pump(0.05)
        else:
            writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), "2031-01-01", str(seconds), str(every)],
                                      env={**os.environ, "PYTHONPATH": str(root)})
            while writer.poll() is None:
                app.pump(0.05)
        elapsed = time.monotonic() - t0
        n1, f1, c1 = len(app.output), len(app.frames), main_cpu_ms(app.proc.pid)
        per_min = 60.0 / elapsed
        return {"bytes_per_min": round((n1 - n0) * per_min), "frames_per_min": round((f1 - f0) * per_min, 1),
                "cpu_ms_per_min": round((c1 - c0) * per_min), "seconds": round(elapsed, 1)}
    finally:
        app.close()
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--every", type=float, default=0.25)
    parser.add_argument("--scenarios", default="down,top,idle")
    args = parser.parse_args()
    results: dict = {}
    for r in range(args.rounds):
        for scenario in args.scenarios.split(","):
            for label, root in (("old", args.old), ("new", args.new)):
                got = one(root.resolve(), args.db, scenario, args.seconds, args.every)
                got["load"] = os.getloadavg()[0]
                results.setdefault(scenario, {}).setdefault(label, []).append(got)
                print(f"round {r + 1} {scenario:5} {label}: {got}", flush=True)
    summary = {s: {label: {k: statistics.median(x[k] for x in runs) for k in ("bytes_per_min", "frames_per_min", "cpu_ms_per_min")}
                   for label, runs in by.items()} for s, by in results.items()}
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
