"""The search figures of run.py --only app JSONs (app-{old,new}-run*.json), with load and CPU."""
import glob, json, re, sys
d = sys.argv[1] if len(sys.argv) > 1 else "."
for path in sorted(glob.glob(f"{d}/app-*-run*.json")):
    try:
        data = json.load(open(path))
    except Exception:
        continue
    app = data.get("app", data)
    nav = app["navigation"]["measured"]
    up = open(path.replace(".json", ".uptime")).read().split("load average:")
    loads = [u.split(",")[0].strip() for u in up[1:]]
    t = open(path.replace(".json", ".time")).read()
    cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", t).group(1)) for k in ("User", "System"))
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", t).group(1)
    def f(k):
        s = nav[k]; return f"p50 {s.get('median_ms')} p95 {s.get('p95_ms')} n {s.get('n')}"
    print(f"{path.split('/')[-1]:20} load {loads} cpu {cpu:.0f} s wall {wall}")
    print(f"   key to results: {f('search: key to results')} | last frame: {f('search: key to all results (last frame)')}")
    print(f"   j: {f('move down (j)')} | startup p50 {app['startup']['measured'].get('median_ms')}")
