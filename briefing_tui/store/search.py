"""Search everywhere: reports, participants, claims and events, bounded at any size.

How it stays fast at a million reports (figures in README, "Performance"):

- Reports, claims and events are indexed under their report's sort key
  (-(published day << 32 | id)): FTS5 hands matches over newest first in its
  own ascending order, a LIMIT ends the walk early, and after:/before: are
  rowid ranges it seeks into.
- Each kind collects at most `window` candidates. With filters, a small planner
  picks the cheapest way in: walk the rarest filter and check the words row by
  row (an FTS5 seek costs ~35-300 us), walk a filter in chunks and walk the
  words over each chunk's key span, keeping the chunk's keys inside SQLite
  ("span": ~0.1 us a match, no per-row seek or check, only hits reach
  Python), intersect key sets when both sides are moderate, or walk the words
  and check the filters (~3 us a row, a random report page each) when both
  are common. Its estimates are bounded reads: the words' newest 1,000
  matches and the rows their span covers, a source's newest 2,000 reports.
  Every walk has a budget, so no query reads the whole index.
- A phrase FTS5 walks slowly: one whose common words ("the", "of": in most
  reports) sit beside rarer ones ("the foreign minister") costs FTS5 a seek
  into a million-row doclist for every candidate, however rare the phrase.
  Unless FTS5 finds it whole within NATIVE_TRY (a frequent phrase), FTS5 is
  given the rarer words alone and the phrase is checked on the candidates'
  own text (a regex on ASCII text, else query.tokens), newest first in chunks.
- Every search has a time budget (SEARCH_BUDGET, shared by the kinds as they
  come; none below BUDGET_FROM_REPORTS reports). A key range or LIMIT does not
  bound a walk whose matches are rare (FTS5 looks for the next match past the
  range's end, inside one step of the query): SQLite's progress handler, which
  FTS5's page reads also call, interrupts it at the deadline. The kind then
  keeps what it found (newest first) and is named in SearchResults.partial,
  for the UI to say that older matches may exist. A walk of a phrase gets
  PHRASE_WALK_MAX of it at most: FTS5 checks the positions of every row that
  holds all its words, so a rare phrase of common words ("in of": in none of
  2.5 million events) would read the whole index; it is the only walk that
  meets this cap at a million reports on a quiet machine.
- Ranking: FTS5's bm25 reads the whole doclist of every term (its IDF) and
  costs O(reports) for a word found everywhere, so it runs only when all
  matches are in hand and every term is in at most BM25_MAX_ROWS rows;
  otherwise title (claimant, summary) matches come first, then the newest,
  the first column tested on its own text (highlight() would load each
  candidate's row whole, a report's body too).
- The word being typed is a prefix. The big indexes have no prefix indexes
  (they would double in size); a prefix is searched as such when it is rare,
  and otherwise expanded to its most frequent words, counted in
  terms_sample_fts (one report in sixteen; the common prefixes' words are
  kept in a table built once per database version, prepare_search, since
  counting them reads their doclists). FTS5 seeks each of those words at
  every row of the other terms: beside a rare word ("daigrupeamai in": 65
  reports) that cost ~0.4 ms a row. So when another term is in at most
  DRIVE_SHARE of the reports, FTS5 walks that term alone and the prefix (with
  the words typed before it in an open quote) is checked on each row's text
  (term_checks.py): exact for the prefix, not only its frequent words.
- Snippets, highlights and per-hit details are computed for the hits returned.

Nothing the user types reaches SQL or FTS5 unquoted; should the text itself
still raise an error, search falls back to its literal words, then to nothing:
it never raises on input.
"""

from __future__ import annotations

import difflib
import json
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from briefing_tui.store import query as q
from briefing_tui.store import term_checks
from briefing_tui.store.base import Reader
from briefing_tui.store.connection import StoreError
from briefing_tui.store.models import MATCH_END, MATCH_START, SearchHit
from briefing_tui.store.term_checks import Check, rows_holding
from briefing_tui.store.term_checks import has_phrase as _has_phrase
from briefing_tui.store.term_checks import matcher as _matcher
from briefing_tui.store.term_checks import quoted as _phrases
from briefing_tui.wording import attribution

WINDOW = 200  # candidates collected (and ranked) per kind
FILTERED_WINDOW = 50  # the same when filters make each candidate cost a check
# With filters, a plan is picked by estimated cost (microseconds per row below,
# measured at 100k-1M reports): walk the words and check the filters, walk the
# rarest filter and seek the words, or intersect two key sets read whole.
SEEK_MAX = 100  # a filter this rare is always walked, seeking the words
TEXT_SET_MAX = 20_000  # words this rare have all their keys read ...
FILTER_SET_MAX = 20_000  # ... and intersected with a filter this rare
SCAN_BUDGET = 20_000  # rows walked with per-row filter checks, at most
SEEK_BUDGET = 1_000  # rows walked with per-row word seeks, at most
# (SCAN: a key walked by FTS5 and checked in SQL; READ: a key brought to Python;
# SPAN: a match walked in a key span and tested against a chunk, inside SQLite)
SCAN_US, READ_US, SPAN_US, CHECK_US, SEEK_US, SORT_US = 0.5, 1.0, 0.1, 3.0, 50.0, 1.0
RANGE_ROWS_PER_KEY = 300  # walk a hit range (~0.1 us a match) rather than seek each hit (~50-250 us) up to this many rows a hit
_force_plan: str | None = None  # tests only: "seek", "intersect", "words" (or "table") whatever the cost
BM25_MAX_ROWS = 20_000
MAX_TERMS = 16  # words and phrases past this are ignored
MAX_TERM_CHARS = 120
PREFIX_DIRECT_ROWS = 20_000  # a prefix in fewer reports than this is searched as is
PREFIX_EXPANSION = 24  # otherwise: its most frequent words, at most this many
# ... unless another term is in at most this share of the reports: FTS5 then
# walks that term and the prefix is checked on each row's text (term_checks.py).
DRIVE_SHARE = 0.02
SAMPLE_EVERY = 16  # terms_sample_fts holds one report in 16 (db/schema.sql)
# Stems this short (the first keys of every search) are answered from a table of
# every one- and two-letter prefix built once (prepare_search): each cost a scan
# of the sample's vocabulary, 15-35 ms at a million reports, the first time.
SHORT_STEM = 2
# Once the database has changed, the table is built again at most once in this
# many times the last build's time (~1.5 s at a million reports, at nice 19).
SHORT_REBUILD_GAP = 10
# Longer prefixes in the table: the common ones (see _prefix_texts), up to this length.
LONG_STEM_MAX = 32
# Entities one person:/org:/... value may stand for: the ones in most reports.
# With a time budget, ENTITY_FILTER_MATCHES (each entity widens every walk of the
# filter); without one, ENTITY_FILTER_ALL (the ids are bound as SQL parameters,
# and SQLite takes at most 32,766 in a statement). A value that stands for more
# makes the answer partial (SearchResults.narrowed): hits of the others may exist.
ENTITY_FILTER_MATCHES = 50
ENTITY_FILTER_ALL = 2_000
ENTITY_CANDIDATES = 2_000
SNIPPET_TOKENS = 16
CHUNK = 500
SPAN_FIRST = 32  # the smallest first chunk of a filter's stream in a "span" plan
SPAN_ROWS = 20_000  # a "span" plan reads at most this many stream rows ...
SPAN_MATCHES = 100_000  # ... and matching keys in their spans
# The words' matches are counted up to TEXT_SAMPLE (their newest ones); past
# it, their number is estimated from the density of that sample: the sample's
# key span is counted exactly on the kind's sort-key index, up to SPAN_COUNT_MAX
# rows (past that, from the report buckets, which count whole days: the newest
# day alone may hold 10,000 reports, so whole days would make a small sample of
# a common word look rare). Both are bounded reads done in SQL (~0.1 us a row);
# the 20,001-match count they replace cost 2-10 ms a kind at a million reports.
TEXT_SAMPLE = 1_000
SOURCE_SAMPLE = 2_000  # a source's reports counted, then estimated the same way
SPAN_COUNT_MAX = 20_000
# Time budget (seconds) of one search, shared by its kinds (reports, claims,
# events) as they come: each kind gets what is left divided by the kinds left
# (at least MIN_KIND_BUDGET), FINISH_SHARE of it for ranking and describing its
# hits. SQLite calls back every PROGRESS_OPS virtual-machine steps (FTS5's page
# reads included), and a query past its deadline is interrupted. The budget is
# a guard, not the speed target: searches at a million reports take 5-50 ms on
# a quiet machine and come back whole; only a machine starved of CPU or disk
# (or a pathological query) meets it, and then the kinds cut short are named.
SEARCH_BUDGET = 0.2
# Below this many reports no walk is long (a whole index is walked in a few ms):
# searches have no budget, and their answers do not depend on the machine's load.
BUDGET_FROM_REPORTS = 50_000
MIN_KIND_BUDGET = 0.03
KIND_SHARE_MAX = 1.5
FINISH_SHARE = 0.35
# SQLite calls the handler (Python) every PROGRESS_OPS steps. Every 10 steps cost
# field-filter searches 2-3x their time at a million reports (measured: source:
# "..." of 98 vs 38 ms); every 100 costs nothing measurable and still checks the
# deadline far more often than once per ms.
PROGRESS_OPS = 100
# A word in at least this share of reports ("the", "of", "said") is common: in
# a phrase beside rarer words, FTS5 is given the rarer words alone (the common
# ones cost it a seek into a doclist of a million rows for every candidate)
# and the whole phrase is checked on the candidates' own text.
COMMON_SHARE = 0.6
COMMON_SAMPLE = 400
NATIVE_TRY = 0.004  # FTS5 first tries such a phrase whole for this long (frequent phrases)
VERIFY_CHUNK = 64  # candidates checked at once, doubling up to VERIFY_CHUNK_MAX
VERIFY_CHUNK_MAX = 2_048
# A walk of a phrase stops after this long (only with a budget, see _phrase_walk).
PHRASE_WALK_MAX = 0.03
DESCRIBE_MIN = 0.004  # hits found are described even when the kind is late
GRACE = 0.002  # once a walk is cut short, the bounded reads that follow it get this long


