"""Noticing that the terminal has gone away.

When the pseudo-terminal's other end closes without a SIGHUP reaching us (a
supervisor that closed the pty, a session that lost its controlling terminal),
Textual's input thread reads end-of-file in a tight loop and the browser keeps
a whole core busy for ever, invisible to the user who left. A poll of the
input descriptor for a hang-up, once a second, ends the app instead.
"""

from __future__ import annotations

import os
import select
import sys

CHECK_EVERY_S = 1.0
_GONE = select.POLLHUP | select.POLLERR | select.POLLNVAL


def input_fd() -> int | None:
    """The descriptor Textual reads keys from, when it is a terminal; else None
    (piped or headless input is not ours to judge)."""
    try:
        fd = sys.__stdin__.fileno()
    except (AttributeError, OSError, ValueError):
        return None
    return fd if os.isatty(fd) else None


def hung_up(fd: int) -> bool:
    """True when the terminal behind `fd` has closed."""
    poller = select.poll()
    try:
        poller.register(fd, _GONE)
        return any(mask & _GONE for _, mask in poller.poll(0))
    except (OSError, ValueError):
        return True
