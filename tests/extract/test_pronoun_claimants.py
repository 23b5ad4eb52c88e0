""""he" and "she" with several people in view (issue 3): the report's own
evidence of gender (a form of address, a gendered title or description, a
pronoun in a sentence naming one person only) rules out the wrong antecedent;
a person named in any role is an antecedent when no one was yet a subject; a
person's lawyer or spokesman is not that person.

Every sentence here was invented for these tests.
"""

from __future__ import annotations

import pytest


def _last(ex, cue: str):
    found = [c for c in ex.claims if c.cue.split()[0].lower() == cue]
    assert found, [(c.cue, c.claimant) for c in ex.claims]
    return found[-1]


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a gendered title of the other person
        ("Paul Grant defended the figures. Maria Lopez, a spokeswoman for the opposition, rejected them. "
         "He said the data were sound.", "Paul Grant"),
        # a pronoun in a sentence naming one person only
        ("Union leader Sam Patel met company chief Laura Stein. Patel said the strike would go on. "
         "Stein said she was disappointed. She said the offer was final. He said it was not enough.", "Sam Patel"),
        # a form of address
        ("Ms Keller met Mr Brand on Monday. Keller said the talks were frank. Brand praised the venue. "
         "She said a deal was close.", "Keller"),
    ],
)
def test_gender_evidence_picks_the_antecedent(extract_one, body, speaker):
    assert _last(extract_one(body, "2024-03-05"), "said").claimant == speaker


def test_without_evidence_the_latest_person_is_meant(extract_one):
    ex = extract_one("Tomas Brand met Ana Keller on Monday. He said the meeting was useful.", "2024-03-05")
    assert _last(ex, "said").claimant == "Tomas Brand"


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The court heard testimony from Jane Doe on Monday. She said the guards had beaten her.", "Jane Doe"),
        ("In an interview with Lena Fischer, the minister was asked about the budget. "
         "She said the minister had avoided the question.", "Lena Fischer"),
    ],
)
def test_a_person_named_as_an_object_is_an_antecedent(extract_one, body, speaker):
    assert _last(extract_one(body, "2024-03-05"), "said").claimant == speaker


def test_a_persons_lawyer_is_not_that_person(extract_one):
    ex = extract_one("Paul Grant's lawyer said the charges were false. He said his client would appeal.", "2024-03-05")
    for claim in ex.claims:
        assert "lawyer" in claim.claimant and claim.claimant_keys == [], claim


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Ana Keller met the finance minister on Monday. The minister said the budget was balanced. "
         "He added that taxes would rise.", "the minister"),
        ("Ana Keller spoke first. A police spokesman said the area was sealed. He added that two men were held.",
         "a police spokesman"),
    ],
)
def test_an_unnamed_person_is_a_he_or_she(extract_one, body, speaker):
    assert _last(extract_one(body, "2024-03-05"), "added").claimant == speaker


def test_the_two_leaders_are_the_two_people_just_named(extract_one):
    ex = extract_one("Ana Keller and Tomas Brand met in Oslo. The two leaders said the talks were useful.", "2024-03-05")
    claim = _last(ex, "said")
    assert len(claim.claimant_keys) == 2 and "Tomas Brand" in claim.claimant


def test_a_pronoun_before_the_name_is_no_evidence_of_its_gender(extract_one):
    # "His" and "he" are Tomas Brand's, so nothing tells Ana Keller's gender here; "She" is hers.
    ex = extract_one(
        "Tomas Brand said the vote was rigged. His rival, Ana Keller, said he was lying. "
        "Brand repeated his charge. She said the count was fair.",
        "2024-03-05",
    )
    assert _last(ex, "said").claimant == "Ana Keller"
