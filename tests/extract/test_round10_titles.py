"""Classes of titled persons the rules must handle (round 10 of issue 3).

Every sentence here was invented for these tests in the style of wire news;
none is taken from an evaluation article. Each class failed on the code before
this round.
"""

from __future__ import annotations

import pytest

from extract_helpers import person_role as _role


# -- abbreviated ranks and offices with a full stop ------------------------------------


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Sgt. Mike Olander said the suspect fled on foot.", "Mike Olander", "Sergeant"),
        ("Police said Sgt. Dana Whitfield was hurt in the crash.", "Dana Whitfield", "Sergeant"),
        ("Staff Sgt. Leon Brack said the convoy was hit twice.", "Leon Brack", "Staff Sergeant"),
        ("Lt. Col. Anne Fisk said the base was secure.", "Anne Fisk", "Lieutenant Colonel"),
        ("Maj. Gen. Ivan Petrovsky said the unit had withdrawn.", "Ivan Petrovsky", "Major General"),
        ("Lt. Gen. Mark Dorsey said the troops would stay until spring.", "Mark Dorsey", "Lieutenant General"),
        ("Brig. Gen. Sarah Lintz confirmed the strike on Tuesday.", "Sarah Lintz", "Brigadier General"),
        ("Atty. Gen. Paula Brenner announced the charges.", "Paula Brenner", "Attorney General"),
        ("Det. Insp. Sam Reidy said the inquiry was still open.", "Sam Reidy", "Detective Inspector"),
        ("Cmdr. Tessa Nolan said the ship was safe.", "Tessa Nolan", "Commander"),
    ],
)
def test_an_abbreviated_rank_with_its_full_stop_is_the_role(extract_one, text, person, title):
    # spaCy splits "Sgt." into a word and a full stop and reads the stop as the end
    # of a sentence: the rank was cut off its name.
    assert _role(extract_one(text), person)[0] == title


def test_an_abbreviation_is_not_a_name_of_its_own(extract_one):
    ex = extract_one("Atty. Gen. Paula Brenner announced the charges.")
    assert not any(e.name.startswith("Atty") for e in ex.entities)


# -- a one-word body opening a sentence before a title -----------------------------------


@pytest.mark.parametrize(
    "text, person, title, body",
    [
        ("Greenpeace campaigner Anna Kivi said the spill was a disaster.", "Anna Kivi", "campaigner", "Greenpeace"),
        ("Tesla chief executive Elon Musk said the plant would open in May.", "Elon Musk", "chief executive", "Tesla"),
        ("Arsenal striker Bukayo Saka was injured in the first half.", "Bukayo Saka", "striker", "Arsenal"),
        ("Nordvik spokeswoman Lena Marsh said the recall would cost millions.", "Lena Marsh", "spokeswoman", "Nordvik"),
    ],
)
def test_a_body_opening_a_sentence_before_a_title_is_the_affiliation(extract_one, text, person, title, body):
    # The tagger calls such a word an adjective and the NER misses it there.
    assert _role(extract_one(text), person) == (title, body)


def test_a_body_opening_a_sentence_that_is_no_english_word_is_a_name(extract_one):
    # "Halvard": the tagger calls it a common noun; WordNet has no such word.
    ex = extract_one("Halvard campaigner Ruth Ames said the report was late.")
    assert _role(ex, "Ruth Ames") == ("campaigner", "Halvard")


def test_a_body_opening_a_sentence_is_known_when_the_report_names_it_again(extract_one):
    ex = extract_one(
        "Halvard campaigner Ruth Ames said the report was late. The group Halvard has filed a complaint."
    )
    assert _role(ex, "Ruth Ames") == ("campaigner", "Halvard")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Veteran campaigner Joan Pell said the vote was rigged.", "Joan Pell"),
        ("Top aide Sam Okafor resigned on Friday.", "Sam Okafor"),
        ("Rebel commander Ali Dost said his fighters would withdraw.", "Ali Dost"),
        ("Union leader Mary Coyle said the strike would go on.", "Mary Coyle"),
        ("Ministry spokesman Ivo Rann said the border was closed.", "Ivo Rann"),
    ],
)
def test_an_ordinary_word_opening_a_sentence_is_no_body(extract_one, text, person):
    ex = extract_one(text)
    assert _role(ex, person)[1] is None
    assert [e.name for e in ex.entities if e.kind == "organization"] == []


