"""Idioms and light verbs are not events (issue 3), told from the parse rather
than a list of idioms: a phrasal verb is another verb ("fired back", "stepped up
pressure"); "meet" is a meeting only with someone to meet; a light verb with a
speech noun is a speech act; a verb whose object is an event ("launched an
attack") is that event, not a second one.

Every sentence here was invented for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The firm failed to meet its duties to investors in Oslo on Monday.",
        "Keller met the deadline in Oslo on Friday.",
        "The plan met stiff resistance in Oslo on Monday.",
        "Keller fired back at her critics in Oslo on Monday.",
        "Keller stepped up pressure on the government in Oslo on Monday.",
        "The government stepped in to save the bank in Oslo on Monday.",
        "Keller sent a message to voters in Oslo on Monday.",
        "The ministry released a statement in Oslo on Monday.",
        "Officials from 20 countries took part in Oslo on Monday.",
    ],
)
def test_no_event_from_an_idiom(extract_one, body):
    ex = extract_one(body, "2024-03-06")
    assert ex.events == [], [(e.kind, e.summary) for e in ex.events]


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Keller met Grant in Oslo on Monday.", "meeting"),
        ("Keller met her Chilean counterpart in Oslo on Monday.", "meeting"),
        ("Keller stepped down as chair in Oslo on Monday.", "resignation"),
        ("The rebels blew up the bridge in Oslo on Monday.", "explosion"),
    ],
)
def test_the_event_sense_stays(extract_one, body, kind):
    ex = extract_one(body, "2024-03-06")
    assert [e.kind for e in ex.events] == [kind]


def test_a_verb_with_an_event_object_is_that_event(extract_one):
    ex = extract_one("The army launched an attack on the town of Kestrel on Monday.", "2024-03-06")
    assert [(e.kind, e.date_value) for e in ex.events] == [("attack", "2024-03-04")]


def test_seed_dialogue_is_not_a_launch(seed):
    _body, ex = seed
    assert not [e for e in ex.events if e.kind == "launch" and "dialogue" in e.summary]
