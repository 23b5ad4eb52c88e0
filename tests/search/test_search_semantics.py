"""What search finds, on reports whose answers are known."""

from __future__ import annotations

import pytest

from briefing_tui.store.models import MATCH_END, MATCH_START

R_OTTAWA, R_HWASONG, R_UNDATED, R_SUMMIT = 1, 2, 3, 4


def reports(store, text, **kw):
    return [h.id for h in store.search(text, limit=50, kinds=("report",), **kw)]


def marked(snippet: str) -> list[str]:
    """The words between match markers."""
    out = []
    rest = snippet
    while MATCH_START in rest:
        _, rest = rest.split(MATCH_START, 1)
        word, rest = rest.split(MATCH_END, 1)
        out.append(word)
    return out


def test_all_words_must_match(tiny):
    assert set(reports(tiny, "troops deployment")) == {R_OTTAWA, R_UNDATED}
    assert set(reports(tiny, "troops")) == {R_OTTAWA, R_UNDATED, R_SUMMIT}
    assert reports(tiny, "troops hwasong") == []


def test_words_ignore_case_and_diacritics(tiny):
    assert reports(tiny, "HWASONG") == [R_HWASONG]
    assert reports(tiny, "Hwasóng") == [R_HWASONG]


def test_quoted_phrase_keeps_word_order(tiny):
    assert set(reports(tiny, '"north korean troops"')) == {R_OTTAWA}
    assert reports(tiny, '"troops north korean"') == []
    # a hyphenated word is a phrase of its parts
    assert reports(tiny, "two-plus-two") == [R_OTTAWA]


def test_prefix_only_for_the_word_being_typed(tiny):
    assert reports(tiny, "hwas", prefix=True) == [R_HWASONG]
    assert reports(tiny, "hwas") == []
    assert reports(tiny, "hwas ", prefix=True) == []  # a space ends the word
    assert set(reports(tiny, "intercontinental miss", prefix=True)) == {R_HWASONG}
    assert set(reports(tiny, "cooperation pl", prefix=True)) == {R_SUMMIT}
    # inside an open quote, the phrase's last word is the one being typed
    assert reports(tiny, '"intercontinental ball', prefix=True) == [R_HWASONG]
    assert reports(tiny, '"ballistic intercontinental', prefix=True) == []
    assert reports(tiny, '"intercontinental ball"', prefix=True) == []


def test_a_trailing_star_asks_for_a_prefix_anywhere(tiny):
    assert reports(tiny, "hwas*") == [R_HWASONG]
    assert set(reports(tiny, "interc* missile")) == {R_HWASONG}
    assert reports(tiny, "hwas* troops") == []  # still every word
    assert reports(tiny, "h*") == []  # one letter is too short to expand: the word h


def test_entity_filters_by_name_alias_or_word(tiny):
    assert reports(tiny, 'person:"Cho Tae-yul"') == [R_OTTAWA]
    assert reports(tiny, "person:cho") == [R_OTTAWA]
    assert set(reports(tiny, "country:seoul")) == {R_OTTAWA, R_HWASONG, R_SUMMIT}
    assert set(reports(tiny, "country:pyongyang troops")) == {R_OTTAWA}
    assert reports(tiny, "org:un") == [R_OTTAWA]
    assert reports(tiny, "person:seoul") == []  # South Korea is not a person
    assert reports(tiny, "person:nobody troops") == []


def test_several_filters_all_apply(tiny):
    assert reports(tiny, "country:canada country:pyongyang") == [R_OTTAWA]
    assert reports(tiny, "country:canada source:wnam missile") == [R_SUMMIT]


def test_source_filter_ignores_case(tiny):
    assert reports(tiny, "source:WNAM") == [R_OTTAWA, R_SUMMIT]  # newest first
    assert reports(tiny, 'source:"kcna watch"') == [R_HWASONG]
    assert reports(tiny, "source:nowhere troops") == []


