"""First answer (limit 10, as the app's first screenful) and full answer (limit 50) CPU of
each query when its stem is new to the store (caches cleared), with the prefix table built."""
import sys, time, json, os
os.setpriority = lambda *a: None  # the table's build at normal priority here: what is measured is the searches after it
tree = sys.argv[1]
sys.path.insert(0, tree)
from briefing_tui.store import Store
s = Store("/work/wt/search/tests/bench/out/synthetic-1000000-s7.db")
s.prepare_search(wait=True)
kinds = ("participant", "report", "claim", "event")
MOST = ["in", "of", "ref", "the", "with", "and", "that", "to", "in the", "of ref with"]
TYPING = ["m", "mi", "min", "mini", "minis", "minist", "ministe", "minister", "U", "Un", "Uni", "Unit", "Unite",
          "United", "United S", "United St", "United Sta", "United Stat", "United State", "United States"]
PREFIXES = ["amb", "ambu", "ambul", "fed", "fede", "feder", "federat", "ret", "retu", "retur", "gov", "gove", "gover", "governm", "int", "inte", "inter", "interna"]
out = {}
for q in MOST + TYPING + PREFIXES:
    s.__dict__.pop("_caches", None)
    c = time.thread_time(); s.search(q, limit=10, prefix=True, kinds=kinds, fill=12); first = (time.thread_time() - c) * 1000
    c = time.thread_time(); s.search(q, limit=50, prefix=True); full = (time.thread_time() - c) * 1000
    out[q] = (round(first, 2), round(full, 2))
print(json.dumps(out))
