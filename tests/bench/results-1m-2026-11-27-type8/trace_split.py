import statistics, sys
ev=[]
for line in open(sys.argv[1]):
    if line.startswith('#'): continue
    p=line.split(None,2)
    if len(p)<3: continue
    ev.append((float(p[0]),p[2].strip()))
rows=[]; cur=None
for t,w in ev:
    if w.startswith('key ') and len(w)==5 and w[4].isalpha(): cur={'key':t}; rows.append(cur)
    elif cur is None: continue
    elif w.startswith('search start') and 'start' not in cur: cur['start']=t
    elif w.startswith('search store done') and 'store' not in cur: cur['store']=t
    elif w.startswith('search results set') and 'set' not in cur: cur['set']=t
    elif w.startswith('write') and 'set' in cur and 'frame' not in cur and int(w.split()[1])>20: cur['frame']=t
def p95(v): v=sorted(v); return v[min(len(v)-1, max(0, round(0.95*len(v))-1))]
out=[(r['start']-r['key'], r['store']-r['start'], r['set']-r['store'], r['frame']-r['set'], r['frame']-r['key']) for r in rows if all(k in r for k in ('start','store','set','frame'))]
print("n", len(out))
for i,n in enumerate(["key>worker start","store (limit 10)","store done>rows set","set>frame written","key>frame"]):
    v=[o[i] for o in out]; print(f"  {n:22} p50 {statistics.median(v):6.1f} p95 {p95(v):6.1f}")
v=[o[4]-o[1] for o in out]; print(f"  {'TUI (total-store)':22} p50 {statistics.median(v):6.1f} p95 {p95(v):6.1f}")
