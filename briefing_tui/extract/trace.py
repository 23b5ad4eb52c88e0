"""Time stamps of the worker pool's start, for the benchmark (off unless asked).

BRIEFING_TRACE_STARTUP names a file; the ingesting process, the fork server and
each worker append one line per phase: "pid wall-clock cpu-seconds phase".
tests/bench/extract_speed.py turns them into the cold-start phase table.
"""

from __future__ import annotations

import os
import time

ENV_VAR = "BRIEFING_TRACE_STARTUP"


def stamp(phase: str, when: float | None = None) -> None:
    path = os.environ.get(ENV_VAR)
    if not path:
        return
    line = f"{os.getpid()} {when if when is not None else time.time():.6f} {time.process_time():.6f} {phase}\n"
    with open(path, "a", encoding="utf-8") as out:
        out.write(line)
