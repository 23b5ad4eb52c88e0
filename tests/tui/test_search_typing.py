"""Search as you type, driven by keys at 80x24 on a real store whose searches
are held by events (as a million reports would hold them), never by sleeps:
a newer key cancels the search under way, and results of an older query are
never shown once a newer one has been typed."""

from __future__ import annotations

import contextlib
import threading

from textual.app import App, ComposeResult
from textual.widgets import Input, Static

from briefing_tui.store import Store
from briefing_tui.store.models import SearchHit
from briefing_tui.tui.app import BriefingApp
from briefing_tui.tui.screens import search as search_screen
from briefing_tui.tui.screens.search import SearchScreen
from briefing_tui.tui.screens.search_results import ResultList, hit_prompt, result_entries
from tui.screen import screen_text, settle


@contextlib.asynccontextmanager
async def search_screen_of(store: Store, tmp_path):
    """The app on `store` at 80x24, on its search screen; the store closed after."""
    try:
        app = BriefingApp(store, export_dir=tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("slash")
            await _until(pilot, lambda: isinstance(app.screen, SearchScreen))
            yield app, pilot
    finally:
        store.close()


class HeldStore(Store):
    """A real store whose searches wait for `release` (the query they may end on)
    or for their `cancel` event; it notes which searches ran, how each ended, and
    (with `deaf`) can ignore cancel, as a store that cannot be stopped would."""

    def __init__(self, path, deaf: bool = False):
        super().__init__(path)
        self.released: set[str] = set()
        self.changed = threading.Condition()
        self.asked: list[str] = []
        self.ended: list[tuple[str, bool]] = []  # (query, cancelled)
        self.deaf = deaf

    def release(self, text: str) -> None:
        with self.changed:
            self.released.add(text)
            self.changed.notify_all()

    def search(self, text, *args, cancel=None, **kwargs):
        with self.changed:
            self.asked.append(text)
            self.changed.notify_all()
            # cancel is set by the UI thread without telling this condition: look again often
            for _ in range(1000):
                if text in self.released or (cancel is not None and cancel.is_set() and not self.deaf):
                    break
                self.changed.wait(0.01)
            else:
                raise AssertionError(f"search {text!r} never released nor cancelled")
        hits = super().search(text, *args, cancel=None if self.deaf else cancel, **kwargs)
        with self.changed:
            self.ended.append((text, hits.cancelled))
        return hits


async def _until(pilot, done, rounds: int = 400) -> None:
    for _ in range(rounds):
        if done():
            return
        await pilot.pause(0.01)
    store = pilot.app.store
    raise AssertionError(f"the app never got there: asked {getattr(store, 'asked', None)},"
                         f" ended {getattr(store, 'ended', None)}")


def _watch_shown(screen: SearchScreen) -> list[tuple[str, str]]:
    """(input value, status line) each time the result list is given rows."""
    shown: list[tuple[str, str]] = []
    results = screen.query_one("#search-results", ResultList)
    original = results.set_entries

    def set_entries(entries, empty=None):
        status = str(screen.query_one("#search-status", Static).render())
        shown.append((screen.query_one("#search-input", Input).value, status))
        return original(entries, empty)

    results.set_entries = set_entries
    return shown


async def test_a_newer_key_cancels_the_search_under_way(handmade_db, tmp_path):
    store = HeldStore(handmade_db)
    async with search_screen_of(store, tmp_path) as (app, pilot):
        shown = _watch_shown(app.screen)
        await pilot.press("h")
        await _until(pilot, lambda: store.asked == ["h"])
        await pilot.press("w", "a")  # "h" is never released: only cancel can end it
        # ("hw" may start, and be cancelled in its turn, before "a" is typed)
        await _until(pilot, lambda: store.asked[-1:] == ["hwa"])
        assert store.asked[0] == "h" and set(store.asked) <= {"h", "hw", "hwa"}
        assert store.ended == [(text, True) for text in store.asked[:-1]]
        store.release("hwa")
        await _until(pilot, lambda: "for: hwa" in screen_text(app))
        assert store.ended[-1] == ("hwa", False)
        assert [value for value, _ in shown] == ["hwa"]
        assert "Reports (" in screen_text(app)


async def test_results_of_an_older_query_are_never_shown_over_a_newer_one(handmade_db, tmp_path):
    store = HeldStore(handmade_db, deaf=True)  # "h" ends whole, after "hwa" was typed
    async with search_screen_of(store, tmp_path) as (app, pilot):
        shown = _watch_shown(app.screen)
        await pilot.press("h")
        await _until(pilot, lambda: store.asked == ["h"])
        await pilot.press("w", "a")
        store.release("h")
        await _until(pilot, lambda: store.asked == ["h", "hwa"])
        assert store.ended == [("h", False)]
        assert shown == []  # its answer came, and was dropped
        store.release("hwa")
        await _until(pilot, lambda: "for: hwa" in screen_text(app))
        assert [value for value, _ in shown] == ["hwa"] and shown[0][1].endswith("for: hwa")
        # back to an earlier query: it is searched again and shown, being current
        await pilot.press("backspace", "backspace")  # "hw" is searched (held), then "h" waits
        store.release("hw")
        store.release("h")
        await _until(pilot, lambda: "for: h" in screen_text(app) and "for: hwa" not in screen_text(app))
        assert [value for value, _ in shown] == ["hwa", "h"]  # "hw" answered, and was dropped
        assert all(status.endswith(f"for: {value}") for value, status in shown)


def _hits(n: int) -> list[SearchHit]:
    kinds = ("report", "participant", "claim", "event")
    return [SearchHit(kinds[i % 4], i, i, f"Title {i} " + "word " * (i % 30), "2024-01-02",
                      f"before \x02match {i}\x03 after " + "more " * (i % 50)) for i in range(n)]


class _ListApp(App):
    def compose(self) -> ComposeResult:
        yield ResultList(id="results")


async def test_rows_are_made_as_they_are_reached_and_match_rows_made_at_once():
    hits = _hits(200)
    eager = result_entries(hits, made=None)
    lazy = result_entries(hits)
    assert [e.link for e in lazy] == [e.link for e in eager]
    assert any(e.prompt is None for e in lazy) and all(e.prompt is not None for e in eager)
    app = _ListApp()
    async with app.run_test(size=(80, 24)) as pilot:
        results = app.query_one(ResultList)
        await pilot.pause()  # laid out, as the screen's list is before results come
        results.set_entries(lazy)
        await pilot.pause()
        assert results.option_count <= app.size.height + 2  # the frame measured a screenful
        results.focus()
        for _ in range(30):
            await pilot.press("down")
        assert results.current == eager[results.highlighted].link
        await pilot.press("end")
        assert results.current is hits[-1] or results.current == [e.link for e in eager if e.link][-1]
        assert results.option_count == len(eager)
        for i in range(results.option_count):
            assert results.get_option_at_index(i).prompt == eager[i].prompt
        assert hit_prompt(hits[5]) == eager[[e.link for e in eager].index(hits[5])].prompt


async def test_more_rows_for_the_same_query_keep_the_cursor_and_a_restored_row_waits_for_them():
    hits = _hits(200)
    by_kind = {k: [h for h in hits if h.kind == k] for k in ("participant", "report", "claim", "event")}
    first = [h for k in by_kind for h in by_kind[k][:10]]
    app = _ListApp()
    async with app.run_test(size=(80, 24)) as pilot:
        results = app.query_one(ResultList)
        await pilot.pause()
        # a state from history names row 40 (a participant only the full answer holds)
        results.restore_state({"index": 40, "scroll": 0})
        results.show(result_entries(first, limit=10), None, same=False, final=False)
        await pilot.pause()
        assert results.highlighted == 1 and results._pending_state is not None
        results.show(result_entries(hits), None, same=True, final=True)
        await pilot.pause()
        assert results.highlighted == 40 and results.current is by_kind["participant"][39]
        # the cursor on a report among the first answer's rows, then the full answer
        results.show(result_entries(first, limit=10), None, same=False, final=False)
        results.focus()
        await pilot.pause()
        results.select_link(lambda link: link is by_kind["report"][3])
        await pilot.pause()
        results.show(result_entries(hits), None, same=True, final=True)
        await pilot.pause()
        assert results.current is by_kind["report"][3]
        headings = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)
                    if results.get_option_at_index(i).disabled]
        assert headings[0] == "Participants (50)"
    assert str(result_entries(first, limit=10)[0].prompt) == "Participants (10+)"


