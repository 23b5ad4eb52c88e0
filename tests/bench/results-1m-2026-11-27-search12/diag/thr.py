import sys, time, statistics, sqlite3
from briefing_tui.store import Store
import briefing_tui.store.search as S
DB = "/work/wt/search/tests/bench/out/synthetic-1000000-s7.db"
st = Store(DB); st.prepare_search(wait=True)
c = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
c.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, terms_sample_fts, row)")
vocab = c.execute("SELECT term, doc FROM temp.v WHERE term GLOB '[a-z]*' and length(term)>=5 ORDER BY doc DESC").fetchall()
picks = {}
for t, d in vocab:
    for lvl in (1250, 1000, 700, 500, 300, 100):
        if lvl not in picks and d <= lvl: picks[lvl] = (t, d)
ORDER = ("participant", "report", "claim", "event")
for lvl,(w,d) in sorted(picks.items()):
    for stem in ("in", "th", "co"):
        text = f"{w} {stem}"
        res = {}
        for rep in range(4):
            for share in (1.0, -1.0):
                S.DRIVE_SHARE = share
                st.__dict__.pop("_caches", None)
                st.search(text, prefix=True, limit=10, kinds=ORDER, fill=12)
                t = time.perf_counter(); h = st.search(text, prefix=True, limit=10, kinds=ORDER, fill=12); a=(time.perf_counter()-t)*1000
                t = time.perf_counter(); h2 = st.search(text, prefix=True, limit=50); b=(time.perf_counter()-t)*1000
                res.setdefault(share, []).append((a, b))
        f = lambda share, i: statistics.median(x[i] for x in res[share])
        print(f"{text:24} ~{d*16:6} docs: drive first {f(1.0,0):6.1f} full {f(1.0,1):6.1f} | fts5 first {f(-1.0,0):6.1f} full {f(-1.0,1):6.1f}", flush=True)
