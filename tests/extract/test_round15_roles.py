"""Classes of titled persons the rules must handle (round 15 of issue 3).

Every sentence here was invented for these tests in the style of wire news;
none is taken from an evaluation article. The count of those that failed on the
code before this round (main at 39fffa9) is in the round's commit messages.
"""

from __future__ import annotations

import pytest

from extract_helpers import kinds_by_name
from extract_helpers import person_role as _role


# -- "the bank's", "the ministry's", "the party's": the body of that kind named before ---


@pytest.mark.parametrize(
    "text, person, role, body",
    [
        ("Italian lender UniCredit said profits rose. Marco Ricci, the bank's chief economist, said rates would rise.",
         "Marco Ricci", "chief economist", "UniCredit"),
        ("UniCredit, Italy's second-largest bank, said profits rose. The bank's chief executive, Andrea Orcel, said the outlook was good.",
         "Andrea Orcel", "chief executive", "UniCredit"),
        ("Russia's Foreign Ministry said the talks had failed. The ministry's spokeswoman, Maria Zakharova, called the sanctions illegal.",
         "Maria Zakharova", "spokeswoman", "Foreign Ministry"),
        ("The International Atomic Energy Agency said the plant was safe. The agency's director general, Rafael Grossi, visited the site on Monday.",
         "Rafael Grossi", "director general", "International Atomic Energy Agency"),
        ("Harvard University faced new cuts. The university's president, Alan Garber, said the school would sue.",
         "Alan Garber", "president", "Harvard University"),
        ("The Conservative Party lost the vote. Kemi Badenoch, the party's leader, said she would stay.",
         "Kemi Badenoch", "leader", "Conservative Party"),
        ("Ford said it would cut jobs. The company's chief executive, Jim Farley, said costs were too high.",
         "Jim Farley", "chief executive", "Ford"),
        ("Shares in Deutsche Bank fell on Tuesday. Marco Ricci, the bank's chief economist, said rates would rise.",
         "Marco Ricci", "chief economist", "Deutsche Bank"),
    ],
)
def test_a_body_by_its_kind_is_the_one_named_before(extract_one, text, person, role, body):
    assert _role(extract_one(text), person) == (role, body)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Officials said the economy grew. Marco Ricci, the bank's chief economist, said rates would rise.", "Marco Ricci"),
        ("Ford said it would cut jobs. Marco Ricci, the bank's chief economist, said rates would rise.", "Marco Ricci"),
        ("The Red Cross said aid was blocked. The company's chief executive, Jim Farley, said costs were too high.", "Jim Farley"),
    ],
)
def test_a_body_by_its_kind_guard_none_named_is_no_guess(extract_one, text, person):
    assert _role(extract_one(text), person)[1] is None
