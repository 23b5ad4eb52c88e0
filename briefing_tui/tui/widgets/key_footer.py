"""Textual's Footer, rebuilt only when the keys it shows change.

The stock Footer recomposes (unmounts and mounts a widget per key, restyles
them, relayouts the screen) whenever the bindings might have changed: on
every focus change, several times per Tab. Moving between panes here rarely
changes the keys shown, so this footer first compares what it would show with
what it shows, and leaves the screen alone when they are the same. It also
shows its keys in the screen's first frame, instead of one frame later.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

from briefing_tui.tui import trace


class KeyFooter(Footer):

    _shown: tuple | None = None

    def _signature(self) -> tuple:
        screen = self.screen
        shown = tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for (_node, binding, enabled, tooltip) in screen.active_bindings.values()
            if binding.show
        )
        return (shown, self.show_command_palette, self.compact, self.app.ENABLE_COMMAND_PALETTE)

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            # Textual's footer waits for the first bindings signal (after the first
            # frame) to show anything; the screen's keys are known now.
            self.set_reactive(Footer._bindings_ready, True)
            self._shown = self._signature()
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if not self.is_attached:
            return
        signature = self._signature()
        if signature == self._shown:
            return
        self._shown = signature
        trace.mark("footer keys changed")
        await self.recompose()
