import sys, re, statistics
for path in sys.argv[1:]:
    key = None; out = []
    for line in open(path):
        parts = line.split(None, 2)
        if len(parts) < 3 or line.startswith("#"): continue
        t, what = float(parts[0]), parts[2].strip()
        if what == "key enter": key = key or t
        elif what.startswith("key "): key = None
        elif what.endswith("lists shown") and key is not None:
            out.append(t - key); key = None
    out.sort()
    print(path, "n", len(out), "key->lists shown median %.1f p90 %.1f max %.1f" % (statistics.median(out), out[int(0.9*len(out))], out[-1]))
