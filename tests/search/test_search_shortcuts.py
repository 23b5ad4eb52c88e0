"""The cheap stand-ins search uses at a million reports give what the costly
originals give: the first-column test on the column's own text agrees with
FTS5's highlight(), the ASCII tokenizer with the folding one, estimates are
exact where they claim to be and close where they estimate, the participants'
batched details with a query per entity, and a phrase walk cut short by its
cap returns newest-first matches and names its kind."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_tui.store import query as q
from briefing_tui.store import search as search_module
from briefing_tui.store import term_checks
from briefing_tui.store.models import MATCH_END, MATCH_START

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
KINDS = {"report": ("reports", "reports_fts", "title"), "claim": ("claims", "claims_fts", "claimant"),
         "event": ("events", "events_fts", "summary")}


def _vocab(store):
    store._rows("CREATE VIRTUAL TABLE IF NOT EXISTS temp.sv USING fts5vocab(main, reports_fts, row)")
    return [r[0] for r in store._rows("SELECT term FROM temp.sv WHERE term GLOB '[a-z]*' ORDER BY doc DESC")]


def _texts(store) -> list[str]:
    """Words (common to rare), prefixes as typed, phrases of title words, and mixes."""
    words = _vocab(store)
    titles = [q.tokens(r[0]) for r in store._rows("SELECT title FROM reports ORDER BY id LIMIT 12")]
    phrases = [f'"{" ".join(t[i:i + 2])}"' for t in titles for i in (0, 2) if len(t) > i + 1]
    picks = [words[i] for i in (0, 3, 10, 40, len(words) // 4, len(words) // 2) if i < len(words)]
    return picks + phrases + [f"{picks[0]} {picks[3]}", f'{phrases[0]} {picks[1]}', "korea", "troops"]


@pytest.mark.parametrize("prefix", [False, True])
def test_the_first_column_test_is_highlight(synthetic, prefix):
    """_rank's test on the column text marks exactly the rows highlight() marks."""
    checked = marked = 0
    for text in _texts(synthetic):
        s = synthetic._prepare(q.parse(text, prefix=prefix))
        if not s.match:
            continue
        holds = search_module._matcher(s.match)
        for kind, (table, fts, column) in KINDS.items():
            rows = synthetic._rows(
                f"SELECT m.rowid, highlight({fts}, 0, ?, ?), t.{column} FROM {fts} m"
                f" JOIN {table} t ON t.sort_key = m.rowid WHERE {fts} MATCH ? ORDER BY m.rowid LIMIT 300",
                (MATCH_START, MATCH_END, s.match))
            for key, highlighted, first in rows:
                by_fts = MATCH_START in (highlighted or "")
                assert holds(first or "") == by_fts, (text, kind, first)
                checked += 1
                marked += by_fts
    assert checked > 1000 and 0 < marked < checked


def _reference_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@SETTINGS
@given(text=st.text(max_size=60))
@example(text="São Tomé e Príncipe")
@example(text="e\u0301\u0302\u0327x ﬁ İ ß Ǆ")
def test_fold_and_tokens_keep_their_meaning(text):
    """fold() by translate table and tokens() by the ASCII shortcut are the
    character-by-character definitions."""
    assert q.fold(text) == _reference_fold(text)
    assert q.tokens(text) == q._FTS_TOKEN.findall(_reference_fold(text))


words = st.sampled_from(["the", "foreign", "minister", "of", "in", "x1", "sao", "tome", "e"])
texts = st.lists(st.one_of(words, st.sampled_from(["São", "Tomé", "MINISTER", "The", "x1y"]),
                           st.from_regex(r"[ \-_.,;:'\"()/\n0-9a-zA-Z]{1,3}", fullmatch=True),
                           st.text(alphabet="éüßİ\u0301-_ ", max_size=3)), max_size=20).map("".join)
expressions = st.lists(st.tuples(st.lists(words, min_size=1, max_size=3), st.booleans()),
                       min_size=1, max_size=3).map(
    lambda terms: " AND ".join(q.quote(" ".join(t)) + ("*" if star else "") for t, star in terms))


@SETTINGS
@given(text=texts, match=expressions)
@example(text="The foreign-ministers", match='"foreign minister"*')
@example(text="xthe foreign", match='"the"')
@example(text="São Tomé", match='"sao tome"')
def test_the_regex_test_is_the_token_test(text, match):
    """On ASCII text the first-column test is a regex; it agrees with the tokens."""
    holds = term_checks.matcher(match)
    assert holds(text) == term_checks.holds_any(q.tokens(text), term_checks.quoted(match))


