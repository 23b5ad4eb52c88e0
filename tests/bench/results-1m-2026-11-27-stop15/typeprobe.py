"""Typing-only probe: start the app from ROOT, wait, type the two bench queries key by key."""
import sys, time, statistics
from pathlib import Path
bench = Path(sys.argv[1]) / "tests/bench"
sys.path.insert(0, str(bench))
import app_bench as ab
root = Path(sys.argv[1]); db = Path(sys.argv[2]); wait = float(sys.argv[3])
sys.path.insert(0, str(root))
from briefing_tui.store import Store
store = Store(db)
first = store.list_reports(0, 1)[0]
needle = " ".join(first.title.split()[:2]).encode()
big = store._rows("SELECT name, report_count FROM entities ORDER BY report_count DESC LIMIT 1")[0]
app = ab.PtyApp(ab.briefing_argv(db, root), cwd=root, env=ab.child_env(root))
app.wait_for([needle, b"Quit"])
time.sleep(wait)
out = []
for query in ("minister", big[0]):
    ab.press(app, b"/")
    typed = ""
    for ch in query:
        typed += ch
        if ch.isspace():
            ab.press(app, ch.encode()); continue
        shown, settled = ab.press_until_settled(app, ch.encode(), [f"for: {typed}".encode()])
        out.append((typed, shown, settled))
    ab.press(app, b"\x1b")
app.close()
vals = [s for _, s, _ in out if s is not None]
print(sys.argv[4], "median %.1f max %.1f" % (statistics.median(vals), max(vals)), [(t, round(s or -1), round(z or -1)) for t, s, z in out])
