"""Issue 2's acceptance on the seed report (dated 2024-11-02 at ingest)."""

from __future__ import annotations

import pytest

from extract_helpers import names, participant


@pytest.mark.parametrize(
    "person, role, affiliation",
    [
        ("Cho Tae-yul", "Foreign Minister", "South Korea"),
        ("Kim Yong-hyun", "Defense Minister", "South Korea"),
        ("Melanie Joly", "Foreign Minister", "Canada"),
        ("Bill Blair", "Defense Minister", "Canada"),
    ],
)
def test_ministers_have_role_and_affiliation(seed, person, role, affiliation):
    _, ex = seed
    p = participant(ex, person)
    assert p.role == role
    assert names(ex)[p.affiliation_key] == affiliation


def test_each_country_once_whatever_the_form(seed):
    body, ex = seed
    countries = [e for e in ex.entities if e.kind == "country"]
    assert sorted(e.name for e in countries) == sorted(
        ["South Korea", "Canada", "North Korea", "Russia", "Ukraine", "United States"]
    )
    nk = participant(ex, "North Korea")
    forms = {body[a:b] for a, b in nk.mentions}
    assert {"North Korea", "North Korean", "Pyongyang"} <= forms
    assert "Seoul" in {body[a:b] for a, b in participant(ex, "South Korea").mentions}
    assert participant(ex, "South Korea").entity_key == "country:KR"


def test_every_span_points_at_its_text(seed):
    body, ex = seed
    for e in ex.entities:
        p = next(p for p in ex.participants if p.entity_key == e.key)
        for a, b in p.mentions:
            assert body[a:b] in e.aliases
    for c in ex.claims:
        assert 0 <= c.start < c.end <= len(body)
    for d in ex.dates:
        assert body[d.start : d.end] == d.text


def test_claims_of_the_joint_statement_ministers_and_united_states(seed):
    _, ex = seed
    by_cue = {}
    for c in ex.claims:
        by_cue.setdefault(c.cue, []).append(c)
    assert any("South Korea and Canada" in c.claimant for c in by_cue["called for"])
    condemned = by_cue["condemned"]
    assert all("joint statement" in c.claimant and "South Korea and Canada" in c.claimant for c in condemned)
    assert any(c.text.startswith("North Korea’s increased military cooperation") for c in condemned)
    us = [c for c in ex.claims if c.claimant_key == "country:US"]
    assert us and us[0].cue == "said" and us[0].text.startswith("there were 10,000 North Korean troops")
    agreed = next(c for c in ex.claims if c.claimant == "the ministers" and c.cue == "agreed")
    assert sorted(agreed.claimant_keys) == sorted(
        ["person:cho tae-yul", "person:kim yong-hyun", "person:melanie joly", "person:bill blair"]
    )
    called = next(c for c in ex.claims if c.cue == "called for")
    assert called.claimant_keys == ["country:KR", "country:CA"]
    described = next(c for c in ex.claims if c.cue == "described")
    assert described.text.startswith("Russia’s")
    assert next(c for c in ex.claims if c.cue == "expressed").claimant_key == "country:CA"


def _event(ex, kind, word):
    found = [e for e in ex.events if e.kind == kind and word in e.summary]
    assert found, [(e.kind, e.summary) for e in ex.events]
    return found[0]


def test_events_with_dates_places_and_plans(seed):
    _, ex = seed
    n = names(ex)
    meeting = _event(ex, "meeting", "meeting")
    assert (meeting.date_value, meeting.precision, n[meeting.place_key]) == ("2024-11-01", "day", "Ottawa")
    assert meeting.summary == "two plus two meeting of foreign and defense ministers"
    test = _event(ex, "test", "Hwasong-19")
    assert test.summary.startswith("test of Hwasong-19")
    assert (test.date_value, test.precision) == ("2024-10-31", "day")
    deployment = _event(ex, "deployment", "deployed")
    assert n[deployment.place_key] == "Kursk"
    summit = _event(ex, "summit", "summit")
    assert (summit.date_value, summit.precision) == ("2023-05", "month")
    plan = _event(ex, "adoption", "action plan")
    assert (plan.date_value, plan.precision) == ("2024-07", "month")
    dialogue = _event(ex, "dialogue", "army dialogues")
    assert dialogue.planned and n[dialogue.place_key] == "Canada"
    assert not meeting.planned and not test.planned
    pacific = _event(ex, "dialogue", "Indo-Pacific dialogue")
    assert pacific.summary == "Korea-Canada Indo-Pacific dialogue" and pacific.planned


def test_event_summaries_are_short_phrases_and_events_are_not_repeated(seed):
    _, ex = seed
    summaries = [e.summary for e in ex.events]
    assert len(summaries) == len(set(summaries)), summaries
    for s in summaries:
        assert len(s.split()) <= 14 and not s.startswith(("the ", "a ", "an ")), s
        assert s.count("“") == s.count("”") == 0, s
    assert "withdrawal of North Korean troops" in summaries


def test_date_expressions(seed):
    _, ex = seed
    got = [(d.text, d.value, d.precision) for d in ex.dates]
    assert ("Friday", "2024-11-01", "day") in got
    assert ("the following day", "2024-11-02", "day") in got
    assert ("the coming days", None, None) in got
