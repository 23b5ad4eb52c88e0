import json, sys
names = sys.argv[1:]
D = {n: json.load(open(f'/work/wt/search12/tests/bench/results-1m-2026-11-27-search12/{n}.json'))['search'] for n in names}
print("| group | " + " | ".join(names) + " |")
print("|---|" + "---|" * len(names))
for g in list(D[names[0]]['groups']) + ['all']:
    row = []
    for n in names:
        x = D[n]['groups'][g] if g != 'all' else D[n]['all']
        m = x.get('measured', x)
        fa = x.get('first_answer', {})
        row.append(f"{m['median_ms']} / **{m['p95_ms']}** (cpu p95 {x.get('cpu',{}).get('p95_ms','-')}; first {fa.get('p95_ms','-')})")
    print(f"| {g} | " + " | ".join(row) + " |")
for n in names:
    print(n, open(f'/work/wt/search12/tests/bench/results-1m-2026-11-27-search12/{n}.uptime').read().replace('\n', ' | '), D[n].get('partial_queries'))
