"""The input thread wakes in time for a pending Escape (escape_timing)."""

from __future__ import annotations

import os
import selectors

import pytest
from textual import constants
from textual.drivers import linux_driver

from briefing_tui.tui.escape_timing import SHORT_WAITS_AFTER_INPUT, PromptSelector, prompt_escape


class Spy(PromptSelector):
    """Records the timeout each select() hands to the operating system."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float | None] = []

    def _select(self, r, w, _, timeout=None):
        self.waits.append(timeout)
        return super()._select(r, w, _, timeout)


@pytest.fixture
def pipe():
    r, w = os.pipe()
    yield r, w
    os.close(r)
    os.close(w)


def test_after_input_the_wait_ends_when_a_pending_escape_is_due(pipe, monkeypatch):
    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.02)  # what `briefing` sets (ESCDELAY=20)
    r, w = pipe
    selector = Spy()
    selector.register(r, selectors.EVENT_READ)
    assert selector.select(0.05) == []  # no input yet: Textual's own wait
    os.write(w, b"\x1b")
    assert selector.select(0.1)  # the lone ESC arrives
    os.read(r, 16)
    for _ in range(SHORT_WAITS_AFTER_INPUT):
        assert selector.select(0.1) == []
    assert selector.select(0.05) == []  # nothing pending any more: the long wait again
    short = 0.022
    assert selector.waits == [0.05, 0.1] + [pytest.approx(short)] * SHORT_WAITS_AFTER_INPUT + [0.05]
    assert short < 0.1
    selector.close()


def test_the_linux_driver_builds_a_prompt_selector():
    assert prompt_escape(linux_driver.LinuxDriver)
    assert linux_driver.selectors.SelectSelector is PromptSelector
    assert linux_driver.selectors.EVENT_READ == selectors.EVENT_READ
    assert prompt_escape(linux_driver.LinuxDriver)  # twice is harmless


def test_other_drivers_are_left_alone():
    from textual.drivers.headless_driver import HeadlessDriver

    assert not prompt_escape(HeadlessDriver)
