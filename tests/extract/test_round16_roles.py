"""Classes of titled persons the rules must handle (round 16 of issue 3).

Every sentence here was invented for these tests in the style of wire news;
none is taken from an evaluation article. The count of those that failed on the
code before this round (main at 0040b1f) is in the round's commit messages.
"""

from __future__ import annotations

import pytest

from extract_helpers import kinds_by_name
from extract_helpers import person_role as _role


# -- "an attorney for Klarna": the office says the name is a body, whatever the NER says elsewhere --


@pytest.mark.parametrize(
    "text, person, role, body",
    [
        ("An attorney for Klarna, Mark Fields, said the case had no merit. Klarna denied the claims. "
         "Analysts said Klarna's growth had slowed. The move hurt Klarna.",
         "Mark Fields", "attorney", "Klarna"),
        ("An attorney for Roblox, Mark Fields, said the case had no merit. Roblox denied the claims. "
         "Analysts said Roblox's growth had slowed. The move hurt Roblox.",
         "Mark Fields", "attorney", "Roblox"),
        ("On Monday, a lawyer for Palantir, Ruth Baker, wrote to the court. Palantir said it would appeal. "
         "Palantir's shares fell 4%. Investors asked Palantir to settle.",
         "Ruth Baker", "lawyer", "Palantir"),
    ],
)
def test_the_body_of_an_office_outweighs_the_ners_guesses(extract_one, text, person, role, body):
    ex = extract_one(text)
    assert _role(ex, person) == (role, body)
    assert kinds_by_name(ex)[body] == "organization"


# -- "head of YouTube Neal Mohan" read as one person: the body, then the name ---------------


@pytest.mark.parametrize(
    "text, person, role, body",
    [
        ("The growth was confirmed by head of YouTube Neal Mohan.", "Neal Mohan", "head", "YouTube"),
        ("Sales rose, according to chief of Snapchat Evan Spiegel.", "Evan Spiegel", "chief", "Snapchat"),
        ("More than 40 million people signed up in a week, according to head of WhatsApp Rosa Lind.",
         "Rosa Lind", "head", "WhatsApp"),
    ],
)
def test_a_body_run_into_the_name_after_an_office_of(extract_one, text, person, role, body):
    assert _role(extract_one(text), person) == (role, body)


@pytest.mark.parametrize(
    "text, person",
    [
        ("The widow of John Paul Jones said the house was sold.", "John Paul Jones"),
        ("A statement by the wife of Mary Ann Smith was read out.", "Mary Ann Smith"),
        ("The report was backed by Director of Intelligence Mary B. Jones.", "Mary B. Jones"),
    ],
)
def test_a_body_run_into_the_name_guard_whole_names_stay(extract_one, text, person):
    ex = extract_one(text)
    assert kinds_by_name(ex).get(person) == "person", kinds_by_name(ex)


# -- "director of NASA's Heliophysics Division Peg Luce": the office is of the owner's unit ---


@pytest.mark.parametrize(
    "text, person, role, body",
    [
        ("Acting director of JAXA's Space Science Division Peg Luce said the probe was healthy.",
         "Peg Luce", "Acting director", "Space Science Division"),
        ("Head of Google's Threat Analysis Group Shane Huntley said the hackers were based abroad.",
         "Shane Huntley", "Head", "Threat Analysis Group"),
        ("Director of the FBI's Cyber Division Bryan Vorndran said the attack was contained.",
         "Bryan Vorndran", "Director", "Cyber Division"),
        ("The chief of Britain's Secret Intelligence Service Richard Moore warned of new threats.",
         "Richard Moore", "chief", "Secret Intelligence Service"),
    ],
)
def test_an_office_of_a_unit_of_a_named_owner(extract_one, text, person, role, body):
    assert _role(extract_one(text), person) == (role, body)


# -- "An adviser to the President, Tom Ruiz,": the name is the adviser's, not the President's --


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("An adviser to the President, Tom Ruiz, said the talks had stalled.", "Tom Ruiz", "adviser"),
        ("The chief of staff to the Prime Minister, Ann Lee, resigned on Friday.", "Ann Lee", "chief of staff"),
        ("A senior aide to the Chancellor, Ann Lee, said the budget was ready.", "Ann Lee", "senior aide"),
    ],
)
def test_an_office_held_to_another_office_is_the_named_ones(extract_one, text, person, role):
    assert _role(extract_one(text), person)[0] == role


def test_an_office_held_to_another_guard_posted_to_a_body(extract_one):
    ex = extract_one("The U.S. Ambassador to the United Nations, Linda Thomas-Greenfield, said the vote was close.")
    assert _role(ex, "Linda Thomas-Greenfield") == ("Ambassador", "United States")


# -- apposition after the name: "a retired NASA astronaut", "as copilot", a doubled space --


@pytest.mark.parametrize(
    "text, person, role, body",
    [
        ("Ann Cole, a retired ESA astronaut who has flown three missions, joined the crew.", "Ann Cole", "astronaut", "ESA"),
        ("Ann Cole, a retired astronaut, joined the crew.", "Ann Cole", "astronaut", None),
        ("Tom Reyes,  WFP emergency officer, in an interview with a local radio station, said the need was great.",
         "Tom Reyes", "emergency officer", "WFP"),
        ("The crew included Captain Tom Reyes, Ann Cole, as copilot, and Mark Hale, as a flight engineer.",
         "Ann Cole", "copilot", None),
        ("The crew included Captain Tom Reyes, Ann Cole, as copilot, and Mark Hale, as a flight engineer.",
         "Mark Hale", "flight engineer", None),
    ],
)
def test_an_office_in_apposition_after_the_name(extract_one, text, person, role, body):
    assert _role(extract_one(text), person) == (role, body)


