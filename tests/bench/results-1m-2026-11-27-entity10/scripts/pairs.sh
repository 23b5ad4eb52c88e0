#!/bin/bash
# As run for these results (from /work/wt/entity10; summ_app.py and the profile scripts were in diag/ then).
# interleaved entity_opens: main vs this worktree; $1 = tag, $2 = pairs
cd /work/wt/entity10
OUT=tests/bench/results-1m-2026-11-27-entity10
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
for i in $(seq 1 ${2:-2}); do
  for side in main new; do
    root=/work/main; [ $side = new ] && root=${NEWROOT:-/work/wt/entity10}
    echo "$(date -u +%T) $side run $i $(uptime)" >> $OUT/$1-log.txt
    /work/venv/bin/python tests/bench/app_bench.py $DB --root $root > $OUT/$1-$side-$i.json 2>> $OUT/$1-log.txt
  done
done
echo "$(date -u +%T) done $(uptime)" >> $OUT/$1-log.txt