# -- a form of address makes a person, whatever the NER labelled -------------------------


@pytest.mark.parametrize("address", ["Ms", "Mrs.", "Mr", "Dr"])
def test_a_second_mention_with_a_form_of_address_is_the_titled_person(extract_one, address):
    ex = extract_one(
        f"Foreign Minister Ana Costa arrived in Lisbon on Monday. {address} Costa said talks would go on."
    )
    assert _role(ex, "Ana Costa") == ("Foreign Minister", None)
    assert [e.name for e in ex.entities if "Costa" in e.name] == ["Ana Costa"]


def test_a_one_word_name_with_a_relative_who_is_a_person(extract_one):
    ex = extract_one("The ruling was welcomed by Barnier, who said the deal was fair.")
    assert {e.name: e.kind for e in ex.entities}.get("Barnier") == "person"


# -- a surname after a lowercase particle ------------------------------------------------


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Coach Erik ten Hag praised the players after the match.", "Erik ten Hag", "Coach"),
        ("Manager Piet ter Horst said the squad was tired.", "Piet ter Horst", "Manager"),
    ],
)
def test_a_surname_after_a_lowercase_particle_is_part_of_the_name(extract_one, text, person, title):
    ex = extract_one(text)
    assert _role(ex, person)[0] == title
    assert not any(e.name == person.split()[0] for e in ex.entities)


# -- an office, then the rank or form of address the holder is called by -----------------


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Supreme Leader Ayatollah Ali Khamenei said Iran would respond.", "Ali Khamenei", "Supreme Leader"),
        ("Foreign Minister Prince Faisal bin Farhan arrived in Cairo on Sunday.", "Faisal bin Farhan", "Foreign Minister"),
        ("Deputy Governor Dr Amara Obi said inflation would fall.", "Amara Obi", "Deputy Governor"),
    ],
)
def test_an_office_before_a_form_of_address_is_the_role(extract_one, text, person, title):
    assert _role(extract_one(text), person)[0] == title


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Attorney General Merrick Garland announced the charges.", "Merrick Garland", "Attorney General"),
        ("Lieutenant General Mark Dorsey said the troops would stay.", "Mark Dorsey", "Lieutenant General"),
        ("Chief Rabbi Ephraim Mirvis condemned the attack.", "Ephraim Mirvis", "Chief Rabbi"),
        ("Crown Prince Mohammed bin Salman hosted the summit.", "Mohammed bin Salman", "Crown Prince"),
    ],
)
def test_a_title_of_one_office_stays_whole(extract_one, text, person, title):
    assert _role(extract_one(text), person)[0] == title


# -- a party's name before its office ----------------------------------------------------


def test_a_party_named_before_its_office_is_the_affiliation(extract_one):
    ex = extract_one("Labour Party leader Keir Starmer said the plan was flawed.")
    assert _role(ex, "Keir Starmer") == ("leader", "Labour Party")


# -- common heads of news titles ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, person, title, body",
    [
        ("Fiat boss Mario Rossetti said the plant would close.", "Mario Rossetti", "boss", "Fiat"),
        ("Ferrari driver Carlos Sainz said the car was fast.", "Carlos Sainz", "driver", "Ferrari"),
        ("Baroness Helena Kerr said the law was unjust.", "Helena Kerr", "Baroness", None),
    ],
)
def test_common_news_heads_are_titles(extract_one, text, person, title, body):
    assert _role(extract_one(text), person) == (title, body)


# -- a capital after an office's 'of' or a preposition of place ---------------------------


def test_a_capital_after_an_offices_of_is_the_city(extract_one):
    ex = extract_one("The mayor of Kyiv, Vitali Klitschko, said the city had no power.")
    assert _role(ex, "Vitali Klitschko") == ("mayor", "Kyiv")


