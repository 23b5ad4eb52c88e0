"""The search screen says which parts of a query it ignored or that match
nothing (a bad after: date, a kind: no hit has), on its status line, as literal
text; and a person:/org:/... value that stood for more entities than a search
with a time budget takes is a partial answer ("+" headings, Ctrl+R lifts it)."""

from __future__ import annotations

import re

import pytest

from briefing_tui.store import search as search_module
from briefing_tui.tui.screens.search import TYPING_PROBLEM_AFTER_S, SearchScreen
from tui.screen import press, screen_text, settle


def _flat(text: str) -> str:
    return " ".join(" ".join(line.strip(" │▊▎").split()) for line in text.splitlines())


async def _type(pilot, app, text: str) -> None:
    await settle(pilot)
    await press(pilot, "slash")
    assert isinstance(app.screen, SearchScreen)
    for ch in text:
        await pilot.press(ch if len(ch) == 1 and ch.isalnum() else _KEYS.get(ch, ch))
    await settle(pilot)
    await pilot.pause(TYPING_PROBLEM_AFTER_S + 0.2)  # the typing paused: every problem is said
    await settle(pilot)


_KEYS = {" ": "space", ":": "colon", "-": "minus", "[": "left_square_bracket", "]": "right_square_bracket",
         "/": "slash", '"': "quotation_mark"}


def _status(app) -> list[str]:
    """The status lines: between the search input and the results pane."""
    lines = screen_text(app).splitlines()
    top = next(i for i, line in enumerate(lines) if "1 Results" in line)
    return [line.strip() for line in lines[top - 2:top] if line.strip() and not set(line.strip()) <= set("▊▁▎▔")]


async def test_a_bad_date_is_said_ignored_on_the_status_line(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _type(pilot, app, "phone after:2024-13")
        status = _status(app)
        assert status[0] == "after:2024-13 ignored: a date is YYYY, YYYY-MM or YYYY-MM-DD", status
        assert re.fullmatch(r"\d+\+? results? for: phone after:2024-13", status[1]), status
        assert "Reports (" in screen_text(app)  # the words were searched, the date ignored


async def test_the_problem_is_literal_text_and_goes_once_fixed(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await _type(pilot, app, "kind:[b]x[/b]")
        status = _status(app)
        assert status[0].startswith("kind:[b]x[/b] matches nothing ("), status
        assert "No matches." in screen_text(app)
        for _ in range(len("[b]x[/b]")):
            await pilot.press("backspace")
        for ch in "meeting":
            await pilot.press(ch)
        await settle(pilot)
        assert not any("matches nothing" in line for line in _status(app)), _status(app)


async def test_a_filter_standing_for_too_many_entities_is_partial_until_ctrl_r(handmade_db, make_app, monkeypatch):
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)  # a time budget, as at a million reports
    monkeypatch.setattr(search_module, "ENTITY_FILTER_MATCHES", 1)  # "korea" names North and South Korea
    app = make_app(handmade_db)
    whole = app.store.search("country:korea", limit=50, prefix=True, budget=None)
    assert whole.partial == () and whole.narrowed == {}
    async with app.run_test(size=(80, 24)) as pilot:
        await _type(pilot, app, "country:korea")
        text = _flat(screen_text(app))
        assert "(country:korea searched its 1 best known only; Ctrl+R searches all)" in text, text
        assert re.search(r"Reports \(\d+\+\)", text), text
        assert "^r Search all" in screen_text(app).rstrip("\n").splitlines()[-1]
        await press(pilot, "ctrl+r")
        await settle(pilot)
        text = _flat(screen_text(app))
        assert "best known only" not in text and "+ result" not in text, text
        reports = sum(h.kind == "report" for h in whole)
        assert f"Reports ({reports})" in text, text


async def _answered(pilot, app, status: str) -> None:
    """Until the status line shows the answer to the query typed (polled briefly)."""
    for _ in range(40):
        if any(status in line for line in _status(app)):
            return
        await pilot.pause(0.01)
    raise AssertionError(f"no answer for {status!r}: {_status(app)}")


async def test_a_problem_with_the_filter_being_typed_waits_for_a_pause(handmade_db, make_app, monkeypatch):
    from briefing_tui.tui.screens import search as screen_module

    monkeypatch.setattr(screen_module, "TYPING_PROBLEM_AFTER_S", 1.0)
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        for ch in "phone after:2024-13":
            await pilot.press(_KEYS.get(ch, ch))
        await _answered(pilot, app, "for: phone after:2024-13")
        assert not any("ignored" in line for line in _status(app)), _status(app)  # "after:2024-1" on its way
        await pilot.pause(1.3)
        await settle(pilot)
        assert _status(app)[0] == "after:2024-13 ignored: a date is YYYY, YYYY-MM or YYYY-MM-DD", _status(app)
        # a filter followed by more words is no longer being typed: said at once
        for ch in " rumors":
            await pilot.press(_KEYS.get(ch, ch))
        await pilot.pause(0.05)
        await settle(pilot)
        assert _status(app)[0].startswith("after:2024-13 ignored"), _status(app)
