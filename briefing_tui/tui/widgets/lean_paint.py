"""Panes that repaint what changed and nothing else: every cell costs bytes over SSH.

Two habits of Textual's scroll views cost a few hundred bytes per key press:

- On every layout pass Textual hands each scroll view the size of its content
  region as its "virtual size", which never equals a scroll view's real one;
  the view takes it for a change and repaints its scrollbar. So one pane
  getting a new text repainted the scrollbar of every list on screen. Here the
  comparison is made against what this view itself last laid out.
- Replacing a pane's content (a new report's text, new rows) repaints its
  border and title too, which have not changed. Inside `content_only()` a
  whole-widget refresh is narrowed to the content region.
- A new virtual size (a new report's length, a list's new row count) asks for a
  layout of the whole screen, then a second frame for what the layout
  touched: 20-40 ms per key press at 80x24. A pane whose box does not depend on
  its content (any height but `auto`) needs none: here it updates its
  scrollbar and repaints itself, and lays out only if its scrollbar has to
  appear or vanish.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from textual.geometry import Region, Size
from textual.widget import Widget

_CHANGED = Size(-1, -1)
_VIRTUAL_SIZE = Widget.__dict__["virtual_size"]  # Textual's reactive (layout=True)


class LeanPaint:
    _laid_out_virtual: Size | None = None
    _content_only = False

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        own = self.virtual_size  # type: ignore[attr-defined]
        changed = own != self._laid_out_virtual
        self._laid_out_virtual = own
        # ScrollView._size_updated updates the scrollbars when the size it is given
        # differs from its own: give it its own unless that changed since last time.
        return super()._size_updated(size, _CHANGED if changed else own, container_size, layout)  # type: ignore[misc]

    @property
    def virtual_size(self) -> Size:
        return _VIRTUAL_SIZE.__get__(self, type(self))

    @virtual_size.setter
    def virtual_size(self, size: Size) -> None:
        height = self.styles.height  # type: ignore[attr-defined]
        if not self.is_mounted or (height is not None and height.is_auto):  # type: ignore[attr-defined]
            _VIRTUAL_SIZE.__set__(self, size)  # its box follows its content: lay out
            return
        if size == self.virtual_size:
            return
        self.set_reactive(_VIRTUAL_SIZE, size)  # type: ignore[attr-defined]
        if self.container_size:  # type: ignore[attr-defined]
            self._scroll_update(size)  # type: ignore[attr-defined]  # lays out if a scrollbar comes or goes
        self.refresh()

    @contextmanager
    def content_only(self) -> Iterator[None]:
        """Refreshes inside repaint the content region only (not border, title, padding)."""
        self._content_only = True
        try:
            yield
        finally:
            self._content_only = False

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False):
        if self._content_only and not regions and repaint and not recompose:
            size = self.size  # type: ignore[attr-defined]
            if size.area:
                regions = (size.region,)
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)  # type: ignore[misc]
