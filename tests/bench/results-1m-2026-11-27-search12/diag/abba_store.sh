#!/bin/bash
OUT=/work/wt/search12/tests/bench/results-1m-2026-11-27-search12
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
for spec in "$@"; do
  name=${spec%%:*}; tree=${spec#*:}
  uptime > $OUT/$name.uptime
  (cd $tree && PYTHONPATH=$tree /work/venv/bin/python tests/bench/run.py --db $DB --only search --json > $OUT/$name.json 2> $OUT/$name.err)
  uptime >> $OUT/$name.uptime
done
