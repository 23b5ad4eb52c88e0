"""Bodies referred to by a description (issue 3): "the commission" is the
organisation named with that word; "the company" is no commission, council or
ministry; "it" after "Norway's foreign ministry summoned ..." is that ministry.

Every sentence here was invented for these tests.
"""

from __future__ import annotations

import pytest


def _said(ex):
    found = [c for c in ex.claims if c.cue == "said"]
    assert found, [(c.cue, c.claimant) for c in ex.claims]
    return found[-1]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The European Commission fined Apple on Monday. The company said it would appeal.", "Apple"),
        ("The European Commission fined Apple on Monday. The commission said the fine was fair.", "European Commission"),
        ("Norway's foreign ministry summoned the Chilean ambassador. It said the remarks were unacceptable.",
         "Norway (foreign ministry)"),
    ],
)
def test_a_description_finds_its_body(extract_one, body, speaker):
    assert _said(extract_one(body, "2024-03-05")).claimant == speaker
