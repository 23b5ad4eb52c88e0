"""One line at the top: where the reader is, and how far back and forward history goes."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from briefing_tui.tui.text import clip


class LocationBar(Static):
    def show(self, title: str, back: int, forward: int) -> None:
        history = []
        if back:
            history.append(f"\u2190{back} back")
        if forward:
            history.append(f"\u2192{forward} forward")
        right = ("  " + "  ".join(history)) if history else ""
        self.update(
            Content.assemble(("briefing", "bold"), " \u203a ", clip(title, 200), (right, "dim")),
            layout=False,  # its box is one row of the screen's width, whatever it says
        )
