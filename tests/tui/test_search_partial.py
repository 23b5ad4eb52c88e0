"""A search cut short by the store's time budget never looks like "no matches":
the status says it stopped at the limit, the headings carry "+", and Ctrl+R
searches again without the limit (in a worker; a key typed meanwhile stops it).

The cut is forced with a zero budget on the real SQLite file (as a starved
machine at a million reports would cut it): every walk passes its deadline at
SQLite's first progress callback."""

from __future__ import annotations

import re
import threading

import pytest

from briefing_tui.store import search as search_module
from briefing_tui.tui.screens.search import SearchScreen
from tui.screen import press, screen_text, settle


@pytest.fixture
def no_time(monkeypatch):
    """As a starved machine at a million reports: no time at all for any walk."""
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)


async def _type(pilot, text: str) -> str:
    await press(pilot, "slash")
    assert isinstance(pilot.app.screen, SearchScreen)
    for ch in text:
        await pilot.press(ch)
    await settle(pilot)
    return _flat(screen_text(pilot.app))


def _flat(text: str) -> str:
    """The screen's text with wrapped lines joined (the status wraps at 80 columns)."""
    return " ".join(" ".join(line.strip(" │▊▎").split()) for line in text.splitlines())


def _footer(text: str) -> str:
    return text.rstrip("\n").splitlines()[-1]


async def test_an_empty_answer_out_of_time_is_not_no_matches(handmade_db, make_app, no_time):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = await _type(pilot, "troops")
        assert "No matches." not in text and "0 results" not in text
        assert re.search(r"Stopped after \d+ ms \(time limit\), no match yet for: troops\. "
                         r"Ctrl\+R searches all; or narrow it: more words, after:\.", text), text
        assert "No match found before the time limit; matches may exist. Enter or Ctrl+R: search all." in text
        assert "^r Search all" in _footer(screen_text(app))  # the key is offered where it helps


async def test_ctrl_r_searches_all_without_the_limit(handmade_db, make_app, no_time):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _type(pilot, "troops")
        await press(pilot, "ctrl+r")
        text = _flat(screen_text(app))
        assert "Stopped after" not in text and "time limit" not in text
        assert "result" in text and "for: troops" in text
        assert "Reports (" in text and "No matches." not in text
        assert "Search all" not in _footer(screen_text(app))  # nothing left to search
        # the same answer as a search with no budget at all
        whole = app.store.search("troops", limit=50, prefix=True, budget=None)
        assert whole and whole.partial == ()
        n = len(whole)
        assert f"{n} result{'s' if n != 1 else ''} for: troops" in text


async def test_enter_on_an_empty_cut_answer_searches_all(handmade_db, make_app, no_time):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _type(pilot, "troops")
        await press(pilot, "enter")
        text = _flat(screen_text(app))
        assert "time limit" not in text and "Reports (" in text and "for: troops" in text


async def test_a_key_typed_during_the_search_without_limit_stops_it(handmade_db, make_app, no_time):
    app = make_app(handmade_db)
    store = app.store
    real = store.search
    started = threading.Event()

    def search(text, *args, budget="auto", cancel=None, **kw):
        # the search without a limit holds until a key cancels it, as a long one
        # at a million reports would (the real search then sees the set event)
        if budget is None:
            started.set()
            assert cancel is not None and cancel.wait(10)
        return real(text, *args, budget=budget, cancel=cancel, **kw)

    store.search = search
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _type(pilot, "troops")
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert started.wait(5)
        assert "Searching all, without the time limit, for: troops" in _flat(screen_text(app))
        assert "Search all" not in _footer(screen_text(app))  # it runs: not offered twice
        await pilot.press("backspace")
        await settle(pilot)
        text = _flat(screen_text(app))
        # "troop" is searched (with the budget again): its answer, never "troops"'s full one
        assert "for: troop" in text and "for: troops" not in text
        assert re.search(r"(Stopped|stopped) after \d+ ms", text), text
        assert "^r Search all" in _footer(screen_text(app))


async def test_a_short_answer_out_of_time_says_newest_only(handmade_db, make_app, monkeypatch):
    # participants are not budgeted: they are found however little time is left
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        whole = app.store.search("jobs", limit=50, prefix=True, budget=None)
        text = await _type(pilot, "jobs")
        assert len(whole) > 1
        assert "+ result" in text and "for: jobs" in text
        assert re.search(r"\(stopped after \d+ ms: newest only for", text), text
        assert "Ctrl+R searches all)" in text
        assert "Participants (" in text
        # every kind cut short has its heading: "+" on its count, or none found in time
        cut = text.split("newest only for ")[1].split(";")[0].split(", ")
        titles = {"report": "Reports", "claim": "Claims", "event": "Events"}
        for kind in cut:
            assert f"{titles[kind]} (none found before the time limit)" in text or f"{titles[kind]} (" in text
            assert f"{titles[kind]} (" in text and ("+)" in text.split(f"{titles[kind]} (")[1][:6]
                                                    or text.split(f"{titles[kind]} (")[1].startswith("none"))


async def test_a_whole_search_says_nothing_of_the_kind(handmade_db, make_app):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = await _type(pilot, "jobs")
        assert "for: jobs" in text and "limit" not in text
        assert "Search all" not in _footer(screen_text(app))


def test_a_kind_cut_before_its_first_match_keeps_its_heading():
    from briefing_tui.store.models import SearchHit
    from briefing_tui.tui.screens.search_results import result_entries

    person = SearchHit("participant", 1, None, "Steve Jobs", "2007-07-02", "person")
    report = SearchHit("report", 2, 2, "iPhone", "2007-06-29", "text")
    headings = [str(e.prompt) for e in result_entries([person, report], partial=("report", "claim")) if e.link is None]
    assert headings == ["Participants (1)", "Reports (1+)", "Claims (none found before the time limit)"]
    # with no hit at all, the list's empty text speaks instead (no bare headings)
    assert result_entries([], partial=("report",)) == []


async def test_the_whole_status_fits_at_80_columns_with_a_long_query(handmade_db, make_app, no_time):
    app = make_app(handmade_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = await _type(pilot, "troops deployed near the border of kursk region")
        assert "no match yet for: troops deployed near the bord…." in text
        assert "Ctrl+R searches all; or narrow it: more words, after:." in text  # not cut by max-height