def test_a_capital_the_ner_calls_a_person_is_no_person(extract_one):
    ex = extract_one("President Volodymyr Zelensky said Kyiv needed more air defence.")
    assert [e.name for e in ex.entities if e.kind == "person"] == ["Volodymyr Zelensky"]


# -- a capitalised field in a title in apposition ------------------------------------------


@pytest.mark.parametrize(
    "text, person, title, body",
    [
        ("Li Wei, China's vice premier, met Naledi Moyo, the South African Tourism Minister, in Beijing.",
         "Naledi Moyo", "Tourism Minister", "South Africa"),
        ("The talks were led by Olga Petrenko, the Ukrainian Emergency Situations Minister.",
         "Olga Petrenko", "Emergency Situations Minister", "Ukraine"),
        ("Rui Alves, the Portuguese Sea Minister, said the fleet was ready.", "Rui Alves", "Sea Minister", "Portugal"),
    ],
)
def test_a_capitalised_field_in_an_apposition_is_part_of_the_title(extract_one, text, person, title, body):
    # "the Tourism Minister": a field no word list holds, capitalised before its head.
    assert _role(extract_one(text), person) == (title, body)


# -- a title and its name on two lines of a hard-wrapped report --------------------------

_WRAPPED = """Fishing ministers meet in Lisbon
Ministers met in Lisbon on Monday to discuss the fishing quotas that have
divided the bloc for a decade. The talks were led by the Portuguese foreign minister
Ana Costa, who said progress had been made on the northern stocks and that a deal
could be reached by the end of the month, according to a statement from the
ministry. The harbour master's office said the port would stay open, and Police
spokesman Tomas Rey said the protests outside had been peaceful all week.
"""


def test_a_title_wrapped_onto_the_line_before_its_name_is_the_role(extract_one):
    ex = extract_one(_WRAPPED)
    assert _role(ex, "Ana Costa") == ("foreign minister", "Portugal")
    assert _role(ex, "Tomas Rey")[0] == "Police spokesman"
    assert [e.name for e in ex.entities if e.kind == "person"] == ["Ana Costa", "Tomas Rey"]


def test_unwrapping_keeps_every_offset_and_the_breaks_between_blocks():
    from briefing_tui.extract.lines import unwrap

    out = unwrap(_WRAPPED)
    assert len(out) == len(_WRAPPED)
    assert out.split("\n")[0] == "Fishing ministers meet in Lisbon"  # the headline stays apart
    assert "foreign minister Ana Costa" in out
    assert "a decade. The talks" in out  # not a break: the line holds the sentence on
    listed = "Aid arrived on Monday in the northern towns after the floods of last week\n- food\n- water\n" * 2
    assert unwrap(listed) == listed  # list items stay on their lines
    one_per_line = ("A paragraph of the report that runs on well past any width a wrapped report would use, "
                    "like the articles of a wire feed that put one whole paragraph on each line\n") * 3
    assert unwrap(one_per_line) == one_per_line
    for blank in ("", "\n", "\n\n\n", " \n \n "):
        assert unwrap(blank) == blank


from hypothesis import given, strategies as st  # noqa: E402


@given(st.text(alphabet=st.sampled_from("ab .,\n-*A1"), max_size=400))
def test_unwrap_changes_only_line_breaks_to_spaces(text):
    from briefing_tui.extract.lines import unwrap

    out = unwrap(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out))


# -- a title 'to' a post: the holder's body is the one before the title --------------------


@pytest.mark.parametrize(
    "text, person, title, body",
    [
        ("U.S. Ambassador to Israel Dale Hickman said the embassy would stay open.", "Dale Hickman", "Ambassador", "United States"),
        ("Former U.S. Ambassador to the UN Karen Bellamy criticised the decision.", "Karen Bellamy", "Ambassador", "United States"),
        ("The former U.S. Ambassador to the United Nations, Karen Bellamy, criticised the decision.",
         "Karen Bellamy", "former Ambassador", "United States"),
        ("The U.S. envoy to the Middle East, Sam Whitlock, said talks would resume.", "Sam Whitlock", "envoy", "United States"),
        ("Ambassador to France Ivo Kern said the visit had gone well.", "Ivo Kern", "Ambassador", None),
    ],
)
def test_a_title_to_a_post_keeps_its_own_body(extract_one, text, person, title, body):
    # The NER runs the post and the name together ("UN Karen Bellamy" an organisation).
    ex = extract_one(text)
    assert _role(ex, person) == (title, body)


