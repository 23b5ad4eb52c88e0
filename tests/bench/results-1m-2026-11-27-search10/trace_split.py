"""Split a BRIEFING_TRACE of search as you type into: key -> worker start -> store done (limit 10)
-> rows made -> results set (UI thread) -> frame written (the first write > 1000 chars after it)."""
import statistics, sys
def p95(v): v=sorted(v); return v[min(len(v)-1, max(0, round(0.95*len(v))-1))]
ev = []
for line in open(sys.argv[1]):
    if line.startswith('#'): continue
    p = line.split(None, 2)
    if len(p) < 3: continue
    ev.append((float(p[0]), p[2].strip()))
rows = []; cur = None
for t, w in ev:
    if w.startswith('key ') and len(w) == 5 and w[4].isalpha(): cur = {'key': t, 'k': w[4]}; rows.append(cur)
    elif cur is None: continue
    elif w.startswith('search start') and 'start' not in cur: cur['start'] = t
    elif w.startswith('search store done') and 'store' not in cur: cur['store'] = t
    elif w.startswith('search rows made') and 'rows' not in cur: cur['rows'] = t
    elif w.startswith('search results arrived') and 'arrived' not in cur and 'rows' in cur: cur['arrived'] = t
    elif w.startswith('search results set') and 'set' not in cur: cur['set'] = t
    elif w.startswith('write') and 'set' in cur and 'frame' not in cur and int(w.split()[1]) > 1000: cur['frame'] = t
names = ["key>worker start", "store (limit 10)", "rows made", "rows>arrived (UI)", "arrived>set", "set>frame written", "key>frame"]
out = []
for r in rows:
    if all(k in r for k in ('start', 'store', 'rows', 'arrived', 'set', 'frame')):
        out.append((r['start']-r['key'], r['store']-r['start'], r['rows']-r['store'], r['arrived']-r['rows'],
                    r['set']-r['arrived'], r['frame']-r['set'], r['frame']-r['key']))
print("n", len(out))
for i, n in enumerate(names):
    v = [o[i] for o in out]; print(f"  {n:22} p50 {statistics.median(v):6.1f} p95 {p95(v):6.1f}")
v = [o[6] - o[1] for o in out]; print(f"  {'TUI (total-store)':22} p50 {statistics.median(v):6.1f} p95 {p95(v):6.1f}")