class SearchResults(list):
    """The hits (a list), and the kinds whose walk ran out of time: for those, the
    hits are the best found among the newest matches, and older matches may
    exist ("more"). Searching again with after:/before: reaches them, and so
    does the same search with budget=None. An empty answer with kinds cut short
    is not "no matches": the UI must say which it is."""

    def __init__(self, hits=(), partial: tuple[str, ...] = (),
                 budget: float | None = None, elapsed: float = 0.0, capped: dict[str, int] | None = None,
                 narrowed: dict[str, int] | None = None, timed: tuple[str, ...] | None = None,
                 problems: tuple[str, ...] = ()):
        super().__init__(hits)
        self.partial = tuple(partial)
        # of those, the kinds cut at a row cap rather than at the deadline, and the
        # rows the cap let them walk: a search with filters walks (and checks) at
        # most so many rows of a kind when it has a time budget (none without one)
        self.capped = dict(capped or {})
        # filters (as typed: "person:john") that stood for more entities than a
        # search takes, and how many it took (those in most reports): every kind
        # searched through them is partial, hits of the others may exist
        self.narrowed = dict(narrowed or {})
        # of the partial kinds, those the time budget cut (not a cap)
        self.timed = tuple(k for k in self.partial if k not in self.capped) if timed is None else tuple(timed)
        # why parts of the query were ignored or match nothing, one line each
        # (Store.search_problems): user text, to be shown as literal text
        self.problems = tuple(problems)
        self.budget = budget  # the time budget it had, seconds (None: none)
        self.elapsed = elapsed  # seconds it took
        self.cancelled = False  # stopped by the caller's `cancel`: hits are none or some
        self.skipped: tuple[str, ...] = ()  # kinds not searched: `fill` was reached before them


class _Cancelled(Exception):
    """The caller no longer wants this search's answer (a newer key was typed)."""


class _Uncached(Exception):
    """A value computed short of time (args[0]): used once, not cached."""


class _OutOfTime(Exception):
    """A query of the current phase passed its deadline."""


class _Clock(threading.local):
    budget: float | None = None  # of the current kind, seconds (None: no limit)
    deadline: float | None = None
    timed_out: bool = False  # a walk of this kind stopped at its deadline
    capped: int = 0  # a walk of this kind stopped at a row cap: the cap (rows), else 0
    cancel: threading.Event | None = None  # set by the caller: stop at the next step


@dataclass(frozen=True)
class _Kind:
    name: str
    fts: str
    table: str
    columns: tuple[str, str]  # the indexed columns (matches in the first rank first)
    per_report: float  # rough rows per report, to turn report counts into row counts

    @property
    def range_sql(self) -> str:
        """Keys of the rows matching ? within the key range [?, ?]."""
        return f"SELECT rowid FROM {self.fts} WHERE {self.fts} MATCH ? AND rowid BETWEEN ? AND ?"


_REPORT = _Kind("report", "reports_fts", "reports", ("title", "body"), 1.0)
_CLAIM = _Kind("claim", "claims_fts", "claims", ("claimant", "text"), 4.0)
_EVENT = _Kind("event", "events_fts", "events", ("summary", "date_text"), 3.0)
_KINDS = {"report": _REPORT, "claim": _CLAIM, "event": _EVENT}


@dataclass(frozen=True)
class _Walk:
    """What finding a kind's candidates cost: whether it walked every match, how long."""

    complete: bool
    seconds: float


@dataclass(frozen=True)
class _Described:
    hit: SearchHit
    title_marked: str  # the first column (title, claimant, summary) with match markers


@dataclass
class _Filter:
    """One condition on rows of a kind: how to walk it, how to check it, its size."""

    name: str
    rows: int  # estimated rows it selects (capped estimates stay >= the cap)
    stream_sql: str  # SELECT ... AS k ... newest first
    stream_params: list
    check_sql: str  # a condition on t (the kind's table) and r (its report)
    check_params: list
    presorted: bool  # its stream comes newest first from an index, without a sort
    needs_report: bool = False  # its check reads the report (r)
    read_us: float = 1.0  # cost of reading one key of its stream
    span_rows: int = 0  # the planner's guess of the stream rows a "span" plan needs


@dataclass
class _Search:
    """One search, parsed and with its filters resolved."""

    parsed: q.ParsedQuery
    terms: list[str]  # FTS5 expressions, ANDed
    key_range: tuple[int, int]
    full_terms: list[str] = field(default_factory=list)  # the terms as typed (for participants)
    # phrases FTS5 was given in part, and prefixes it was not given: each row's text is checked
    checks: tuple[Check, ...] = ()
    sources: tuple[str, ...] = ()
    entity_sets: list[tuple[int, ...]] = field(default_factory=list)
    entity_reports: list[int] = field(default_factory=list)
    event_kinds: tuple[str, ...] = ()
    nothing: bool = False  # a filter matched nothing: no report can match
    problems: list[str] = field(default_factory=list)  # of the filters, for SearchResults.problems
    narrowed: dict[str, int] = field(default_factory=dict)  # filters that stood for more entities

    @property
    def match(self) -> str | None:
        return " AND ".join(self.terms) if self.terms else None

    @property
    def dated(self) -> bool:
        return self.parsed.key_range() is not None


