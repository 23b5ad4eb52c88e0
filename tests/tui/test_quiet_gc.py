"""The collector that runs Python's cyclic GC between keys (tui/quiet_gc.py)."""

from __future__ import annotations

import gc
from time import monotonic

from briefing_tui.tui import quiet_gc
from briefing_tui.tui.quiet_gc import QuietCollector


def _garbage(n: int) -> None:
    for _ in range(n):
        a: list = []
        a.append(a)  # a cycle: only the cyclic collector frees it


def test_start_raises_thresholds_and_stop_restores_them():
    before = gc.get_threshold()
    collector = QuietCollector(lambda: 0.0)
    collector.start()
    try:
        assert gc.get_threshold() == quiet_gc.BACKSTOP
    finally:
        collector.stop()
    assert gc.get_threshold() == before


def test_no_collection_right_after_a_key():
    collector = QuietCollector(monotonic)  # a key "now", at every tick
    collector.start()
    try:
        _garbage(quiet_gc.YOUNG_MIN * 2)
        assert collector.tick() is None
    finally:
        collector.stop()


def test_a_pause_collects_the_young_then_older_generations():
    collector = QuietCollector(lambda: monotonic() - quiet_gc.QUIET_S - 0.01)
    collector.start()
    try:
        seen = []
        for _ in range(quiet_gc.OLDER_EVERY + 1):
            _garbage(quiet_gc.YOUNG_MIN * 2)
            seen.append(collector.tick())
        assert seen[:quiet_gc.OLDER_EVERY] == [0] * quiet_gc.OLDER_EVERY
        assert seen[-1] == 1
        gc.collect(0)
        assert collector.tick() is None  # nothing new to collect
    finally:
        collector.stop()


def test_a_long_pause_collects_everything_after_enough_older_runs():
    collector = QuietCollector(lambda: monotonic() - quiet_gc.FULL_QUIET_S - 0.01)
    collector.start()
    try:
        collector._older_runs = quiet_gc.FULL_AFTER
        assert collector.tick() == 2
    finally:
        collector.stop()


def test_a_stopped_collector_does_nothing():
    collector = QuietCollector(lambda: 0.0)
    _garbage(quiet_gc.YOUNG_MIN * 2)
    assert collector.tick() is None


async def test_a_paste_or_a_mouse_event_counts_as_input_not_as_a_pause(handmade_db, make_app):
    """The full collection waits for a pause in the reader's input: a query pasted
    into search (one Paste event, no Key) is input too, so it puts the pause off."""
    from textual import events

    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        app._last_key = 0.0
        app.post_message(events.Paste("korea"))
        await pilot.pause()
        assert monotonic() - app._last_key < 1.0
        app._last_key = 0.0
        await pilot.hover(offset=(5, 5))
        await pilot.pause()
        assert monotonic() - app._last_key < 1.0
