#!/bin/sh
# run.py --only app, interleaved: old = git archive of 99a2739 (main) in /tmp/s11_a, new = git archive of 6f07eab
# (search11) in /tmp/s11_b, twice; uptime before/after and /usr/bin/time -v beside each. Summarise with
# ../results-1m-2026-11-27-search10/summarise_app.py THIS_DIR
for i in 1 2; do
  for side in old new; do
    if [ $side = old ]; then R=/tmp/s11_a; else R=/tmp/s11_b; fi
    uptime > tests/bench/results-1m-2026-11-27-search11/app-$side-run$i.uptime
    /usr/bin/time -v -o tests/bench/results-1m-2026-11-27-search11/app-$side-run$i.time env PYTHONPATH=$R /work/venv/bin/python $R/tests/bench/run.py --db /work/wt/search/tests/bench/out/synthetic-1000000-s7.db --json --only app > tests/bench/results-1m-2026-11-27-search11/app-$side-run$i.json
    uptime >> tests/bench/results-1m-2026-11-27-search11/app-$side-run$i.uptime
  done
done