class SecondHeld(Store):
    """A real store whose searches for all RESULT_LIMIT hits wait for `full`."""

    def __init__(self, path):
        super().__init__(path)
        self.full = threading.Event()
        self.limits: list[tuple[str, int]] = []

    def search(self, text, *args, limit=50, cancel=None, **kwargs):
        self.limits.append((text, limit))
        if limit == search_screen.RESULT_LIMIT:  # a newer key's cancel lets it through too
            for _ in range(1000):
                if self.full.wait(0.01) or (cancel is not None and cancel.is_set()):
                    break
            else:
                raise AssertionError("the full search was never let through")
        return super().search(text, *args, limit=limit, cancel=cancel, **kwargs)


async def test_the_first_hits_are_shown_before_the_full_answer_which_adds_rows_below(handmade_db, tmp_path,
                                                                                     monkeypatch):
    monkeypatch.setattr(search_screen, "FIRST_LIMIT", 1)  # the hand-made archive has few hits a kind
    store = SecondHeld(handmade_db)
    async with search_screen_of(store, tmp_path) as (app, pilot):
        for ch in "korea":
            await pilot.press(ch)
        await _until(pilot, lambda: "+ results for: korea" in screen_text(app))
        first = screen_text(app)
        assert ("korea", 1) in store.limits and "(1+)" in first
        store.full.set()
        await _until(pilot, lambda: "results for: korea" in screen_text(app)
                     and "+ results for: korea" not in screen_text(app))
        full = screen_text(app)
        assert "(1+)" not in full and store.limits[-1] == ("korea", search_screen.RESULT_LIMIT)
        results = app.screen.query_one("#search-results", ResultList)
        full_hits = store.search("korea", limit=search_screen.RESULT_LIMIT, prefix=True)
        grouped = [h for kind in ("participant", "report", "claim", "event") for h in full_hits if h.kind == kind]
        assert [link for link in results._links if link is not None] == grouped


