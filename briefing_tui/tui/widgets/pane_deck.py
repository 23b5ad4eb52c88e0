"""Panes side by side on a wide terminal, tabs on a narrow one.

The same pane widgets serve both layouts: on a narrow terminal only the
active pane is displayed and a one-line tab bar names the others. Focusing a
pane (by number, Tab or mouse) makes it the active one.
"""

from __future__ import annotations

from textual import events
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static


class TabBar(Static):
    """One line of pane names; the active one stands out without colour (bold, reverse)."""

    class Clicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, labels: list[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.labels = labels
        self.active = 0
        self._extents: list[tuple[int, int]] = []

    def set_active(self, index: int) -> None:
        self.active = index
        self.update(self._content(), layout=False)  # one line, same size: no layout

    def on_mount(self) -> None:
        self.update(self._content())

    def _content(self) -> Content:
        parts: list[tuple[str, str] | str] = []
        self._extents = []
        x = 0
        for i, label in enumerate(self.labels):
            text = f" {label} "
            if i:
                parts.append("\u2502")
                x += 1
            parts.append((text, "reverse bold underline" if i == self.active else ""))
            self._extents.append((x, x + len(text)))
            x += len(text)
        return Content.assemble(*parts)

    def on_click(self, event: events.Click) -> None:
        for i, (start, end) in enumerate(self._extents):
            if start <= event.x < end:
                self.post_message(self.Clicked(i))


class PaneDeck(Vertical):
    """Holds panes; `narrow` switches between side by side and tabbed."""

    narrow: reactive[bool] = reactive(False)

    def __init__(self, panes: list[Widget], labels: list[str], wide_at: int = 120, **kwargs) -> None:
        super().__init__(**kwargs)
        self.panes = panes
        self.labels = labels
        self.wide_at = wide_at
        self.active = 0
        for pane, label in zip(panes, labels, strict=True):
            pane.border_title = label
            pane.add_class("pane", update=False)  # styled when mounted

    def compose(self):
        # Decks span the screen: decide from the terminal width now, so the first
        # layout is already the right one. Classes set before mounting cost nothing;
        # set after, each restyles the deck and everything in it.
        narrow = self.app.size.width < self.wide_at
        self.set_reactive(PaneDeck.narrow, narrow)
        self.set_class(narrow, "-narrow", update=False)
        for i, pane in enumerate(self.panes):
            pane.set_class(i == self.active, "-active", update=False)
            pane.offstage = narrow and i != self.active
        yield TabBar(self.labels, classes="tab-bar")
        with Horizontal(classes="deck-row"):
            yield from self.panes

    def on_resize(self, event: events.Resize) -> None:
        self.narrow = event.size.width < self.wide_at

    def watch_narrow(self) -> None:
        self._apply()

    def activate(self, index: int) -> None:
        self.active = max(0, min(index, len(self.panes) - 1))
        self._apply()

    def index_of(self, widget: Widget) -> int | None:
        for i, pane in enumerate(self.panes):
            if widget is pane or pane in widget.ancestors:
                return i
        return None

    def _apply(self) -> None:
        self.set_class(self.narrow, "-narrow")
        for i, pane in enumerate(self.panes):
            pane.set_class(i == self.active, "-active")
            pane.offstage = self.narrow and i != self.active
        if self.is_mounted:
            self.query_one(TabBar).set_active(self.active)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        index = self.index_of(event.widget)
        if index is not None and index != self.active:
            self.activate(index)

    def on_tab_bar_clicked(self, message: TabBar.Clicked) -> None:
        message.stop()
        self.activate(message.index)
        self.panes[self.active].focus()
