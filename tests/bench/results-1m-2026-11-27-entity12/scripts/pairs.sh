#!/bin/bash
# Interleaved entity opens at 1M: OLD = main 154e1a9, NEW = entity12 HEAD, NOAHEAD = NEW with
# AHEAD_REST_S = 1e9 (never read ahead: Enter with no rest on the link), each a frozen git archive.
cd /work/wt/entity12
OUT=tests/bench/results-1m-2026-11-27-entity12
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
nice -n 19 cat $DB > /dev/null
for step in "$@"; do
  side=${step%%:*}; run=${step##*:}
  case $side in old) root=/tmp/e12_old;; new) root=/tmp/e12_new;; noahead) root=/tmp/e12_noahead;; esac
  echo "$(date -u +%T) entity_opens $side run $run start $(uptime)" >> $OUT/log.txt
  /work/venv/bin/python tests/bench/app_bench.py $DB --root $root > $OUT/entity-opens-$side-run$run.json 2>> $OUT/log.txt
  echo "$(date -u +%T) entity_opens $side run $run end $(uptime)" >> $OUT/log.txt
done
