"""View state that waits for data: a list restored by history before its rows have arrived.

History hands a pane its old cursor and scroll as soon as the screen is shown,
but the rows come later from a thread worker; the state is kept and applied
once the pane says it is ready. Shared by the virtual list and the link list.
"""

from __future__ import annotations


class PendingViewState:
    _pending_state: dict | None = None

    def save_state(self) -> dict:
        raise NotImplementedError

    def _state_ready(self) -> bool:
        """True once the rows the state refers to are loaded."""
        raise NotImplementedError

    def _apply_state(self, state: dict) -> None:
        raise NotImplementedError

    def restore_state(self, state: dict | None) -> None:
        if not state:
            return
        self._pending_state = dict(state)
        self._apply_pending_state()

    def _apply_pending_state(self) -> None:
        state = self._pending_state
        if state is None or not self._state_ready():
            return
        self._pending_state = None
        self._apply_state(state)
