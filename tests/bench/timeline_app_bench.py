"""Opening an entity's timeline (t) in a real pseudo-terminal: key press to repaint.

    python tests/bench/timeline_app_bench.py --db tests/bench/out/synthetic-1000000-s7.db --runs 10
    python tests/bench/timeline_app_bench.py --db ... --json

For entities in about 60%, 10% and 1% of the reports: the browser is started on
the database, the entity is opened (search, Enter), then t opens its timeline,
timed (app_bench.press_until) from the write of t to the end of the frame that
shows the first dated row (its date: the worker's page has arrived and is
painted), and to the last frame the key caused (the other panes' pages and
counts); Backspace goes back before the next press. Beside them, in the same
run, the minimal Textual app repainting its text on a key (app_bench's baseline).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from app_bench import PtyApp, _stats, briefing_argv, minimal_argv, press, press_frames, press_until  # noqa: E402

from briefing_tui.store import Store  # noqa: E402
from briefing_tui.store.models import TimelineFilter  # noqa: E402

SHARES = (0.6, 0.1, 0.01)


def open_entity(app: PtyApp, name: str, reports: int) -> bool:
    press(app, b"/")
    for ch in name:
        press(app, ch.encode())
    press_until(app, b"", [f"for: {name}".encode()], limit=30)
    press(app, b"\x1b[B")  # down into the results: participants come first
    return press_until(app, b"\r", [f"in {reports:,} report".encode()], limit=60) is not None


def bench_entity(db: Path, store: Store, share: float, runs: int) -> dict:
    total = store.count_reports()
    eid, name, reports = store._rows(
        "SELECT id, name, report_count FROM entities ORDER BY abs(report_count - ?) LIMIT 1",
        (max(1, int(total * share)),))[0]
    first = store.timeline(TimelineFilter(entity_id=eid), "dated", 0, 1)
    if not first:
        return {"entity": name, "reports": reports, "skipped": "no dated events"}
    needle = first[0].event.date.encode()
    app = PtyApp(briefing_argv(db))
    try:
        app.wait_for([b"Quit"], limit=60)
        if not open_entity(app, name, reports):
            return {"entity": name, "reports": reports, "error": "entity screen not reached"}
        shown, settled = [], []
        for _ in range(runs):
            shown.append(press_until(app, b"t", [needle], limit=30))
            app.settle(time.perf_counter())  # the other panes finish before going back
            press(app, b"\x7f")  # back to the entity
        for _ in range(runs):
            settled.append(press_frames(app, b"t")[1])
            press(app, b"\x7f")
    finally:
        app.close()
    return {"entity": name, "reports": reports, "waited_for": needle.decode(),
            "t_to_first_dated_row": _stats(shown), "t_to_last_frame": _stats(settled)}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    store = Store(args.db)
    out: dict = {"db": str(args.db), "terminal": "80x24 pty, xterm-256color",
                 "load_avg_at_start": [round(x, 2) for x in os.getloadavg()]}
    baseline = PtyApp(minimal_argv())
    baseline.wait_for([b"Baseline line 0", b"Quit"])
    out["baseline"] = _stats([press(baseline, b"j") for _ in range(args.runs * 2)])
    out["baseline_is"] = "minimal Textual app repainting its text on a key (j)"
    baseline.close()
    out["entities"] = {f"{share:.0%} of reports": bench_entity(args.db, store, share, args.runs)
                       for share in SHARES}
    out["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        print(json.dumps(out))
    else:
        print(f"{out['db']}  load {out['load_avg_at_start']} -> {out['load_avg_at_end']}")
        b = out["baseline"]
        for label, v in out["entities"].items():
            if "t_to_first_dated_row" not in v:
                print(f"  {label} ({v['entity']}): {v.get('error') or v.get('skipped')}")
                continue
            s, last = v["t_to_first_dated_row"], v["t_to_last_frame"]
            print(f"  {label} ({v['entity']}, {v['reports']:,} reports): t to first dated row median"
                  f" {s.get('median_ms')} p95 {s.get('p95_ms')} ms; to last frame median {last.get('median_ms')}"
                  f" p95 {last.get('p95_ms')} ms | baseline median {b.get('median_ms')} p95 {b.get('p95_ms')} ms")
    return out


if __name__ == "__main__":
    main()
