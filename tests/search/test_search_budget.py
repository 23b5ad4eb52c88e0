"""Bounded search at any size: phrases of common and rarer words (FTS5 is given
the rarer words, the phrase is checked on each row's text) find what FTS5 finds
with the whole phrase; a search that runs out of time returns what it found,
newest first, and names the kinds cut short; it never raises."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_tui.store import query as q
from briefing_tui.store import search as search_module
from briefing_tui.store import term_checks
from briefing_tui.store.search import SearchResults

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
KINDS = ("report", "claim", "event")


def _phrases(store, n: int) -> list[str]:
    """Runs of 2-3 words taken from the texts of every kind (phrases that occur)."""
    texts = [r[0] for r in store._rows("SELECT body FROM reports ORDER BY id LIMIT 40")]
    texts += [r[0] for r in store._rows("SELECT text FROM claims ORDER BY id LIMIT 40")]
    texts += [r[0] for r in store._rows("SELECT summary FROM events ORDER BY id LIMIT 40")]
    out = []
    for i, text in enumerate(texts):
        toks = q.tokens(text)
        for j in range(0, max(0, len(toks) - 3), 7):
            out.append(" ".join(toks[j:j + 2 + (i + j) % 2]))
    return out[:n]


def _search(store, text, kinds=None, limit=1000):
    store.__dict__.pop("_caches", None)
    return store.search(text, limit=limit, kinds=kinds)


@pytest.fixture
def some_common(synthetic, monkeypatch):
    """Words in a tenth of the reports count as common: most phrases mix both."""
    monkeypatch.setattr(search_module, "COMMON_SHARE", 0.1)
    yield synthetic
    synthetic.__dict__.pop("_caches", None)


def test_split_phrases_find_what_whole_phrases_find(some_common, monkeypatch):
    store = some_common
    phrases = _phrases(store, 80)
    split = 0
    for phrase in phrases:
        text = f'"{phrase}"'
        s = store._prepare(q.parse(text, prefix=False))
        split += bool(s.checks)
        for kind in KINDS:
            got = [(h.kind, h.id) for h in _search(store, text, (kind,))]
            monkeypatch.setattr(search_module, "COMMON_SHARE", 2.0)  # nothing is common
            whole = [(h.kind, h.id) for h in _search(store, text, (kind,))]
            monkeypatch.setattr(search_module, "COMMON_SHARE", 0.1)
            assert sorted(got) == sorted(whole), (text, kind)
    assert split >= len(phrases) // 4  # the split path was taken, not only the whole one


def test_a_split_phrase_keeps_word_order(some_common):
    store = some_common
    phrase = _phrases(store, 1)[0].split()
    forward = {h.id for h in _search(store, '"' + " ".join(phrase) + '"', ("report",))}
    backward = {h.id for h in _search(store, '"' + " ".join(reversed(phrase)) + '"', ("report",))}
    both = {h.id for h in _search(store, " ".join(phrase), ("report",))}
    assert forward and forward <= both and backward <= both
    assert forward != both or backward != both


# The words and separators FTS5's unicode61 tokenizer sees in ASCII text.
ascii_text = st.lists(st.one_of(st.sampled_from(["the", "The", "THE", "foreign", "minister", "of", "in", "x1", "1x"]),
                                st.from_regex(r"[ \-_.,;:'\"()\[\]/\\\n\t0-9a-zA-Z]{1,3}", fullmatch=True)),
                      max_size=25).map("".join)


@SETTINGS
@given(text=ascii_text, phrase=st.lists(st.sampled_from(["the", "foreign", "minister", "of", "in", "x1"]),
                                        min_size=2, max_size=3))
@example(text="the_foreign minister", phrase=["the", "foreign", "minister"])
@example(text="xthe foreign minister", phrase=["the", "foreign"])
@example(text="the foreign ministers", phrase=["foreign", "minister"])
def test_the_ascii_check_is_the_token_check(text, phrase):
    """The regex used on ASCII text agrees with the tokens FTS5 makes of it."""
    by_regex = term_checks.ascii_pattern(tuple(phrase)).search(text) is not None
    by_tokens = f" {' '.join(phrase)} " in f" {' '.join(q.tokens(text))} "
    assert by_regex == by_tokens


@pytest.fixture
def budgeted(synthetic, monkeypatch):
    """Budgets on, whatever the size of the database."""
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    yield synthetic
    synthetic.__dict__.pop("_caches", None)


@pytest.mark.parametrize("text", ["the", "of in", '"the of"', "minister", "person:x the", "in after:2020"])
def test_out_of_time_returns_what_was_found(budgeted, monkeypatch, text):
    store = budgeted
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 10**9)
    full = _search(store, text)
    assert isinstance(full, SearchResults) and full.partial == ()
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "DESCRIBE_MIN", 0.0)
    cut = _search(store, text)
    assert isinstance(cut, SearchResults)
    found = {(h.kind, h.id) for h in full}
    assert {(h.kind, h.id) for h in cut} <= found
    for kind in KINDS:
        if sum(h.kind == kind for h in cut) < sum(h.kind == kind for h in full):
            assert kind in cut.partial, (text, kind)


def test_a_common_word_runs_out_of_time_without_a_budget_left(budgeted, monkeypatch):
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)
    cut = _search(budgeted, "the")
    assert set(cut.partial) & set(KINDS)


def test_a_generous_budget_changes_nothing(budgeted, synthetic, monkeypatch):
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 3600.0)
    for text in ["the", "minister said", '"the minister"', "of*", "country:x the"]:
        with_budget = _search(budgeted, text)
        monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 10**9)
        without = _search(synthetic, text)
        monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
        assert with_budget.partial == () and list(with_budget) == list(without), text


def test_small_archives_have_no_budget(synthetic, monkeypatch):
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)
    hits = _search(synthetic, "the")
    assert hits.partial == () and hits


def test_results_are_still_a_list(tiny):
    hits = tiny.search("korea")
    assert isinstance(hits, list) and hits == list(hits) and re.search("Korea", hits[0].title)


def test_out_of_time_on_a_fresh_connection_is_partial_not_empty(synthetic, monkeypatch):
    """The first query of a new connection opens the FTS5 table; interrupted there,
    SQLite says 'vtable constructor failed', and the search once returned no hits at
    all, marked complete (what a starved machine showed as 'No matches')."""
    from briefing_tui.store import Store

    fresh = Store(synthetic.path)
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "PROGRESS_OPS", 1)  # a check inside the table's opening
    cut = fresh.search("the", limit=50)
    assert cut.partial and set(cut.partial) <= {"report", "claim", "event"}
