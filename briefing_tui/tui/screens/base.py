"""What every browsing screen shares: history keys, numbered panes, copy, state for history.

A screen shows one Location. It can describe its view state (focused pane,
cursor and scroll of each pane) so history can bring the reader back to it,
and restore that state once its data has arrived.
"""

from __future__ import annotations

import asyncio
from time import monotonic
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.binding import Binding
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget

from briefing_tui.tui.history import Location
from briefing_tui.tui.widgets.location_bar import LocationBar
from briefing_tui.tui.widgets.pane_deck import PaneDeck
from briefing_tui.tui.widgets.view_state import PendingViewState

if TYPE_CHECKING:
    from briefing_tui.store import Store
    from briefing_tui.tui.app import BriefingApp

# Keys, so footer, help and palette all show the same words.
COMMON_BINDINGS = [
    Binding("escape", "back", "Back", tooltip="Go back to where you were"),
    Binding("backspace", "back", "Back", show=False),
    Binding("left_square_bracket,alt+left", "back", "Back", show=False),
    Binding("right_square_bracket,alt+right", "forward", "Forward", show=False),
    Binding("slash", "search", "Search", tooltip="Search reports, people, claims and events"),
    Binding("t", "timeline", "Timeline", tooltip="Events across reports, by date"),
    Binding("y", "copy", "Copy", tooltip="Copy the selected item with its citation"),
    Binding("tab", "next_pane", "Next pane", show=False),
    Binding("shift+tab", "previous_pane", "Previous pane", show=False),
]


# A frame waits, at most this long, for the messages other widgets have yet to
# handle (see BriefingScreen._on_timer_update).
FRAME_HOLD_S = 0.012


def pane_bindings(panes: list[tuple[str, str, str]]) -> list[Binding]:
    return [Binding(key, f"pane('{wid}')", f"Go to {label}", show=False) for key, wid, label in panes]


