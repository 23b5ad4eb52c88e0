"""What a search says about its own query: the filters it ignored or that match
nothing (`problems`), and the person:/org: values that stood for more entities
than it took (`narrowed`, a partial answer like a time or row cap)."""

from __future__ import annotations

from search_smiths import FAMOUS, SMITHS

from briefing_tui.store import search as search_module


def test_a_bad_date_is_ignored_and_said_so(tiny):
    found = tiny.search("troops after:2024-13", limit=50, kinds=("report",))
    assert found.problems == ("after:2024-13 ignored: a date is YYYY, YYYY-MM or YYYY-MM-DD",)
    assert len(found) == 3  # the filter is ignored, not applied
    assert tiny.search_problems("troops after:2024-13") == found.problems


def test_a_query_of_bad_filters_alone_still_says_why_it_found_nothing(tiny):
    found = tiny.search("before:soon")
    assert list(found) == [] and found.problems == ("before:soon ignored: a date is YYYY, YYYY-MM or YYYY-MM-DD",)


def test_a_kind_no_hit_or_event_has_matches_nothing_and_names_the_nearest(tiny):
    found = tiny.search("kind:meetng")
    assert list(found) == []
    assert found.problems == ("kind:meetng matches nothing (did you mean meeting?)",)
    assert tiny.search_problems("kind:zzzzzz") == (
        "kind:zzzzzz matches nothing (not report, participant, claim, event or a kind of event here)",)
    for fine in ("kind:meeting", "kind:claims", "kind:test hwasong", "kind:people"):
        assert tiny.search_problems(fine) == () and tiny.search(fine).problems == (), fine


def test_entity_and_source_values_that_name_nothing_are_said(tiny):
    found = tiny.search('troops person:"Nobody Here" source:nowhere')
    assert list(found) == []
    assert found.problems == ('person:"Nobody Here" matches nothing (no person of that name)',
                              "source:nowhere matches nothing (no report has that source)")
    assert tiny.search_problems('troops person:"Nobody Here" source:nowhere') == found.problems
    assert tiny.search_problems("org:un person:cho country:seoul source:WNAM place:ottawa troops") == ()
    assert tiny.search("org:un person:cho troops").problems == ()


def test_problem_lines_are_single_lines_of_bounded_length(tiny):
    text = "after:" + "9" * 500 + " kind:" + "x\u202e" * 300 + " person:" + "y" * 300
    problems = tiny.search(text).problems
    assert len(problems) == 3
    assert all("\n" not in p and len(p) < 160 for p in problems), problems


def test_a_person_filter_standing_for_too_many_people_is_a_partial_answer(smiths):
    # with a time budget (as the browser's typing has), the 50 in most reports
    found = smiths.search("treaty person:smith", limit=200, kinds=("report",), budget=60.0)
    assert found.narrowed == {"person:smith": search_module.ENTITY_FILTER_MATCHES}
    assert found.partial == ("report",) and found.timed == () and found.capped == {}
    famous = {f"Treaty signed by Smith{i:02d} ({c})" for i in range(FAMOUS) for c in range(2)}
    assert famous <= {h.title for h in found}  # those in most reports are searched
    assert len(found) == search_module.ENTITY_FILTER_MATCHES + FAMOUS


def test_without_a_time_budget_every_match_is_searched(smiths):
    whole = smiths.search("treaty person:smith", limit=200, kinds=("report",), budget=None)
    assert whole.narrowed == {} and whole.partial == ()
    assert len(whole) == SMITHS + FAMOUS


def test_past_the_no_budget_bound_the_answer_is_partial_too(smiths, monkeypatch):
    monkeypatch.setattr(search_module, "ENTITY_FILTER_ALL", 55)
    whole = smiths.search("treaty person:smith", limit=200, kinds=("report",), budget=None)
    assert whole.narrowed == {"person:smith": 55} and whole.partial == ("report",)


def test_narrowed_names_only_the_value_that_overflowed_and_not_participants(smiths):
    found = smiths.search('person:smith person:"Anna Smith03 Smith"', limit=200, budget=60.0)
    assert found.narrowed == {"person:smith": search_module.ENTITY_FILTER_MATCHES}
    assert "participant" not in found.partial and "report" in found.partial
    exact = smiths.search('person:"Anna Smith03 Smith"', limit=200, budget=60.0)
    assert exact.narrowed == {} and exact.partial == ()
    assert {h.title for h in exact if h.kind == "report"} == {"Treaty signed by Smith03 (0)", "Treaty signed by Smith03 (1)"}


def test_a_filter_that_matches_nothing_makes_no_partial_answer(smiths):
    found = smiths.search("treaty person:smith person:nobody", limit=200, budget=60.0)
    assert list(found) == [] and found.partial == () and found.narrowed == {}
    assert found.problems == ("person:nobody matches nothing (no person of that name)",)
