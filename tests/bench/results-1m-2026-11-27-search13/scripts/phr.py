import sys, time, json, os
os.setpriority = lambda *a: None
sys.path.insert(0, sys.argv[1])
from briefing_tui.store import Store
s = Store("/work/wt/search/tests/bench/out/synthetic-1000000-s7.db")
s.prepare_search(wait=True)
kinds = ("participant", "report", "claim", "event")
Q = ['"united states"', '"the foreign minister"', '"said that"', '"last week"', '"next month"', '"prime minister"', '"in of"']
out = {}
for q in Q:
    for text in (q[:-1], q):
        s.__dict__.pop("_caches", None)
        c = time.thread_time(); h1 = s.search(text, limit=10, prefix=True, kinds=kinds, fill=12); a = (time.thread_time() - c) * 1000
        c = time.thread_time(); h2 = s.search(text, limit=50, prefix=True); b = (time.thread_time() - c) * 1000
        out[text] = (round(a, 1), round(b, 1), len(h1), len(h2), [(h.kind, h.id) for h in h2][:5])
print(json.dumps(out))
