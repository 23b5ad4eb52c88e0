"""Events that are asked for, planned or threatened are not events that happened
(issue 3): "called for the withdrawal" reports a demand, so the withdrawal is
planned and takes neither the report date nor the date of the demand.

Every sentence here was invented for these tests.
"""

from __future__ import annotations

import pytest


def _event(ex, kind: str):
    found = [e for e in ex.events if e.kind == kind]
    assert found, f"no {kind} event: {[(e.kind, e.summary) for e in ex.events]}"
    return found[0]


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Veltria and Ostland have called for the withdrawal of Norvian troops from Kestrel.", "withdrawal"),
        ("The union urged an immediate ceasefire in Kestrel on Monday.", "ceasefire"),
        ("Protesters demanded a referendum in Kestrel.", "vote"),
        ("The rebels threatened an attack on Kestrel.", "attack"),
        ("On Tuesday, the council proposed talks in Kestrel.", "talks"),
        ("Ostland reiterated its call for the withdrawal of Norvian troops from Kestrel.", "withdrawal"),
        ("Ostland called on Norvia to withdraw its troops from Kestrel.", "withdrawal"),
        ("The opposition urged Norvia on Friday to withdraw its troops from Kestrel.", "withdrawal"),
    ],
)
def test_the_object_of_a_demand_or_plan_is_planned(extract_one, body, kind):
    ev = _event(extract_one(body, "2024-03-06"), kind)
    assert ev.planned, (ev.summary, ev.planned)
    # The date of the demand (Monday, Friday) or of the report is not the event's date.
    assert ev.date_value is None, (ev.summary, ev.date_text, ev.date_value)


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Veltria welcomed the withdrawal of Norvian troops from Kestrel on Monday.", "withdrawal"),
        ("Ostland condemned the attack on Kestrel on Sunday.", "attack"),
    ],
)
def test_an_event_welcomed_or_condemned_happened(extract_one, body, kind):
    ev = _event(extract_one(body, "2024-03-06"), kind)
    assert not ev.planned


def test_a_stance_in_the_present_perfect_does_not_date_its_object(extract_one):
    # "has condemned" is recent; the attack it condemns is of no known date.
    ex = extract_one("Ostland has condemned the attack on the Norvian embassy in Kestrel.", "2024-03-06")
    ev = _event(ex, "attack")
    assert ev.date_value is None and not ev.planned


def test_seed_withdrawal_is_planned_and_undated(seed):
    _body, ex = seed
    ev = _event(ex, "withdrawal")
    assert ev.planned and ev.date_value is None
