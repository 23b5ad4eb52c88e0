import sys, re, glob, statistics as st
from collections import defaultdict
pat = re.compile(r"search store done '(.*)' limit (\d+): (\d+) hits, cpu ([\d.]+) ms")
def load(globp):
    d = defaultdict(list); hits = {}
    for f in glob.glob(globp):
        for l in open(f):
            m = pat.search(l)
            if m:
                d[(m.group(1), int(m.group(2)))].append(float(m.group(4))); hits[(m.group(1), int(m.group(2)))] = m.group(3)
    return d, hits
o, oh = load(sys.argv[1]); n, nh = load(sys.argv[2])
tot_o = tot_n = 0
for k in sorted(set(o) & set(n), key=lambda k: (k[1], k[0])):
    a, b = st.median(o[k]), st.median(n[k]); tot_o += a; tot_n += b
    flag = " <<" if b > a * 1.3 + 2 else ""
    print(f"{k[0]!r:32} {k[1]:3}  old {a:6.1f} ({oh[k]:>3})  new {b:6.1f} ({nh[k]:>3}){flag}")
print("sum old", round(tot_o, 1), "new", round(tot_n, 1))
