"""Search as you type, over reports, people, claims and events at once.

A key starts a search in a thread worker, so typing never waits for the
database; a key typed while one runs cancels it (the store stops at its next
step) and its query is searched next. The first answer holds the first 10 hits
of each kind (a screenful and more), the full answer (50 a kind) follows and
adds rows below. Results come grouped by kind, with the matched words marked,
and the rows' text is made only as they come into view (search_results.py).
"""

from __future__ import annotations

import asyncio
import textwrap
import threading
import time
from collections import Counter

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from briefing_tui.export import plain_snippet
from briefing_tui.store.models import SearchHit
from briefing_tui.tui import trace
from briefing_tui.tui.screens.base import COMMON_BINDINGS, BriefingScreen
from briefing_tui.tui.screens.search_results import KIND_TITLES, ResultList, result_entries
from briefing_tui.tui.text import clip
from briefing_tui.tui.widgets.key_footer import KeyFooter
from briefing_tui.tui.widgets.link_list import LinkList
from briefing_tui.tui.widgets.location_bar import LocationBar

RESULT_LIMIT = 50
SHOWN_ORDER = tuple(kind for kind, _ in KIND_TITLES)
# Hits of each kind in the first answer: more than a screenful (80x24 shows about
# six). The store's time grows with the hits it ranks and describes (their rows,
# snippets, a participant's roles): 10 a kind cost ~60% of 50 at a million
# reports. The same search for RESULT_LIMIT follows, unless a key cancels it,
# and its first rows are the same hits in the same order (the store's ranking
# does not depend on the limit), so the second frame only adds rows below.
FIRST_LIMIT = 10
# The first answer stops adding kinds (in the order shown: people first) once its
# hits fill the results pane (a hit is at least two lines): a common prefix's
# people alone often do, and the reports, claims and events below the fold
# cost the store 10-20 ms more a key at a million reports. They follow in the
# full answer (store.search's `fill`; the hits found are the same).
LINES_A_HIT = 2
CONTINUE_AFTER_S = 0.5  # the full answer starts after the first one's paint, or after this
# A problem with the word still being typed ("after:202", "person:ami") is said once
# the typing has paused this long: said at each key, it flickers and is mostly wrong.
TYPING_PROBLEM_AFTER_S = 0.6
# A search stopped by the store's time budget is not "no matches": the status
# says so, and this key searches again without the limit (any key stops it).
SEARCH_ALL_KEY = "ctrl+r"
SEARCH_ALL_LABEL = "Ctrl+R"
STATUS_LINES = 2  # #search-status's max-height (app.tcss): a problem line takes one of them
# Said when another process ingested since the answer shown was searched.
STALE_NOTE = f"  (new reports since; {SEARCH_ALL_LABEL} searches again)"
HINT = (
    "Type to search reports, people, claims and events. "
    "Filters: person: org: country: source: after:YYYY[-MM[-DD]] before:  \"exact phrase\""
)


class SearchResults(Message):
    """Hits with their first rows, made in the worker: the UI thread only shows them.
    `cancelled`: the store stopped this search for a newer one (nothing to show).
    `final`: the last answer for this query (else more hits follow: `limit` a kind)."""

    def __init__(self, query: str, hits: list[SearchHit], error: str | None = None,
                 cancelled: bool = False, final: bool = True, limit: int = RESULT_LIMIT) -> None:
        super().__init__()
        self.query, self.hits, self.error, self.cancelled = query, hits, error, cancelled
        self.final, self.limit = final, limit
        # the kinds the store's time budget cut short, and that budget (None: none)
        self.partial: tuple[str, ...] = tuple(getattr(hits, "partial", ()))
        # of those, the kinds stopped at a row cap (filters), with the rows it allowed
        self.capped: dict[str, int] = dict(getattr(hits, "capped", {}))
        # of those, the kinds the time budget cut (not a cap)
        self.timed: tuple[str, ...] = tuple(getattr(hits, "timed", (k for k in self.partial if k not in self.capped)))
        # filters that stood for more entities than the search took (all partial kinds)
        self.narrowed: dict[str, int] = dict(getattr(hits, "narrowed", {}))
        self.problems: tuple[str, ...] = tuple(getattr(hits, "problems", ()))  # parts of the query ignored
        self.skipped: tuple[str, ...] = tuple(getattr(hits, "skipped", ()))  # not searched yet
        self.budget: float | None = getattr(hits, "budget", None)
        self.elapsed: float = getattr(hits, "elapsed", 0.0)
        self.entries = [] if cancelled else result_entries(hits, limit=limit, partial=self.partial,
                                                           capped=tuple(self.capped), timed=self.timed)

    @property
    def more(self) -> bool:
        """Whether a kind may have more hits than these (one came back full)."""
        return bool(self.skipped) or any(n >= self.limit for n in Counter(h.kind for h in self.hits).values())