def test_estimates_are_exact_below_the_sample_and_close_above(synthetic, monkeypatch):
    words = _vocab(synthetic)
    lo, hi = q.MIN_KEY, q.MAX_KEY
    for word in (words[0], words[5], words[50], words[len(words) // 3]):
        match = q.quote(word)
        truth = synthetic._rows("SELECT count(*) FROM reports_fts WHERE reports_fts MATCH ?", (match,))[0][0]
        synthetic.__dict__.pop("_caches", None)
        n, density, exact = synthetic._text_rows(search_module._REPORT, match, lo, hi)
        assert exact and n == truth  # the synthetic archive is smaller than the sample
        monkeypatch.setattr(search_module, "TEXT_SAMPLE", 20)
        synthetic.__dict__.pop("_caches", None)
        n, density, exact = synthetic._text_rows(search_module._REPORT, match, lo, hi)
        monkeypatch.setattr(search_module, "TEXT_SAMPLE", 1_000)
        if truth <= 20:
            assert exact and n == truth
        else:
            assert not exact and truth / 2.5 <= n <= truth * 2.5, (word, n, truth)
            assert 0 < density <= 1


def test_a_source_is_estimated_from_its_newest_reports(synthetic, monkeypatch):
    lo, hi = q.MIN_KEY, q.MAX_KEY
    sources = synthetic._rows("SELECT source, count(*) FROM reports GROUP BY source ORDER BY 2 DESC")
    source, truth = sources[0]
    assert synthetic._source_rows((source,), lo, hi) == truth
    monkeypatch.setattr(search_module, "SOURCE_SAMPLE", 10)
    estimate = synthetic._source_rows((source,), lo, hi)
    assert truth / 2.5 <= estimate <= truth * 2.5
    both = tuple(s for s, _ in sources[:2])
    assert synthetic._source_rows(both, lo, hi) == sources[0][1] + sources[1][1]


def test_participant_details_are_each_entitys_own(synthetic):
    """Latest date and recent roles, batched, equal a query per entity."""
    for text in ("the", "korea", "ministry", "a"):
        for hit in synthetic.search(text, limit=50, kinds=("participant",)):
            latest = synthetic._rows("SELECT published FROM participants WHERE entity_id = ?"
                                     " ORDER BY published DESC, report_id DESC LIMIT 1", (hit.id,))
            assert hit.date == (latest[0][0] if latest else None)
            roles = [r[0] for r in synthetic._rows(
                "SELECT DISTINCT role FROM (SELECT role FROM participants WHERE entity_id = ?"
                " ORDER BY published DESC, report_id DESC LIMIT 20) WHERE role IS NOT NULL LIMIT 3", (hit.id,))]
            if roles:
                assert ", ".join(roles) in hit.snippet


@pytest.fixture
def budgeted(synthetic, monkeypatch):
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    yield synthetic
    synthetic.__dict__.pop("_caches", None)


def test_a_phrase_walk_cut_short_names_its_kind(budgeted, monkeypatch):
    """With no time for phrase walks, a phrase search returns newest-first
    matches it found (a subset) and names the kinds cut short; words alone
    are not walks of a phrase and stay whole."""
    store = budgeted
    words = _vocab(store)
    text = f'"{words[0]} {words[1]}"'
    full = store.search(text, limit=1000)
    assert full.partial == ()
    monkeypatch.setattr(search_module, "PHRASE_WALK_MAX", 0.0)
    store.__dict__.pop("_caches", None)
    cut = store.search(text, limit=1000)
    assert {(h.kind, h.id) for h in cut} <= {(h.kind, h.id) for h in full}
    for kind in KINDS:
        if sum(h.kind == kind for h in cut) < sum(h.kind == kind for h in full):
            assert kind in cut.partial
    assert cut.partial
    store.__dict__.pop("_caches", None)
    plain = store.search(f"{words[0]} {words[1]}", limit=1000)
    assert plain.partial == ()


@pytest.mark.parametrize("match, expected", [
    ('"in of"', True), ('"in" AND "of"', False), ('"a""b"', True), ('("gov" OR "government")', False),
    ('"ab-cd"', True), ('"x"*', False), ('"new york"*', True),
])
def test_what_counts_as_a_phrase_walk(match, expected):
    assert search_module._has_phrase(match) is expected
