#!/bin/sh
# run.py --only app, interleaved: old = main 13c6726, new = search10 (git archive copies in /tmp, so
# edits in the worktree cannot reach a run), twice; uptime before/after and /usr/bin/time -v beside each.
for i in 1 2; do
  for side in old new; do
    if [ $side = old ]; then R=/tmp/s10_old; else R=/tmp/s10_snap; fi
    uptime > /work/wt/search10/tests/bench/results-1m-2026-11-27-search10/app-$side-run$i.uptime
    /usr/bin/time -v -o /work/wt/search10/tests/bench/results-1m-2026-11-27-search10/app-$side-run$i.time env PYTHONPATH=$R /work/venv/bin/python $R/tests/bench/run.py --db /work/wt/search/tests/bench/out/synthetic-1000000-s7.db --json --only app > /work/wt/search10/tests/bench/results-1m-2026-11-27-search10/app-$side-run$i.json
    uptime >> /work/wt/search10/tests/bench/results-1m-2026-11-27-search10/app-$side-run$i.uptime
  done
done
