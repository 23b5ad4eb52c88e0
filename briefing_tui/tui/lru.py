"""A bounded least-recently-used map that leaves no cyclic garbage behind.

Textual's LRUCache links its entries in a ring of lists; `clear()` drops the
ring's head, and the ring (with every value in it: painted strips, whole
briefings) becomes cyclic garbage that only a full collection frees. The panes
clear their caches on every report shown, so at a million reports that garbage
piled up into full collections of 40-250 ms on the UI thread, which a key
arriving after a pause waited behind. An OrderedDict frees what it drops by
reference counting, at once.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Lru(Generic[K, V]):
    __slots__ = ("maxsize", "_items")

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, default: V | None = None) -> V | None:
        try:
            self._items.move_to_end(key)
        except KeyError:
            return default
        return self._items[key]

    def __setitem__(self, key: K, value: V) -> None:
        items = self._items
        items[key] = value
        items.move_to_end(key)
        if len(items) > self.maxsize:
            items.popitem(last=False)

    set = __setitem__

    def discard(self, key: K) -> None:
        self._items.pop(key, None)

    def clear(self) -> None:
        self._items.clear()

    def keys(self):
        return self._items.keys()

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)