# -- reduced clauses, bracketed tickers and a body noun's possessive -----------------------


@pytest.mark.parametrize(
    "text, person, title, body",
    [
        ("Maria Saldanha, appointed health minister in May, said the vaccines had arrived.",
         "Maria Saldanha", "health minister", None),
        ("Tomas Berg, named chief executive of Nordhavn Shipping last year, said the fleet would grow.",
         "Tomas Berg", "chief executive", "Nordhavn Shipping"),
        ("Acme Holdings (ACM) chief executive Jane Morrow said sales rose in the third quarter.",
         "Jane Morrow", "chief executive", "Acme Holdings"),
        ("The Israeli military's chief spokesman, Daniel Harel, said the strike hit a command centre.",
         "Daniel Harel", "chief spokesman", "Israel"),
    ],
)
def test_reduced_clauses_tickers_and_body_nouns(extract_one, text, person, title, body):
    assert _role(extract_one(text), person) == (title, body)


# -- a dotted acronym is a body; a surname alone in apposition to a title is a person ---------


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("U.N. Secretary-General António Guterres called for a ceasefire.", "António Guterres", "Secretary-General"),
        ("Peter Wardell, head of the U.N. refugee agency, said the camps were full.", "Peter Wardell", "head"),
    ],
)
def test_a_dotted_acronym_is_the_body_of_the_title(extract_one, text, person, title):
    ex = extract_one(text)
    role, body = _role(ex, person)
    assert role == title and body in ("U.N.", "UN")


def test_a_dotted_and_a_plain_acronym_are_one_body(extract_one):
    ex = extract_one("The U.N. said aid was blocked at the crossing. The UN has asked for access.")
    assert [e.name for e in ex.entities if e.kind == "organization"] in (["U.N."], ["UN"])


@pytest.mark.parametrize(
    "text, person, title, body",
    [
        ("Barnier, the EU's chief negotiator, said the deal was fair.", "Barnier", "chief negotiator", "EU"),
        ("Lindqvist, who heads the Nordic Council's legal office, said the ruling stood.", "Lindqvist", "head", "Nordic Council"),
    ],
)
def test_a_surname_alone_before_a_titled_apposition_is_a_person(extract_one, text, person, title, body):
    assert _role(extract_one(text), person) == (title, body)


# -- names the NER left half-tagged or untagged beside a title -----------------------------


def test_a_plural_title_before_a_list_of_names_with_their_countries(extract_one):
    ex = extract_one("Foreign ministers Ana Costa of Portugal and Jan Berg of Norway signed the deal.")
    assert _role(ex, "Ana Costa") == ("Foreign minister", "Portugal")
    assert _role(ex, "Jan Berg") == ("Foreign minister", "Norway")


def test_a_forename_and_a_surname_the_ner_calls_a_place_after_a_title(extract_one):
    # "Costa" a place to the NER, "Ana" left out; no gazetteer knows "Costa".
    ex = extract_one("Portugal's foreign minister, Ana Costa, was sworn in on Monday.")
    assert _role(ex, "Ana Costa") == ("foreign minister", "Portugal")
    assert not any(e.kind == "place" for e in ex.entities)


# -- products and bodies the NER took for people -------------------------------------------


