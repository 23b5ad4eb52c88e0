"""A word being typed whose prefix is common is given to FTS5 as an OR of its
most frequent words, which FTS5 seeks at every row of the other terms (~0.4 ms
a row beside a rare word at a million reports). When another term is rare,
FTS5 walks that term alone and the prefix is checked on each row's text
(store/term_checks.py): the answer must be what FTS5 gives for the prefix as
such (any word it begins, not only the completions an expansion names), with
and without filters, for every kind; the checks must agree with FTS5's own
tokenizer."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_tui.store import query as q
from briefing_tui.store import search as search_module
from briefing_tui.store import term_checks
from briefing_tui.store.term_checks import Check, rows_holding

KINDS = ("report", "claim", "event")
STEMS = ("in", "th", "co", "pr", "mi", "s", "de")


def _fresh(store):
    store.__dict__.pop("_caches", None)
    return store


@pytest.fixture
def expanded(synthetic, monkeypatch):
    """Every typed prefix is expanded (as at a million reports), to two words only:
    an expansion then misses most of a prefix's words."""
    monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", 1)
    monkeypatch.setattr(search_module, "PREFIX_EXPANSION", 2)
    # a word in up to a tenth of the reports drives (at 400 reports the share of
    # a million would leave none: the sample counts one report in sixteen)
    monkeypatch.setattr(search_module, "DRIVE_SHARE", 0.1, raising=False)
    yield _fresh(synthetic)
    _fresh(synthetic)


def _rare_words(store, n):
    store._rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.pv USING fts5vocab(main, reports_fts, row)")
    return [r[0] for r in store._rows(
        "SELECT term FROM temp.pv WHERE doc BETWEEN 2 AND 12 AND length(term) >= 6 AND term GLOB '[a-z]*'"
        " ORDER BY term LIMIT ?", (n,))]


def _hits(store, text, kind):
    _fresh(store)
    return sorted(h.id for h in store.search(text, limit=1000, prefix=True, kinds=(kind,), budget=None))


def test_a_rare_word_drives_and_the_prefix_is_checked(expanded, monkeypatch):
    word = _rare_words(expanded, 1)[0]
    s = expanded._prepare(q.parse(f"{word} in", prefix=True))
    assert s.terms == [q.quote(word)]
    assert s.checks == (Check(("in",), True),)
    # with no term rare enough, FTS5 is given the expansion as before
    monkeypatch.setattr(search_module, "DRIVE_SHARE", -1)
    s = _fresh(expanded)._prepare(q.parse(f"{word} in", prefix=True))
    assert len(s.terms) == 2 and s.terms[1].startswith("(") and s.checks == ()


def test_the_answer_is_the_prefix_as_fts5_takes_it(expanded, monkeypatch):
    """Rare word + common prefix: what `"word" AND "stem"*` finds, every kind, also
    with a filter; the two-word expansion alone would miss hits (checked below)."""
    store = expanded
    words = _rare_words(store, 12)
    source = store._rows("SELECT source FROM reports WHERE source IS NOT NULL ORDER BY id LIMIT 1")[0][0]
    missed_by_expansion = 0
    compared = 0
    for word in words:
        for stem in STEMS:
            for extra in ("", f' source:"{source}"'):
                text = f"{word}{extra} {stem}"
                for kind in KINDS:
                    checked = _hits(store, text, kind)
                    monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", 10**9)  # the prefix as such
                    direct = _hits(store, text, kind)
                    # the two-word expansion (raising=False: the test runs on code without it)
                    monkeypatch.setattr(search_module, "DRIVE_SHARE", -1, raising=False)
                    monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", 1)
                    expansion = _hits(store, text, kind)
                    monkeypatch.setattr(search_module, "DRIVE_SHARE", 0.1, raising=False)
                    assert checked == direct, (text, kind)
                    missed_by_expansion += len(direct) > len(expansion)
                    compared += bool(direct)
    assert compared > 20  # the pairs do have hits
    assert missed_by_expansion > 5  # and the expansion alone was not the prefix


