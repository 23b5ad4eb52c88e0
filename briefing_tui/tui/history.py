"""Where the reader has been, like a web browser's history.

A Location names a view (which screen, for what) and carries the view's state
(focused pane, cursors, scroll) as it was when the reader left it, so going
back or forward puts them exactly where they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_LOCATIONS = 200


@dataclass
class Location:
    kind: str  # browser | report | entity | timeline | event | search
    key: tuple = ()  # what it shows: (report_id,), (entity_id,), (entity_id, after, before)...
    title: str = ""  # for the location bar and the command palette
    state: dict[str, Any] = field(default_factory=dict)

    def same_view(self, other: "Location") -> bool:
        return self.kind == other.kind and self.key == other.key


class History:
    """A list of locations and a cursor; visiting drops anything forward of the cursor."""

    def __init__(self, start: Location):
        self._items: list[Location] = [start]
        self._index = 0

    @property
    def current(self) -> Location:
        return self._items[self._index]

    @property
    def can_back(self) -> bool:
        return self._index > 0

    @property
    def can_forward(self) -> bool:
        return self._index < len(self._items) - 1

    @property
    def back_count(self) -> int:
        return self._index

    @property
    def forward_count(self) -> int:
        return len(self._items) - 1 - self._index

    def visit(self, location: Location) -> None:
        del self._items[self._index + 1 :]
        self._items.append(location)
        if len(self._items) > MAX_LOCATIONS:
            del self._items[: len(self._items) - MAX_LOCATIONS]
        self._index = len(self._items) - 1

    def back(self) -> Location | None:
        if not self.can_back:
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Location | None:
        if not self.can_forward:
            return None
        self._index += 1
        return self.current

    def titles(self) -> list[str]:
        return [loc.title for loc in self._items]
