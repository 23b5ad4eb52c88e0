"""A store read started now in its own thread, its answer kept in a Future.

For the reads a first frame wants (the report list's first page as the app
starts, an entity's figures as its screen is made): they begin before Textual
could start a worker, and whoever shows them takes the answer when it is there
or waits a bounded time for it. The Future is always set, with the answer or
the read's error, so a worker waiting on it shows why.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future


def read_in_thread(read, *args, name: str = "read-ahead") -> Future:
    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(read(*args))
        except BaseException as exc:  # the one waiting on it shows why
            future.set_exception(exc)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future
