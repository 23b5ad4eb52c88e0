"""Anything a user types is safe: no exception, no SQL or FTS5 error, no SQL built
from the input. Property tests feed arbitrary strings to search and to every
filter, as words, phrases and prefixes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_tui.store import query as q
from briefing_tui.store.base import Reader
from briefing_tui.store.models import MATCH_END, MATCH_START

FTS5_AND_SQL = [
    '"', '""', '"""', "*", "a*", "*a", "^a", "-a", "+a", "a:b", ":", "::", "{title}: a",
    "{title body}: a", "title: a", "NEAR(a b, 2)", "NEAR(", "a AND", "OR b", "NOT", "a NOT b",
    "(a", "a)", "()", "a OR b AND c", "'", "';", "'; DROP TABLE reports; --", "%", "_", "\\",
    "\x00", "a\x00b", "\u202eevil", "\u200b", "🙂🙂", "e\u0301", "ﬁ", "İ", "ß", "日本語",
    "a" * 5000, " ".join(["word"] * 500), "x" * 100_000, "after:", "before:2024-02-30",
    "after:0000", "after:9999-12-31", "before:-1", "kind:" + "x" * 300, "person:*",
    'person:"', 'source:"unterminated', "country:(", "org:NEAR(a b)", "place:\x00",
]

KINDS = ("report", "participant", "claim", "event")
field_names = st.sampled_from([*q.FILTER_NAMES, "Person", "AFTER", "title", "note", "x"])
values = st.one_of(st.text(max_size=30), st.sampled_from(FTS5_AND_SQL), st.from_regex(r"\d{4}(-\d{1,2}){0,2}", fullmatch=True))
filters = st.builds(
    lambda name, value, quoted: f'{name}:"{value}"' if quoted else f"{name}:{value}",
    field_names, values, st.booleans())
words = st.one_of(st.text(max_size=20), st.sampled_from(FTS5_AND_SQL[:45]), st.sampled_from(
    ["troops", "korea", "hwas", "seoul", "the", "minister", "north korean", '"north korean"']))
queries = st.lists(st.one_of(words, filters), max_size=6).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check_hits(hits, limit, kinds):
    per_kind: dict[str, int] = {}
    for h in hits:
        assert h.kind in kinds
        per_kind[h.kind] = per_kind.get(h.kind, 0) + 1
        assert isinstance(h.id, int) and isinstance(h.title, str) and isinstance(h.snippet, str)
        assert (h.report_id is None) == (h.kind == "participant")
        assert h.date is None or isinstance(h.date, str)
        assert h.snippet.count(MATCH_START) == h.snippet.count(MATCH_END)
    assert all(n <= limit for n in per_kind.values())
    order = [KINDS.index(h.kind) for h in hits]
    assert order == sorted(order)


@pytest.mark.parametrize("text", FTS5_AND_SQL)
def test_hostile_input_never_raises(tiny, text):
    for prefix in (False, True):
        check_hits(tiny.search(text, prefix=prefix), 50, KINDS)
        check_hits(tiny.search(f"troops {text}", prefix=prefix), 50, KINDS)
        check_hits(tiny.search(f"{text} troops", prefix=prefix), 50, KINDS)


@SETTINGS
@given(text=st.text(max_size=200), prefix=st.booleans())
@example(text='"a" OR "b" NEAR', prefix=True)
def test_any_string_is_a_safe_search(tiny, text, prefix):
    check_hits(tiny.search(text, limit=5, prefix=prefix), 5, KINDS)


@SETTINGS
@given(text=queries, prefix=st.booleans(), limit=st.integers(0, 60),
       kinds=st.sets(st.sampled_from(KINDS), min_size=1))
def test_any_filters_are_a_safe_search(tiny, text, prefix, limit, kinds):
    check_hits(tiny.search(text, limit=limit, prefix=prefix, kinds=tuple(kinds)), limit, kinds)
    assert all(isinstance(p, str) and "\n" not in p for p in tiny.search_problems(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=queries, prefix=st.booleans())
def test_any_filters_are_a_safe_search_at_size(synthetic, text, prefix):
    check_hits(synthetic.search(text, limit=10, prefix=prefix), 10, KINDS)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=queries, prefix=st.booleans())
def test_user_text_never_reaches_sql_text(tiny, text, prefix, monkeypatch):
    """Every statement the store runs goes through Reader._rows: what the user
    typed may only ever be a bound parameter, never part of the SQL."""
    sentinel = "Zqxwv"
    seen: list[str] = []
    original = Reader._rows

    def recording(self, sql, params=()):
        seen.append(sql)
        return original(self, sql, params)

    monkeypatch.setattr(Reader, "_rows", recording)
    typed = f"{sentinel}{text} {sentinel.lower()}kp person:{sentinel} source:'{sentinel}"
    tiny.search(typed, prefix=prefix)
    tiny.search_problems(typed)
    assert seen and not [s for s in seen if sentinel.lower() in s.lower()]


def test_parser_keeps_words_phrases_and_filters_apart():
    p = q.parse('troops "north korean" person:"Cho Tae-yul" after:2024-11 Note: sour', prefix=True)
    assert p.words == ("troops", "Note:", "sour")
    assert p.phrases == ("north korean",)
    assert p.filters == {"person": ("Cho Tae-yul",), "after": ("2024-11",)}
    assert p.prefix and p.terms()[-1] == ("sour", True)
    assert not q.parse("troops ", prefix=True).prefix
    assert not q.parse('"troops"', prefix=True).prefix
    assert not q.parse("troops person:cho", prefix=True).prefix
    assert q.parse("x", prefix=True).terms() == [("x", False)]  # one letter: a word, not a prefix
    assert p.key_range() == (-((99_999_999 << 32) | 0xFFFFFFFF), -(20241100 << 32))


def test_one_store_searched_from_many_threads(synthetic):
    """The browser searches from worker threads while others page the list."""
    from concurrent.futures import ThreadPoolExecutor

    texts = ["the", "gov", "minister", '"united states"', "source:x", "after:2010 the", "kind:meeting",
             "sec", "secu", "secur"] * 6
    expected = {t: [(h.kind, h.id) for h in synthetic.search(t, prefix=True)] for t in set(texts)}

    def work(t):
        synthetic.__dict__.pop("_caches", None) if t == "the" else None
        synthetic.list_reports(len(t) * 7, 20)
        return t, [(h.kind, h.id) for h in synthetic.search(t, prefix=True)]

    with ThreadPoolExecutor(8) as pool:
        for t, got in pool.map(work, texts):
            assert got == expected[t], t
