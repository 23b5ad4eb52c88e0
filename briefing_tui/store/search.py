"""Search everywhere: reports, participants, claims and events, bounded at any size.

How it stays fast at a million reports (figures in README, "Performance"):

- Reports, claims and events are indexed under their report's sort key
  (-(published day << 32 | id)): FTS5 hands matches over newest first in its
  own ascending order, a LIMIT ends the walk early, and after:/before: are
  rowid ranges it seeks into.
- Each kind collects at most `window` candidates. With filters, a small planner
  picks the cheapest way in: walk the rarest filter and check the words row by
  row (an FTS5 seek costs ~50 us), walk a filter in chunks and read the words'
  keys over each chunk's key span at once ("span": ~0.5 us a key, no per-row
  seek or check), intersect key sets when both sides are moderate, or walk the
  words and check the filters (~3 us a row, a random report page each) when
  both are common. Every walk has a budget, so no query reads the whole index.
- Known limit: a phrase of three or more common words that is itself rare
  ("the foreign minister" in gibberish claims) costs FTS5 a walk of its words'
  postings (tens of ms at a million reports); a key range does not bound it,
  as FTS5 looks for the next match past the range's end.
- Ranking: FTS5's bm25 reads the whole doclist of every term (its IDF) and
  costs O(reports) for a word found everywhere, so it runs only when all
  matches are in hand and every term is in at most BM25_MAX_ROWS rows;
  otherwise title (claimant, summary) matches come first, then the newest.
- The word being typed is a prefix. The big indexes have no prefix indexes
  (they would double in size); a prefix is searched as such when it is rare,
  and otherwise expanded to its most frequent words, counted in
  terms_sample_fts (one report in sixteen).
- Snippets, highlights and per-hit details are computed for the hits returned.

Nothing the user types reaches SQL or FTS5 unquoted; should the text itself
still raise an error, search falls back to its literal words, then to nothing:
it never raises on input.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from briefing_tui.store import query as q
from briefing_tui.store.base import Reader
from briefing_tui.store.connection import StoreError
from briefing_tui.store.models import MATCH_END, MATCH_START, SearchHit

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
SCAN_US, READ_US, CHECK_US, SEEK_US, SORT_US = 0.5, 0.5, 3.0, 100.0, 1.0
RANGE_ROWS_PER_KEY = 100  # walk a hit range rather than seek each hit up to this many rows a hit
_force_plan: str | None = None  # tests only: "seek", "intersect", "words" (or "table") whatever the cost
BM25_MAX_ROWS = 20_000
MAX_TERMS = 16  # words and phrases past this are ignored
MAX_TERM_CHARS = 120
PREFIX_DIRECT_ROWS = 20_000  # a prefix in fewer reports than this is searched as is
PREFIX_EXPANSION = 24  # otherwise: its most frequent words, at most this many
SAMPLE_EVERY = 16  # terms_sample_fts holds one report in 16 (db/schema.sql)
ENTITY_FILTER_MATCHES = 50  # entities one person:/org:/... value may stand for
ENTITY_CANDIDATES = 2_000
SNIPPET_TOKENS = 16
CHUNK = 500
SPAN_FIRST = 32  # the smallest first chunk of a filter's stream in a "span" plan
SPAN_ROWS = 20_000  # a "span" plan reads at most this many stream rows ...
SPAN_MATCHES = 100_000  # ... and matching keys in their spans


@dataclass(frozen=True)
class _Kind:
    name: str
    fts: str
    table: str
    first_column: str  # matches here rank first: title, claimant, summary
    per_report: float  # rough rows per report, to turn report counts into row counts


_REPORT = _Kind("report", "reports_fts", "reports", "title", 1.0)
_CLAIM = _Kind("claim", "claims_fts", "claims", "claimant", 4.0)
_EVENT = _Kind("event", "events_fts", "events", "summary", 3.0)
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
    sources: tuple[str, ...] = ()
    entity_sets: list[tuple[int, ...]] = field(default_factory=list)
    entity_reports: list[int] = field(default_factory=list)
    event_kinds: tuple[str, ...] = ()
    nothing: bool = False  # a filter matched nothing: no report can match

    @property
    def match(self) -> str | None:
        return " AND ".join(self.terms) if self.terms else None

    def match_in(self, column: str) -> str | None:
        return f"{{{column}}} : ({self.match})" if self.terms else None

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
    ) -> list[SearchHit]:
        """Hits for what the user typed: up to `limit` of each kind, grouped by kind
        (report, participant, claim, event), best first within a kind.

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
        """
        parsed = q.parse(text or "", prefix=prefix)
        if parsed.empty:
            return []
        wanted = tuple(k for k in parsed.hit_kinds() if kinds is None or k in kinds)
        limit = max(0, int(limit))
        try:
            return self._search(parsed, wanted, limit)
        except (sqlite3.Error, StoreError):
            # Should not happen (every term is quoted, controls are dropped): retry
            # with the plain words. Should that fail too, the database is at fault.
            literal = q.ParsedQuery(
                words=tuple(t for w in parsed.phrases + parsed.words for t in q.tokens(w))[:MAX_TERMS]
            )
            if literal.empty:
                return []
            try:
                return self._search(literal, wanted, limit)
            except sqlite3.Error:
                return []

    def search_problems(self, text: str) -> tuple[str, ...]:
        """Why parts of a query are ignored (a bad date...), one line each, for the UI."""
        return q.parse(text or "").problems

    # ------------------------------------------------------------------ plan

    def _search(self, parsed: q.ParsedQuery, kinds: tuple[str, ...], limit: int) -> list[SearchHit]:
        if limit == 0:
            return []
        s = self._prepare(parsed)
        hits: list[SearchHit] = []
        for kind in kinds:
            if kind == "participant":
                hits.extend(self._participant_hits(s, limit))
            elif not s.nothing:
                hits.extend(self._hits(_KINDS[kind], s, limit))
        return hits

    def _prepare(self, parsed: q.ParsedQuery) -> _Search:
        terms = []
        for text, star in parsed.terms()[:MAX_TERMS]:
            text = text[:MAX_TERM_CHARS]
            terms.append(self._prefix_expr(text) if star else q.quote(text))
        key_range = parsed.key_range() or (q.MIN_KEY, q.MAX_KEY)
        s = _Search(parsed, terms, key_range, parsed.values("source"),
                    event_kinds=parsed.event_kinds())
        for name, entity_kinds in q.ENTITY_FILTERS.items():
            for value in parsed.values(name):
                found = self._resolve_entities(value[:MAX_TERM_CHARS], entity_kinds)
                if not found:
                    s.nothing = True
                    continue
                s.entity_sets.append(tuple(e for e, _ in found))
                s.entity_reports.append(sum(n for _, n in found))
        return s

    def _resolve_entities(self, value: str, kinds: tuple[str, ...]) -> list[tuple[int, int]]:
        """(entity id, report count) for a filter value: exact name or alias, else words."""
        marks = _marks(kinds)
        rows = self._rows(
            f"SELECT e.id, e.report_count FROM entities e WHERE e.kind IN ({marks}) AND e.id IN"
            " (SELECT id FROM entities WHERE name = ? COLLATE NOCASE"
            "  UNION SELECT entity_id FROM aliases WHERE alias = ? COLLATE NOCASE)"
            " ORDER BY e.report_count DESC LIMIT ?",
            (*kinds, value, value, ENTITY_FILTER_MATCHES),
        )
        if rows:
            return [(r[0], r[1]) for r in rows]
        words = " AND ".join(q.quote(t) for t in q.tokens(value)[:MAX_TERMS])
        if not words:
            return []
        rows = self._rows(
            "SELECT e.id, e.report_count FROM (SELECT rowid FROM entities_fts"
            "  WHERE entities_fts MATCH ? LIMIT ?) m JOIN entities e ON e.id = m.rowid"
            f" WHERE e.kind IN ({marks}) ORDER BY e.report_count DESC LIMIT ?",
            (words, ENTITY_CANDIDATES, *kinds, ENTITY_FILTER_MATCHES),
        )
        return [(r[0], r[1]) for r in rows]

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

    # ------------------------------------------------------------------ candidates

    def _hits(self, kind: _Kind, s: _Search, limit: int) -> list[SearchHit]:
        # With filters every candidate costs a check (or a seek): rank fewer.
        window = max(FILTERED_WINDOW if _filtered(kind, s) else WINDOW, limit)
        started = time.perf_counter()
        keys, complete = self._candidates(kind, s, window)
        if not keys:
            return []
        # Walking the keys' range again costs about what finding them did.
        walk = _Walk(complete, time.perf_counter() - started)
        if len(keys) <= limit and not (complete and s.match and self._idf_is_cheap(s)):
            # every candidate is shown: rank by the first-column highlight they carry
            hits = self._describe(kind, s, keys, walk)
            first = [h for h in hits if MATCH_START in h.title_marked]
            rest = [h for h in hits if MATCH_START not in h.title_marked]
            return [h.hit for h in first + rest]
        ranked = self._rank(kind, s, keys, complete, walk)[:limit]
        return [h.hit for h in self._describe(kind, s, ranked, walk)]

    def _candidates(self, kind: _Kind, s: _Search, window: int) -> tuple[list[int], bool]:
        """Up to `window` keys of matching rows, newest (lowest) first, and whether they are all."""
        lo, hi = s.key_range
        filters = self._filters(kind, s)
        want = window + 1
        if not s.match and not filters:
            return [], True
        if not filters:
            keys, complete = self._match_keys(kind, s.match, lo, hi, want)
            return keys[:window], complete and len(keys) <= window
        plan = self._plan(kind, s, filters, want)
        how, driver = plan
        others = [f for f in filters if f is not driver]
        if how == "seek":  # walk a filter, seek the words (or just check the rest)
            budget = SEEK_BUDGET if s.match else SCAN_BUDGET
            keys = self._walk(kind, driver, others, s.match, want, budget)
            complete = len(keys) < want and self._rows(
                f"SELECT count(*) FROM (SELECT 1 FROM ({driver.stream_sql}) LIMIT ?)",
                (*driver.stream_params, budget))[0][0] < budget
        elif how == "intersect":  # the filter's set read whole, the words' walked newest first
            selected = {r[0] for r in self._rows(driver.stream_sql, driver.stream_params)}
            found, complete = self._match_keys(kind, s.match, lo, hi, want if not others else None,
                                               accept=selected.__contains__)
            keys = self._check_keys(kind, found, others, want)
        elif how == "span":  # walk a filter in chunks, read the words' keys in each chunk's span
            keys, complete = self._span(kind, s, driver, others, want)
        elif how == "words":  # walk the words, check every filter
            text_rows = self._count(kind, s.match, lo, hi, _count_cap())
            budget = text_rows + 1 if text_rows <= TEXT_SET_MAX else SCAN_BUDGET
            inner = (f"SELECT rowid AS k FROM {kind.fts} WHERE {kind.fts} MATCH ?"
                     " AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?")
            keys = self._filtered(kind, inner, [s.match, lo, hi, budget], filters, want)
            complete = text_rows < budget
        else:  # "table": no words; walk the kind's rows newest first, check every filter
            inner = (f"SELECT sort_key AS k FROM {kind.table} WHERE sort_key BETWEEN ? AND ?"
                     " ORDER BY sort_key LIMIT ?")
            keys = self._filtered(kind, inner, [lo, hi, SCAN_BUDGET], filters, want)
            complete = self._total(kind, lo, hi) < SCAN_BUDGET
        return keys[:window], complete and len(keys) <= window

    def _plan(self, kind: _Kind, s: _Search, filters: list[_Filter], want: int) -> tuple[str, _Filter | None]:
        """The cheapest way to `want` hits, by estimated microseconds, taking the
        filters and words as independent: ("seek", filter) walks a filter newest
        first, seeking the words; ("intersect", filter) reads the words' and the
        filter's keys whole; ("words", None) walks the words newest first checking
        the filters; ("table", None), with no words, walks the kind's rows."""
        lo, hi = s.key_range
        total = max(self._total(kind, lo, hi), 1)
        text_rows = self._count(kind, s.match, lo, hi, _count_cap()) if s.match else total
        density = {id(f): min(1.0, max(f.rows, 1) / total) for f in filters}
        text_density = max(self._density(kind, s.match, lo, hi), 1.0 / total) if s.match else 1.0
        if text_rows >= _count_cap():
            text_rows = max(text_rows, int(text_density * total))

        def passing(skip: _Filter | None, words: bool) -> float:
            d = text_density if words else 1.0
            for f in filters:
                if f is not skip:
                    d *= density[id(f)]
            return max(d, 1.0 / total)

        options: list[tuple[float, str, _Filter | None]] = []
        for f in filters:
            per_row = CHECK_US * (len(filters) - 1) + (SEEK_US if s.match else 0)
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
                        + spread * text_density * READ_US + found * CHECK_US * (len(filters) - 1))
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
            n = self._cached("sources", (s.sources, lo, hi, _count_cap()), lambda: self._rows(
                f"SELECT count(*) FROM (SELECT 1 FROM reports WHERE source COLLATE NOCASE {match}"
                " AND sort_key BETWEEN ? AND ? LIMIT ?)", (*s.sources, lo, hi, _count_cap()))[0][0])
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
              want: int) -> tuple[list[int], bool]:
        """Keys from the driver's stream, in chunks of doubling size, that match the
        words and pass the other filters; and whether the stream was read to its end.

        The words' matches are read for each chunk's key span at once (~0.5 us a
        row): no per-row FTS5 seek (~40-100 us) and no per-row check of the
        filter through the kind's table and its report (~3 us, a random page
        each). Stops at `want` keys, or past SPAN_ROWS or SPAN_MATCHES.
        """
        found: list[int] = []
        # the first chunk: what the planner expects to need, with a margin (a larger
        # chunk spreads over more rows, whose matching keys are all read)
        offset, size, read = 0, max(SPAN_FIRST, min(SPAN_ROWS, driver.span_rows * 3 // 2)), 0
        stream = f"SELECT k FROM ({driver.stream_sql}) LIMIT ? OFFSET ?"
        while True:
            chunk = [r[0] for r in self._rows(stream, (*driver.stream_params, size, offset))]
            if chunk:
                matches = {r[0] for r in self._rows(
                    f"SELECT rowid FROM {kind.fts} WHERE {kind.fts} MATCH ? AND rowid BETWEEN ? AND ?",
                    (s.match, min(chunk), max(chunk)))}
                read += len(matches)
                hits = sorted(dict.fromkeys(k for k in chunk if k in matches))
                found.extend(self._check_keys(kind, hits, others, want) if others else hits)
            offset += len(chunk)
            if len(chunk) < size:
                return sorted(found), True
            if len(found) >= want or offset >= SPAN_ROWS or read >= SPAN_MATCHES:
                return sorted(found), False
            size = min(size * 2, SPAN_ROWS - offset)

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
        rows = self._rows(f"SELECT m.k FROM ({inner}) m{joins}{where} LIMIT ?",
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

    def _count(self, kind: _Kind, match: str, lo: int, hi: int, cap: int) -> int:
        """How many rows match, counting no further than `cap` (cached)."""
        return self._sample(kind, match, lo, hi, cap)[0]

    def _density(self, kind: _Kind, match: str, lo: int, hi: int) -> float:
        """The share of rows that match: exact below the count cap, else measured on
        the newest rows (the ones a newest-first walk meets)."""
        n, oldest = self._sample(kind, match, lo, hi, _count_cap())
        reach = self._total(kind, lo, oldest if n >= _count_cap() else hi)
        return min(1.0, n / max(reach, 1))

    def _sample(self, kind: _Kind, match: str, lo: int, hi: int, cap: int) -> tuple[int, int]:
        """(matches counted up to `cap`, the oldest key counted), cached."""

        def compute():
            n, oldest = self._rows(
                f"SELECT count(*), max(k) FROM (SELECT rowid AS k FROM {kind.fts} WHERE {kind.fts}"
                " MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?)", (match, lo, hi, cap))[0]
            return n, hi if oldest is None else oldest

        return self._cached("counts", (kind.fts, match, lo, hi, cap), compute)

    def _match_keys(self, kind: _Kind, match: str, lo: int, hi: int, want: int | None,
                    accept=None) -> tuple[list[int], bool]:
        """Keys of rows matching `match` (and `accept`, if given), newest first, up
        to `want` (None: all), and whether every match in [lo, hi] was seen.

        One walk: cutting the range into windows does not bound it, because FTS5
        looks for a window's next match past the window's end (a rare phrase of
        common words walks to the following match however small the window).
        """
        sql = f"SELECT rowid FROM {kind.fts} WHERE {kind.fts} MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid"
        params: tuple = (match, lo, hi)
        if want is not None and accept is None:
            sql, params = sql + " LIMIT ?", (*params, want + 1)
        keys = [r[0] for r in self._rows(sql, params)]
        if accept is not None:
            keys = [k for k in keys if accept(k)]
        if want is not None and len(keys) > want:
            return keys[:want], False
        return keys, True

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
        # A match in the first column (title, claimant, summary) shows as a marker
        # in its highlight. (FTS5's {column} filter would read the whole doclist.)
        rows = self._fts_rows(kind, s, s.match, keys, walk, (f"highlight({kind.fts}, 0, ?, ?)",),
                              (MATCH_START, MATCH_END), seek=False)
        if rows is None:  # the hits are spread too thin to rank them cheaply: newest first
            return keys
        first = {r[0] for r in rows if MATCH_START in (r[1] or "")}
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
        """About how many reports hold `word` (its sample count times SAMPLE_EVERY)."""
        return self._cached("words", word, lambda: SAMPLE_EVERY * (self._vocab_rows(
            "SELECT doc FROM temp.terms_sample_vocab WHERE term = ?", (word,)) or [(0,)])[0][0])

    def _fts_rows(self, kind: _Kind, s: _Search, match: str, keys: list[int], walk: _Walk,
                  columns: tuple[str, ...] = (), params: tuple = (), seek: bool = True) -> list[tuple] | None:
        """(rowid, *columns) of the given keys that match: over the keys' range
        when the words are dense there (~1 us a row), else by one seek per key
        (0.05-2 ms each on a multi-segment index, more for OR-ed prefix words,
        but independent of how many rows lie between the keys)."""
        lo, hi = min(keys), max(keys)
        select = ", ".join(["rowid", *columns])
        if _filtered(kind, s):
            between = self._density(kind, s.match, *s.key_range) * self._total(kind, lo, hi)
            use_range = between <= RANGE_ROWS_PER_KEY * len(keys) + 5_000
        elif not walk.complete:
            use_range = True  # the newest matches in a row: nothing else lies between them
        else:
            # every match was walked to find these: the range costs that walk again
            use_range = len(keys) * SEEK_US / 1e6 > walk.seconds
        if use_range:
            return self._rows(
                f"SELECT {select} FROM {kind.fts} WHERE {kind.fts} MATCH ? AND rowid BETWEEN ? AND ?"
                " AND +rowid IN (SELECT value FROM json_each(?))", (*params, match, lo, hi, _json_list(keys)))
        if not seek:
            return None
        return self._rows(
            f"SELECT {select} FROM {kind.fts} WHERE {kind.fts} MATCH ? AND rowid IN ({_marks(keys)})",
            (*params, match, *keys))

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
            marked = {r[0]: (r[1], r[2]) for r in self._fts_rows(kind, s, s.match, keys, walk, columns, marks)}
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
                    out.append(_Described(SearchHit("claim", cid, rid, title, published, f"{who} {cue}: {said}"),
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

    def _participant_hits(self, s: _Search, limit: int) -> list[SearchHit]:
        """Entities whose name or aliases hold the words, best known first; with no
        words, the entities the filters name."""
        if s.terms:
            rows = self._entity_matches(s, limit)
        else:
            ids = list(dict.fromkeys(e for group in s.entity_sets for e in group))[:limit]
            if not ids:
                return []
            rows = self._rows(
                "SELECT id, name, kind, report_count, name, '' FROM entities"
                " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY report_count DESC, id",
                (_json_list(ids),))
        out = []
        for eid, name, kind, count, marked_name, marked_aliases in rows:
            latest = self._rows(
                "SELECT published FROM participants WHERE entity_id = ?"
                " ORDER BY published DESC, report_id DESC LIMIT 1", (eid,))
            roles = [r[0] for r in self._rows(
                "SELECT DISTINCT role FROM (SELECT role FROM participants WHERE entity_id = ?"
                " ORDER BY published DESC, report_id DESC LIMIT 20) WHERE role IS NOT NULL LIMIT 3",
                (eid,))]
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
        words = s.match
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


def _filtered(kind: _Kind, s: _Search) -> bool:
    """Whether filters other than dates narrow this kind's rows."""
    return bool(s.entity_sets or s.sources or (kind is _EVENT and s.event_kinds))


def _count_cap() -> int:
    """Counts go no further than the largest threshold they are compared with."""
    return max(SEEK_MAX, TEXT_SET_MAX, FILTER_SET_MAX) + 1


def _marks(values) -> str:
    return ",".join("?" * len(values))


def _json_list(keys: list[int]) -> str:
    """Keys as one JSON parameter: a list of any length binds as a single value."""
    return "[" + ",".join(str(int(k)) for k in keys) + "]"


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