async def test_the_full_search_starts_after_the_first_answer_is_painted(handmade_db, tmp_path, monkeypatch):
    """Started at once, the full search's Python parts would hold the GIL the first
    answer's paint needs: it starts from the frame that paints the first answer."""
    monkeypatch.setattr(search_screen, "FIRST_LIMIT", 1)
    events: list[str] = []
    store = SecondHeld(handmade_db)
    store.full.set()
    original_search = store.search

    def search(text, *args, limit=50, **kwargs):
        if text == "korea":
            events.append(f"search {limit}")
        return original_search(text, *args, limit=limit, **kwargs)

    store.search = search
    original_worker = SearchScreen._search

    def start_worker(self, store_, text, cancel, limit=None, **kwargs):
        if text == "korea":
            events.append(f"asked {limit or search_screen.FIRST_LIMIT}")  # in the UI thread
        return original_worker(self, store_, text, cancel, limit, **kwargs)

    monkeypatch.setattr(SearchScreen, "_search", start_worker)
    original_render = ResultList.render_lines

    def render_lines(self, crop):
        if any("(1+)" in str(self.get_option_at_index(i).prompt) for i in range(self.option_count)
               if self.get_option_at_index(i).disabled):
            events.append("first answer painted")
        return original_render(self, crop)

    monkeypatch.setattr(ResultList, "render_lines", render_lines)
    async with search_screen_of(store, tmp_path) as (app, pilot):
        app.screen.query_one("#search-input", Input).value = "korea"
        await _until(pilot, lambda: f"search {search_screen.RESULT_LIMIT}" in events
                     and "+ results for: korea" not in screen_text(app) and "for: korea" in screen_text(app))
        assert events.index("search 1") < events.index("first answer painted") \
            < events.index(f"asked {search_screen.RESULT_LIMIT}") < events.index(f"search {search_screen.RESULT_LIMIT}")
