#!/bin/bash
cd /work/wt/search12
OUT=tests/bench/results-1m-2026-11-27-search12
DB=/work/wt/search/tests/bench/out/synthetic-1000000-s7.db
for spec in "$@"; do
  name=${spec%%:*}; tree=${spec#*:}
  uptime > $OUT/$name.uptime; date -u >> $OUT/$name.uptime
  PYTHONPATH=/work/wt/search12 /work/venv/bin/python tests/bench/run.py --db $DB --only app_search --app-root $tree --json > $OUT/$name.json 2> $OUT/$name.err
  uptime >> $OUT/$name.uptime; date -u >> $OUT/$name.uptime
done
