"""Reading what the app shows, as plain text, and settling after key presses."""

from __future__ import annotations

import io

from rich.console import Console
from textual.worker import WorkerState


def screen_text(app) -> str:
    """The whole screen as the user sees it, one line per row, without styles."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system=None, record=True, legacy_windows=False, safe_box=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False)


def _busy(app) -> bool:
    return any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers)


def _preview_pending(app) -> bool:
    """The report list waits for its cursor to rest before showing the briefing."""
    return any(getattr(screen, "preview_pending", False) for screen in app.screen_stack)


async def settle(pilot, rounds: int = 6) -> None:
    """Let workers finish and their messages (which may start more workers) be handled,
    and a waiting briefing preview be shown."""
    from briefing_tui.tui.screens.browser import PREVIEW_SETTLE

    await pilot.pause()
    for _ in range(rounds):
        if _preview_pending(pilot.app):
            await pilot.pause(PREVIEW_SETTLE)
            continue
        if not _busy(pilot.app):
            break
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def press(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def open_seed_entity(pilot, *then: str):
    """From the app as it starts: the seed report in the list, its participants pane,
    its second participant (Kim Yong-hyun), Enter; then the keys `then` on the entity
    screen. The entity screen, checked to be one."""
    from briefing_tui.tui.screens.entity import EntityScreen
    from tui.test_browser import open_seed  # (test_browser imports this module)

    await settle(pilot)
    await open_seed(pilot)
    await press(pilot, "3", "j", "enter", *then)
    screen = pilot.app.screen
    assert isinstance(screen, EntityScreen)
    return screen
