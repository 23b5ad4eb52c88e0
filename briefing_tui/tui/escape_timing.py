"""Escape on time: the key that goes Back should not wait a tenth of a second.

A lone ESC byte may begin a key's escape sequence, so Textual's parser takes it
for Escape only after ESCDELAY ms without more bytes. But its Linux input
thread looks at that deadline only when `select` returns, and `select` waits up
to 100 ms for input: Escape arrives 100-120 ms after the key whatever ESCDELAY
says. Here the input thread's selector waits less (just past ESCDELAY) for the
few calls after input has arrived, so a pending Escape is seen when its delay
ends; when no key is pending it waits as long as Textual's own loop does.
"""

from __future__ import annotations

import selectors
import sys
import types

from textual import constants

# select() calls after input that wait only until a pending Escape is due (more than
# one: a wake-up a hair early must not fall back to the long wait).
SHORT_WAITS_AFTER_INPUT = 3
MARGIN_S = 0.002


class PromptSelector(selectors.SelectSelector):
    """A selector that, right after input, wakes in time for a pending Escape."""

    def __init__(self) -> None:
        super().__init__()
        self._short_waits = 0

    def select(self, timeout: float | None = None):
        if self._short_waits and timeout is not None:
            self._short_waits -= 1
            timeout = min(timeout, constants.ESCAPE_DELAY + MARGIN_S)
        ready = super().select(timeout)
        if ready:
            self._short_waits = SHORT_WAITS_AFTER_INPUT
        return ready


def prompt_escape(driver_class: type) -> bool:
    """Have the input thread of Textual's Linux driver use PromptSelector. False
    (and nothing changed) for other drivers, or one that does not build its
    selector the way this expects."""
    module = sys.modules.get(driver_class.__module__)
    current = getattr(module, "selectors", None)
    if not any(c.__name__ == "LinuxDriver" for c in driver_class.__mro__) or current is None:
        return False
    if getattr(current, "SelectSelector", None) is PromptSelector:
        return True
    if getattr(current, "SelectSelector", None) is not selectors.SelectSelector:
        return False
    shim = types.ModuleType("selectors")
    shim.__dict__.update(selectors.__dict__)
    shim.SelectSelector = PromptSelector  # type: ignore[attr-defined]
    module.selectors = shim  # type: ignore[attr-defined]
    return True
