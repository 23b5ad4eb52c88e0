"""Search as you type + words-in-most-reports, interleaved across source trees, traced."""
import argparse, json, os, sys, time
from pathlib import Path
sys.path.insert(0, "/work/wt/search13/tests/bench")
sys.path.insert(0, "/work/wt/search13")
import app_bench as ab
from briefing_tui.store import Store

ap = argparse.ArgumentParser()
ap.add_argument("--db", default="/work/wt/search/tests/bench/out/synthetic-1000000-s7.db")
ap.add_argument("--tree", action="append", required=True)  # name=path
ap.add_argument("--rounds", type=int, default=2)
ap.add_argument("--out", default="/tmp/s13/out")
ap.add_argument("--groups", default="typing,most")
ap.add_argument("--reps", type=int, default=1)
ap.add_argument("--notrace", action="store_true")  # typing sequences per app
a = ap.parse_args()
db = Path(a.db)
out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
store = Store(db)
big = store._rows("SELECT name, report_count FROM entities ORDER BY report_count DESC LIMIT 1")[0]
MOST = ["in", "of", "ref", "the", "with", "and", "that", "to", "in the", "of ref with"]
trees = [t.split("=", 1) for t in a.tree]

def search_one(app, text, limit=15.0):
    ab.press(app, b"/")
    prefix, last = text[:-1], text[-1]
    if prefix:
        ab._press_until(app, ab.PASTE_START + prefix.encode() + ab.PASTE_END, [ab.status_needle(prefix)], limit)
    ab.quiet(app, ab.PREFIX_QUIET_S)
    before = app.sched_ms()
    tw, shown = ab._press_until(app, last.encode(), [ab.status_needle(text)], limit)
    settled = None
    if shown is not None:
        l2 = app.settle(tw + shown / 1000)
        settled = round((l2 - tw) * 1000, 2) if l2 is not None else shown
    after = app.sched_ms()
    out = {"query": text, "shown_ms": shown, "last_frame_ms": settled, "tw": tw}
    if before and after:
        out["cpu"] = round(after[0] - before[0], 2); out["wait"] = round(after[1] - before[1], 2)
    ab.press(app, b"\x1b")
    return out
results = []
for r in range(a.rounds):
    order = trees if r % 2 == 0 else trees[::-1]
    for name, path in order:
        root = Path(path)
        tr = out / f"{name}-r{r}.trace"
        if tr.exists(): tr.unlink()
        env = {**ab.child_env(root)} if a.notrace else {**ab.child_env(root), "BRIEFING_TRACE": str(tr)}
        load = os.getloadavg()
        app = ab.PtyApp(ab.briefing_argv(db, root), cwd=root, env=env)
        rec = {"tree": name, "round": r, "load": load, "typing": [], "most": []}
        try:
            app.wait_for([b"Quit"])
            ab.quiet(app, 1.0)
            time.sleep(1.0)
            if "typing" in a.groups:
                for rep in range(a.reps):
                    for query in ("minister", big[0]):
                        ab.press(app, b"/")
                        typed = ""
                        for ch in query:
                            typed += ch
                            if ch.isspace():
                                ab.press(app, ch.encode()); continue
                            t0 = time.perf_counter()
                            before = app.sched_ms()
                            tw, shown = ab._press_until(app, ch.encode(), [f"for: {typed}".encode()], 30.0)
                            settled = None
                            if shown is not None:
                                last = app.settle(tw + shown / 1000)
                                settled = round((last - tw) * 1000, 2) if last is not None else shown
                            after = app.sched_ms()
                            rec["typing"].append({"typed": typed, "shown": shown, "settled": settled, "t": t0, "tw": tw,
                                                  "cpu": round(after[0] - before[0], 2) if before and after else None})
                        ab.press(app, b"\x1b")
            qs = []
            if "most" in a.groups: qs += [(g, q) for g, q in [("most", q) for q in MOST]]
            if "all" in a.groups:
                sys.path.insert(0, "/work/wt/search13/tests/bench")
                import run as runmod
                G = runmod.build_queries(store)
                qs += [(g, q) for g, v in G.items() for q, _ in v]
            for g, q in qs:
                if True:
                    t0 = time.perf_counter()
                    row = search_one(app, q)
                    row["t"] = t0
                    row["group"] = g
                    rec["most"].append(row)
        finally:
            rec["sched_total"] = app.sched_ms()
            app.close()
        rec["load_end"] = os.getloadavg()
        results.append(rec)
        sh = [k["shown"] for k in rec["typing"] if k["shown"] is not None]
        mo = [k["shown_ms"] for k in rec["most"] if k["shown_ms"] is not None]
        import statistics as st
        def p95(v):
            v = sorted(v); return v[min(len(v) - 1, int(round(0.95 * (len(v) - 1))))] if v else None
        print(f"{name} r{r} load {load[0]:.2f} typing n={len(sh)} med {st.median(sh) if sh else None} p95 {p95(sh)} max {max(sh) if sh else None}"
              f" | most med {st.median(mo) if mo else None} max {max(mo) if mo else None}", flush=True)
json.dump(results, open(out / "results.json", "w"), indent=1)