class BriefingScreen(Screen):
    BINDINGS = COMMON_BINDINGS
    PANES: ClassVar[list[tuple[str, str, str]]] = []  # (key, widget id, label)
    # Composed once and shown again for every location of its kind (show_location).
    REUSED: ClassVar[bool] = False

    # Textual repaints the whole screen when focus moves; the panes that gain and
    # lose focus repaint their own frames (LeanPaint), so Tab costs two borders.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
        self._frame_held_since: float | None = None
        self._frame_waiting = False
        self._styled_for: tuple | None = None  # _style_inputs() when it was last off screen

    # -- shown again without restyling --

    def _style_inputs(self) -> tuple:
        """What this screen's styles depend on beyond its own nodes' classes and
        pseudo-classes (those Textual restyles at once, shown or not): the stylesheet
        and its sources, the theme and colour mode (each change counts in
        _css_update_count), and whether the terminal has focus."""
        app = self.app
        sheet = app.stylesheet
        return (id(sheet), len(sheet.source), app._css_update_count, app.app_focus, app.ansi_color)

    def _on_screen_suspend(self) -> None:
        self._styled_for = self._style_inputs()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """Textual restyles every node of a screen it shows again (~10 ms for the
        entity screen's 17); a kept screen whose style inputs have not changed since
        it was last shown is styled already. Textual calls Screen's own handler after
        this one with the same event (tests/tui/test_resume_styles.py pins both)."""
        if event.refresh_styles and self._styled_for is not None and self._styled_for == self._style_inputs():
            event.refresh_styles = False

    # -- one frame per key --

    def _on_timer_update(self) -> None:
        """Paint once the widgets have handled what a key sent them.

        Textual paints as soon as the screen's own messages are handled; a pane the
        key touched (the article lighting up the row Tab lands on, a list's new
        scrollbar asking for a layout) tells the screen in its own turn of the event
        loop, often just after the paint: a second frame, 20-50 ms after the first.
        Here the paint waits while any widget on the screen has messages queued,
        each turn of the loop, up to FRAME_HOLD_S."""
        if self._frame_waiting:
            self._update_timer.pause()  # a paint is already waiting
            return
        if self._frame_held_since is None and self._widgets_busy():
            self._update_timer.pause()
            self._frame_held_since = monotonic()
            self._frame_waiting = True
            asyncio.get_running_loop().call_soon(self._paint_when_quiet)
            return
        self._fold_repaint()
        super()._on_timer_update()

    def _fold_repaint(self) -> None:
        """A layout and a whole-screen repaint due together (a screen shown again whose
        panes changed size): Textual paints the layout's changes, then the whole screen
        again, two frames of which the first is redrawn at once. Marking the screen
        dirty before the layout makes that paint the whole screen, in one frame."""
        if self._layout_required and self._repaint_required and self.is_current:
            self._repaint_required = False
            self._dirty_widgets.add(self)

    def _paint_when_quiet(self) -> None:
        held = self._frame_held_since
        if held is not None and monotonic() - held < FRAME_HOLD_S and self._widgets_busy():
            asyncio.get_running_loop().call_soon(self._paint_when_quiet)  # after the others' turns
            return
        self._frame_waiting = False
        self._frame_held_since = None
        if not self.is_attached or self._closing:
            return
        try:
            self._fold_repaint()
            super()._on_timer_update()
        except Exception as error:  # as the timer would: the app shows it and exits
            self.app._handle_exception(error)

    def _widgets_busy(self) -> bool:
        if not self._message_queue.empty():
            return True
        for node in self.walk_children(with_self=False):
            if not node._message_queue.empty():
                return True
            for bar in (node._vertical_scrollbar, node._horizontal_scrollbar):
                if bar is not None and not bar._message_queue.empty():
                    return True
        return False

    # -- the location shown --

    def show_location(self, location: Location) -> None:
        """Show another location of this kind in this screen, composed before.

        The app keeps one screen of each REUSED kind: Enter on a link then costs a
        reset and a repaint, not the compose, mount and styling of twenty-odd
        widgets (60-100 ms at 80x24, before anything of the new location shows)."""
        self.location = location
        for pane in self.panes():
            if isinstance(pane, PendingViewState):
                pane._pending_state = None  # the last location's, not yet applied
        self.start()

    def start(self) -> None:
        """Load and show self.location (on mount, and again from show_location)."""

    @property
    def store(self) -> "Store":
        return self.app.store  # type: ignore[attr-defined]

    @property
    def browser(self) -> "BriefingApp":
        return self.app  # type: ignore[return-value]

    def _data_version(self) -> int | None:
        """The store's data_version now (one PRAGMA, a few µs): a page read at another
        one follows an ingest (follow.py). None when the database cannot say."""
        try:
            return self.store.data_version()
        except Exception:  # the reads say what is wrong
            return None

    # -- panes --

    def panes(self) -> list[Widget]:
        return [self.query_one(f"#{wid}") for _, wid, _ in self.PANES]

    def pane_labels(self) -> list[str]:
        return [f"{key} {label}" for key, _, label in self.PANES]

    def current_pane(self) -> Widget | None:
        focused = self.focused
        if focused is None:
            return None
        for pane in self.panes():
            if focused is pane or pane in focused.ancestors:
                return pane
        return None

    def focus_pane(self, wid: str) -> None:
        pane = self.query_one(f"#{wid}")
        for deck in pane.ancestors:
            if isinstance(deck, PaneDeck):
                index = deck.index_of(pane)
                if index is not None:
                    deck.activate(index)
        if self.focus_now(pane):
            self.pane_focused(pane)

    def focus_now(self, widget: Widget) -> bool:
        """Focus `widget` now, not after the frame (Widget.focus defers it to the app's
        queue): the frame then shows the new focus, instead of a second one. Every
        screen focuses this way, so no deferred focus lands after a later one."""
        if widget.focusable:
            self.set_focus(widget)
            return True
        widget.focus()
        return False

    def on_link_list_link_highlighted(self, message) -> None:
        """A list's cursor is on a row: if it links to an entity, that entity may be
        read ahead (every screen's handler runs, whether its own stops the message or not)."""
        self.browser.cursor_on_link(message.link)

    def pane_focused(self, pane: Widget) -> None:
        """Hook: `pane` has just been given focus by key; what follows from that is
        best done now, in the key's own frame (messages arrive a frame later)."""

    def action_pane(self, wid: str) -> None:
        self.focus_pane(wid)

    def _cycle(self, step: int) -> None:
        ids = [wid for _, wid, _ in self.PANES]
        if not ids:
            return
        current = self.current_pane()
        index = ids.index(current.id) if current is not None and current.id in ids else -step
        self.focus_pane(ids[(index + step) % len(ids)])

    def action_next_pane(self) -> None:
        if self.current_pane() is None and self.focused is not None:
            self.focus_next()  # from a text field: the next field, as usual
        else:
            self._cycle(1)

    def action_previous_pane(self) -> None:
        if self.current_pane() is None and self.focused is not None:
            self.focus_previous()
        else:
            self._cycle(-1)

    # -- history --

    def action_back(self) -> None:
        self.browser.go_back()

    def action_forward(self) -> None:
        self.browser.go_forward()

    def action_search(self) -> None:
        self.browser.open_search()

    def action_timeline(self) -> None:
        self.browser.open_timeline(self.timeline_entity())

    def timeline_entity(self) -> int | None:
        """The entity the timeline key should filter by on this screen (None: everything)."""
        return None

    def capture_state(self) -> dict:
        current = self.current_pane()
        state: dict = {"focus": current.id if current is not None else None, "panes": {}}
        for pane in self.panes():
            saver = getattr(pane, "save_state", None)
            if saver is not None:
                state["panes"][pane.id] = saver()
        return state

    def restore_state(self, state: dict) -> None:
        """Put panes back as they were; panes still loading apply it when their data arrives."""
        for pane in self.panes():
            restorer = getattr(pane, "restore_state", None)
            if restorer is not None and pane.id in state.get("panes", {}):
                restorer(state["panes"][pane.id])
        if state.get("focus"):
            self.focus_pane(state["focus"])

    def show_location_bar(self, back: int, forward: int) -> None:
        for bar in self.query(LocationBar):
            bar.show(self.location.title, back, forward)

    # -- copy --

    def copy_text(self) -> str | None:
        """The selected item with its citation, or None when nothing is selected."""
        return None

    def action_copy(self) -> None:
        text = self.copy_text()
        if not text:
            self.notify("Nothing selected to copy.", severity="warning", timeout=3)
            return
        self.app.copy_to_clipboard(text)
        self.notify("Copied with its citation.", timeout=3)