class SearchQueries(Reader):
    # ------------------------------------------------------------------ public

    def search(
        self,
        text: str,
        limit: int = 50,
        prefix: bool = False,
        kinds: tuple[str, ...] | list[str] | None = None,
        cancel: threading.Event | None = None,
        budget: float | None | str = "auto",
        fill: int = 0,
    ) -> SearchResults:
        """Hits for what the user typed: up to `limit` of each kind, grouped by kind
        (report, participant, claim, event), best first within a kind. Each kind
        has a time budget: `.partial` of the result names the kinds that ran out
        of it (their hits are the best of the newest matches; older ones may exist).

        Words must all match (anywhere in the hit); "quoted phrases" match in
        order; with `prefix` the last word matches as a prefix (search as you
        type). Filters: person: org: country: place: (an entity by name or
        alias; the hit's report must feature it), source:, after: and before:
        (YYYY, YYYY-MM or YYYY-MM-DD, inclusive), kind: (report, participant,
        claim, event, or an event kind such as meeting). Several person:
        (org:, ...) filters must all take part; several source: values are
        alternatives. Filters select reports: claims and events come from the
        reports they select; participants (matched by name or alias) do not
        follow them. `kinds` narrows the kinds returned. Never raises on input.

        `cancel`, once set (from any thread), stops the search at its next step
        (SQLite's progress handler, inside FTS5's walks too): the result is then
        empty and `.cancelled`. Search as you type sets it when a newer key makes
        the answer stale, so that key's search need not wait for it.

        `budget`: "auto" is SEARCH_BUDGET seconds from BUDGET_FROM_REPORTS reports
        (none below); None is no time limit (a complete answer, however long it
        takes: scripts, or the user asking for it, with `cancel` to stop it); a
        number is that many seconds at any size.

        `fill`: a first screenful. The kinds are searched in the order of `kinds`
        and the search stops once `fill` hits are in hand; the kinds not searched
        are named in `.skipped` (the same search without `fill` brings them, and
        the hits found are the same: no kind's answer depends on another's).
        """
        parsed = q.parse(text or "", prefix=prefix)
        if parsed.empty:
            return SearchResults(problems=parsed.problems)
        asked = parsed.hit_kinds()
        wanted = tuple(k for k in (kinds if fill and kinds is not None else asked)
                       if k in asked and (kinds is None or k in kinds))
        limit = max(0, int(limit))
        clock = self._clock()
        clock.cancel = cancel
        try:
            return self._search(parsed, wanted, limit, budget, fill)
        except _Cancelled:
            return _cancelled()
        except (sqlite3.Error, StoreError):
            if cancel is not None and cancel.is_set():
                return _cancelled()  # interrupted by the handler: not the text's fault
            # Should not happen (every term is quoted, controls are dropped): retry
            # with the plain words. Should that fail too, the database is at fault.
            literal = q.ParsedQuery(
                words=tuple(t for w in parsed.phrases + parsed.words for t in q.tokens(w))[:MAX_TERMS]
            )
            if literal.empty:
                return SearchResults()
            try:
                return self._search(literal, wanted, limit, budget)
            except (sqlite3.Error, StoreError, _Cancelled):
                return SearchResults()
        finally:
            clock.cancel = None

    def prepare_search(self, wait: bool = True) -> bool:
        """Build, once per database version, the completions of every one- and
        two-letter prefix (the first keys of every search) and of every longer
        prefix common enough to be expanded to words ("the", "min" ... "ministe"),
        so that those keys cost a lookup, not a scan of the sample's vocabulary
        (15-35 ms each at a million reports: it reads the doclists of the common
        words). The build is one scan (~1.5 s of CPU at a million reports) and a
        query a length, inside SQLite, in a thread of its own at the lowest
        priority (nice 19, Linux: the thread alone) that brings back one row a
        query (_low_priority), so that an app starting it does not slow its own
        keys; searches meanwhile scan as before and get the same answers. Once another connection (an ingest) has written, the table no
        longer answers and is built again in the same way when a search next
        asks for it, no sooner than SHORT_REBUILD_GAP times the last build's
        time after that build started (an ingest writes all the time). Below
        BUDGET_FROM_REPORTS it does nothing (the scans take ~1 ms). Nothing is
        read in the caller's thread (the UI's, at startup). `wait`: return once
        done, with whether a table is in use (else at once: False)."""
        thread = self._start_short_build()
        if not wait:
            return False
        thread.join()
        try:
            return self._short_table(rebuild=False) is not None
        except StoreError:
            return False

    def _start_short_build(self) -> threading.Thread:
        """A thread building the short prefixes' table (see prepare_search)."""
        lock = self.__dict__.setdefault("_short_lock", threading.Lock())

        def build() -> None:
            with lock:
                started = time.monotonic()
                try:
                    if self.count_reports() < BUDGET_FROM_REPORTS or self._short_table(rebuild=False) is not None:
                        return
                    version = self._data_version()
                    texts = self._low_priority(self._prefix_texts)
                    # parsed here, at this thread's priority (~10 ms at a million reports); the
                    # short prefixes answer at once, the longer ones once they are made too
                    short = next(texts, None)
                    if short is None:
                        return
                    table = _short_rows_table(json.loads(short))
                    self.__dict__["_short_prefixes"] = (version, table, _LongPrefixes([]))
                    longer = next(texts, None)
                    if longer is not None:
                        self.__dict__["_short_prefixes"] = (version, table, _LongPrefixes(longer))
                except (sqlite3.Error, StoreError):
                    pass  # searches scan as before
                finally:
                    self.__dict__["_short_built"] = (started, time.monotonic() - started)

        thread = threading.Thread(target=build, name="search-prefixes", daemon=True)
        thread.start()
        return thread

    @staticmethod
    def _low_priority(fn) -> Iterator:
        """What fn(give) gives, made in a thread of its own at the lowest priority,
        as the caller takes it (an error fn raises is raised in the caller).

        A thread that low must take Python's lock as seldom as it can: each time
        it does, a key's thread may hand the lock over and then wait for it to be
        scheduled, which on a busy machine (nice 19 gets ~1/70 of a core beside
        one busy process) took hundreds of ms. So it runs SQLite's scans and
        brings back a few texts; what Python makes of them is made by the caller."""
        given: queue.SimpleQueue = queue.SimpleQueue()
        end = object()

        def run() -> None:
            try:
                fn(given.put)
            except Exception as exc:  # noqa: BLE001 (raised again in the caller)
                given.put(_Failed(exc))
            finally:
                given.put(end)

        threading.Thread(target=run, name="search-prefixes-scan", daemon=True).start()
        while (item := given.get()) is not end:
            if isinstance(item, _Failed):
                raise item.error
            yield item

    def _prefix_texts(self, give) -> None:
        """The prefixes' table as JSON texts, at the lowest priority (_low_priority),
        given as made: [[prefix, term, doc, total], ...] for every two-letter prefix
        (or one-letter word), then a list of one text a length from 3 up, {prefix: [total, [[doc, term],
        ...]]}, of the prefixes in at least PREFIX_DIRECT_ROWS reports (estimated
        from the sample): the ones a search expands to words, whose scan reads
        the doclists of very common words (15-35 ms for "the", "that", "minis").
        A rarer prefix's scan reads few, and it stays a scan. Each gives the
        prefix's PREFIX_EXPANSION most frequent words and the sampled reports with
        a word starting with it. One row a query: Python's lock taken a few times."""
        with self._one_connection():
            rows = self._rows
            rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms_sample_vocab"
                 " USING fts5vocab(main, terms_sample_fts, row)")
            _lowest_priority()  # this thread only, to its end
            try:
                rows("CREATE TEMP TABLE prefix_vocab AS SELECT term, doc FROM temp.terms_sample_vocab")
                short = rows(
                    "SELECT json_group_array(json_array(p, term, doc, total)) FROM"
                    " (SELECT substr(term, 1, ?) AS p, term, doc,"
                    " row_number() OVER (PARTITION BY substr(term, 1, ?) ORDER BY doc DESC, term) AS n,"
                    " sum(doc) OVER (PARTITION BY substr(term, 1, ?)) AS total"
                    " FROM temp.prefix_vocab) WHERE n <= ?",
                    (SHORT_STEM, SHORT_STEM, SHORT_STEM, PREFIX_EXPANSION))[0][0] or "[]"
                give(short)
                longer: list[str] = []
                common = -(-PREFIX_DIRECT_ROWS // SAMPLE_EVERY)  # sampled reports: expanded from here
                # A prefix is common only if the one a letter shorter is: each length
                # looks at the words under the common prefixes of the length before.
                rows("CREATE TEMP TABLE prefix_common (k INTEGER, p TEXT, PRIMARY KEY (k, p)) WITHOUT ROWID")
                rows("INSERT INTO temp.prefix_common SELECT ?, substr(term, 1, ?) FROM temp.prefix_vocab"
                     " GROUP BY 2 HAVING sum(doc) >= ?", (SHORT_STEM, SHORT_STEM, common))
                for k in range(SHORT_STEM + 1, LONG_STEM_MAX + 1):
                    under = ("FROM temp.prefix_vocab WHERE length(term) >= ? AND substr(term, 1, ?)"
                             " IN (SELECT p FROM temp.prefix_common WHERE k = ?)")
                    text = rows(
                        "SELECT json_group_object(p, json(words)) FROM"
                        " (SELECT p, json_array(max(total), json_group_array(json_array(doc, term))) AS words FROM"
                        " (SELECT p, term, doc, total,"
                        " row_number() OVER (PARTITION BY p ORDER BY doc DESC, term) AS n FROM"
                        " (SELECT substr(term, 1, ?) AS p, term, doc,"
                        " sum(doc) OVER (PARTITION BY substr(term, 1, ?)) AS total " + under + ")"
                        " WHERE total >= ?) WHERE n <= ? GROUP BY p)",
                        (k, k, k, k - 1, k - 1, common, PREFIX_EXPANSION))[0][0] or "{}"
                    if text == "{}":
                        break  # none this long: none longer either (a longer prefix has fewer words)
                    longer.append(text)
                    rows("INSERT INTO temp.prefix_common SELECT ?, substr(term, 1, ?) " + under +
                         " GROUP BY 2 HAVING sum(doc) >= ?", (k, k, k, k - 1, k - 1, common))
            finally:
                rows("DROP TABLE IF EXISTS temp.prefix_vocab")
                rows("DROP TABLE IF EXISTS temp.prefix_common")
        give(longer)

    def _short_table(self, rebuild: bool = True):
        """The short prefixes' table, when built for the database as it is now.
        A table built for an earlier version is built again (`rebuild`), in the
        background: meanwhile, None (the caller scans)."""
        built = self.__dict__.get("_short_prefixes")
        if built is None:
            return None
        version = self._data_version()
        if built[0] == version:
            return built[1]
        started, took = self.__dict__.get("_short_built", (0.0, 0.0))
        if rebuild and self.__dict__.get("_short_tried") != version \
                and time.monotonic() >= started + SHORT_REBUILD_GAP * took:
            self.__dict__["_short_tried"] = version
            self._start_short_build()
        return None

    def search_problems(self, text: str) -> tuple[str, ...]:
        """Why parts of a query are ignored (a bad date) or match nothing (a kind:
        no hit or event has, a person:/org:/... or source: value naming none in
        the archive), one line each: what search(text).problems holds."""
        parsed = q.parse(text or "")
        out = list(parsed.problems)
        for name, entity_kinds in q.ENTITY_FILTERS.items():
            for value in parsed.values(name):
                if not self._resolve_entities(value[:MAX_TERM_CHARS], entity_kinds, 1)[0]:
                    out.append(_names_none(name, value))
        return (*out, *self._value_problems(parsed))

    def _value_problems(self, parsed: q.ParsedQuery) -> tuple[str, ...]:
        """Problems of the kind: and source: values (index probes, cached)."""
        out = []
        for value in parsed.event_kinds():
            if value not in self._event_kinds():
                near = difflib.get_close_matches(value, [*q.KIND_WORDS, *self._event_kinds()], n=1)
                hint = f"did you mean {near[0]}?" if near else "not report, participant, claim, event or a kind of event here"
                out.append(f"{q.shown('kind', value)} matches nothing ({hint})")
        for value in parsed.values("source"):
            if not self._cached("source seen", value.lower(), lambda: bool(self._rows(
                    "SELECT 1 FROM reports WHERE source = ? COLLATE NOCASE LIMIT 1", (value,)))):
                out.append(f"{q.shown('source', value)} matches nothing (no report has that source)")
        return tuple(out)

    def _event_kinds(self) -> tuple[str, ...]:
        """Every kind of event in the archive, from its index (one seek a kind)."""

        def compute():
            kinds: list[str] = []
            while len(kinds) < 10_000:
                row = self._rows("SELECT min(kind) FROM events WHERE kind > ?", (kinds[-1] if kinds else "",))
                if row[0][0] is None:
                    break
                kinds.append(row[0][0])
            return tuple(kinds)

        return self._cached("event kinds", None, compute)

    # ------------------------------------------------------------------ plan

    def _search(self, parsed: q.ParsedQuery, kinds: tuple[str, ...], limit: int,
                budget: float | None | str = "auto", fill: int = 0) -> SearchResults:
        if limit == 0:
            return SearchResults()
        started = time.perf_counter()
        if budget == "auto":
            total = SEARCH_BUDGET if self.count_reports() >= BUDGET_FROM_REPORTS else None
        else:
            total = None if budget is None else max(0.0, float(budget))
        ends = started + (total or 0.0)
        # each kind's least share: never more than the whole budget given
        least = MIN_KIND_BUDGET if budget == "auto" or total is None else min(MIN_KIND_BUDGET, total)
        # with a time budget a filter's entities are few (each widens its walks)
        s = self._prepare(parsed, ENTITY_FILTER_MATCHES if total is not None else ENTITY_FILTER_ALL)
        hits: list[SearchHit] = []
        partial: list[str] = []
        capped: dict[str, int] = {}
        cancel = self._clock().cancel
        skipped: tuple[str, ...] = ()
        for i, kind in enumerate(kinds):
            if cancel is not None and cancel.is_set():
                raise _Cancelled()
            if fill and len(hits) >= fill:
                skipped = kinds[i:]
                break
            if kind == "participant":
                hits.extend(self._participant_hits(s, limit))
            elif not s.nothing:
                left = sum(k != "participant" for k in kinds[i:])
                remaining = ends - time.perf_counter()
                # what is left, shared by the kinds left; a kind may take more than its
                # share (KIND_SHARE_MAX of it) as long as each after it keeps the minimum
                share = min(remaining / left * KIND_SHARE_MAX, remaining - least * (left - 1))
                kind_budget = max(least, share) if total is not None else None
                found, complete, cap = self._budgeted_hits(_KINDS[kind], s, limit, kind_budget)
                hits.extend(found)
                if not complete:
                    partial.append(kind)
                if cap:
                    capped[kind] = cap
        if cancel is not None and cancel.is_set():
            raise _Cancelled()  # a walk cut by it may have looked like one cut by the budget
        timed = tuple(k for k in partial if k not in capped)
        if s.narrowed and not s.nothing:  # hits through the entities left out may exist
            searched = [k for k in kinds if k != "participant" and k not in skipped]
            partial.extend(k for k in searched if k not in partial)
            partial.sort(key=kinds.index)
        out = SearchResults(hits, partial, total, time.perf_counter() - started, capped,
                            s.narrowed if not s.nothing else {}, timed,
                            (*parsed.problems, *s.problems, *self._value_problems(parsed)))
        out.skipped = skipped
        return out

    def _prepare(self, parsed: q.ParsedQuery, entity_cap: int = ENTITY_FILTER_MATCHES) -> _Search:
        terms, full, checks = [], [], []
        expanded: list[tuple[str, str]] = []  # prefixes given as an OR of their words: (expression, text)
        for text, star in parsed.terms()[:MAX_TERMS]:
            text = text[:MAX_TERM_CHARS]
            if star:
                terms.append(self._prefix_expr(text))
                full.append(terms[-1])
                if terms[-1].startswith("("):
                    expanded.append((terms[-1], text))
                continue
            full.append(q.quote(text))
            runs = self._rarer_runs(text)
            if runs is None:
                terms.append(full[-1])
            else:
                terms.extend(q.quote(" ".join(run)) for run in runs)
                checks.append(Check(tuple(q.tokens(text))))
        if expanded:
            # FTS5 walks the other terms when one is rare, else the words before a
            # prefix typed in a phrase ('"daigrupeamai in'); the prefixes (their
            # phrases) are then checked on each row's text
            rest = [t for t in terms if t not in {e for e, _ in expanded}]
            leads = [q.quote(" ".join(q.tokens(text)[:-1])) for _, text in expanded if len(q.tokens(text)) > 1]
            walked = rest if rest and self._drives(rest) else \
                rest + leads if leads and self._drives(leads) else None
            if walked is not None:
                terms = walked
                checks.extend(Check(tuple(q.tokens(text)), True) for _, text in expanded)
                expanded = []
        key_range = parsed.key_range() or (q.MIN_KEY, q.MAX_KEY)
        s = _Search(parsed, terms, key_range, full, tuple(checks), parsed.values("source"),
                    event_kinds=parsed.event_kinds())
        for name, entity_kinds in q.ENTITY_FILTERS.items():
            for value in parsed.values(name):
                found, more = self._resolve_entities(value[:MAX_TERM_CHARS], entity_kinds, entity_cap)
                if not found:
                    s.nothing = True
                    s.problems.append(_names_none(name, value))
                    continue
                if more:
                    s.narrowed[q.shown(name, value)] = len(found)
                s.entity_sets.append(tuple(e for e, _ in found))
                s.entity_reports.append(sum(n for _, n in found))
        if expanded and s.entity_reports and not s.nothing \
                and min(s.entity_reports) <= DRIVE_SHARE * self.count_reports():
            # a person:/org:/... filter in few reports: its rows are walked (the
            # planner's "seek") and the prefixes checked on their text, not sought
            # by FTS5 row by row (an OR of two dozen words each time)
            s.terms = [t for t in s.terms if t not in {e for e, _ in expanded}]
            s.checks += tuple(Check(tuple(q.tokens(text)), True) for _, text in expanded)
        return s

    def _resolve_entities(self, value: str, kinds: tuple[str, ...],
                          cap: int = ENTITY_FILTER_MATCHES) -> tuple[list[tuple[int, int]], bool]:
        """(entity id, report count) for a filter value: exact name or alias, else
        words; at most `cap` of them, those in most reports, and whether more match."""
        marks = _marks(kinds)
        rows = self._rows(
            f"SELECT e.id, e.report_count FROM entities e WHERE e.kind IN ({marks}) AND e.id IN"
            " (SELECT id FROM entities WHERE name = ? COLLATE NOCASE"
            "  UNION SELECT entity_id FROM aliases WHERE alias = ? COLLATE NOCASE)"
            " ORDER BY e.report_count DESC, e.id LIMIT ?",
            (*kinds, value, value, cap + 1),
        )
        if rows:
            return [(r[0], r[1]) for r in rows[:cap]], len(rows) > cap
        words = " AND ".join(q.quote(t) for t in q.tokens(value)[:MAX_TERMS])
        if not words:
            return [], False
        # the words' matches in the index are read up to a bound (their best known
        # are then among the first read, not necessarily the best of all: partial)
        candidates = max(ENTITY_CANDIDATES, cap * 40)
        rows = self._rows(
            "SELECT e.id, e.report_count, m.n FROM (SELECT rowid, count(*) OVER () AS n FROM"
            " (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ? LIMIT ?)) m"
            f" JOIN entities e ON e.id = m.rowid WHERE e.kind IN ({marks})"
            " ORDER BY e.report_count DESC, e.id LIMIT ?",
            (words, candidates, *kinds, cap + 1),
        )
        more = len(rows) > cap or bool(rows and rows[0][2] >= candidates)
        return [(r[0], r[1]) for r in rows[:cap]], more

    def _drives(self, terms: list[str]) -> bool:
        """Whether FTS5 should walk these terms alone and leave the expanded
        prefixes to a check of each row's text: when one of them is in at most
        DRIVE_SHARE of the reports. FTS5 would seek every word of an expansion
        (two dozen doclists of up to a million rows) at each of its rows: ~0.4 ms
        a row when they lie far apart (a word in 60 of a million reports), ~35 us
        in 1,600 of them, against ~15-40 us to read and check a report; in more
        than DRIVE_SHARE its rows lie close and FTS5 steps through the doclists
        faster than the check."""
        most = DRIVE_SHARE * self.count_reports()
        for term in terms:
            for toks, star in _phrases(term):
                docs = [self._word_docs(t) for t in (toks[:-1] if star else toks)]
                if star:  # a prefix searched as such (a rare one)
                    docs.append(self._completions(toks[-1])[0] * SAMPLE_EVERY)
                if min(docs) <= most:
                    return True
        return False

    def _rarer_runs(self, text: str) -> list[list[str]] | None:
        """A phrase's runs of words that are not common, when it has both kinds
        ("the foreign minister" -> [["foreign", "minister"]]); else None (FTS5
        takes the phrase as it is)."""
        toks = q.tokens(text)
        if len(toks) < 2:
            return None
        common = [self._is_common(t) for t in toks]
        if all(common) or not any(common):
            return None
        runs: list[list[str]] = [[]]
        for tok, is_common in zip(toks, common):
            if is_common:
                if runs[-1]:
                    runs.append([])
            else:
                runs[-1].append(tok)
        return [r for r in runs if r]

    def _is_common(self, token: str) -> bool:
        """Whether at least COMMON_SHARE of the newest reports hold `token`: the
        key span of its newest COMMON_SAMPLE matches (a bounded walk, ~0.2 ms)."""
        n, oldest = self._sample(_REPORT, q.quote(token), q.MIN_KEY, q.MAX_KEY, COMMON_SAMPLE)
        if n < COMMON_SAMPLE:
            return n >= COMMON_SHARE * max(self.count_reports(), 1)
        most = int(n / COMMON_SHARE) + 1  # reports that may lie in its span for it to be common
        reach = self._rows("SELECT count(*) FROM (SELECT 1 FROM reports WHERE sort_key <= ?"
                           " ORDER BY sort_key LIMIT ?)", (oldest, most))[0][0]
        return reach < most

    # ------------------------------------------------------------------ prefixes

    def _prefix_expr(self, text: str) -> str:
        """The word being typed, as a prefix match that is cheap however common it is."""
        toks = q.tokens(text)
        stem = toks[-1]
        lead = " ".join(toks[:-1])
        sampled, completions = self._completions(stem)
        if sampled * SAMPLE_EVERY < PREFIX_DIRECT_ROWS:
            return q.quote(text) + "*"  # rare: FTS5 merges its few doclists quickly
        phrases = [q.quote(f"{lead} {c}" if lead else c) for c in completions]
        return "(" + " OR ".join(phrases) + ")"

    def _completions(self, stem: str) -> tuple[int, list[str]]:
        """(sampled reports with a word starting with `stem` (an upper bound),
        its most frequent words), cached until the database changes."""

        def compute():
            table = self._short_table()
            if table is not None and len(stem) <= SHORT_STEM:  # prepare_search's: the same answer, without a scan
                groups = [v for k, v in table.items() if k.startswith(stem)] if len(stem) < SHORT_STEM \
                    else [table[stem]] if stem in table else []
                top = sorted((t for _, terms in groups for t in terms), key=lambda r: (-r[0], r[1]))
                return sum(total for total, _ in groups), [t for _, t in top[:PREFIX_EXPANSION]]
            if table is not None:
                built = self.__dict__.get("_short_prefixes")
                longer = built[2] if built is not None and len(built) > 2 else None
                found = longer.get(stem) if longer is not None else None
                if found is not None:  # a common prefix: the scan would read common words' doclists
                    total, terms = found
                    return total, [t for _, t in terms]
            rows = self._vocab_rows(
                "SELECT term, doc FROM temp.terms_sample_vocab WHERE term >= ? AND term < ?",
                (stem, stem + "\U0010ffff"),
            )
            rows.sort(key=lambda r: (-r[1], r[0]))
            return sum(r[1] for r in rows), [r[0] for r in rows[:PREFIX_EXPANSION]]

        return self._cached("prefixes", stem, compute)

    def _vocab_rows(self, sql: str, params: tuple) -> list[tuple]:
        """Rows from the sample's vocabulary, a TEMP table (the database itself is
        opened read-only and never changed) that each connection has its own of."""
        with self._one_connection():
            self._rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms_sample_vocab"
                       " USING fts5vocab(main, terms_sample_fts, row)")
            return self._rows(sql, params)

    # ------------------------------------------------------------------ time budgets

    def _clock(self) -> _Clock:
        clock = self.__dict__.get("_search_clock")
        if clock is None:
            clock = self.__dict__.setdefault("_search_clock", _Clock())
        return clock

    @contextmanager
    def _deadlines(self) -> Iterator[_Clock]:
        """One connection for a kind's queries, interrupted past the clock's deadline.

        FTS5 walks a phrase of common words (or words and a filter that seldom
        meet) inside one step of the query; no LIMIT or key range ends it early
        when matches are rare. SQLite's progress handler is called during that
        walk too (FTS5 reads its pages through SQLite), so it is the one place
        that can stop it.
        """
        clock = self._clock()
        clock.deadline, clock.timed_out, clock.capped = None, False, 0
        with self._one_connection():
            conn = self._pinned.conn
            cancel = clock.cancel
            conn.set_progress_handler(
                lambda: (clock.deadline is not None and time.perf_counter() > clock.deadline)
                or (cancel is not None and cancel.is_set()), PROGRESS_OPS)
            try:
                yield clock
            finally:
                conn.set_progress_handler(None, 0)
                clock.deadline = None

    def _past_deadline(self, exc: Exception) -> bool:
        """Whether `exc` is the interruption of a query that ran past its deadline."""
        clock = self._clock()
        # An interrupt while FTS5 opens its table on a fresh connection reads
        # "vtable constructor failed", not "interrupted".
        message = str(exc)
        return (clock.deadline is not None and time.perf_counter() >= clock.deadline
                and ("interrupted" in message or "vtable constructor failed" in message))

    def _walk_rows(self, sql: str, params) -> tuple[list[tuple], bool]:
        """The rows of a newest-first walk found before the deadline, and whether
        the walk ended on its own (else the kind is marked partial)."""
        conn = getattr(self._pinned, "conn", None)
        if conn is None:  # outside a budget: no deadline
            return self._rows(sql, params), True
        out: list[tuple] = []
        try:
            cursor = conn.execute(sql, params)
            while batch := cursor.fetchmany(256):
                out.extend(batch)
        except sqlite3.OperationalError as exc:
            if not self._past_deadline(exc):
                raise
            self._cut_short()
            return out, False
        return out, True

    def _cut_short(self) -> None:
        """Note that a walk stopped at its deadline; what follows it gets GRACE."""
        clock = self._clock()
        clock.timed_out = True
        clock.deadline = time.perf_counter() + GRACE

    def _budgeted_hits(self, kind: _Kind, s: _Search, limit: int,
                       budget: float | None) -> tuple[list[SearchHit], bool, int]:
        """A kind's hits within `budget` seconds (None: no limit, and no row caps),
        whether its walk was complete (not cut by the time budget nor a row cap),
        and the row cap that cut it (0: none did)."""
        with self._deadlines() as clock:
            clock.budget = budget
            try:
                hits = self._hits(kind, s, limit, clock)
            except _OutOfTime:
                return [], False, 0
            capped = 0 if clock.timed_out else clock.capped
            return hits, not clock.timed_out and not capped, capped

    def _phase(self, clock: _Clock, ends: float, fn, *args, fallback=None):
        """fn(*args) if it ends by `ends` (perf_counter seconds), else `fallback`
        (when given; without one, the kind gives up: _OutOfTime)."""
        clock.deadline = ends if ends != float("inf") else None
        try:
            return fn(*args)
        except (sqlite3.OperationalError, StoreError) as exc:
            if not self._past_deadline(exc):
                raise
            if fallback is None:
                clock.timed_out = True
                raise _OutOfTime() from None
            clock.deadline = time.perf_counter() + GRACE
            return fallback

    # ------------------------------------------------------------------ candidates

    def _hits(self, kind: _Kind, s: _Search, limit: int, clock: _Clock) -> list[SearchHit]:
        # With filters every candidate costs a check (or a seek): rank fewer.
        window = max(FILTERED_WINDOW if _filtered(kind, s) else WINDOW, limit)
        started = time.perf_counter()
        budget = clock.budget if clock.budget is not None else float("inf")
        finish = budget * FINISH_SHARE
        keys, complete = self._phase(clock, started + budget - finish, self._candidates, kind, s, window)
        if not keys:
            return []
        complete = complete and not clock.timed_out
        # Walking the keys' range again costs about what finding them did.
        walk = _Walk(complete, time.perf_counter() - started)
        finish = max(started + budget, time.perf_counter() + finish)
        if len(keys) <= limit and not (complete and s.match and self._idf_is_cheap(s)):
            # every candidate is shown: rank by the first-column highlight they carry
            hits = self._phase(clock, self._describe_by(finish), self._describe, kind, s, keys, walk)
            first = [h for h in hits if MATCH_START in h.title_marked]
            rest = [h for h in hits if MATCH_START not in h.title_marked]
            return [h.hit for h in first + rest]
        ranked = self._phase(clock, finish, self._rank, kind, s, keys, complete, walk,
                             fallback=keys)[:limit]
        return [h.hit for h in self._phase(clock, self._describe_by(finish), self._describe, kind, s, ranked, walk)]

    @staticmethod
    def _describe_by(finish: float) -> float:
        """Describing the hits found (their rows, highlights) gets at least DESCRIBE_MIN."""
        return max(finish, time.perf_counter() + DESCRIBE_MIN)

    def _candidates(self, kind: _Kind, s: _Search, window: int) -> tuple[list[int], bool]:
        """Up to `window` keys of matching rows, newest (lowest) first, and whether they are all.

        With filters and a time budget, a walk stops at a row cap (SEEK_BUDGET,
        SCAN_BUDGET, SPAN_ROWS, SPAN_MATCHES): the clock's `capped` then says so,
        and the kind is reported cut short like one out of time. Without a budget
        there are no caps: the walks go on until `window` keys or the last row."""
        lo, hi = s.key_range
        filters = self._filters(kind, s)
        if not s.match and not filters:
            return [], True
        if not filters:
            keys, complete = self._match_keys(kind, s.match, lo, hi, window + 1, checks=s.checks)
            return keys[:window], complete and len(keys) <= window
        clock = self._clock()
        bounded = clock.budget is not None
        want = window + 1
        while True:
            keys, complete, cap = self._filtered_candidates(kind, s, filters, want, bounded)
            if clock.timed_out:
                break
            if cap:
                clock.capped = cap
                break
            if complete or len(keys) > window:
                break
            # the checks (s.checks: phrases, prefixes checked on the text) dropped
            # candidates of a walk that ended at `want`: more may lie further on. Walk
            # on, twice as far each time; with a budget, the clock and SCAN_BUDGET
            # rows bound it, and a walk ended by the cap says so.
            if bounded and want > SCAN_BUDGET:
                clock.capped = want
                break
            want *= 2
        return keys[:window], complete and len(keys) <= window

    def _filtered_candidates(self, kind: _Kind, s: _Search, filters: list[_Filter], want: int,
                             bounded: bool) -> tuple[list[int], bool, int]:
        """_candidates with filters, by the planner's cheapest plan: the keys (checked
        for s.checks), whether the walk saw every match, and the row cap that ended
        it short of `want` keys (0: none; `bounded` False: no caps)."""
        lo, hi = s.key_range
        how, driver = self._plan(kind, s, filters, want)
        others = [f for f in filters if f is not driver]
        clock = self._clock()
        cap = 0
        if how == "seek":  # walk a filter, seek the words (or just check the rest)
            budget = (SEEK_BUDGET if s.match else SCAN_BUDGET) if bounded else -1
            keys = self._walk(kind, driver, others, s.match, want, budget)
            complete = len(keys) < want
            if complete and bounded and not clock.timed_out:
                complete = self._rows(
                    f"SELECT count(*) FROM (SELECT 1 FROM ({driver.stream_sql}) LIMIT ?)",
                    (*driver.stream_params, budget))[0][0] < budget
                cap = 0 if complete else budget
        elif how == "intersect":  # the filter's set read whole, the words' walked newest first
            selected = {r[0] for r in self._rows(driver.stream_sql, driver.stream_params)}
            found, complete = self._match_keys(kind, s.match, lo, hi, want if not others else None,
                                               accept=selected.__contains__, checks=s.checks)
            keys = self._check_keys(kind, found, others, want)
        elif how == "span":  # walk a filter in chunks, read the words' keys in each chunk's span
            keys, complete, cap = self._span(kind, s, driver, others, want, bounded)
        elif how == "words":  # walk the words, check every filter
            text_rows, _, exact = self._text_rows(kind, s.match, lo, hi)
            budget = text_rows + 1 if exact else (SCAN_BUDGET if bounded else -1)
            inner = (f"SELECT rowid AS k FROM {kind.fts} WHERE {kind.fts} MATCH ?"
                     " AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?")
            keys = self._filtered(kind, inner, [s.match, lo, hi, budget], filters, want)
            complete = exact or not bounded
            if not complete and len(keys) < want and not clock.timed_out:
                # fewer than wanted: did the walk end at the cap, or at the last match?
                complete = self._sample(kind, s.match, lo, hi, SCAN_BUDGET)[0] < SCAN_BUDGET
                cap = 0 if complete else SCAN_BUDGET
        else:  # "table": no words; walk the kind's rows newest first, check every filter
            budget = SCAN_BUDGET if bounded else -1
            inner = (f"SELECT sort_key AS k FROM {kind.table} WHERE sort_key BETWEEN ? AND ?"
                     " ORDER BY sort_key LIMIT ?")
            keys = self._filtered(kind, inner, [lo, hi, budget], filters, want)
            complete = not bounded or self._total(kind, lo, hi) < SCAN_BUDGET
            if not complete and len(keys) < want and not clock.timed_out:
                complete = self._rows(f"SELECT count(*) FROM (SELECT 1 FROM {kind.table}"
                                      " WHERE sort_key BETWEEN ? AND ? LIMIT ?)", (lo, hi, SCAN_BUDGET))[0][0] < SCAN_BUDGET
                cap = 0 if complete else SCAN_BUDGET
        if s.checks and how != "intersect":
            # the plans walked the phrases' rarer words: keep the rows holding the
            # phrases (fewer than `want` may remain while more exist: _candidates)
            keys = self._verify(kind, keys, s.checks)
        return keys, complete, cap

    def _plan(self, kind: _Kind, s: _Search, filters: list[_Filter], want: int) -> tuple[str, _Filter | None]:
        """The cheapest way to `want` hits, by estimated microseconds, taking the
        filters and words as independent: ("seek", filter) walks a filter newest
        first, seeking the words; ("intersect", filter) reads the words' and the
        filter's keys whole; ("words", None) walks the words newest first checking
        the filters; ("table", None), with no words, walks the kind's rows."""
        lo, hi = s.key_range
        total = max(self._total(kind, lo, hi), 1)
        text_rows, text_density = self._text_rows(kind, s.match, lo, hi)[:2] if s.match else (total, 1.0)
        text_density = max(text_density, 1.0 / total)
        density = {id(f): min(1.0, max(f.rows, 1) / total) for f in filters}

        def passing(skip: _Filter | None, words: bool) -> float:
            d = text_density if words else 1.0
            for f in filters:
                if f is not skip:
                    d *= density[id(f)]
            return max(d, 1.0 / total)

        options: list[tuple[float, str, _Filter | None]] = []
        for f in filters:
            per_row = CHECK_US * (len(filters) - 1) + (_seek_us(s) if s.match else 0)
            walked = min(f.rows, want / passing(f, bool(s.match)))
            cost = (0 if f.presorted else f.rows * SORT_US) + walked * per_row
            if f.rows <= SEEK_MAX:
                cost = 0  # bounded whatever it finds
            options.append((cost, "seek", f))
            if s.match:
                # the stream rows that hold `want` hits, the rows their keys spread
                # over, and the words' matches among those (read as a key range)
                n = min(f.rows, want / passing(f, True))
                f.span_rows = int(n)
                spread = min(total, n / density[id(f)])
                found = n * text_density
                cost = ((0 if f.presorted else f.rows * SORT_US) + n * f.read_us
                        + spread * text_density * SPAN_US + found * CHECK_US * (len(filters) - 1))
                options.append((cost, "span", f))
            if s.match and text_rows <= TEXT_SET_MAX and f.rows <= FILTER_SET_MAX:
                both = text_rows * READ_US + f.rows * f.read_us
                options.append((both + want * CHECK_US * (len(filters) - 1), "intersect", f))
        if s.match:
            walked = min(text_rows, want / passing(None, False))
            options.append((walked * (SCAN_US + CHECK_US * len(filters)), "words", None))
        else:
            walked = min(total, want / passing(None, False))
            options.append((walked * CHECK_US * len(filters), "table", None))
        if _force_plan:
            chosen = [o for o in options if o[1] == _force_plan or (o[1], _force_plan) == ("table", "words")]
            if chosen:
                return chosen[0][1], chosen[0][2]
        _, how, driver = min(options, key=lambda o: o[0])
        return how, driver

    def _total(self, kind: _Kind, lo: int, hi: int) -> int:
        """Rows of this kind between two keys, estimated from the report buckets."""
        return int(self._reports_between(lo, hi) * self._per_report(kind))

    def _per_report(self, kind: _Kind) -> float:
        """Rows of this kind per report (claims, events), cached."""
        if kind is _REPORT:
            return 1.0
        return self._cached("ratios", kind.table, lambda: (
            (self._rows(f"SELECT max(id) FROM {kind.table}")[0][0] or 0) / max(self.count_reports(), 1)))

    def _filters(self, kind: _Kind, s: _Search) -> list[_Filter]:
        """The conditions of the query on rows of this kind (words aside), each with
        a newest-first stream of the rows it selects and a per-row check."""
        lo, hi = s.key_range
        out: list[_Filter] = []
        rid = "t.id" if kind is _REPORT else "t.report_id"
        per_report = self._per_report(kind)
        x = "r" if kind is _REPORT else "x"
        join = "" if kind is _REPORT else f" CROSS JOIN {kind.table} x ON x.report_id = r.id"
        for ids, reports in zip(s.entity_sets, s.entity_reports):
            marks = _marks(ids)
            check = (f"EXISTS (SELECT 1 FROM participants p WHERE p.report_id = {rid}"
                     f" AND p.entity_id IN ({marks}))")
            rows = int(reports * per_report) + 1
            one = len(ids) == 1
            where = "p.entity_id = ?" if one else f"p.entity_id IN ({marks})"
            if kind is _REPORT:
                # the report's key from the covering index alone (published, report_id)
                key = q.sort_key_sql("p.published", "p.report_id")
                stream = (f"SELECT {'' if one else 'DISTINCT '}{key} AS k FROM participants p"
                          f" WHERE {where} AND {key} BETWEEN ? AND ?")
            else:
                stream = (f"SELECT {'' if one else 'DISTINCT '}x.sort_key AS k FROM participants p"
                          f" CROSS JOIN {kind.table} x ON x.report_id = p.report_id"
                          f" WHERE {where} AND x.sort_key BETWEEN ? AND ?")
            # one entity: its index gives report order (claims within a report unordered)
            stream += " ORDER BY p.published DESC, p.report_id DESC" if one else " ORDER BY k"
            out.append(_Filter("entity", rows, stream, [*ids, lo, hi], check, list(ids), one,
                               read_us=0.5 if kind is _REPORT else 1.0))
        if s.sources:
            marks = _marks(s.sources)
            match = "= ?" if len(s.sources) == 1 else f"IN ({marks})"
            n = self._cached("sources", (s.sources, lo, hi, _count_cap()), lambda: self._source_rows(s.sources, lo, hi))
            stream = (f"SELECT {x}.sort_key AS k FROM reports r{join} WHERE r.source COLLATE NOCASE"
                      f" {match} AND r.sort_key BETWEEN ? AND ? ORDER BY r.sort_key")
            src = "t.source" if kind is _REPORT else "r.source"
            out.append(_Filter("source", int(n * per_report), stream, [*s.sources, lo, hi],
                               f"{src} COLLATE NOCASE {match}", list(s.sources),
                               len(s.sources) == 1, kind is not _REPORT,
                               read_us=0.5 if kind is _REPORT else 1.0))
        if kind is _EVENT and s.event_kinds:
            marks = _marks(s.event_kinds)
            match = "= ?" if len(s.event_kinds) == 1 else f"IN ({marks})"
            n = self._rows(
                f"SELECT count(*) FROM (SELECT 1 FROM events WHERE kind {match}"
                " AND sort_key BETWEEN ? AND ? LIMIT ?)", (*s.event_kinds, lo, hi, _count_cap()))[0][0]
            out.append(_Filter(
                "event kind", n,
                f"SELECT sort_key AS k FROM events WHERE kind {match} AND sort_key BETWEEN ? AND ?"
                " ORDER BY sort_key", [*s.event_kinds, lo, hi],
                f"t.kind {match}", list(s.event_kinds), len(s.event_kinds) == 1, read_us=0.5))
        if not out and s.dated and not s.match:
            out.append(_Filter(
                "dates", self._total(kind, lo, hi),
                f"SELECT sort_key AS k FROM {kind.table} WHERE sort_key BETWEEN ? AND ?"
                " ORDER BY sort_key", [lo, hi], "1", [], True, read_us=0.5))
        return out

    def _source_rows(self, sources: tuple[str, ...], lo: int, hi: int) -> int:
        """Reports from these sources in [lo, hi], counted up to _count_cap(). One
        source is counted on its newest SOURCE_SAMPLE reports (its index is in
        date order) and estimated past them from the report buckets over their
        span (counting 20,000 index entries cost ~2-4 ms a search)."""
        if len(sources) == 1:
            n, oldest = self._rows(
                "SELECT count(*), max(sort_key) FROM (SELECT sort_key FROM reports WHERE source COLLATE NOCASE = ?"
                " AND sort_key BETWEEN ? AND ? ORDER BY sort_key LIMIT ?)", (sources[0], lo, hi, SOURCE_SAMPLE))[0]
            if n < SOURCE_SAMPLE:
                return n
            reach = max(self._reports_between(lo, oldest), n)
            return min(_count_cap(), int(n * self._reports_between(lo, hi) / reach))
        return self._rows(
            f"SELECT count(*) FROM (SELECT 1 FROM reports WHERE source COLLATE NOCASE IN ({_marks(sources)})"
            " AND sort_key BETWEEN ? AND ? LIMIT ?)", (*sources, lo, hi, _count_cap()))[0][0]

    def _walk(self, kind: _Kind, driver: _Filter, others: list[_Filter], match: str | None,
              limit: int, budget: int) -> list[int]:
        """Keys from the driver's stream (at most `budget` of them) passing the other
        filters and, with `match`, the words (one FTS5 seek per row)."""
        inner = f"SELECT k FROM ({driver.stream_sql}) LIMIT ?"
        params = [*driver.stream_params, budget]
        extra = []
        if match:
            extra.append((f"EXISTS (SELECT 1 FROM {kind.fts} WHERE {kind.fts} MATCH ?"
                          " AND rowid = m.k)", [match]))
        return self._filtered(kind, inner, params, others, limit, extra)

    def _span(self, kind: _Kind, s: _Search, driver: _Filter, others: list[_Filter],
              want: int, bounded: bool = True) -> tuple[list[int], bool, int]:
        """Keys from the driver's stream, in chunks of doubling size, that match the
        words and pass the other filters; and whether the stream was read to its end.

        The words' matches are walked over each chunk's key span at once and
        tested against the chunk inside SQLite (~0.1 us a match; only the hits
        come back to Python, at ~1 us a row): no per-row FTS5 seek (~40-100 us)
        and no per-row check of the filter through the kind's table and its
        report (~3 us, a random page each). Stops at `want` keys, or past
        SPAN_ROWS stream rows or about SPAN_MATCHES matches walked (`bounded`
        only; the third value is then the stream rows read, else 0).
        """
        max_rows = SPAN_ROWS if bounded else float("inf")
        max_matches = SPAN_MATCHES if bounded else float("inf")
        found: list[int] = []
        # the first chunk: what the planner expects to need, with a margin (a larger
        # chunk spreads over more rows, whose matching keys are all read)
        offset, size, read = 0, max(SPAN_FIRST, min(SPAN_ROWS, driver.span_rows * 3 // 2)), 0
        stream = f"SELECT k FROM ({driver.stream_sql}) LIMIT ? OFFSET ?"
        while True:
            chunk = [r[0] for r in self._rows(stream, (*driver.stream_params, size, offset))]
            if chunk:
                lo, hi = min(chunk), max(chunk)
                rows, _ = self._walk_rows(f"{kind.range_sql} AND +rowid IN (SELECT value FROM json_each(?))",
                                          (s.match, lo, hi, _json_list(chunk)))
                read += self._text_rows(kind, s.match, *s.key_range)[1] * self._total(kind, lo, hi)
                hits = sorted({r[0] for r in rows})
                found.extend(self._check_keys(kind, hits, others, want) if others else hits)
            offset += len(chunk)
            if len(chunk) < size:
                return sorted(found), True, 0
            if len(found) >= want or self._clock().timed_out:
                return sorted(found), False, 0
            if offset >= max_rows or read >= max_matches:
                return sorted(found), False, offset
            size = min(size * 2, SPAN_ROWS - offset) if bounded else size * 2

    def _filtered(self, kind: _Kind, inner: str, params: list, filters: list[_Filter],
                  limit: int, extra: list[tuple[str, list]] = ()) -> list[int]:
        """Keys from `inner` (a newest-first stream of k) that pass every check.

        CROSS JOIN keeps the stream as the outer loop: SQLite cannot tell how few
        rows it yields and would otherwise start from a filter's index.
        """
        checks = [(f.check_sql, f.check_params) for f in filters] + list(extra)
        joins = ""
        if filters:
            joins = f" CROSS JOIN {kind.table} t ON t.sort_key = m.k"
            if any(f.needs_report for f in filters):
                joins += " CROSS JOIN reports r ON r.id = t.report_id"
        where = (" WHERE " + " AND ".join(c for c, _ in checks)) if checks else ""
        check_params = [p for _, ps in checks for p in ps]
        rows, _ = self._walk_rows(f"SELECT m.k FROM ({inner}) m{joins}{where} LIMIT ?",
                                  (*params, *check_params, limit))
        return sorted(dict.fromkeys(r[0] for r in rows))

    def _check_keys(self, kind: _Kind, keys: list[int], filters: list[_Filter], limit: int) -> list[int]:
        """The first `limit` of `keys` (newest first) passing the filters, checked in chunks."""
        if not filters:
            return keys[:limit]
        out: list[int] = []
        for i in range(0, len(keys), CHUNK):
            chunk = keys[i:i + CHUNK]
            inner = "SELECT value AS k FROM json_each(?)"
            out.extend(self._filtered(kind, inner, [_json_list(chunk)], filters, limit - len(out)))
            if len(out) >= limit:
                break
        return sorted(out)

    def _text_rows(self, kind: _Kind, match: str, lo: int, hi: int) -> tuple[int, float, bool]:
        """(rows matching in [lo, hi], their share of the rows met newest first,
        whether the count is exact): exact up to TEXT_SAMPLE matches, else
        estimated from the density of the newest TEXT_SAMPLE (cached)."""

        def compute():
            n, oldest = self._sample(kind, match, lo, hi, TEXT_SAMPLE + 1)
            total = max(self._total(kind, lo, hi), 1)
            if n <= TEXT_SAMPLE:
                return n, min(1.0, n / total), True
            try:
                reach = self._rows(f"SELECT count(*) FROM (SELECT 1 FROM {kind.table}"
                                   " WHERE sort_key BETWEEN ? AND ? LIMIT ?)", (lo, oldest, SPAN_COUNT_MAX))[0][0]
            except (sqlite3.OperationalError, StoreError) as exc:
                if not self._past_deadline(exc):
                    raise
                self._cut_short()
                reach = SPAN_COUNT_MAX
            if reach >= SPAN_COUNT_MAX:
                reach = max(reach, self._total(kind, lo, oldest))
            density = min(1.0, n / max(reach, 1))
            estimate = max(n, int(density * total)), density, False
            if self._clock().timed_out:
                raise _Uncached(estimate)  # a guess made short of time: not remembered
            return estimate

        try:
            return self._cached("estimates", (kind.fts, match, lo, hi), compute)
        except _Uncached as guess:
            return guess.args[0]

    def _sample(self, kind: _Kind, match: str, lo: int, hi: int, cap: int) -> tuple[int, int]:
        """(matches counted up to `cap`, the oldest key counted), cached."""

        def compute():
            n, oldest = self._rows(
                f"SELECT count(*), max(k) FROM (SELECT rowid AS k FROM {kind.fts} WHERE {kind.fts}"
                " MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?)", (match, lo, hi, cap))[0]
            return n, hi if oldest is None else oldest

        try:
            return self._cached("counts", (kind.fts, match, lo, hi, cap), compute)
        except (sqlite3.OperationalError, StoreError) as exc:
            if not self._past_deadline(exc):
                raise
            self._cut_short()
            return cap, hi  # not counted in time: as many as counts go (not cached)

    def _match_keys(self, kind: _Kind, match: str, lo: int, hi: int, want: int | None,
                    accept=None, checks: tuple[Check, ...] = ()) -> tuple[list[int], bool]:
        """Keys of rows matching `match` (and `accept`, if given), newest first, up
        to `want` (None: all), and whether every match in [lo, hi] was seen.

        One walk: cutting the range into windows does not bound it, because FTS5
        looks for a window's next match past the window's end (a rare phrase of
        common words walks to the following match however small the window).
        """
        if checks:
            if accept is None and want is not None:
                keys = self._native_keys(kind, checks, lo, hi, want)
                if keys is not None:
                    return (keys[:want], False) if len(keys) > want else (keys, True)
            return self._checked_keys(kind, match, lo, hi, want, accept, checks)
        sql = f"{kind.range_sql} ORDER BY rowid"
        params: tuple = (match, lo, hi)
        if want is not None and accept is None:
            sql, params = sql + " LIMIT ?", (*params, want + 1)
        with self._phrase_walk(match):
            keys = [r[0] for r in self._walk_rows(sql, params)[0]]
        if accept is not None:
            keys = [k for k in keys if accept(k)]
        if want is not None and len(keys) > want:
            return keys[:want], False
        return keys, True

    def _native_keys(self, kind: _Kind, checks: tuple[Check, ...], lo: int, hi: int,
                     want: int) -> list[int] | None:
        """The phrases walked whole by FTS5 for NATIVE_TRY seconds: quick when they
        are frequent (a LIMIT ends the walk); None when that was not enough."""
        clock = self._clock()
        conn = getattr(self._pinned, "conn", None)
        if conn is None or clock.deadline is None or any(c.prefix for c in checks):
            return None  # (a prefix checked on the text is what FTS5 was slow at)
        phase_end = clock.deadline
        clock.deadline = min(phase_end, time.perf_counter() + NATIVE_TRY)
        match = " AND ".join(q.quote(" ".join(c.tokens)) for c in checks)
        try:
            return [r[0] for r in conn.execute(
                f"{kind.range_sql} ORDER BY rowid LIMIT ?", (match, lo, hi, want + 1))]
        except sqlite3.OperationalError as exc:
            if not self._past_deadline(exc):
                raise
            return None
        finally:
            clock.deadline = phase_end

    def _checked_keys(self, kind: _Kind, match: str, lo: int, hi: int, want: int | None, accept,
                      checks: tuple[Check, ...]) -> tuple[list[int], bool]:
        """_match_keys for a match that stands for phrases in part: its keys are
        walked in chunks (each ends at its LIMIT, its last key) and the rows of
        each chunk holding the whole phrases are kept, until `want` of them."""
        out: list[int] = []
        size, start = VERIFY_CHUNK, lo
        sql = f"{kind.range_sql} ORDER BY rowid LIMIT ?"
        with self._phrase_walk(match):
            while True:
                rows, finished = self._walk_rows(sql, (match, start, hi, size))
                keys = [r[0] for r in rows]
                try:
                    out.extend(self._verify(kind, [k for k in keys if accept is None or accept(k)], checks))
                except (sqlite3.OperationalError, StoreError) as exc:
                    if not self._past_deadline(exc):
                        raise
                    self._cut_short()
                    finished = False
                if want is not None and len(out) > want:
                    return out[:want], False
                if not finished:
                    return out, False
                if len(keys) < size:
                    return out, True
                start, size = keys[-1] + 1, min(size * 2, VERIFY_CHUNK_MAX)

    @contextmanager
    def _phrase_walk(self, match: str) -> Iterator[None]:
        """A walk of a match holding a phrase ends within PHRASE_WALK_MAX (when the
        search has a budget): LIMIT does not bound it (FTS5 checks the positions
        of every row holding all the phrase's words until it finds the next
        match), so a rare phrase of common words ("in of": none among 2.5 million
        events) would walk the whole index. Its kind is then partial."""
        clock = self._clock()
        saved = clock.deadline
        if saved is None or not _has_phrase(match):
            yield
            return
        clock.deadline = min(saved, time.perf_counter() + PHRASE_WALK_MAX)
        try:
            yield
        finally:
            if not clock.timed_out:
                clock.deadline = saved  # (once cut short, what follows keeps its GRACE)

    def _verify(self, kind: _Kind, keys: list[int], checks: tuple[Check, ...]) -> list[int]:
        """The keys whose row holds every check (a phrase, or a prefix being
        typed) within one of its indexed columns, tokenized as FTS5 does."""
        if not keys or not checks:
            return keys
        first, second = kind.columns
        rows = self._rows(f"SELECT sort_key, {first}, {second} FROM {kind.table}"
                          " WHERE sort_key IN (SELECT value FROM json_each(?))", (_json_list(keys),))
        held = rows_holding(rows, checks)
        return [k for k in keys if k in held]

    # ------------------------------------------------------------------ ranking

    def _rank(self, kind: _Kind, s: _Search, keys: list[int], complete: bool, walk: _Walk) -> list[int]:
        """Best first: bm25 when affordable, else first-column matches, then newest."""
        if not s.match:
            return keys
        if complete and self._idf_is_cheap(s):
            rows = self._fts_rows(kind, s, s.match, keys, walk, (f"bm25({kind.fts}, 10.0, 1.0)",))
            ranked = [r[0] for r in sorted(rows, key=lambda r: (r[1], r[0]))]
            if len(ranked) == len(keys):
                return ranked
        # A match in the first column (title, claimant, summary), found on the
        # column's own text: FTS5's highlight() would load each row whole (a
        # report's body too) and walk the words' matches across the keys' range,
        # and its {column} filter would read the whole doclist.
        holds = _matcher(s.match)
        first = {key for key, text in self._rows(
            f"SELECT sort_key, {kind.columns[0]} FROM {kind.table}"
            " WHERE sort_key IN (SELECT value FROM json_each(?))", (_json_list(keys),)) if holds(text or "")}
        return [k for k in keys if k in first] + [k for k in keys if k not in first]

    def _idf_is_cheap(self, s: _Search) -> bool:
        """Whether bm25's IDF, which evaluates every term over the whole table, is
        affordable: each term's rarest word (estimated from the sample) is in at
        most BM25_MAX_ROWS reports, and no term is an expanded prefix."""
        for text, star in s.parsed.terms()[:MAX_TERMS]:
            toks = q.tokens(text[:MAX_TERM_CHARS])
            if not toks:
                continue
            if star:
                sampled, _ = self._completions(toks[-1])
                if sampled * SAMPLE_EVERY >= PREFIX_DIRECT_ROWS:
                    return False
                toks = toks[:-1] or toks
            if min(self._word_docs(t) for t in toks) > BM25_MAX_ROWS:
                return False
        return True

    def _word_docs(self, word: str) -> int:
        """About how many reports hold `word` (its sample count times SAMPLE_EVERY),
        counted no further than BM25_MAX_ROWS: a bounded walk of its sample doclist
        (fts5vocab would walk all of it: ~2-8 ms for "the" at a million reports)."""
        cap = BM25_MAX_ROWS // SAMPLE_EVERY + 1
        try:
            return self._cached("words", word, lambda: SAMPLE_EVERY * self._rows(
                "SELECT count(*) FROM (SELECT 1 FROM terms_sample_fts WHERE terms_sample_fts MATCH ? LIMIT ?)",
                (q.quote(word), cap))[0][0])
        except (sqlite3.OperationalError, StoreError) as exc:
            if not self._past_deadline(exc):
                raise
            return SAMPLE_EVERY * cap  # not counted in time: taken as common (not cached)

    def _fts_rows(self, kind: _Kind, s: _Search, match: str, keys: list[int], walk: _Walk,
                  columns: tuple[str, ...] = (), params: tuple = ()) -> list[tuple]:
        """(rowid, *columns) of the given keys that match: over the keys' range
        when the words are dense there (~0.1 us a match walked), else by one
        seek per key (_seek_us: 35-300 us on a multi-segment index, more for
        OR-ed prefix words, but independent of how many rows lie between the keys)."""
        lo, hi = min(keys), max(keys)
        select = ", ".join(["rowid", *columns])
        if _filtered(kind, s):
            between = self._text_rows(kind, s.match, *s.key_range)[1] * self._total(kind, lo, hi)
            use_range = between <= RANGE_ROWS_PER_KEY * len(keys) + 20_000
        elif not walk.complete:
            use_range = True  # the newest matches in a row: nothing else lies between them
        else:
            # every match was walked to find these: the range costs that walk again
            use_range = len(keys) * _seek_us(s) / 1e6 > walk.seconds
        # LIMIT: the walk ends at the last key, not at the next match past it
        # (which, for a rare phrase, may lie at the far end of the index).
        if use_range:
            return self._rows(
                f"SELECT {select} FROM {kind.fts} WHERE {kind.fts} MATCH ? AND rowid BETWEEN ? AND ?"
                " AND +rowid IN (SELECT value FROM json_each(?)) LIMIT ?",
                (*params, match, lo, hi, _json_list(keys), len(set(keys))))
        return self._rows(
            f"SELECT {select} FROM {kind.fts} WHERE {kind.fts} MATCH ? AND rowid IN ({_marks(keys)}) LIMIT ?",
            (*params, match, *keys, len(set(keys))))

    # ------------------------------------------------------------------ hits

    def _describe(self, kind: _Kind, s: _Search, keys: list[int], walk: _Walk) -> list[_Described]:
        if not keys:
            return []
        listed = _json_list(keys)
        marked: dict[int, tuple[str, str]] = {}
        if s.match:
            fts = kind.fts
            columns = {
                "report": (f"highlight({fts}, 0, ?, ?)", f"snippet({fts}, 1, ?, ?, '…', {SNIPPET_TOKENS})"),
                "claim": (f"highlight({fts}, 0, ?, ?)", f"snippet({fts}, 1, ?, ?, '…', 32)"),
                "event": (f"highlight({fts}, 0, ?, ?)", f"highlight({fts}, 1, ?, ?)"),
            }[kind.name]
            marks = (MATCH_START, MATCH_END) * 2
            try:
                marked = {r[0]: (r[1], r[2]) for r in self._fts_rows(kind, s, s.match, keys, walk, columns, marks)}
            except (sqlite3.OperationalError, StoreError) as exc:
                if not self._past_deadline(exc):
                    raise
                pass  # shown without highlights (no match is missing: not partial)
        elif s.checks:  # every word was checked on the rows' text: marked there too
            marked = self._checked_marks(kind, keys, s.checks)
        # the rows themselves: at most `limit` reads by key, never cut short
        self._clock().deadline = None
        out = []
        if kind is _REPORT:
            rows = {r[0]: r for r in self._rows(
                "SELECT sort_key, id, title, published, substr(body, 1, 300) FROM reports"
                " WHERE sort_key IN (SELECT value FROM json_each(?))", (listed,))}
            for k in keys:
                if k in rows:
                    _, rid, title, published, head = rows[k]
                    title_marked, body = marked.get(k, (None, None))
                    snippet = body if body and MATCH_START in body else None
                    if snippet is None:
                        snippet = title_marked if title_marked and MATCH_START in title_marked else _head(head)
                    out.append(_Described(SearchHit("report", rid, rid, title, published, snippet),
                                          title_marked or ""))
        elif kind is _CLAIM:
            rows = {r[0]: r for r in self._rows(
                "SELECT c.sort_key, c.id, c.report_id, r.title, r.published, c.claimant, c.cue, c.text"
                " FROM claims c JOIN reports r ON r.id = c.report_id"
                " WHERE c.sort_key IN (SELECT value FROM json_each(?))", (listed,))}
            for k in keys:
                if k in rows:
                    _, cid, rid, title, published, claimant, cue, text = rows[k]
                    who, said = marked.get(k, (claimant, text))
                    out.append(_Described(SearchHit("claim", cid, rid, title, published, f"{attribution(who, cue)}: {said}"),
                                          who))
        else:
            rows = {r[0]: r for r in self._rows(
                "SELECT e.sort_key, e.id, e.report_id, r.title, r.published, e.kind, e.summary,"
                " e.date_text, e.date_value, e.planned FROM events e JOIN reports r ON r.id = e.report_id"
                " WHERE e.sort_key IN (SELECT value FROM json_each(?))", (listed,))}
            for k in keys:
                if k in rows:
                    _, eid, rid, title, published, ekind, summary, date_text, value, planned = rows[k]
                    what, when = marked.get(k, (summary, date_text or ""))
                    parts = [ekind + (" (planned)" if planned else ""), what]
                    if when:
                        parts.append(when if not value or value in when else f"{when} ({value})")
                    out.append(_Described(SearchHit("event", eid, rid, title, value or published,
                                                    " · ".join(parts)), what))
        return out

    def _checked_marks(self, kind: _Kind, keys: list[int], checks: tuple[Check, ...]) -> dict[int, tuple[str, str]]:
        """{key: (first column, second column or a report's snippet)} with the
        checks' matches marked, for hits no FTS5 match found (highlight() needs one)."""
        first, second = kind.columns
        out = {}
        for key, a, b in self._rows(f"SELECT sort_key, {first}, {second} FROM {kind.table}"
                                    " WHERE sort_key IN (SELECT value FROM json_each(?))", (_json_list(keys),)):
            a = term_checks.mark(a, checks, MATCH_START, MATCH_END) if a else a
            if kind is _REPORT:
                b = term_checks.snippet(b or "", checks, MATCH_START, MATCH_END)
            else:
                b = term_checks.mark(b, checks, MATCH_START, MATCH_END) if b else (b or "")
            out[key] = (a, b)
        return out

    def _participant_hits(self, s: _Search, limit: int) -> list[SearchHit]:
        """Entities whose name or aliases hold the words, best known first; with no
        words, the entities the filters name."""
        if s.full_terms:  # (s.terms may have left words to the checks)
            rows = self._entity_matches(s, limit)
        else:
            ids = list(dict.fromkeys(e for group in s.entity_sets for e in group))[:limit]
            if not ids:
                return []
            rows = self._rows(
                "SELECT id, name, kind, report_count, name, '' FROM entities"
                " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY report_count DESC, id",
                (_json_list(ids),))
        # every entity's latest date and recent roles in one statement (a query
        # per entity cost ~0.1 ms each in Python round trips)
        recent = {r[0]: r[1:] for r in self._rows(
            "SELECT e.value, (SELECT published FROM participants WHERE entity_id = e.value"
            "  ORDER BY published DESC, report_id DESC LIMIT 1),"
            " (SELECT json_group_array(role) FROM (SELECT DISTINCT role FROM (SELECT role FROM participants"
            "  WHERE entity_id = e.value ORDER BY published DESC, report_id DESC LIMIT 20)"
            "  WHERE role IS NOT NULL LIMIT 3))"
            " FROM json_each(?) e", (_json_list([r[0] for r in rows]),))}
        out = []
        for eid, name, kind, count, marked_name, marked_aliases in rows:
            published, role_list = recent.get(eid, (None, "[]"))
            latest = [(published,)] if published is not None else []
            roles = json.loads(role_list or "[]")
            parts = [f"{kind}, {count:,} report{'' if count == 1 else 's'}"]
            if MATCH_START in (marked_name or ""):
                parts.insert(0, marked_name)
            if roles:
                parts.append(", ".join(roles))
            aliases = "" if MATCH_START in (marked_name or "") else _matched_aliases(marked_aliases)
            if aliases:
                parts.append("also " + aliases)
            out.append(SearchHit("participant", eid, None, name, latest[0][0] if latest else None,
                                 " · ".join(parts)))
        return out

    def _entity_matches(self, s: _Search, limit: int) -> list[tuple]:
        words = " AND ".join(s.full_terms)
        ids = [r[0] for r in self._rows(
            "SELECT rowid FROM entities_fts WHERE entities_fts MATCH ? ORDER BY rowid LIMIT ?",
            (words, ENTITY_CANDIDATES))]
        if not ids:
            return []
        typed = " ".join(s.parsed.phrases + s.parsed.words)
        best = [r[0] for r in self._rows(
            "SELECT id FROM entities WHERE id IN (SELECT value FROM json_each(?))"
            " ORDER BY (name = ? COLLATE NOCASE) DESC, report_count DESC, id LIMIT ?",
            (_json_list(ids), typed, limit))]
        if not best:
            return []
        rows = {r[0]: r for r in self._rows(
            "SELECT e.id, e.name, e.kind, e.report_count, highlight(entities_fts, 0, ?, ?),"
            " highlight(entities_fts, 1, ?, ?) FROM entities_fts JOIN entities e"
            " ON e.id = entities_fts.rowid WHERE entities_fts MATCH ?"
            " AND entities_fts.rowid IN (SELECT value FROM json_each(?))",
            (MATCH_START, MATCH_END, MATCH_START, MATCH_END, words, _json_list(best)))}
        return [rows[i] for i in best if i in rows]


_ENTITY_WORDS = {"person": "person", "org": "organization or group", "country": "country", "place": "place"}


def _names_none(name: str, value: str) -> str:
    """The problem line of a person:/org:/... value that names no entity."""
    return f"{q.shown(name, value)} matches nothing (no {_ENTITY_WORDS.get(name, name)} of that name)"


def _lowest_priority() -> None:
    """nice 19 for the calling thread alone (Linux), so that a build running beside
    the app does not slow its keys; elsewhere the thread keeps its priority."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    except (AttributeError, OSError):
        pass


class _Failed:
    def __init__(self, error: Exception) -> None:
        self.error = error


class _LongPrefixes:
    """The common prefixes of 3 letters and more (see _prefix_texts): one JSON text a
    length, kept as text (~3 MB at a million reports; parsed whole, ~13 MB of
    objects and ~30 ms a length on the key that first needed it). A prefix is
    found by its key in its length's text and only its entry is parsed."""

    _decode = json.JSONDecoder().raw_decode

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts

    def get(self, stem: str) -> tuple[int, list[tuple[int, str]]] | None:
        """(sampled reports with a word starting with `stem`, its most frequent words
        as (doc, term), most frequent first) if `stem` is a common prefix of 3
        letters or more, else None (a rare one: scan)."""
        i = len(stem) - SHORT_STEM - 1
        if i < 0 or i >= len(self._texts) or any(c in '"\\' or c < " " for c in stem):
            return None  # (a token never holds a quote, backslash or control character)
        text = self._texts[i]
        key = f'"{stem}":'  # a key: a word in a list is followed by ] or ,
        at = text.find(key)
        while at > 0 and text[at - 1] not in "{,":
            at = text.find(key, at + 1)
        if at < 0:
            return None
        (total, pairs), _ = self._decode(text, at + len(key))
        return total, sorted(((doc, term) for doc, term in pairs), key=lambda r: (-r[0], r[1]))


def _short_rows_table(rows) -> dict[str, tuple[int, list[tuple[int, str]]]]:
    table: dict[str, tuple[int, list[tuple[int, str]]]] = {}
    for prefix, term, doc, total in rows:
        table.setdefault(prefix, (total, []))[1].append((doc, term))
    return table


def _cancelled() -> SearchResults:
    out = SearchResults()
    out.cancelled = True
    return out


def _filtered(kind: _Kind, s: _Search) -> bool:
    """Whether filters other than dates narrow this kind's rows."""
    return bool(s.entity_sets or s.sources or (kind is _EVENT and s.event_kinds))


def _seek_us(s: _Search) -> float:
    """What an FTS5 seek to one key costs the words, in microseconds: SEEK_US for
    one word; with several (or a phrase), FTS5 first finds the newest match of
    them all and then moves every word's iterator to the key (measured at a
    million reports: ~35 us for "in" alone, ~200 us for "daigrupeamai" AND "in",
    ~280 us for "said that")."""
    n = max(1, sum(len(q.tokens(t)) for t in s.terms))
    return SEEK_US * (1 if n == 1 else 2 * n)


def _count_cap() -> int:
    """Counts go no further than the largest threshold they are compared with."""
    return max(SEEK_MAX, TEXT_SET_MAX, FILTER_SET_MAX) + 1


def _marks(values) -> str:
    return ",".join("?" * len(values))


def _json_list(keys: list[int]) -> str:
    """Keys as one JSON parameter: a list of any length binds as a single value."""
    return json.dumps([int(k) for k in keys])


def _head(text: str) -> str:
    """The opening of a body, for hits found by filters alone."""
    text = " ".join((text or "").split())
    return text[:160] + ("…" if len(text) > 160 else "")


def _matched_aliases(marked: str | None) -> str:
    """The aliases (space-joined in the index) around the matched words."""
    if not marked or MATCH_START not in marked:
        return ""
    words = marked.split(" ")
    hits = [i for i, w in enumerate(words) if MATCH_START in w or MATCH_END in w]
    lo, hi = max(0, hits[0] - 2), min(len(words), hits[-1] + 3)
    return ("…" if lo else "") + " ".join(words[lo:hi]) + ("…" if hi < len(words) else "")
