"""The panes' caches (tui/lru.py): bounded, least recently used out first, and
what they drop is freed at once, not left as cyclic garbage for a full collection."""

from __future__ import annotations

import gc
import weakref

from briefing_tui.tui.lru import Lru


class _Value:
    pass


def test_least_recently_used_goes_first_and_the_size_is_bounded():
    lru: Lru[int, str] = Lru(3)
    for key in range(3):
        lru[key] = str(key)
    assert lru.get(0) == "0"  # 0 is now the most recent
    lru[3] = "3"
    assert 1 not in lru and len(lru) == 3
    assert list(lru.keys()) == [2, 0, 3]
    lru.discard(2)
    assert lru.get(2) is None and lru.get(2, "gone") == "gone"


def test_cleared_and_evicted_values_are_freed_without_the_cyclic_collector():
    gc.disable()
    try:
        lru: Lru[int, _Value] = Lru(2)
        values = [_Value() for _ in range(4)]
        refs = [weakref.ref(v) for v in values]
        for key, value in enumerate(values):
            lru[key] = value
        del values, value
        assert refs[0]() is None and refs[1]() is None  # evicted
        lru.clear()
        assert all(ref() is None for ref in refs)  # cleared: no ring left to collect
    finally:
        gc.enable()
