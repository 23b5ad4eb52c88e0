# Run 2026-11-27 ~16:37 UTC by fresh12: python jk_during_ingest.py TREE (5k DB copy at /tmp/fresh12-s5k.db; paths are that run's). Results: jk_during_ingest.txt
"""j/k while another process commits a report every 0.25 s (user pressing j/k ~every 0.3 s), 5k DB copy."""
import sys, time, subprocess, shutil, os, statistics
sys.path.insert(0, '/tmp/fresh12-new/tests/bench')
import app_bench as ab
from pathlib import Path
root = Path(sys.argv[1])
db = Path(f'/tmp/fresh12-r/jk-{root.name}.db')
for p in db.parent.glob(db.name + '*'): p.unlink()
shutil.copy('/tmp/fresh12-s5k.db', db)
W = '''
import sys, time
from briefing_tui.records import Extraction, ReportInput
from briefing_tui.store import Writer
w = Writer(sys.argv[1])
for i in range(400):
    w.add_report(ReportInput(f"Live report {i}", f"Body of live report {i} {time.time()}.", "2000-01-01", "wire"), Extraction())
    time.sleep(0.25)
w.close()
'''
app = ab.PtyApp(ab.briefing_argv(db, root), cwd=root, env=ab.child_env(root))
app.wait_for([b"Quit"]); app.settle(time.perf_counter()); time.sleep(1.5); app.pump(0.01)
res = {}
for phase in ("quiet", "ingesting"):
    p = None
    if phase == "ingesting":
        p = subprocess.Popen([sys.executable, '-c', W, str(db)], env={**os.environ, 'PYTHONPATH': str(root)})
        time.sleep(1)
    ts, fs = [], []
    for i in range(40):
        f, l = ab.press_frames(app, b"j" if (i // 10) % 2 == 0 else b"k"); ts.append(l); fs.append(f)
    res[phase] = {"first": (round(statistics.median([t for t in fs if t]), 1), round(sorted(t for t in fs if t)[int(0.95 * 39)], 1)), "last": (round(statistics.median([t for t in ts if t]), 1), round(sorted(t for t in ts if t)[int(0.95 * 39)], 1))}
    if p: p.kill(); p.wait()
print(root.name, res)
app.close()