def _kinds_forced_person(text: str, name: str) -> dict[str, str]:
    """Entity kinds when the NER labels `name` a person (set by hand, so that the rule
    is tested whatever label the model gives an invented name)."""
    from briefing_tui.extract.entities import resolve_entities
    from briefing_tui.extract.nlp import load

    doc = load()(text)
    at = text.index(name)
    span = doc.char_span(at, at + len(name), label="PERSON")
    doc.set_ents([span], default="outside")
    return {e.name: e.kind for e in resolve_entities(doc).entities.values()}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The update adds a photo organiser named Light Table that sorts pictures by face.", "Light Table", "other"),
        ("The firm also showed Quick Ledger, which balances accounts in seconds.", "Quick Ledger", "other"),
        ("Users reported problems with Remote Desktop Access (RDA) after the update.", "Remote Desktop Access", "other"),
        ("Other chains, including Harbor Mart and Fresh Lane, raised prices too.", "Harbor Mart", "organization"),
        ("Songs, videos, contacts, and more bought on one phone will be synced with the others.", "Songs", "other"),
    ],
)
def test_a_name_the_words_around_call_a_thing_is_no_person(text, name, kind):
    assert _kinds_forced_person(text, name).get(name) == kind


@pytest.mark.parametrize(
    "text, name",
    [
        ("Leaders including Queen Aurelia have sent their condolences.", "Aurelia"),
        ("Foreign minister Sami Haddad and his Greek and Cypriot counterparts met in Cairo.", "Sami Haddad"),
        ("The talks were held between President Lena Moss and the nations' prime ministers.", "Lena Moss"),
    ],
)
def test_people_listed_with_people_or_among_leaders_stay_people(text, name):
    assert _kinds_forced_person(text, name).get(name) == "person"


def test_a_person_with_that_as_a_conjunction_stays_a_person(extract_one):
    ex = extract_one("Police Chief Ana Rivera told Mark Doyle that the inquiry was closed.")
    assert {e.name: e.kind for e in ex.entities}.get("Mark Doyle") == "person"


def test_a_description_between_a_title_word_and_the_office_is_not_the_office(extract_one):
    # "first female prime minister": "first" goes with "female", not with the office.
    ex = extract_one("Portugal's first female prime minister, Ana Costa, was sworn in on Monday.")
    assert _role(ex, "Ana Costa") == ("prime minister", "Portugal")


def test_the_adjective_of_a_plural_country_name_is_its_demonym(extract_one):
    ex = extract_one("Philippine President Ferdinand Marcos Jr. said Manila would not back down.")
    assert _role(ex, "Ferdinand Marcos Jr.") == ("President", "Philippines")
    assert [e.name for e in ex.entities if e.kind == "country"] == ["Philippines"]


# -- a region named after its country ------------------------------------------------------


@pytest.mark.parametrize(
    "text, person, title, region",
    [
        ("Monday, June 2, 2025\n\nWestern Australia Premier and Treasurer Roger Colley told reporters he would stay on.",
         "Roger Colley", "Premier and Treasurer", "Western Australia"),
        ("Upper Austria governor Thomas Steiner said the floods had eased.", "Thomas Steiner", "governor", "Upper Austria"),
    ],
)
def test_a_region_named_after_its_country_is_the_region(extract_one, text, person, title, region):
    ex = extract_one(text)
    assert _role(ex, person) == (title, region)
    assert not any(e.kind == "country" for e in ex.entities)


def test_a_country_whose_name_holds_a_compass_word_stays_the_country(extract_one):
    ex = extract_one("The New Zealand prime minister, Christopher Luxton, said South Africa and North Korea were invited.")
    assert _role(ex, "Christopher Luxton") == ("prime minister", "New Zealand")
    assert sorted(e.name for e in ex.entities if e.kind == "country") == ["New Zealand", "North Korea", "South Africa"]


@pytest.mark.parametrize(
    "text",
    [
        "The search leader Superintendent Garry Knowlton explained that the gas levels were too high.",
        "Early Saturday, Pike Valley Mining chief executive Peter Whitlow said 29 were trapped.",
        "The game runs at 320x240 on the handheld, Apple's C.E.O. said.",
        "The COVID-19 pandemic hit sales, the firm's chief executive Ana Rui said.",
    ],
)
def test_no_body_or_person_is_made_of_a_function_word_a_day_or_a_code(extract_one, text):
    ex = extract_one(text)
    names_ = {e.name for e in ex.entities}
    assert not names_ & {"The", "Saturday", "Early Saturday", "320x240", "C.E.O.", "COVID-19"}, names_
