"""Python's cyclic garbage collector, run while the reader pauses rather than inside a key.

Each key press makes tens of thousands of short-lived objects (strips, segments,
styles, a report read ahead), so with CPython's default thresholds a collection
starts every few keys, in whichever thread happens to allocate: in the frame a
key makes (a young collection of 1-10 ms), or in the read-ahead worker (a full
one of 20-45 ms at a million reports, holding the GIL the frame needs). Here
automatic collection waits for far more garbage (a backstop, for a key held
down), and the app collects when no key has come for a moment: the young
generations after QUIET_S, everything only after a longer pause. Nothing
collected later than before is kept any longer than a pause between keys.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from time import monotonic

# A collection runs once no key has come for this long (the key's frame and the
# read-ahead it starts are done by then, as a rule) ...
QUIET_S = 0.08
# ... a full one (every generation) after a pause this long, once the older
# generations were collected FULL_AFTER times since the last full one. What
# outlives young collections and then dies (a search's old result rows, the
# compositor's old maps, finished workers: ~10k objects a query) is freed a few
# thousand objects at a time, 5-15 ms, not 100k+ at once: search13's traces at a
# million reports showed full collections of 120-760 ms wall (load 3-4) when they
# waited for a one-second pause or for 30 older runs, and keys waiting behind them.
FULL_QUIET_S = 0.25
FULL_AFTER = 2
CHECK_EVERY_S = 0.05
# Fewer new container objects than this: nothing worth a collection yet.
YOUNG_MIN = 1_000
# CPython collects generation 1 every 10 young collections, generation 2 every 10 of those.
OLDER_EVERY = 10
# While keys keep coming (a held key), automatic collection still runs, this rarely.
BACKSTOP = (100_000, 20, 20)


class QuietCollector:
    """Collects between keys; `last_key` gives the monotonic time of the latest key."""

    def __init__(self, last_key: Callable[[], float]) -> None:
        self._last_key = last_key
        self._saved: tuple[int, int, int] | None = None
        self._young_runs = 0
        self._older_runs = 0

    def start(self) -> None:
        if self._saved is None:
            self._saved = gc.get_threshold()
            gc.set_threshold(*BACKSTOP)

    def stop(self) -> None:
        """Back to the thresholds as they were (the app is leaving)."""
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def tick(self) -> int | None:
        """Collect if the reader has paused: the generation collected, or None."""
        if self._saved is None or not gc.isenabled():
            return None
        quiet = monotonic() - self._last_key()
        if quiet < QUIET_S:
            return None
        generation = None
        if self._older_runs >= FULL_AFTER and (quiet >= FULL_QUIET_S or self._older_runs >= 3 * FULL_AFTER):
            generation = 2  # after a long pause, or after many short ones (keys never pausing long)
        elif gc.get_count()[0] >= YOUNG_MIN:
            generation = 1 if self._young_runs >= OLDER_EVERY else 0
        if generation is None:
            return None
        gc.collect(generation)
        if generation == 0:
            self._young_runs += 1
        elif generation == 1:
            self._young_runs = 0
            self._older_runs += 1
        else:
            self._young_runs = self._older_runs = 0
        return generation
