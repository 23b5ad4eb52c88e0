"""Frames go out from the UI thread in the turn that painted them (lean_output.SYNCHRONOUS)."""

from __future__ import annotations

import io

from textual.app import App
from textual.drivers.linux_driver import LinuxDriver

from briefing_tui.tui import lean_output


async def test_a_frame_is_on_the_terminal_when_write_returns():
    # Pins Textual's LinuxDriver keeping its output file as `_file` (what this relies on).
    driver_class = lean_output.lean_driver(LinuxDriver)
    driver = driver_class(App())
    assert hasattr(driver, "_file")
    out = io.StringIO()
    driver._file = out
    driver.write("\x1b[?2026h\x1b[1;1H\x1b[1mhi\x1b[0m\x1b[?2026l")
    # No writer thread was started: the bytes are there already, styles as differences.
    assert out.getvalue() == "\x1b[?2026h\x1b[1;1H\x1b[1mhi\x1b[0m\x1b[?2026l"


async def test_a_terminal_gone_away_is_not_an_error():
    driver = lean_output.lean_driver(LinuxDriver)(App())

    class Closed(io.StringIO):
        def write(self, s):
            raise OSError(5, "Input/output error")

    driver._file = Closed()
    driver.write("\x1b[1;1Hx")  # no exception: the hang-up check ends the app
