"""Bytes the app writes to its pty while another process commits 40 reports (one every 0.25 s), the
user idle, on a copy of the 5k-report DB (/work/team/diag/s5k-v4.db); argv: TREE DATE (2000-01-01: below the view;
2031-01-01: at the top). Run 2026-11-27 ~16:30 UTC by fresh12; results in ingest_bytes.txt."""
import sys, time, subprocess, shutil, os
sys.path.insert(0, '/tmp/fresh12-new/tests/bench')
import app_bench as ab
from pathlib import Path
root = Path(sys.argv[1]); day = sys.argv[2]
db = Path('/tmp/fresh12-r/bytes.db')
for p in db.parent.glob('bytes.db*'): p.unlink()
shutil.copy('/tmp/fresh12-s5k.db', db)
W = '''
import sys, time
from briefing_tui.records import Extraction, ReportInput
from briefing_tui.store import Writer
w = Writer(sys.argv[1])
for i in range(40):
    w.add_report(ReportInput(f"Live report {i}", f"Body of live report {i} {time.time()}.", sys.argv[2], "wire"), Extraction())
    time.sleep(0.25)
w.close()
'''
app = ab.PtyApp(ab.briefing_argv(db, root), cwd=root, env=ab.child_env(root))
app.wait_for([b"Quit"]); app.settle(time.perf_counter()); time.sleep(1.5); app.pump(0.01)
for k in (b"j", b"j", b"j"): ab.press(app, k)
time.sleep(1.5); app.pump(0.01); app.settle(time.perf_counter())
n0 = len(app.output); f0 = len(app.frames)
p = subprocess.Popen([sys.executable, '-c', W, str(db), day], env={**os.environ, 'PYTHONPATH': str(root)})
t = time.time()
while p.poll() is None: app.pump(0.05)
end = time.time() + 1.5
while time.time() < end: app.pump(0.05)
print(root.name, day, 'bytes', len(app.output) - n0, 'frames', len(app.frames) - f0, 'seconds', round(time.time() - t, 1))
app.close()
