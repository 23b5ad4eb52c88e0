#!/bin/bash
while [ ! -f /tmp/s13/diag4/DONE ]; do sleep 2; done
cd /tmp/s13
OUT=/tmp/s13/final; mkdir -p $OUT
for i in 1 2 3; do
  for t in 302023f 88544cc; do
    uptime >> $OUT/storecpu.uptime
    nice -n 0 /work/venv/bin/python storecpu.py /tmp/s13b_$t > $OUT/storecpu-$t-$i.json 2>> $OUT/storecpu.err
  done
done
cd /work/wt/search13
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
run() { uptime > $OUT/$1-run$3.uptime; /work/venv/bin/python tests/bench/run.py --db $DB --json --only app_search --app-root $2 > $OUT/$1-run$3.json 2> $OUT/$1-run$3.err; uptime >> $OUT/$1-run$3.uptime; }
run new /tmp/s13b_88544cc 1; run old /tmp/s13b_302023f 1; run old /tmp/s13b_302023f 2; run new /tmp/s13b_88544cc 2
touch $OUT/DONE