@pytest.mark.parametrize("query, expected", [
    ("after:2024-11", [R_OTTAWA]),
    ("after:2024-11-02", [R_OTTAWA]),
    ("after:2024-11-03", []),
    ("before:2024-10-31", [R_HWASONG, R_SUMMIT]),
    ("before:2024-10", [R_HWASONG, R_SUMMIT]),
    ("before:2024-10-30", [R_SUMMIT]),
    ("after:2024 before:2024", [R_OTTAWA, R_HWASONG]),
    ("after:2023-05 before:2023-05", [R_SUMMIT]),
    ("before:2023", [R_SUMMIT]),
])
def test_date_filters_are_inclusive_at_their_precision(tiny, query, expected):
    assert reports(tiny, query) == expected  # filters alone: newest first


def test_undated_reports_are_outside_any_date_filter(tiny):
    assert set(reports(tiny, "troops after:2020")) == {R_OTTAWA, R_SUMMIT}
    assert set(reports(tiny, "troops before:2030")) == {R_OTTAWA, R_SUMMIT}


def test_bad_filter_values_are_reported_not_raised(tiny):
    assert tiny.search_problems("troops after:yesterday") == (
        "after:yesterday ignored: a date is YYYY, YYYY-MM or YYYY-MM-DD",)
    assert set(reports(tiny, "troops after:yesterday")) == {R_OTTAWA, R_UNDATED, R_SUMMIT}
    assert reports(tiny, "after:2024-13") == reports(tiny, "") == []


def test_unknown_field_is_a_word(tiny):
    assert reports(tiny, "note:") == [R_UNDATED]


def test_hits_of_every_kind_grouped_in_order(tiny):
    hits = tiny.search("troops", limit=10)
    kinds = [h.kind for h in hits]
    assert kinds == sorted(kinds, key=["report", "participant", "claim", "event"].index)
    assert {"report", "claim"} <= set(kinds)
    claim = next(h for h in hits if h.kind == "claim")
    assert claim.report_id == R_OTTAWA and claim.title.startswith("South Korea and Canada")
    assert claim.snippet.startswith("Cho Tae-yul said: ")
    assert marked(claim.snippet) == ["troops"]


def test_participant_hits_by_name_and_alias(tiny):
    hits = tiny.search("seoul", kinds=("participant",))
    assert [h.title for h in hits] == ["South Korea"]
    south = hits[0]
    assert south.report_id is None and south.date == "2024-11-02"
    assert "country, 3 reports" in south.snippet and marked(south.snippet) == ["Seoul"]
    cho = tiny.search("cho", prefix=True, kinds=("participant",))[0]
    assert cho.title == "Cho Tae-yul" and marked(cho.snippet) == ["Cho"]


def test_event_hits_with_their_dates(tiny):
    hits = tiny.search("hwasong", kinds=("event",))
    assert len(hits) == 1
    event = hits[0]
    assert (event.report_id, event.date) == (R_HWASONG, "2024-10-31")
    assert event.snippet.startswith("test · ") and marked(event.snippet) == ["Hwasong"]
    assert [h.kind for h in tiny.search("kind:meeting")] == ["event"]
    assert tiny.search("kind:claims resolutions")[0].kind == "claim"
    assert [h.id for h in tiny.search("kind:test hwasong")] == [event.id]
    assert tiny.search("kind:meeting hwasong") == []


def test_report_snippets_mark_the_matched_words(tiny):
    hit = tiny.search("intercontinental ballistic", kinds=("report",))[0]
    assert marked(hit.snippet) == ["intercontinental", "ballistic"]
    assert hit.title == "North Korea tests Hwasong-19 missile"
    filtered = tiny.search("source:wnam", kinds=("report",))[0]
    assert MATCH_START not in filtered.snippet and filtered.snippet.startswith("Ottawa - Cho")


def test_title_matches_rank_first(tiny):
    # "missile" is in R2's title and in R4's body; R4 is not newer but R2 wins anyway
    assert reports(tiny, "missile") == [R_HWASONG, R_SUMMIT]
    # "summit" is in R4's title only
    assert reports(tiny, "summit")[0] == R_SUMMIT


def test_limit_is_per_kind(tiny):
    hits = tiny.search("troops", limit=1)
    assert sorted(h.kind for h in hits) == sorted({h.kind for h in hits})
    assert tiny.search("troops", limit=0) == []


def test_empty_and_blank_queries(tiny):
    for text in ("", "   ", '""', "*", "-", "person:", 'person:""', "kind:"):
        assert tiny.search(text) == [] or all(h.kind for h in tiny.search(text))
