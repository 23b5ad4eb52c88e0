import sys, re
TH = float(sys.argv[1]); 
for path in sys.argv[2:]:
    R = []
    for l in open(path):
        if l.startswith("#"): continue
        p = l.rstrip("\n").split(None, 2)
        if len(p) == 3: R.append((float(p[0]), p[1], p[2]))
    build = [(t, w) for t, th, w in R if "short build" in w]
    print("==", path, "build marks:", [(round(t), w[:40]) for t, w in build])
    for i, (t, th, w) in enumerate(R):
        if not w.startswith("key ") or w in ("key escape", "key slash", "key space"): continue
        m = {}
        for t2, th2, w2 in R[i+1:]:
            if w2.startswith("key "): break
            if w2.startswith("search start") and "limit 10" in w2 and "start" not in m: m["start"] = t2
            if w2.startswith("search store done") and "limit 10" in w2 and "done" not in m: m["done"] = t2; m["dw"] = w2
            if w2.startswith("gc start"): m.setdefault("gc", []).append(w2.split()[3])
            if w2.startswith("search results set"): m["set"] = t2
            if "set" in m and w2.startswith("write"): m["write"] = t2; break
        if "write" not in m or "done" not in m: continue
        tot = m["write"] - t
        if tot < TH: continue
        d = m["dw"]
        cpu = re.search(r"cpu ([\d.]+)", d).group(1); ib = re.search(r"inblock (\d+)", d); cs = re.search(r"nivcsw (\d+)", d)
        q = re.search(r"done '(.*)' limit", d).group(1)
        print(f"  {t/1000:8.1f}s {q[:28]:28} total {tot:6.1f} key->start {m['start']-t:5.1f} store {m['done']-m['start']:6.1f} (cpu {cpu}, inblock {ib.group(1) if ib else '?'}, invcsw {cs.group(1) if cs else '?'}) done->write {m['write']-m['done']:5.1f} gc {m.get('gc')}")
