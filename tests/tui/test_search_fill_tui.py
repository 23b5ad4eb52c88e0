"""The first answer of a key is a screenful, people first: once the kinds shown
first fill the results pane, the rest (below the fold) are left to the full
answer that follows it, which shows every kind. Driven by keys at 80x24."""

from __future__ import annotations

from briefing_tui.tui.screens import search as search_screen
from briefing_tui.tui.screens.search import SearchScreen
from tui.screen import press, screen_text, settle


async def test_the_first_answer_fills_the_pane_and_the_full_one_adds_the_rest(handmade_db, make_app, monkeypatch):
    monkeypatch.setattr(search_screen, "LINES_A_HIT", 1_000)  # one hit fills the pane
    app = make_app(handmade_db)
    calls = []
    real = app.store.search

    def search(text, *args, **kwargs):
        hits = real(text, *args, **kwargs)
        calls.append((text, kwargs.get("limit"), kwargs.get("fill", 0), hits.skipped, {h.kind for h in hits}))
        return hits

    app.store.search = search
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        for ch in "korea":
            await pilot.press(ch)
        await settle(pilot)
        text = screen_text(app)
        assert "results for: korea" in text
        first = [c for c in calls if c[0] == "korea" and c[1] == search_screen.FIRST_LIMIT]
        full = [c for c in calls if c[0] == "korea" and c[1] == search_screen.RESULT_LIMIT]
        assert first and first[-1][2] == 1
        assert first[-1][3] == ("report", "claim", "event") and first[-1][4] == {"participant"}
        assert full and full[-1][2] == 0 and full[-1][3] == ()
        assert {"participant", "report", "claim", "event"} <= full[-1][4]
        # the full answer is the one shown: every kind's heading, no "+" for kinds not searched
        await press(pilot, "end")
        whole = screen_text(app)
        assert "Participants (" in text
        assert any(h in whole for h in ("Reports (", "Claims (", "Events ("))