def test_a_phrase_being_typed_is_checked_as_a_phrase(expanded, monkeypatch):
    """An open quote: its words in order, the last as a prefix."""
    store = expanded
    checked_as_phrase = 0
    for word in _rare_words(store, 6):
        body = store._rows("SELECT body FROM reports WHERE sort_key IN (SELECT rowid FROM reports_fts"
                           " WHERE reports_fts MATCH ? ) LIMIT 1", (q.quote(word),))
        toks = q.tokens(body[0][0]) if body else []
        if word not in toks or toks.index(word) + 1 >= len(toks):
            continue
        after = toks[toks.index(word) + 1]
        text = f'"{word} {after[:2]}'
        s = _fresh(store)._prepare(q.parse(text, prefix=True))
        checked = _hits(store, text, "report")
        monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", 10**9)
        direct = _hits(store, text, "report")
        monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", 1)
        assert checked == direct and checked, text
        assert s.checks in ((Check((word, after[:2]), True),), ()), text
        checked_as_phrase += bool(s.checks)
    assert checked_as_phrase


def test_the_first_screenful_is_the_full_answers_start(expanded, monkeypatch):
    """The app's first answer (fill) and the full one agree on what they share."""
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    store = expanded
    word = _rare_words(store, 3)[2]
    first = store.search(f"{word} th", limit=10, prefix=True, kinds=("participant", *KINDS), fill=12)
    full = _fresh(store).search(f"{word} th", limit=50, prefix=True)
    for kind in KINDS:
        assert [h.id for h in first if h.kind == kind] == [h.id for h in full if h.kind == kind][:10]


# ---------------------------------------------------------------- the checks and FTS5's tokenizer

WORDS = ["in", "In", "IN", "into", "within", "inn", "of", "often", "Ïnto", "intérieur", "x1", "in1", "the",
         "in’s", "“into”", "straße", "Inß", "—in", "of—in"]
texts = st.lists(st.one_of(st.sampled_from(WORDS),
                           st.from_regex(r"[ \-_.,;:'\"()/\n\t0-9a-zA-Zéü]{1,3}", fullmatch=True)),
                 max_size=20).map("".join)


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = 'unicode61 remove_diacritics 2')")
    yield conn
    conn.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=texts, b=texts, check=st.sampled_from([("in",), ("of",), ("in", "of"), ("in", "o"), ("int",), ("x",)]),
       prefix=st.booleans())
@example(a="Ïntérieur", b="", check=("int",), prefix=True)
@example(a="within", b="", check=("in",), prefix=True)
@example(a="in, often", b="", check=("in", "o"), prefix=True)
def test_a_check_holds_where_fts5_matches(fts, a, b, check, prefix):
    fts.execute("DELETE FROM t")
    fts.execute("INSERT INTO t (rowid, a, b) VALUES (1, ?, ?)", (a, b))
    expr = q.quote(" ".join(check)) + ("*" if prefix else "")
    by_fts = bool(fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)).fetchall())
    assert bool(rows_holding([(1, a, b)], (Check(check, prefix),))) == by_fts, expr


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40))
@example(text="Ïntérieur ﬁve ½ e\u0301in Σ")
def test_folding_the_non_ascii_runs_is_folding_the_text(text):
    assert term_checks.fold(text) == q.fold(text).lower()


def test_a_rare_filter_drives_and_the_prefix_is_checked(expanded, monkeypatch):
    """person:X (an entity in few reports) and a common prefix: the filter's rows
    are walked and the prefix checked on their text; the hits are those of the
    prefix as such, and participants still match the prefix, not the filter."""
    store = expanded
    people = [r[0] for r in store._rows(
        "SELECT name FROM entities WHERE kind = 'person' AND report_count BETWEEN 2 AND 30"
        " ORDER BY report_count DESC, id LIMIT 6")]
    compared = 0
    for name in people:
        for stem in ("th", "in", "s", "co"):
            text = f'person:"{name}" {stem}'
            s = _fresh(store)._prepare(q.parse(text, prefix=True))
            assert s.terms == [] and s.checks == (Check((stem,), True),) or len(stem) < 2, text
            for kind in (*KINDS, "participant"):
                checked = _hits(store, text, kind)
                monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", 10**9)
                direct = _hits(store, text, kind)
                monkeypatch.setattr(search_module, "PREFIX_DIRECT_ROWS", 1)
                if kind == "participant":
                    # matched by name (the expansion: two words), never the filter's entities alone
                    monkeypatch.setattr(search_module, "DRIVE_SHARE", -1, raising=False)
                    direct = _hits(store, text, kind)
                    monkeypatch.setattr(search_module, "DRIVE_SHARE", 0.1, raising=False)
                assert checked == direct, (text, kind)
                compared += bool(direct)
    assert compared > 10


