#!/bin/bash
# tests/bench/run.py --only app, OLD (main 154e1a9) then NEW (entity12 HEAD), frozen git archives, run from each tree.
OUT=/work/wt/entity12/tests/bench/results-1m-2026-11-27-entity12
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
for side in "$@"; do
  root=/tmp/e12_old; [ $side = new ] && root=/tmp/e12_new
  echo "$(date -u +%T) run.py --only app $side start $(uptime)" >> $OUT/log.txt
  (cd $root && /work/venv/bin/python tests/bench/run.py --db $DB --json --only app) > $OUT/app-$side.json 2>> $OUT/log.txt
  echo "$(date -u +%T) run.py --only app $side end $(uptime)" >> $OUT/log.txt
done