class SearchScreen(BriefingScreen):
    PANES = [("1", "search-results", "Results")]
    BINDINGS = [
        *COMMON_BINDINGS,
        Binding("down", "results", "Results", show=False),
        Binding(SEARCH_ALL_KEY, "search_all", "Search all",
                tooltip="Search again without the time limit (type to stop it)"),
        Binding(SEARCH_ALL_KEY, "search_again", "Search again",
                tooltip="Reports were ingested since this search: search again"),
    ]

    def compose(self) -> ComposeResult:
        yield LocationBar(id="location")
        yield Input(placeholder="Search\u2026", id="search-input")
        yield Static(HINT, id="search-status")
        yield ResultList(id="search-results", classes="pane", empty="No results yet.")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#search-results", LinkList).border_title = "1 Results"
        self.restore_state(self.location.state)

    def focus_input(self) -> None:
        self.focus_now(self.query_one("#search-input", Input))

    def action_results(self) -> None:
        self.focus_now(self.query_one("#search-results", LinkList))

    # One search at a time: searches side by side would share two cores and the
    # GIL, each slowing the one that matters. A key typed while a search runs
    # cancels it (the store stops at its next step, inside SQLite too) and leaves
    # its query waiting: the newest key's search starts as soon as the old one
    # has stopped, not when it would have ended. No debounce: a key's search
    # starts at once, so a key typed after a pause costs no added wait.
    _searching = False
    _waiting: str | None = None
    _waiting_full = False  # the waiting query is to be searched without a time limit
    _cancel: threading.Event | None = None
    _shown: str | None = None  # the query whose results the list holds
    _cut_short = False  # the answer shown stopped at the store's time budget
    _full: str | None = None  # the query being searched without a time limit
    _last: SearchResults | None = None  # the answer the status describes
    _searched_at: int | None = None  # the data_version the newest search started at
    _shown_at: int | None = None  # ... and the one the answer shown was searched at
    _stale = False  # another process committed since the answer shown was searched

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search_all":
            # in the footer only while the answer shown was cut short
            return self._cut_short and self._full is None
        if action == "search_again":  # (Ctrl+R searches all first, when both would do)
            return self._stale and not self._cut_short and self._full is None
        return super().check_action(action, parameters)

    def action_search_again(self) -> None:
        """The query shown, searched again as typed (with the time limit): another
        process ingested since its answer was searched."""
        text = self.query_one("#search-input", Input).value
        self._stale = False
        self.refresh_bindings()
        if text.strip():
            self._search_when_free(text)

    def follow_database(self) -> None:
        """Between keys, once a second (the report list's watch): if another process
        committed since the answer shown was searched, say so; Ctrl+R searches
        again. The answer is not replaced by itself: the reader's cursor stays."""
        if self._last is None or self._searching or self._stale or self._shown_at is None:
            return
        version = self._data_version()
        if version is not None and version != self._shown_at:
            self._stale = True
            self.refresh_bindings()
            self.query_one("#search-status", Static).update(
                Content(self._status_text(self._last, note=STALE_NOTE)))

    def action_search_all(self) -> None:
        """The query shown, searched without a time limit in a thread worker; a key
        typed meanwhile cancels it (the store's cancel event) like any search."""
        text = self.query_one("#search-input", Input).value
        if not text.strip() or self._full is not None:
            return
        self._search_when_free(text, full=True)  # a search running stops first
        self._full = text
        self.refresh_bindings()
        self.query_one("#search-status", Static).update(
            Content(f"Searching all, without the time limit, for: {clip(text, 80)}… (type to stop)"))

    def on_screen_suspend(self, event: events.ScreenSuspend) -> None:
        # another page (or none: popped), not help or the size warning above this one
        top = self.app.screen
        if self not in self.app.screen_stack or (isinstance(top, BriefingScreen) and top is not self):
            self._stop_full()

    def on_unmount(self) -> None:
        self._stop_full(shown=False)

    def _stop_full(self, shown: bool = True) -> None:
        """Leaving the screen (Escape, a result opened) stops a search without the
        time limit: unseen, it would hold a core and the GIL for as long as it
        takes. The answer it was to replace stays, with Ctrl+R to search all again."""
        if self._full is None:
            return
        self._full = None
        if self._waiting_full:  # it waits for a search being stopped: it never starts
            self._waiting, self._waiting_full = None, False
        elif self._searching and self._cancel is not None:
            self._cancel.set()
        self.refresh_bindings()
        if self._last is not None and shown:
            self.query_one("#search-status", Static).update(Content(self._status_text(
                self._last, "  (search all stopped: you left the screen)")))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        trace.mark(f"search input changed {event.value!r}")
        self.location.state["query"] = event.value
        if self._full is not None:
            self._full = None
            self.refresh_bindings()
        self._search_when_free(event.value)

    def _search_when_free(self, text: str, full: bool = False) -> None:
        """Search `text` now, or, while a search runs, cancel it (the store's cancel
        event) and search `text` when it has ended: one search at a time."""
        if self._searching:
            self._waiting, self._waiting_full = text, full
            if self._cancel is not None:
                self._cancel.set()
        else:
            self._start_search(text, full=full)

    def _start_search(self, text: str, full: bool = False) -> None:
        self._searching = True
        self._searched_at = self._data_version()
        self._waiting, self._waiting_full = None, False
        self._cancel = threading.Event()
        if full:  # one answer, every hit: no first answer to paint first
            self._search(self.store, text, self._cancel, RESULT_LIMIT, None)
        else:
            lines = self.query_one("#search-results", ResultList).size.height or self.app.size.height
            self._search(self.store, text, self._cancel, fill=lines // LINES_A_HIT + 1)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        results = self.query_one("#search-results", LinkList)
        if results.links:
            self.focus_now(results)
        elif self._cut_short and self._full is None:
            self.action_search_all()  # nothing found in time: Enter means "search"

    @work(thread=True, group="search")
    def _search(self, store, text: str, cancel: threading.Event, limit: int | None = None,
                budget: float | None | str = "auto", fill: int = 0) -> None:
        # Always one message; the last one for a query is final (the next waiting
        # query starts on it), and a first answer that is not is followed by the
        # full one once it has been painted (_continue).
        limit = FIRST_LIMIT if limit is None else limit
        trace.mark(f"search start {text!r} limit {limit}")
        if not text.strip():
            self.post_message(SearchResults(text, []))
            return
        try:
            cpu = time.thread_time()
            if limit < RESULT_LIMIT and fill:  # the first answer: a screenful, people first
                hits = store.search(text, limit=limit, prefix=True, cancel=cancel, budget=budget,
                                    kinds=SHOWN_ORDER, fill=fill)
            else:
                hits = store.search(text, limit=limit, prefix=True, cancel=cancel, budget=budget)
            trace.mark(f"search store done {text!r} limit {limit}: {len(hits)} hits,"
                       f" cpu {(time.thread_time() - cpu) * 1000:.1f} ms")
            if getattr(hits, "cancelled", False) or cancel.is_set():
                self.post_message(SearchResults(text, [], cancelled=True))
                return
        except Exception as exc:  # shown as one line; typing goes on
            self.post_message(SearchResults(text, [], f"Search failed: {exc}"))
            return
        message = SearchResults(text, hits, limit=limit)
        message.final = limit >= RESULT_LIMIT or not message.more
        trace.mark(f"search rows made {text!r}")
        self.post_message(message)

    def _continuation(self, text: str, cancel: threading.Event):
        """The full answer's search, to start once the first answer is painted: at
        once, its Python parts (ranking, snippets) would hold the GIL the paint
        needs. The first call starts it; later calls do nothing."""
        started = False

        def go() -> None:
            nonlocal started
            if started:
                return
            started = True
            if cancel.is_set():  # a key came: its query is waiting for this one to end
                self.post_message(SearchResults(text, [], cancelled=True))
            else:
                self._search(self.store, text, cancel, RESULT_LIMIT)

        return go

    def on_search_results(self, message: SearchResults) -> None:
        message.stop()
        trace.mark(f"search results arrived {message.query!r}")
        if message.final:
            self._searching = False
            waiting = self._waiting
            if waiting is not None and (waiting != message.query or message.cancelled or self._waiting_full):
                self._start_search(waiting, full=self._waiting_full)
            elif message.query == self._full and not message.cancelled:
                self._full = None  # the search without a limit has answered
                self.refresh_bindings()
        elif self._cancel is not None:
            # the full answer once the first is on screen (or at once if it is not shown)
            go = self._continuation(message.query, self._cancel)
            if not message.cancelled and message.query == self.query_one("#search-input", Input).value:
                self.query_one("#search-results", ResultList).call_after_paint(go)
                self.set_timer(CONTINUE_AFTER_S, go)  # should no paint come (the screen left)
            else:
                go()
        if message.cancelled or message.query != self.query_one("#search-input", Input).value:
            return  # an older query, stopped or answered late: never shown over a newer one
        status = self.query_one("#search-status", Static)
        results = self.query_one("#search-results", ResultList)
        if message.error:
            status.update(Content(clip(message.error, 300)))
        elif not message.query.strip():
            status.update(HINT)
        else:
            status.update(Content(self._status_text(message, typing=True)))
            if self._held_problems(message):
                self.set_timer(TYPING_PROBLEM_AFTER_S, lambda: self._say_held_problems(message))
        self._last = message if message.query.strip() and not message.error else None
        self._shown_at = self._searched_at
        if self._stale:
            self._stale = False
            self.refresh_bindings()
        empty = "No matches." if message.query.strip() else ""
        if message.partial and not message.hits:
            empty = (f"No match found before the {_limit(message)}; matches may exist. "
                     f"Enter or {SEARCH_ALL_LABEL}: search all.")
        if self._cut_short != bool(message.partial):
            self._cut_short = bool(message.partial)
            self.refresh_bindings()
        results.show(message.entries, empty, same=message.query == self._shown, final=message.final)
        self._shown = message.query
        trace.mark(f"search results set {message.query!r}")
        # Painted at once: Textual's screen timer ticks on a 60 Hz grid, and the
        # key's echo painted a few ms before left it asleep until its next slot
        # (measured: 0-16 ms, ~8 on average, added to the answer of most keys).
        # The screen's own paint still waits for the widgets' queued messages.
        asyncio.get_running_loop().call_soon(self._paint_answer)

    def _status_text(self, message: SearchResults, note: str = "", typing: bool = False) -> str:
        """The answer's status, under a line saying which parts of the query were
        ignored or match nothing (a bad after: date, an unknown kind:), clipped
        to the status's one line: the user's own text, shown literally. `typing`:
        leave out the problems of the word still being typed (said after a pause)."""
        line = status_line(message) + note
        held = self._held_problems(message) if typing else ()
        problems = [p for p in message.problems if p not in held]
        width = max(20, (self.query_one("#search-status", Static).content_size.width or self.app.size.width - 2))
        if not problems:
            return fit_status(line, width, STATUS_LINES)
        return clip("; ".join(problems), width) + "\n" + fit_status(line, width, STATUS_LINES - 1)

    @staticmethod
    def _held_problems(message: SearchResults) -> tuple[str, ...]:
        """The problems of the query's last word while it may still be being typed
        (no space after it yet)."""
        query = message.query
        if not query or query[-1].isspace() or not message.problems:
            return ()
        last = query.split()[-1].rstrip('"').casefold()
        if ":" not in last:
            return ()
        return tuple(p for p in message.problems if p.casefold().startswith(last))

    def _say_held_problems(self, message: SearchResults) -> None:
        """The typing paused on this answer: its problems, all of them, now."""
        if self._last is message and self.is_attached:
            self.query_one("#search-status", Static).update(Content(self._status_text(message)))

    def _paint_answer(self) -> None:
        if self.is_current and self.is_attached:
            self._on_timer_update()

    def on_link_list_link_selected(self, message: LinkList.LinkSelected) -> None:
        message.stop()
        hit = message.link
        app = self.browser
        if hit.kind == "report":
            app.open_report(hit.report_id, hit.title)
        elif hit.kind == "participant":
            app.open_entity(hit.id, hit.title)
        elif hit.kind == "claim" and hit.report_id is not None:
            app.open_report(hit.report_id, hit.title,
                            {"focus": "article", "highlight": ("claim", hit.id), "highlight_index": 0})
        elif hit.kind == "event":
            app.open_event(hit.id, hit.title)

    def capture_state(self) -> dict:
        state = super().capture_state()
        state["query"] = self.query_one("#search-input", Input).value
        if isinstance(self.focused, Input):
            state["focus"] = "search-input"
        return state

    def restore_state(self, state: dict) -> None:
        search = self.query_one("#search-input", Input)
        query = state.get("query", "")
        if search.value != query:
            search.value = query  # Changed runs the search again
        results = self.query_one("#search-results", LinkList)
        results.restore_state(state.get("panes", {}).get("search-results"))
        if state.get("focus") == "search-results":
            self.focus_now(results)
        else:
            self.focus_now(search)

    def copy_text(self) -> str | None:
        hit = self.query_one("#search-results", LinkList).current
        if not isinstance(hit, SearchHit):
            return None
        where = f"{hit.date or 'undated'}"
        ref = f" (briefing report {hit.report_id})" if hit.report_id is not None else ""
        return f"{clip(plain_snippet(hit.snippet), 500)}. Source: \u201c{clip(hit.title, 200)}\u201d, {where}{ref}"


def _limit(message: SearchResults) -> str:
    """What cut the answer: the time limit, or (filters' walks only) the row
    limit, or a filter's entity limit."""
    if message.timed:
        return "time limit"
    return "row limit" if message.capped else "entity limit"


def fit_status(line: str, width: int, rows: int) -> str:
    """`line` broken at spaces into at most `rows` lines of `width`, with its
    "Ctrl+R searches all ..." hint (from the key to the end) whole and last: what
    comes before the hint is cut short instead. Cut by the status's max-height,
    the hint went first, and with it the way to the rest of a cut-short answer."""
    width, rows = max(10, width), max(1, rows)

    def wrap(text: str) -> list[str]:
        return textwrap.wrap(text, width, break_on_hyphens=False) or [""]

    lines = wrap(line)
    if len(lines) <= rows:
        return "\n".join(lines)
    at = line.find(SEARCH_ALL_LABEL)
    if at < 0:  # no hint to keep: the last line that fits ends in an ellipsis
        return "\n".join(lines[: rows - 1] + [clip(" ".join(lines[rows - 1:]), width)])
    head, hint = line[:at].rstrip(), line[at:]
    lo, hi = 0, len(head)  # the longest cut of head that fits before the hint
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(wrap(f"{clip(head, mid)} {hint}")) <= rows:
            lo = mid
        else:
            hi = mid - 1
    fitted = wrap(f"{clip(head, lo)} {hint}" if lo else hint)
    return "\n".join(fitted[:rows])


def status_line(message: SearchResults) -> str:
    """The status of an answer: how many hits, and when the time budget or a
    row cap (walks with filters) cut it short, that it did (an empty answer
    then is not "no matches") and how to get the rest. The time is the
    search's own: a kind may stop before the whole budget is spent (a phrase's
    walk has its own cap, store/search.py)."""
    n, query = len(message.hits), message.query
    ms = round(message.elapsed * 1000)
    timed = message.timed
    rows = max(message.capped.values(), default=0)
    narrowed = [f"{clip(f, 24)} searched its {k} best known only" for f, k in message.narrowed.items()]
    if message.partial and not n:
        if timed or message.capped:
            after = f"{ms} ms (time limit)" if timed else f"{rows:,} rows (row limit)"
            return (f"Stopped after {after}, no match yet for: {clip(query, 30)}. "
                    f"{SEARCH_ALL_LABEL} searches all; or narrow it: more words, after:.")
        return f"No match for: {clip(query, 30)}, but {'; '.join(narrowed)}. {SEARCH_ALL_LABEL} searches all."
    more = "+" if message.more or message.partial else ""  # at least n
    text = f"{n}{more} result{'s' if n != 1 else ''} for: {clip(query, 120 if not message.partial else 40)}"
    if message.partial:
        cuts = []
        if timed:
            cuts.append(f"{ms} ms: newest only for {', '.join(timed)}")
        if message.capped:
            cuts.append(f"{rows:,} rows: newest only for {', '.join(message.capped)}")
        said = [f"stopped after {'; after '.join(cuts)}"] if cuts else []
        text += f"  ({'; '.join(said + narrowed)}; {SEARCH_ALL_LABEL} searches all)"
    elif message.budget is None and message.final and message.elapsed >= 0.1:
        text += f"  (searched all in {message.elapsed:.1f} s)"
    return text