def test_as_after_a_name_guard_no_office(extract_one):
    assert _role(extract_one("Ann Cole, as usual, said nothing."), "Ann Cole") == (None, None)


# -- "The prosecuting attorney, X said", "The report's co-author, X": the office's own words ---


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("The prosecuting attorney, Mark Hale said the sentence was too light.", "Mark Hale", "prosecuting attorney"),
        ("The district attorney, Mark Hale said the sentence was too light.", "Mark Hale", "district attorney"),
        ("The report's co-author, Maria Lopes, said the result was a surprise.", "Maria Lopes", "co-author"),
    ],
)
def test_the_words_of_an_office_before_an_apposed_name(extract_one, text, person, role):
    assert _role(extract_one(text), person)[0] == role


# -- "SkyAsia owner Tom Reyes": an office a brand-case body holds outweighs its product guesses --


@pytest.mark.parametrize(
    "text, person, role, body",
    [
        ("Search teams found no survivors. The pilot had flown for SkyAsia for ten years. SkyAsia owner Tom Reyes said it "
         "was too early to speculate. Reyes said SkyAsia would help the families.", "Tom Reyes", "owner", "SkyAsia"),
        ("The crew included Ann Cole, as copilot, and Mark Hale, as a flight attendant.", "Mark Hale", "flight attendant", None),
    ],
)
def test_an_office_names_its_body_and_its_holder(extract_one, text, person, role, body):
    assert _role(extract_one(text), person) == (role, body)


# -- "a spokeswoman for carmaker Nordvik Motors", "Qatar's de facto ruler", "assistants A and B" --


@pytest.mark.parametrize(
    "text, person, role, body",
    [
        ("Ann Cole, a spokeswoman for carmaker Nordvik Motors, said the recall was voluntary.",
         "Ann Cole", "spokeswoman", "Nordvik Motors"),
        ("Ann Cole, Qatar's de facto ruler, said the talks went well.", "Ann Cole", "ruler", "Qatar"),
        ("According to the agency, Crown Prince Ali bin Omar, Qatar's de facto leader, has been trying to change the "
         "country's image.", "Ali bin Omar", "Crown Prince", "Qatar"),
        ("Driver Tom Reyes and assistants Ann Cole and Mark Hale were arrested.", "Mark Hale", "assistant", None),
        ("Coach Tom Reyes and players Ann Cole, Mark Hale and Ted Bly were suspended.", "Ted Bly", "player", None),
    ],
)
def test_the_office_its_body_and_a_list_of_holders(extract_one, text, person, role, body):
    assert _role(extract_one(text), person) == (role, body)


def test_a_domain_after_for_guard_an_office_of_a_field(extract_one):
    ex = extract_one("Ana Ruiz, the Secretary of Justice for Puerto Rico, said the case was closed.")
    assert _role(ex, "Ana Ruiz")[0] == "Secretary of Justice"


# -- "Guatemala City Health Secretary", "Paris 2024 president": the body the office is of ----


@pytest.mark.parametrize(
    "text, person, role, body",
    [
        ("Local officials including Guatemala City Health Secretary Ana Ruiz revised the figure.",
         "Ana Ruiz", "Health Secretary", "Guatemala City"),
        ("Kuwait City police chief Tom Reyes said two men were held.", "Tom Reyes", "police chief", "Kuwait City"),
        ('"It was a vision for the future," Paris 2024 president Tony Estanguet said.', "Tony Estanguet", "president", "Paris 2024"),
    ],
)
def test_a_city_or_an_events_organisers_before_an_office(extract_one, text, person, role, body):
    assert _role(extract_one(text), person) == (role, body)


# -- "the agency announced Qatar had selected its first pilot, Ann Cole": whose 'its' ----------


def test_its_is_the_named_subject_of_its_clause(extract_one):
    ex = extract_one("On Sunday, the Qatar News Agency (QNA) announced Qatar had selected its first female pilot, Ann Cole, to fly the route.")
    assert _role(ex, "Ann Cole") == ("pilot", "Qatar")


def test_its_guard_no_named_subject_the_body_last_named(extract_one):
    ex = extract_one("Ford cut 500 jobs. Analysts said its chief executive, Jim Farley, had no choice.")
    assert _role(ex, "Jim Farley") == ("chief executive", "Ford")


# -- "said the WFP country director in Chad, Tom Reyes": where the office is held, then the name --


@pytest.mark.parametrize(
    "text, role",
    [
        ('"Ten people were saved," said the WFP country director in Chad, Tom Reyes.', "country director"),
        ("The WFP country director in Chad, Tom Reyes, said ten people were saved.", "country director"),
        ('"Ten people were saved," said the WFP chief of mission in Chad, Tom Reyes.', "chief of mission"),
    ],
)
def test_an_office_held_in_a_place_before_an_apposed_name(extract_one, text, role):
    assert _role(extract_one(text), "Tom Reyes") == (role, "WFP")
