import sys, time
from briefing_tui.store import Store
import briefing_tui.store.search as S
DB = "/work/wt/search/tests/bench/out/synthetic-1000000-s7.db"
st = Store(DB); st.prepare_search(wait=True)
ORDER = ("participant", "report", "claim", "event")
tag = S.__file__.split('/')[2]
for text in sys.argv[1:]:
    for rep in range(2):
        st.__dict__.pop("_caches", None)
        for t_ in (text[:-1], text):
            t = time.perf_counter(); h = st.search(t_, prefix=True, limit=10, kinds=ORDER, fill=12); a=(time.perf_counter()-t)*1000
            t = time.perf_counter(); h2 = st.search(t_, prefix=True, limit=50); b=(time.perf_counter()-t)*1000
            s = st._prepare(S.q.parse(t_, prefix=True))
            print(f"{tag:8} {t_!r:26} first {a:6.1f} {len(h):3} {h.partial} full {b:6.1f} {len(h2)} {h2.partial}  terms {[x[:30] for x in s.terms]} checks {s.checks}", flush=True)
