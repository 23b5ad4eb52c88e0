"""The entity screen is shown again for each entity; its claims and timeline panes,
off stage on a narrow terminal, keep the last entity's rows unseen until the new
ones arrive. They never show them, never hand them out (links, current, copy,
saved state), and history's state waits for the new rows (80x24, by keys)."""

from __future__ import annotations

import threading

from briefing_tui.tui.screens.entity import HeldLinkList
from tui.screen import open_seed_entity, press, screen_text, settle
from tui.test_browser import SIZE


def claim_texts(pane) -> list[str]:
    return [item.text[:25] for kind, item in pane.links if kind == "claim"]


async def open_kim_then_other(pilot, app, monkeypatch):
    """Kim's claims seen, then another participant opened while its claims are held back."""
    screen = await open_seed_entity(pilot, "2")
    claims = screen.query_one("#entity-claims", HeldLinkList)
    kim = screen.entity
    kim_claims = claim_texts(claims)
    assert kim_claims
    await press(pilot, "1", "backspace")
    participants = app.focused
    other = next(link.item for link in participants.links if link.item.entity_id != kim.id)
    participants.select_link(lambda link: link.item.entity_id == other.entity_id)
    gate = threading.Event()
    real = app.store.entity_claims

    def held(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(app.store, "entity_claims", held)
    await pilot.press("enter")
    await pilot.pause()
    assert app.screen is screen and screen.entity.id == other.entity_id
    return screen, claims, kim_claims, other, gate


async def test_held_rows_are_never_shown(handmade_db, make_app, monkeypatch):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        screen, claims, kim_claims, other, gate = await open_kim_then_other(pilot, app, monkeypatch)
        try:
            assert claims.offstage and not claims.loaded
            assert claims.links == [] and claims.current is None
            await pilot.press("2")  # on stage before its rows arrive: Loading, not Kim's
            await pilot.pause()
            text = screen_text(app)
            assert "Loading" in text
            assert not any(t in text for t in kim_claims)
            assert all(t not in (screen.copy_text() or "") for t in kim_claims)
        finally:
            gate.set()
        await settle(pilot)
        ours = [c.text[:25] for c in app.store.entity_claims(other.entity_id)]
        shown = claim_texts(claims)
        assert claims.loaded and bool(shown) == bool(ours) and shown == ours[: len(shown)]


async def test_state_saved_while_held_is_not_the_last_entitys(handmade_db, make_app, monkeypatch):
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        screen, claims, kim_claims, other, gate = await open_kim_then_other(pilot, app, monkeypatch)
        try:
            state = screen.capture_state()  # as Back does
            assert state["panes"]["entity-claims"]["index"] is None
        finally:
            gate.set()
        await settle(pilot)


async def test_wide_terminal_says_loading_at_once(handmade_db, make_app, monkeypatch):
    app = make_app(handmade_db)
    async with app.run_test(size=(140, 30)) as pilot:
        screen, claims, kim_claims, other, gate = await open_kim_then_other(pilot, app, monkeypatch)
        try:
            assert not claims.offstage and not claims._held  # seen beside the others
            text = screen_text(app)
            assert not any(t in text for t in kim_claims)
        finally:
            gate.set()
        await settle(pilot)
