"""Round 16 of claims (issue 3): reports the rules missed or gave to the wrong source.

- "..., the agency quoted X as saying." after what was said, and "quoted X as
  reporting the firms had settled" (the parser hangs "had settled" on "quoted"):
  one claim of X at the -ing verb, with what was said.
- "concluded by saying", "responded by saying": one report, at the -ing verb.
- "X has apologised" is a statement of X even with no object.
- "the crew asked to land": a request ("asked not to be named" is none).
- "one resident said A and another said B": "another" speaks, not the one before.
- "X reported its first deaths": a count reported, as "reported 45 new cases".
- "the Lisbon film academy shared a statement rejecting ... imposed by Y": the body
  that shared the statement, not a name inside what it rejects.

Every sentence here was invented for these tests (wire-news style); none comes
from the corpus.
"""

from __future__ import annotations

import pytest

from extract_helpers import claim_with_cue as _with_cue, claims_of as _claims

DATE = "2024-03-05"


@pytest.mark.parametrize(
    "body, cue, claimant, said",
    [
        ("Two soldiers were wounded in the attack, and three more are missing, the state broadcaster "
         "quoted Defence Council Secretary Omar Haddad as saying.", "saying", "Omar Haddad", "Two soldiers were wounded"),
        ("Prices will rise again in May, the paper quoted a central bank official as saying.",
         "saying", "central bank official", "Prices will rise again"),
        ("Bloomberg quoted insiders as reporting the firms had quietly settled with the regulator.",
         "reporting", "insiders", "the firms had quietly settled"),
    ],
)
def test_quoted_as_saying_is_the_claim_of_the_one_quoted(extract_one, body, cue, claimant, said):
    ex = extract_one(body, DATE)
    claim = _with_cue(ex, cue)
    assert claimant in claim.claimant
    assert said in claim.text
    assert not [c for c in ex.claims if c.cue.lower().startswith(("quoted", "settled"))], _claims(ex)


@pytest.mark.parametrize(
    "body, claimant",
    [
        ("The federation published a statement on Monday. The statement concludes by saying the referee acted "
         "within the rules.", "statement"),
        ("The union responded by saying the offer was too low.", "union"),
        ('"In short", the report from the city council concludes by saying, "the plan has failed the people it '
         'was meant to help."', "council"),
    ],
)
def test_a_report_by_saying_is_one_claim(extract_one, body, claimant):
    ex = extract_one(body, DATE)
    assert len(ex.claims) == 1, _claims(ex)
    assert ex.claims[0].cue == "saying" and claimant in ex.claims[0].claimant


def test_an_apology_with_no_object_is_a_statement(extract_one):
    ex = extract_one("The broadcaster has apologised and removed the video from its website.", DATE)
    assert "broadcaster" in _with_cue(ex, "apologised").claimant


@pytest.mark.parametrize(
    "body, claimant, text",
    [
        ("The ship's captain asked to dock at the port, but harbour officials refused.", "captain", "to dock at the port"),
        ("The two pilots asked to turn back after the engine failed.", "pilots", "to turn back"),
    ],
)
def test_asking_to_do_something_is_a_request(extract_one, body, claimant, text):
    ex = extract_one(body, DATE)
    claim = _with_cue(ex, "asked")
    assert claimant in claim.claimant and text in claim.text


def test_asking_not_to_be_named_is_no_request(extract_one):
    ex = extract_one("A police officer, who asked not to be named, said two men were held.", DATE)
    assert [c.cue for c in ex.claims] == ["said"]


@pytest.mark.parametrize(
    "body, claimant",
    [
        ("A shop owner said the water rose quickly. Resident Mark Tully explained his car was swept away "
         "and another said the council had ignored warnings.", "another"),
        ("Some residents praised the rescue teams, while others said help came too late.", "others"),
    ],
)
def test_another_speaker_is_not_the_one_before(extract_one, body, claimant):
    ex = extract_one(body, DATE)
    claim = [c for c in ex.claims if c.cue == "said"][-1]
    assert claim.claimant == claimant


def test_a_first_count_reported_is_a_claim(extract_one):
    ex = extract_one("Peru reported its first deaths from the disease on Thursday, prompting schools to close.", DATE)
    claim = _with_cue(ex, "reported")
    assert claim.claimant == "Peru" and "first deaths" in claim.text


@pytest.mark.parametrize(
    "body",
    [
        "On Friday, the Lisbon film academy shared a statement rejecting the director's ban of two years "
        "and a fine imposed by The National Film Board (NFB) in France.",
    ],
)
def test_the_body_that_shares_a_statement_takes_its_stance(extract_one, body):
    ex = extract_one(body, DATE)
    claim = _with_cue(ex, "rejecting")
    assert "Lisbon" in claim.claimant and "Film Board" not in claim.claimant
