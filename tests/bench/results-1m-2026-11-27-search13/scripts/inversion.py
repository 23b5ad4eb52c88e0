"""Does a nice-19 thread fetching rows one by one delay the main thread's work?
Main thread: every 150 ms, a 'key' = 10 ms of pure-Python work; measure wall time of it.
Background: the prefix build, old way (4,206 rows fetched at nice 19) or new way
(one JSON row a query), looped for the duration. Same process, same DB."""
import os, sys, threading, time, statistics as st
sys.path.insert(0, sys.argv[1])
from briefing_tui.store import Store
mode = sys.argv[2]
DB = "/work/wt/search/tests/bench/out/synthetic-1000000-s7.db"
store = Store(DB)
stop = threading.Event()
SQL_ROWS = ("SELECT p, term, doc, total FROM (SELECT substr(term, 1, 2) AS p, term, doc,"
            " row_number() OVER (PARTITION BY substr(term, 1, 2) ORDER BY doc DESC, term) AS n,"
            " sum(doc) OVER (PARTITION BY substr(term, 1, 2)) AS total FROM temp.terms_sample_vocab) WHERE n <= 24")
builds = []
def bg():
    if mode == "none":
        return
    if mode == "rows":
        with store._one_connection():
            store._rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms_sample_vocab USING fts5vocab(main, terms_sample_fts, row)")
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
            while not stop.is_set():
                t = time.perf_counter(); store._rows(SQL_ROWS); builds.append(time.perf_counter() - t)
    else:
        while not stop.is_set():
            t = time.perf_counter(); store._low_priority(store._prefix_texts); builds.append(time.perf_counter() - t)
th = threading.Thread(target=bg, daemon=True); th.start()
lat = []
end = time.perf_counter() + float(sys.argv[3])
while time.perf_counter() < end:
    time.sleep(0.15)
    t = time.perf_counter()
    x = 0
    while time.thread_time_ns() and (time.perf_counter() - t) < 0 or x < 60000:  # fixed work
        x += 1
    lat.append((time.perf_counter() - t) * 1000)
stop.set()
lat.sort()
print(f"{mode:5} load {os.getloadavg()[0]:.2f} keys {len(lat)} work med {st.median(lat):.1f} p95 {lat[int(0.95*(len(lat)-1))]:.1f} max {lat[-1]:.1f} ms; builds {len(builds)}")
