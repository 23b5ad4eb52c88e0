"""Plural claimants resolve to the parties they stand for (issue 3: "the claimant
resolves to an entity or a named group"): a group named by its parties ("the
foreign ministers of Norway and Chile") speaks for each; "they" and a later
definite description of the same kind ("the ministers") refer back to the group
last the subject of a clause, named or not ("police", "the unions").

Every sentence here was invented for these tests.
"""

from __future__ import annotations

import pytest

from extract_helpers import claim_with_cue



@pytest.mark.parametrize(
    "body, cue",
    [
        ("The foreign ministers of Norway and Chile said the ceasefire would hold.", "said"),
        ("The foreign ministers of Norway and Chile met in Geneva on Monday. The ministers said the ceasefire would hold.", "said"),
        ("The foreign ministers of Norway and Chile met in Geneva on Monday. They said the ceasefire would hold.", "said"),
        ("Officials from Norway and Chile met in Oslo. They agreed to hold further talks.", "agreed"),
    ],
)
def test_a_group_named_by_its_parties_speaks_for_each(extract_one, body, cue):
    claim = claim_with_cue(extract_one(body, "2024-03-05"), cue)
    assert claim.claimant_keys == ["country:NO", "country:CL"], claim
    assert claim.claimant.startswith("Norway and Chile ("), claim.claimant
    assert "(Officials)" not in claim.claimant  # a common noun, lower case as shown


@pytest.mark.parametrize(
    "body, group",
    [
        ("Police arrested two men in Oslo on Friday. They said the men were armed.", "police"),
        ("The unions met the employers on Monday. They said the talks had failed.", "unions"),
        ("Rescue workers reached the mine at dawn. They said the search would go on.", "rescue workers"),
    ],
)
def test_they_refers_to_an_unnamed_group_subject(extract_one, body, group):
    claim = claim_with_cue(extract_one(body, "2024-03-05"), "said")
    assert group in claim.claimant.lower(), claim


def test_it_is_not_a_group_of_people(extract_one):
    ex = extract_one(
        "The agency published its review on Monday. Over 600 residents were interviewed for it. "
        "It said the river was unsafe.",
        "2024-03-05",
    )
    assert "residents" not in claim_with_cue(ex, "said").claimant
