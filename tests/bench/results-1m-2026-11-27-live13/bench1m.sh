#!/bin/bash
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
OUT=/tmp/live13/b1m
mkdir -p $OUT
nice -n 19 cat $DB > /dev/null
for run in 1 2; do
  for tree in old new; do
    uptime > $OUT/app-$tree-run$run.uptime
    (cd /tmp/live13/$tree && PYTHONPATH=/tmp/live13/$tree /work/venv/bin/python tests/bench/run.py --db $DB --json --only app > $OUT/app-$tree-run$run.json 2> $OUT/app-$tree-run$run.err)
    uptime >> $OUT/app-$tree-run$run.uptime
  done
done
echo finished > $OUT/DONE
