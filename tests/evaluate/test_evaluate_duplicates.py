"""The seed scorer's duplicate count: variants of one gold entity count, longer
names that merely contain it do not (both seed reports showed one 'duplicate'
that was another thing: "Korea-Canada Indo-Pacific dialogue", "South China Sea")."""

from types import SimpleNamespace

from briefing_tui.evaluate import score_report


def _report(*entities):
    return SimpleNamespace(
        participants=[SimpleNamespace(name=n, kind=k, role=None, affiliation=None) for n, k in entities],
        claims=[], events=[], dates=[],
    )


GOLD = {
    "participants": [
        {"name": "Canada", "kind": "country", "role": None, "affiliation": None},
        {"name": "Melanie Joly", "kind": "person", "role": "Foreign Minister", "affiliation": "Canada"},
        {"name": "Apple", "kind": "organization", "role": None, "affiliation": None},
    ],
    "claims": [], "events": [], "dates": [],
}


def dups(*entities):
    return score_report(_report(*entities), GOLD)["duplicates"]


def test_one_entity_each_is_no_duplicate():
    assert dups(("Canada", "country"), ("Melanie Joly", "person"), ("Apple", "organization")) == 0


def test_longer_names_that_contain_a_gold_name_are_other_things():
    assert dups(("Canada", "country"), ("Korea-Canada Indo-Pacific dialogue", "other"),
                ("Canada Goose", "organization"), ("Melanie Joly", "person")) == 0


def test_variants_of_one_thing_count():
    assert dups(("Canada", "country"), ("Canada's", "country")) == 1
    assert dups(("Melanie Joly", "person"), ("Joly", "person"), ("Melanie", "person")) == 2
    assert dups(("Apple", "organization"), ("Apple Inc.", "organization")) == 1
