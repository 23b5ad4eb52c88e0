import sys, re
# print trace windows: from each 'key' mark to the first 'write' after 'search results set'
for path in sys.argv[1:]:
    lines = [l.rstrip("\n") for l in open(path) if not l.startswith("#")]
    recs = []
    for l in lines:
        parts = l.split(None, 2)
        try: recs.append((float(parts[0]), parts[1], parts[2] if len(parts) > 2 else ""))
        except: pass
    i = 0
    slow = []
    while i < len(recs):
        t, th, w = recs[i]
        if w.startswith("key ") and w not in ("key escape", "key slash"):
            # find results set after
            j = i + 1; setj = None
            while j < len(recs) and not recs[j][2].startswith("key "):
                if recs[j][2].startswith("search results set"):
                    setj = j
                if setj is not None and recs[j][2].startswith("write"):
                    break
                j += 1
            if setj is not None and j < len(recs):
                dt = recs[j][0] - t
                if dt > float(os.environ.get("TH", 45)) if False else dt > 45:
                    slow.append((dt, i, j))
            i += 1
        else:
            i += 1
    print("==", path, "slow keys:", len(slow))
    for dt, i, j in slow:
        # context: 300 ms before the key through j
        t0 = recs[i][0]
        k = i
        while k > 0 and recs[k-1][0] > t0 - 400: k -= 1
        print(f"-- {recs[i][2]} -> write {dt:.1f} ms")
        for r in recs[k:j+1]:
            print(f"   {r[0]-t0:8.1f} {r[1]:12} {r[2][:110]}")
