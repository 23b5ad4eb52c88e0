"""One entity per person or country, whichever variant of its name a report uses.

Every text here was invented for these tests (round 7 of issue 3).
"""

from __future__ import annotations

import pytest


def _people(ex) -> list[str]:
    return sorted(e.name for e in ex.entities if e.kind == "person")


@pytest.mark.parametrize(
    "body, person",
    [
        # a middle initial, or none
        ("President Michael D. Higgs signed the bill. Michael Higgs said later that Higgs had no regrets.", "Michael D. Higgs"),
        # a middle name, or none
        ("Leo Varrick spoke. Leo Eric Varrick was born in Dublin. Varrick said he was proud. Leo Varrick won.", "Leo Varrick"),
        # accents and hyphens spelled two ways
        ("Recep Tayyip Erdoğan spoke. Erdogan said Turkey would act. Erdoğan's party won.", None),
        ("North Korean leader Kim Jong Un watched the test. Kim Jong-un said Kim would test again.", "Kim Jong Un"),
        # a doubled letter spelled two ways in one report
        ("Superintendent Gary Knowle said the mine was unsafe. Superintendent Garry Knowle said gas was high. "
         "Knowle said the rescue was off.", "Gary Knowle"),
        # a surname of two words, which the NER may label an organisation
        ("Jean-Yves Le Drian met Le Drian's counterpart. Le Drian said France would help.", "Jean-Yves Le Drian"),
        # later short mentions with a form of address or a possessive
        ("Governor Mark Lowell said the storm was coming. Mr Lowell added that Lowell's office would stay open.", "Mark Lowell"),
    ],
)
def test_variants_of_one_name_are_one_person(extract_one, body, person):
    ex = extract_one(body, "2024-03-05")
    people = _people(ex)
    assert len(people) == 1, people
    if person:
        assert people == [person]
    surname = people[0].split()[-1]
    assert [e.name for e in ex.entities if surname in e.name] == people  # no organisation of that name either


@pytest.mark.parametrize(
    "body, code",
    [
        ("The U.S. imposed sanctions. The United States said the US would not back down. America's allies agreed. "
         "Washington also said Americans were safe.", "US"),
        ("Washington said it would respond to the strike on Monday.", "US"),
        ("London said it agreed. Britain's foreign secretary spoke. The UK said British troops would stay.", "GB"),
    ],
)
def test_a_country_by_its_name_code_demonym_or_capital_is_one(extract_one, body, code):
    ex = extract_one(body, "2024-03-05")
    assert [e.key for e in ex.entities] == [f"country:{code}"]


def test_two_people_who_share_a_surname_stay_apart(extract_one):
    ex = extract_one("Ann Moreau and her brother Paul Moreau both testified. Paul Moreau said he was innocent.", "2024-03-05")
    assert _people(ex) == ["Ann Moreau", "Paul Moreau"]
