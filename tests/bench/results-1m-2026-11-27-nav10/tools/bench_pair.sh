#!/bin/bash
# interleaved official app bench: main then nav10, N pairs (arg1), starting index (arg2)
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
OUT=/work/wt/nav10/tests/bench/results-1m-2026-11-27-nav10
start=${2:-1}
for i in $(seq $start $((start + ${1:-1} - 1))); do
  for t in main nav10; do
    if [ $t = main ]; then R=/tmp/nav10/tree-main; else R=$NAV_TREE; fi
    echo "$t run $i start $(date -u +%T) $(uptime | sed 's/.*load/load/')" >> $OUT/uptime.txt
    (cd $R && PYTHONPATH=$R /work/venv/bin/python tests/bench/run.py --db $DB --json --only app > $OUT/app-$t-run$i.json 2> $OUT/app-$t-run$i.err)
    echo "$t run $i end   $(date -u +%T) $(uptime | sed 's/.*load/load/')" >> $OUT/uptime.txt
  done
done
