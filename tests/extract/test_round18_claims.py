"""Round 18 of claims (issue 3): constructions of unseen news the rules missed.

- a reported clause with no 'that' after an adjunct, which the parser made a
  conjunct of the cue ("indicated on Twitter the boy was hurt");
- a ', that' clause after an adjunct clause, which the parser hung on the
  adjunct's verb ("told media, after talks failed, that ...");
- suggestions and recommendations offered, and guidance documents as speakers
  ("the advisory described ...");
- a running tally recorded as of a time ("recorded 412 aftershocks as of Sunday").

Every sentence here was invented for these tests (wire-news style); none comes
from the corpus.
"""

from __future__ import annotations

import pytest

from extract_helpers import claim_with_cue as _with_cue, claims_of as _claims, no_claim_with_cue as _no_cue

DATE = "2024-03-05"


@pytest.mark.parametrize(
    "body, cue, claimant, said",
    [
        ("The fire service indicated on Twitter the boy was in a serious condition.",
         "indicated", "fire service", "the boy was in a serious condition"),
        ("The port authority confirmed on Sunday the tanker had been refloated.",
         "confirmed", "port authority", "the tanker had been refloated"),
        ("The head of the pilots' union, Marta Vidal, told media, after \"lengthy\" talks failed, "
         "that a strike would begin on Friday.", "told", "Marta Vidal", "a strike would begin on Friday"),
    ],
)
def test_clause_hung_on_the_wrong_word(extract_one, body, cue, claimant, said):
    claim = _with_cue(extract_one(body, DATE), cue)
    assert claimant in claim.claimant
    assert claim.text.startswith(said)


def test_conjoined_clauses_stay_apart(extract_one):
    ex = extract_one("The mayor welcomed the plan on Monday and the council approved it on Tuesday.", DATE)
    assert not any("council approved" in c.text for c in ex.claims), _claims(ex)


@pytest.mark.parametrize(
    "body, cue, claimant, said",
    [
        ("The WHO offered 12 suggestions for the safe storage of vaccines.", "offered", "WHO", "safe storage"),
        ("The health ministry offered recommendations for travellers returning from the region.",
         "offered", "health ministry", "travellers"),
        ("The advisory described a lack of studies on rural pupils, calling for more money for research.",
         "described", "advisory", "a lack of studies"),
        ("The new guidelines described a shortage of trained nurses in rural clinics.",
         "described", "guidelines", "a shortage of trained nurses"),
    ],
)
def test_suggestions_and_guidance(extract_one, body, cue, claimant, said):
    claim = _with_cue(extract_one(body, DATE), cue)
    assert claimant in claim.claimant
    assert said in claim.text


def test_tally_recorded_as_of_a_time(extract_one):
    claim = _with_cue(extract_one("The observatory recorded 412 aftershocks as of Sunday evening.", DATE), "recorded")
    assert "observatory" in claim.claimant
    assert "412 aftershocks" in claim.text


@pytest.mark.parametrize(
    "body",
    [
        "The band recorded 12 songs in Berlin.",
        "The singer recorded the album in Lisbon.",
        "The cameras recorded the moment the bridge fell.",
        "The company offered 12 discounts for customers.",
    ],
)
def test_recordings_and_offers_are_no_claims(extract_one, body):
    ex = extract_one(body, DATE)
    assert not ex.claims, _claims(ex)


# -- holding X to be Y: in the passive with an agent, and in an -ing clause on the holder ------


@pytest.mark.parametrize(
    "body, cue, claimant, said",
    [
        ("Officials said the quake measured 5.8, but it was recorded as magnitude 5.9 by the national "
         "seismology centre.", "recorded", "seismology centre", "magnitude 5.9"),
        ("The agency recorded the quake as magnitude 5.9.", "recorded", "agency", "magnitude 5.9"),
        ("The ministry dismissed reports by analysts describing the deal as dead.", "describing", "analysts", "the deal as dead"),
    ],
)
def test_held_as(extract_one, body, cue, claimant, said):
    claim = _with_cue(extract_one(body, DATE), cue)
    assert claimant in claim.claimant
    assert said in claim.text


def test_a_recording_made_by_a_band_is_no_claim(extract_one):
    _no_cue(extract_one("The song was recorded as a demo by the band in 1998.", DATE), "recorded")


# -- a participle after the addressee speaks for the sender -------------------------------


@pytest.mark.parametrize(
    "body, claimant, addressee",
    [
        ("On Friday, a lawyer for the union, Rita Oakes, sent a letter to Harlow Foods chief executive "
         "Peter Lang alleging his firm broke the contract.", "Rita Oakes", "Peter Lang"),
        ("Saturday, May 4, 2024\n\nOn Friday, a lawyer for Dunmore Bank, Rita Oakes, sent a letter to Vela "
         "Foods chief executive Peter Lang alleging his firm broke the contract.", "Dunmore Bank", "Peter Lang"),
    ],
)
def test_participle_after_the_addressee(extract_one, body, claimant, addressee):
    claim = _with_cue(extract_one(body, DATE), "alleging")
    assert claimant in claim.claimant and addressee not in claim.claimant, _claims(extract_one(body, DATE))


def test_named_subject_of_a_participle_still_speaks(extract_one):
    body = "The board met on Monday, with director Peter Lang warning that the firm would miss its targets."
    claim = _with_cue(extract_one(body, DATE), "warning")
    assert "Peter Lang" in claim.claimant


# -- a reported clause after an adjunct set off by commas, with no 'that' ------------------


@pytest.mark.parametrize(
    "body, cue, claimant, said",
    [
        ("The head of the pilots association, Marta Vidal, told media, after \"chaotic\" talks for over two "
         "years, including this week's hearing, the members were \"angry and exhausted.\"",
         "told", "Marta Vidal", "the members were"),
        ("Police said on Monday, after the search ended, the boy was found.", "said", "police", "the boy was found"),
    ],
)
def test_clause_after_an_adjunct(extract_one, body, cue, claimant, said):
    claim = _with_cue(extract_one(body, DATE), cue)
    assert claimant.lower() in claim.claimant.lower()
    assert said in claim.text


@pytest.mark.parametrize(
    "body, cue, said",
    [
        ("The mayor welcomed the plan, on Monday, the council approved it on Tuesday.", "welcomed", "the plan"),
        ("Police confirmed the arrest, the suspect was charged on Tuesday.", "confirmed", "the arrest"),
    ],
)
def test_a_cue_with_its_object_takes_no_next_clause(extract_one, body, cue, said):
    claim = _with_cue(extract_one(body, DATE), cue)
    assert claim.text == said
