import sys, time, statistics, json
from briefing_tui.store import Store
import briefing_tui.store.search as S
DB = "/work/wt/search/tests/bench/out/synthetic-1000000-s7.db"
st = Store(DB); st.prepare_search(wait=True)
ORDER = ("participant", "report", "claim", "event")
out = {}
for text in sys.argv[1:]:
    firsts, fulls = [], []
    for rep in range(5):
        st.__dict__.pop("_caches", None)
        st.search(text[:-1], prefix=True, limit=10, kinds=ORDER, fill=12); st.search(text[:-1], prefix=True, limit=50)
        t = time.perf_counter(); h = st.search(text, prefix=True, limit=10, kinds=ORDER, fill=12); firsts.append((time.perf_counter()-t)*1000)
        t = time.perf_counter(); h2 = st.search(text, prefix=True, limit=50); fulls.append((time.perf_counter()-t)*1000)
    out[text] = (statistics.median(firsts), statistics.median(fulls), len(h), len(h2), h2.partial)
    print(f"{S.__file__.split('/')[2]:10} {text!r:28} first {out[text][0]:6.1f} full {out[text][1]:6.1f}  hits {len(h)}/{len(h2)} {h2.partial}", flush=True)
