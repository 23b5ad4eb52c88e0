"""The article pane: a report's text, wrapped to the pane, with spans highlighted.

Painted line by line from an ArticleDoc (built off the UI thread), so a long
report costs only the lines on screen; highlights are applied as lines are
painted, so following a cursor elsewhere repaints without rebuilding text.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing_tui.tui.article_doc import ArticleDoc, Layout, message_doc
from briefing_tui.tui.lru import Lru
from briefing_tui.tui.widgets.lean_paint import LeanPaint

Span = tuple[int, int]


class ArticleView(LeanPaint, ScrollView, can_focus=True, inherit_bindings=False):
    BINDINGS = [
        Binding("down,j", "scroll_line(1)", "Scroll down", show=False),
        Binding("up,k", "scroll_line(-1)", "Scroll up", show=False),
        Binding("pagedown,space", "scroll_page(1)", "Page down", show=False),
        Binding("pageup,b", "scroll_page(-1)", "Page up", show=False),
        Binding("home,g", "scroll_to_line(0)", "Top", show=False),
        Binding("end,G", "scroll_to_line(-1)", "Bottom", show=False),
        Binding("n", "next_highlight(1)", "Next highlight", show=False),
        Binding("N", "next_highlight(-1)", "Previous highlight", show=False),
    ]
    COMPONENT_CLASSES = {"article--highlight", "article--current"}

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None):
        super().__init__(name=name, id=id, classes=classes)
        self.doc: ArticleDoc = message_doc("")
        self._layout: Layout | None = None
        self._lines: list[Span] = []
        self._starts: list[int] = []
        self._wrapped_width = -1
        self._spans: list[Span] = []  # display offsets, sorted
        self._current: int | None = None  # index into _spans
        self._strips: Lru[tuple, Strip] = Lru(512)
        self._version = 0
        # A display offset to keep in view when the text is re-wrapped (the pane may
        # not have its final width yet when a highlight asks to scroll).
        self._anchor: int | None = None

    # -- content --

    def show(self, doc: ArticleDoc) -> None:
        self.doc = doc
        self._anchor = None
        self._spans, self._current = [], None
        self._wrapped_width = -1
        with self.content_only():  # the border and title stay as they are
            self._relayout()
            self.scroll_to(y=0, animate=False, immediate=True, force=True)

    def show_message(self, message: str) -> None:
        self.show(message_doc(message))

    @property
    def report_id(self) -> int | None:
        return self.doc.report_id

    @property
    def plain_lines(self) -> list[str]:
        """The wrapped lines as shown (for tests and copy)."""
        text = self.doc.text.plain
        return [text[s:e] for s, e in self._lines]

    def _width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def paint_hint(self) -> tuple[int, int, Style] | None:
        """(width, height, base style) the text is painted at now: a worker preparing
        a report for this pane lays it out and paints its first lines to match."""
        if not self.is_mounted or not self.size.area:
            return None
        region = self.scrollable_content_region
        return max(1, region.width), region.height, self.rich_style

    def _relayout(self) -> None:
        width = self._width()
        if width == self._wrapped_width:
            return
        self._wrapped_width = width
        layout = self._layout = self.doc.layout(width)  # made ahead by the reading worker, as a rule
        self._lines = layout.lines
        self._starts = layout.starts
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()
        if self._anchor is not None:
            self._scroll_to_offset(self._anchor, force=True)

    def on_resize(self) -> None:
        self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    # -- highlights --

    def set_highlights(self, spans: list[Span], current: int | None = 0, scroll: bool = True) -> None:
        """Highlight body spans; the current one is marked more strongly and scrolled into view."""
        shown = sorted({self.doc.display_span(s, e) for s, e in spans if e > s})
        before = self._spans
        spans_now = [s for s in shown if s[1] > s[0]]
        current_now = (min(current, len(spans_now) - 1) if current is not None else None) if spans_now else None
        if spans_now == before and current_now == self._current:
            # Asked again (focus came back to the same row): nothing to repaint.
            if scroll and current_now is not None:
                top = int(self.scroll_y)
                self._scroll_to_offset(spans_now[current_now][0])
                if int(self.scroll_y) != top:
                    self.refresh()
            return
        self._spans, self._current = spans_now, current_now
        self._version += 1
        self._strips.clear()
        top = int(self.scroll_y)
        if scroll and self._current is not None:
            self._scroll_to_offset(self._spans[self._current][0])
        elif not self._spans:
            self._anchor = None
        if int(self.scroll_y) != top:
            self.refresh()
        else:
            self._refresh_spans(before + self._spans)

    def _refresh_spans(self, spans: list[Span]) -> None:
        """Repaint only the visible lines the old and new highlights touch."""
        top = int(self.scroll_y)
        height = self.scrollable_content_region.height
        for start, end in spans:
            first = max(0, bisect_right(self._starts, start) - 1)
            last = max(0, bisect_right(self._starts, max(start, end - 1)) - 1)
            low, high = max(first, top), min(last, top + height - 1)
            if low <= high:
                self.refresh_lines(low, high - low + 1)

    @property
    def highlight_count(self) -> int:
        return len(self._spans)

    @property
    def current_highlight(self) -> int | None:
        return self._current

    def highlighted_texts(self) -> list[str]:
        plain = self.doc.text.plain
        return [plain[s:e] for s, e in self._spans]

    def _scroll_to_offset(self, offset: int, force: bool = False) -> None:
        self._anchor = offset
        line = max(0, bisect_right(self._starts, offset) - 1)
        height = self.scrollable_content_region.height
        top = int(self.scroll_y)
        if not force and height and top <= line < top + height - 1:
            return
        target = max(0, line - max(height, 1) // 3)
        self.scroll_to(y=target, animate=False, immediate=True, force=True)
        if target > self.max_scroll_y:
            # The new text's height is not laid out yet: scroll again once it is.
            self.call_after_refresh(self._reanchor, offset)

    def _reanchor(self, offset: int) -> None:
        if self._anchor != offset:
            return  # the reader moved on
        line = max(0, bisect_right(self._starts, offset) - 1)
        height = max(self.scrollable_content_region.height, 1)
        self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True, force=True)

    def action_next_highlight(self, step: int) -> None:
        if not self._spans:
            return
        previous = self._current
        current = 0 if previous is None else (previous + step) % len(self._spans)
        self._current = current
        self._version += 1
        self._strips.clear()
        top = int(self.scroll_y)
        self._scroll_to_offset(self._spans[current][0])
        if int(self.scroll_y) != top:
            self.refresh()
        else:
            self._refresh_spans([self._spans[current]] + ([self._spans[previous]] if previous is not None else []))

    # -- scrolling --

    def action_scroll_line(self, step: int) -> None:
        self._anchor = None
        self.scroll_to(y=self.scroll_y + step, animate=False, immediate=True, force=True)

    def action_scroll_page(self, step: int) -> None:
        self._anchor = None
        page = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_y + step * page, animate=False, immediate=True, force=True)

    def action_scroll_to_line(self, line: int) -> None:
        self._anchor = None
        self.scroll_to(y=self.max_scroll_y if line < 0 else line, animate=False, immediate=True, force=True)

    def save_state(self) -> dict:
        return {"scroll": self.scroll_y}

    def restore_scroll(self, y: float) -> None:
        self._anchor = None
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    # -- painting --

    def render_line(self, y: int) -> Strip:
        if self._wrapped_width != self._width():
            self._relayout()
        width = self._width()
        index = int(self.scroll_y) + y
        key = (index, width, self._version)
        cached = self._strips.get(key)
        if cached is not None:
            return cached
        base = self.rich_style
        layout = self._layout
        assert layout is not None
        if index >= len(self._lines):
            strip = Strip.blank(width, base)
        elif self._spans:
            start, end = self._lines[index]
            text = layout.texts[index].copy()
            self._paint_highlights(text, start, end)
            strip = Strip(text.render(self.app.console), text.cell_len).apply_style(base)
            strip = strip.crop_extend(0, width, base)
        else:
            ahead = layout.strips.get(index) if layout.strip_style == base else None
            strip = ahead if ahead is not None else layout.paint(index, base, self.app.console)
        self._strips[key] = strip
        return strip

    def _paint_highlights(self, text: Text, start: int, end: int) -> None:
        if not self._spans:
            return
        normal = self.get_component_rich_style("article--highlight")
        strong = self.get_component_rich_style("article--current")
        for i, (s, e) in enumerate(self._spans):
            if s >= end:
                break
            if e <= start:
                continue
            style = strong if i == self._current else normal
            text.stylize(style, max(s, start) - start, min(e, end) - start)
