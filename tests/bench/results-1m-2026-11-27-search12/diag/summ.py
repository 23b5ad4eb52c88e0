import json, sys
names = sys.argv[1:]
def find(o):
    if isinstance(o,dict):
        if 'search_by_group' in o: return o['search_by_group']
        for v in o.values():
            r=find(v)
            if r: return r
D = {n: find(json.load(open(f'tests/bench/results-1m-2026-11-27-search12/{n}.json'))) for n in names}
groups = list(D[names[0]]['groups'])
print("| group | " + " | ".join(names) + " |")
for g in groups + ['all']:
    row = []
    for n in names:
        x = D[n]['groups'][g] if g != 'all' else D[n]['all']
        row.append(f"{x['shown']['median_ms']:.1f} / **{x['shown']['p95_ms']:.1f}** ({x['last_frame']['median_ms']:.1f} / {x['last_frame']['p95_ms']:.1f})")
    print(f"| {g} | " + " | ".join(row) + " |")
print("| baseline | " + " | ".join(f"{D[n]['baseline'].get('median_ms')} / {D[n]['baseline'].get('p95_ms')}" for n in names) + " |")
for n in names:
    print(n, open(f'tests/bench/results-1m-2026-11-27-search12/{n}.uptime').read().split('\n')[0::2][:2], D[n].get('partial_queries'))
for n in names:
    print(n, [(q['query'], q['shown_ms']) for q in D[n]['groups']['phrases']['queries']])
    slow = [(g, q['query'], q['shown_ms']) for g in groups for q in D[n]['groups'][g]['queries'] if q['shown_ms'] and q['shown_ms'] > 50]
    print("  >50:", slow)
