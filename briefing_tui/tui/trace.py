"""Timestamps of what the browser does, for finding where a key press's time goes.

Off unless BRIEFING_TRACE names a file: then each mark appends one line,
`<seconds since start> <thread> <what>`, so a key press can be followed from
its arrival through the worker that fetched its data to the frame that showed
it. Marks cost one global lookup when tracing is off.
"""

from __future__ import annotations

import os
import threading
import time

_PATH = os.environ.get("BRIEFING_TRACE")
_FILE = open(_PATH, "a", buffering=1, encoding="utf-8") if _PATH else None  # noqa: SIM115
_T0 = time.perf_counter()
if _FILE is not None:
    _FILE.write(f"# trace opened at unix time {time.time():.4f}\n")

enabled = _FILE is not None


def mark(what: str) -> None:
    if _FILE is not None:
        name = threading.current_thread().name
        _FILE.write(f"{(time.perf_counter() - _T0) * 1000:10.2f} {name[:12]:12} {what}\n")
