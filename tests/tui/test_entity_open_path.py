"""What an entity's open does on the key's own turn, and what it leaves for later
(80x24, by keys): the list a replaced screen loses is not restyled."""

from __future__ import annotations

from textual.css.stylesheet import Stylesheet

from briefing_tui.tui.screens.entity import EntityScreen
from briefing_tui.tui.screens.search import SearchScreen
from briefing_tui.tui.screens.search_results import ResultList
from tui.screen import press, settle
from tui.test_browser import SIZE


async def test_a_list_removed_with_its_screen_is_not_restyled(handmade_db, make_app, monkeypatch):
    """Enter on a participant in search results replaces the search screen; its results
    list is blurred as it goes, and restyling it (~1 ms of that key) shows nothing."""
    app = make_app(handmade_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        for ch in "Kim Yong":
            await pilot.press(ch)
        await settle(pilot)
        await press(pilot, "down")  # into the results: participants come first
        results = app.screen.query_one(ResultList)
        assert app.focused is results and results.current.kind == "participant"
        restyled = []
        real = Stylesheet.apply

        def apply(self, node, *args, **kwargs):
            restyled.append(node)
            return real(self, node, *args, **kwargs)

        monkeypatch.setattr(Stylesheet, "apply", apply)
        await press(pilot, "enter")
        assert isinstance(app.screen, EntityScreen)
        assert app.screen.entity.name == "Kim Yong-hyun"
        assert not [n for n in restyled if n is results or results in n.ancestors]
        assert not results.has_focus  # the blur itself was taken
