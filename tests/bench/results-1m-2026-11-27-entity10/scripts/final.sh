#!/bin/bash
# As run for these results (from /work/wt/entity10; summ_app.py and the profile scripts were in diag/ then).
# run.py --only app, interleaved: main (13c6726) vs entity10 (frozen copy of HEAD)
cd /work/wt/entity10
OUT=tests/bench/results-1m-2026-11-27-entity10
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
for i in 1 2; do
  for side in main new; do
    root=/work/main; [ $side = new ] && root=/tmp/e10-final
    echo "$(date -u +%T) run.py $side run $i $(uptime)" >> $OUT/app-log.txt
    (cd $root && /work/venv/bin/python tests/bench/run.py --db $DB --json --only app) > $OUT/app-$side-run$i.json 2>> $OUT/app-log.txt
  done
done
echo "$(date -u +%T) run.py done $(uptime)" >> $OUT/app-log.txt
for i in 3 4; do
  for side in main new; do
    root=/work/main; [ $side = new ] && root=/tmp/e10-final
    echo "$(date -u +%T) entity_opens $side run $i $(uptime)" >> $OUT/app-log.txt
    /work/venv/bin/python tests/bench/app_bench.py $DB --root $root > $OUT/entity-opens-$side-run$i.json 2>> $OUT/app-log.txt
  done
done
echo "$(date -u +%T) all done $(uptime)" >> $OUT/app-log.txt