def test_hits_found_by_checks_alone_are_marked(expanded):
    """No FTS5 match to highlight with: the checked words are marked in the hits."""
    store = expanded
    name = store._rows("SELECT name FROM entities WHERE kind = 'person' AND report_count BETWEEN 2 AND 30"
                       " ORDER BY report_count DESC, id LIMIT 1")[0][0]
    hits = _fresh(store).search(f'person:"{name}" th', limit=50, prefix=True, budget=None)
    found = [h for h in hits if h.kind in KINDS]
    assert found and all(search_module.MATCH_START in h.snippet or search_module.MATCH_START in (h.title or "")
                         or h.kind != "report" for h in found)
    assert sum(search_module.MATCH_START in h.snippet for h in found) >= len(found) // 2


@pytest.mark.parametrize("text, checks, expected", [
    ("The refugees left; Ref 12.", (Check(("ref",), True),), "The [refugees] left; [Ref] 12."),
    ("in of, in. Of x", (Check(("in", "of")),), "[in of], [in. Of] x"),
    ("within inn", (Check(("in",)),), "within inn"),
    ("réfugiés refs", (Check(("ref",), True),), "réfugiés [refs]"),  # (folding: checked, not marked)
])
def test_mark(text, checks, expected):
    assert term_checks.mark(text, checks, "[", "]") == expected


def test_snippet_is_a_window_around_the_first_match():
    body = " ".join(f"w{i}" for i in range(200)) + " refugees " + " ".join(f"v{i}" for i in range(200))
    got = term_checks.snippet(body, (Check(("ref",), True),), "[", "]")
    assert got.startswith("…") and got.endswith("…") and "[refugees]" in got and len(got) < 120
    assert term_checks.snippet("nothing here", (Check(("ref",), True),), "[", "]") is None


def test_a_checked_walk_with_a_budget_walks_on_past_rows_the_check_drops(expanded):
    """With a time budget, a filter's walk whose rows the prefix check thins out
    goes on (twice as far each time) until it has a screenful or its last row:
    the answer is the unbudgeted one, complete, not cut at the first `limit + 1`
    rows walked (at a million reports `country:"American Samoa" in` kept 17 of
    50 claims and said it had stopped after 51 rows)."""
    store = expanded
    people = [r[0] for r in store._rows(
        "SELECT name FROM entities WHERE kind = 'person' AND report_count BETWEEN 4 AND 30"
        " ORDER BY report_count DESC, id LIMIT 6")]
    thinned = 0
    for name in people:
        for stem in ("th", "in", "co"):
            text = f'person:"{name}" {stem}'
            for kind in KINDS:
                _fresh(store)
                unbudgeted = store.search(text, limit=2, prefix=True, kinds=(kind,), budget=None)
                _fresh(store)
                budgeted = store.search(text, limit=2, prefix=True, kinds=(kind,), budget=30.0)
                assert [h.id for h in budgeted] == [h.id for h in unbudgeted], (text, kind)
                assert not budgeted.partial and not budgeted.capped, (text, kind, budgeted.capped)
                _fresh(store)
                every = store.search(f'person:"{name}"', limit=1000, kinds=(kind,), budget=None)
                thinned += len(every) > 3 and len(unbudgeted) < 2
    assert thinned  # some walks had rows the check dropped before a screenful
