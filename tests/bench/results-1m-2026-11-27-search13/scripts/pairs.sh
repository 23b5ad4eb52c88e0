#!/bin/bash
# interleaved app_search runs: old (302023f) / new (bfbc977), ABBA
cd /work/wt/search13
OUT=/tmp/s13/bench; mkdir -p $OUT
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
nice -n 19 cat $DB > /dev/null
run() { # name tree i
  uptime > $OUT/$1-run$3.uptime
  /work/venv/bin/python tests/bench/run.py --db $DB --json --only app_search --app-root $2 > $OUT/$1-run$3.json 2> $OUT/$1-run$3.err
  uptime >> $OUT/$1-run$3.uptime
}
for i in 1 2 3; do
  if [ $((i % 2)) = 1 ]; then run old /tmp/s13b_302023f $i; run new /tmp/s13b_bfbc977 $i
  else run new /tmp/s13b_bfbc977 $i; run old /tmp/s13b_302023f $i; fi
done
touch $OUT/DONE1
/work/venv/bin/python /tmp/s13/s13typing.py --tree old=/tmp/s13b_302023f --tree new=/tmp/s13b_bfbc977 --rounds 6 --reps 2 --groups typing --notrace --out $OUT/typing > $OUT/typing.log 2>&1
touch $OUT/DONE2
