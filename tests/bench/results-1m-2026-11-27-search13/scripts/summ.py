import json, sys
for f in sys.argv[1:]:
    d = json.load(open(f)); s = d["app"]["search_by_group"]
    g = s["groups"]
    print(f.split("/")[-1], "load", s["load_avg"]["start"][0], "->", s["load_avg"]["end"][0],
          "| p95:", " ".join(f"{k[:6]} {v['shown']['p95_ms']:.1f}" for k, v in g.items()),
          f"| all p50 {s['all']['shown']['median_ms']:.1f} p95 {s['all']['shown']['p95_ms']:.1f} last p95 {s['all']['last_frame']['p95_ms']:.1f}",
          "| >50:", [(q["query"][:14], q["shown_ms"]) for v in g.values() for q in v["queries"] if (q["shown_ms"] or 999) > 50])
