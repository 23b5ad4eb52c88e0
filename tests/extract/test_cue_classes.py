"""Cue classes of issue 3 round 7: a light verb with a stance noun is a claim
("offered his full support", "made unfounded allegations"); a stance verb with
a one-noun prepositional object says it all ("warned against complacency"); the
hearer of a that-clause is not content ("confirmed to the BBC that"); a second
cue conjoined to a reported clause ends the first claim.

Every sentence here was invented for these tests.
"""

from __future__ import annotations

import pytest

from extract_helpers import claim_with_cue



@pytest.mark.parametrize(
    "body, cue, text",
    [
        ("The minister offered his full support to the rescue teams.", "offered", "his full support to the rescue teams"),
        ("The senator had made unfounded allegations about the judge.", "made", "unfounded allegations about the judge"),
        ("The bishops raised concerns about the new law.", "raised", "concerns about the new law"),
    ],
)
def test_light_verb_with_a_stance_noun(extract_one, body, cue, text):
    assert claim_with_cue(extract_one(body, "2024-03-05"), cue).text == text


def test_light_verb_with_material_object_is_noclaim_with_cue(extract_one):
    ex = extract_one("The charity offered blankets to the families.", "2024-03-05")
    assert not ex.claims


@pytest.mark.parametrize(
    "body, cue, text",
    [
        ("Keller warned against complacency.", "warned", "complacency"),
        ("The envoy warned of war.", "warned", "war"),
    ],
)
def test_stance_verb_with_one_noun_object(extract_one, body, cue, text):
    assert claim_with_cue(extract_one(body, "2024-03-05"), cue).text == text


def test_the_hearer_is_not_content(extract_one):
    ex = extract_one("Keller confirmed to the BBC that she would run.", "2024-03-05")
    assert claim_with_cue(ex, "confirmed").text == "she would run"


def test_a_conjoined_second_cue_ends_the_firstclaim_with_cue(extract_one):
    ex = extract_one("Keller said the talks had failed and added that new sanctions were likely.", "2024-03-05")
    assert claim_with_cue(ex, "said").text == "the talks had failed"
    assert claim_with_cue(ex, "added").text == "new sanctions were likely"


def test_a_quotation_with_its_own_attribution_is_not_joined(extract_one):
    ex = extract_one(
        '"The deal is dead," Keller told reporters. "We will try again next year," she added.', "2024-03-05"
    )
    assert [(c.cue, c.text) for c in ex.claims] == [
        ("told", "The deal is dead"),
        ("added", "We will try again next year"),
    ]


def test_passive_stance_with_agent_and_a_prepositional_object(extract_one):
    ex = extract_one("Grant was accused by Keller of lying.", "2024-03-05")
    claim = claim_with_cue(ex, "accused")
    assert "Keller" in claim.claimant and claim.text.startswith("Grant") and claim.text.endswith("of lying")


@pytest.mark.parametrize(
    "body, cue, text",
    [
        ("Keller ruled out new taxes.", "ruled out", "new taxes"),
        ("Keller played down the risk of war.", "played down", "the risk of war"),
        ("Keller shrugged off the criticism.", "shrugged off", "the criticism"),
        ("Keller lashed out at her critics.", "lashed out", "at her critics"),
    ],
)
def test_phrasal_stance_verbs(extract_one, body, cue, text):
    claim = claim_with_cue(extract_one(body, "2024-03-05"), cue.split()[0])
    assert (claim.cue, claim.text, claim.claimant) == (cue, text, "Keller")


def test_the_warned_is_not_content(extract_one):
    ex = extract_one("Keller warned Grant that the deal was dead.", "2024-03-05")
    assert claim_with_cue(ex, "warned").text == "the deal was dead"


def test_a_phrasal_verb_not_of_stance_is_noclaim_with_cue(extract_one):
    ex = extract_one("Keller played out the final scene.", "2024-03-05")
    assert not ex.claims


def test_declared_support_is_a_stance(extract_one):
    ex = extract_one("Norway and Chile declared their support for the plan.", "2024-03-05")
    assert claim_with_cue(ex, "declared").text == "their support for the plan"


def test_a_feature_supported_is_noclaim_with_cue(extract_one):
    ex = extract_one("The new phone adds full support for wireless charging.", "2024-03-05")
    assert not ex.claims


def test_supported_by_is_the_agents_stance(extract_one):
    ex = extract_one("The plan was supported by a group of local farmers.", "2024-03-05")
    claim = claim_with_cue(ex, "supported")
    assert "farmers" in claim.claimant and claim.text == "The plan"


@pytest.mark.parametrize(
    "body, claim",
    [
        ("The court found the airline negligent on Monday.", False),
        ("The jury found both men not guilty.", False),
        ("The inquiry found that the minister had lied.", True),
        ("The inquiry found the minister had lied.", True),
    ],
)
def test_a_verdict_is_no_finding_stated(extract_one, body, claim):
    ex = extract_one(body, "2024-03-05")
    assert bool([c for c in ex.claims if c.cue == "found"]) is claim, [(c.cue, c.text) for c in ex.claims]


def test_naming_with_no_namer_is_noclaim_with_cue(extract_one):
    ex = extract_one("The magazine, dubbed the bible of the trade, closed in May.", "2024-03-05")
    assert not [c for c in ex.claims if c.cue == "dubbed"]


def test_with_a_speaker_saying_that_is_a_claim_of_its_own(extract_one):
    ex = extract_one(
        "Ostland rejected the offer, with a spokesman for its foreign ministry warning that the talks were over.",
        "2024-03-05",
    )
    assert claim_with_cue(ex, "rejected").text == "the offer"
    warning = claim_with_cue(ex, "warning")
    assert "spokesman" in warning.claimant and warning.text == "the talks were over"
