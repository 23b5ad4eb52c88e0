"""Panes that repaint what changed and nothing else: every cell costs bytes over SSH.

Habits of Textual's widgets that cost bytes over SSH, or time, on each key press:

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
- Focus moving between panes (Tab) restyles both panes: Textual then repaints
  each whole (a few KB) and lays out the screen. Only the frame changes (a
  heavy border for the focused pane, a rounded one otherwise: same width), so
  here it repaints the four border lines, plus whatever lines the pane itself
  marks as showing focus (a list's cursor row).
"""

from __future__ import annotations

from collections.abc import Iterator
import sys
from contextlib import contextmanager

from textual import events
from textual.css.styles import Styles
from textual.css.stylesheet import Stylesheet
from textual.geometry import Region, Size
from textual.widget import Widget

_CHANGED = Size(-1, -1)
_VIRTUAL_SIZE = Widget.__dict__["virtual_size"]  # Textual's reactive (layout=True)
# Where a focus change asks for a whole-widget repaint: a style property set, the
# component classes (a list's cursor style) recomputed, Widget.focus() itself.
_RESTYLE_CALLERS = frozenset(
    (Styles.refresh.__code__, Stylesheet._process_component_classes.__code__, Widget.focus.__code__)
)


class LeanPaint:
    # Laid out off screen by its deck (a narrow terminal; not the active pane): work
    # only the view needs may wait until after the frame (PaneDeck sets it).
    offstage = False
    _laid_out_virtual: Size | None = None
    _content_only = False
    _focus_restyle = False  # from a focus change until the new focus style is applied
    _restyling = False

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        own = self.virtual_size  # type: ignore[attr-defined]
        changed = own != self._laid_out_virtual
        self._laid_out_virtual = own
        # ScrollView._size_updated updates the scrollbars when the size it is given
        # differs from its own: give it its own unless that changed since last time.
        resized = super()._size_updated(size, _CHANGED if changed else own, container_size, layout)  # type: ignore[misc]
        self._paint_scrollbars_now()
        return resized

    def _paint_scrollbars_now(self) -> None:
        """Scrollbars refreshed while the screen lays out are painted in the frame that
        layout makes. (A refresh asks the screen by message, which arrives after the
        frame: a second frame of ~200 bytes for a bar already drawn, or its new thumb.)
        Only called from Screen._refresh_layout, between the reflow and the paint."""
        bars = [bar for bar in (self._vertical_scrollbar, self._horizontal_scrollbar)  # type: ignore[attr-defined]
                if bar is not None and bar._repaint_required]
        if not bars:
            return
        compositor = self.screen._compositor  # type: ignore[attr-defined]
        for bar in bars:
            bar._repaint_required = False  # no Update message: painted below instead
        compositor.update_widgets(set(bars))

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
            # The scrollbars know this size now: the next layout (another pane's) need
            # not update and repaint them again, a frame of its own.
            self._laid_out_virtual = size
        self.refresh()

    @contextmanager
    def content_only(self) -> Iterator[None]:
        """Refreshes inside repaint the content region only (not border, title, padding)."""
        self._content_only = True
        try:
            yield
        finally:
            self._content_only = False

    # -- focus: the frame only --

    def focus(self, scroll_visible: bool = True):
        self._focus_restyle = True  # Widget.focus repaints the whole pane: the frame will do
        return super().focus(scroll_visible)  # type: ignore[misc]

    def _on_focus(self, event: events.Focus) -> None:
        event.prevent_default()  # instead of Widget._on_focus
        self._focus_changed(True)

    def _on_blur(self, event: events.Blur) -> None:
        event.prevent_default()  # instead of Widget._on_blur
        self._focus_changed(False)

    def _focus_changed(self, focused: bool) -> None:
        """What Widget._on_focus/_on_blur do, repainting the frame instead of the whole.

        Only this pane is restyled: Textual restyles its scrollbars too, which asks
        for a layout of the screen (a second frame) though they look the same
        (their colours are read from the pane's styles, which do not change with focus).
        """
        self.set_reactive(Widget.has_focus, focused)  # type: ignore[attr-defined]
        if self._pruning:  # type: ignore[attr-defined]
            # Blurred as it is removed (its screen replaced, e.g. search by the entity
            # it opened): a restyle and repaint no one will see, ~1 ms of that key.
            return
        self._focus_restyle = True
        # The pane alone (update_nodes would restyle its scrollbars as well, which clears
        # their unset rules one by one, each asking for a layout). Setting the pane's
        # scrollbar colours, changed or not, repaints its scrollbars (a second frame):
        # they are hidden from that while the style is applied, as focus leaves
        # their colours as they were.
        vertical, horizontal = self.show_vertical_scrollbar, self.show_horizontal_scrollbar  # type: ignore[attr-defined]
        self.set_reactive(Widget.show_vertical_scrollbar, False)  # type: ignore[attr-defined]
        self.set_reactive(Widget.show_horizontal_scrollbar, False)  # type: ignore[attr-defined]
        try:
            self.app.stylesheet.apply(self, animate=True)  # type: ignore[attr-defined]
        finally:
            self.set_reactive(Widget.show_vertical_scrollbar, vertical)  # type: ignore[attr-defined]
            self.set_reactive(Widget.show_horizontal_scrollbar, horizontal)  # type: ignore[attr-defined]
        self.refresh_frame()
        self.call_after_refresh(self._end_focus_restyle)  # in case the style did not change
        parent = self.parent  # type: ignore[attr-defined]
        if parent is not None:
            message = events.DescendantFocus(self) if focused else events.DescendantBlur(self)  # type: ignore[arg-type]
            parent.post_message(message)

    def _end_focus_restyle(self) -> None:
        self._focus_restyle = False

    def notify_style_update(self) -> None:
        if not self._focus_restyle:
            super().notify_style_update()  # type: ignore[misc]
            return
        self._restyling = True  # whole-widget refreshes asked for in here are the frame's
        try:
            super().notify_style_update()  # type: ignore[misc]
        finally:
            self._restyling = False
        self._focus_restyle = False
        self.refresh_frame()

    def focus_lines(self) -> list[Region]:
        """Content regions (as for refresh) that look different with focus."""
        return []

    def refresh_frame(self) -> None:
        """Repaint the border's four lines and the focus_lines(), not the content."""
        if not self.is_mounted:  # type: ignore[attr-defined]
            return
        self._styles_cache.clear()  # type: ignore[attr-defined]  # lines not repainted now must not keep the old frame
        offset = self.content_offset  # type: ignore[attr-defined]  # regions are relative to the content
        width, height = self.outer_size  # type: ignore[attr-defined]
        x, y = -offset.x, -offset.y
        frame = [Region(x, y, width, 1), Region(x, y + height - 1, width, 1),
                 Region(x, y, 1, height), Region(x + width - 1, y, 1, height)]
        super().refresh(*frame, *self.focus_lines())  # type: ignore[misc]

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False):
        if not regions and not recompose and (
            self._restyling or (self._focus_restyle and sys._getframe(1).f_code in _RESTYLE_CALLERS)
        ):
            # A style property set by the focus restyle: the frame is repainted once the
            # whole style is in (notify_style_update), and no size changed.
            return self
        if self._content_only and not regions and repaint and not recompose:
            size = self.size  # type: ignore[attr-defined]
            if size.area:
                regions = (size.region,)
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)  # type: ignore[misc]
