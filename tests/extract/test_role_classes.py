"""Classes of titled mentions the role rules must handle (round 6 of issue 3).

Every sentence here was invented for these tests; none is taken from an
evaluation article.
"""

from __future__ import annotations

import pytest

from extract_helpers import names


def _role(ex, name: str):
    n = names(ex)
    found = [(p.role, n.get(p.affiliation_key)) for p in ex.participants if n.get(p.entity_key) == name]
    assert found, f"{name!r} not among {[n.get(p.entity_key) for p in ex.participants]}"
    return found[0]


def test_two_offices_joined_by_and(extract_one):
    ex = extract_one("Northland Premier and Treasurer Alan Brook told reporters he would retire.", "2024-03-05")
    title, _ = _role(ex, "Alan Brook")
    assert title == "Premier and Treasurer"


@pytest.mark.parametrize(
    "body, name, title, affiliation",
    [
        ("The head of the UN refugee agency, Filippo Rossetti, visited the camp.", "Filippo Rossetti", "head", "UN"),
        ("The president of the tenants' association, Marie Dubreuil, said rents had doubled.", "Marie Dubreuil", "president", None),
    ],
)
def test_title_of_a_body_in_apposition_before_the_name(extract_one, body, name, title, affiliation):
    got_title, got_affiliation = _role(extract_one(body, "2024-03-05"), name)
    assert got_title == title
    if affiliation:
        assert got_affiliation == affiliation


@pytest.mark.parametrize(
    "body",
    [
        "Antonio Ferraz, the UN secretary-general, said the vote was clear.",
        "The UN Secretary-General, Antonio Ferraz, said the vote was clear.",
    ],
)
def test_hyphenated_titles_keep_their_hyphen(extract_one, body):
    title, affiliation = _role(extract_one(body, "2024-03-05"), "Antonio Ferraz")
    assert title.lower() == "secretary-general" and affiliation == "UN"


def test_a_plural_title_before_a_list_of_names(extract_one):
    ex = extract_one("MPs David Lorne and Sara Holmqvist said the vote was clear.", "2024-03-05")
    assert _role(ex, "David Lorne")[0] == "MP"
    assert _role(ex, "Sara Holmqvist")[0] == "MP"


def test_a_demonym_taken_for_a_name_is_the_country(extract_one):
    ex = extract_one("Sri Lankan Prime Minister Ravi Senaratne said the talks would go on.", "2024-03-05")
    assert _role(ex, "Ravi Senaratne") == ("Prime Minister", "Sri Lanka")


def test_politician_is_a_role(extract_one):
    ex = extract_one("Russian opposition politician Oleg Varin said the sentence was unjust.", "2024-03-05")
    title, affiliation = _role(ex, "Oleg Varin")
    assert "politician" in title and affiliation == "Russia"


def _forced(text: str, labels: dict[str, str]):
    """Roles with the NER's labels set by hand: the rule under test must hold
    whatever label the statistical model happens to give these invented names."""
    from spacy.tokens import Span

    from briefing_tui.extract.entities import resolve_entities
    from briefing_tui.extract.nlp import load
    from briefing_tui.extract.roles import person_roles

    doc = load()(text)
    spans = []
    for name, label in labels.items():
        at = -1
        while (at := text.find(name, at + 1)) >= 0:  # every occurrence
            span = doc.char_span(at, at + len(name), label=label)
            if not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(span)
    doc.set_ents(spans, default="outside")
    ents = resolve_entities(doc)
    roles = person_roles(doc, ents)
    by_name = {e.name: (e.key, e.kind) for e in ents.entities.values()}
    return by_name, roles


def test_a_name_before_a_title_and_a_person_is_the_body():
    # The NER may call a party a person; a person does not modify a title without a possessive.
    by_name, roles = _forced(
        "Green Alba leader Rory Dunmore said the party would abstain.",
        {"Green Alba": "PERSON", "Rory Dunmore": "PERSON"},
    )
    assert by_name["Green Alba"][1] == "organization"
    role = roles[by_name["Rory Dunmore"][0]]
    assert role.title == "leader" and role.affiliation_key == by_name["Green Alba"][0]


def test_a_name_in_apposition_to_a_title_is_a_person():
    by_name, roles = _forced(
        "The Prime Minister of Moldova, Dorin Vlasceanu, said the talks would go on.",
        {"Moldova": "GPE", "Dorin Vlasceanu": "ORG"},
    )
    assert by_name["Dorin Vlasceanu"][1] == "person"
    assert roles[by_name["Dorin Vlasceanu"][0]].title == "Prime Minister"


def test_a_title_for_another_person_keeps_the_title(extract_one):
    ex = extract_one(
        "Pavel Orlov, a spokesman for Russian President Ivan Demin, said the talks would go on.", "2024-03-05"
    )
    assert _role(ex, "Pavel Orlov")[0] == "spokesman"


def test_a_party_named_with_title_words_is_still_a_body(extract_one):
    # "Labor" and "Party" are both title modifiers ("Labor Minister", "Party Secretary"),
    # but a name ending in an organisation word and followed by no title is a body.
    ex = extract_one("Senator Joan Marr of the opposition Labor Party said the move was wrong.", "2024-03-05")
    assert _role(ex, "Joan Marr") == ("Senator", "Labor Party")


def test_a_body_the_ner_missed_is_found_by_its_organisation_word():
    by_name, roles = _forced(
        "Senator Ana Silvera of the Workers Party criticised the plan.", {"Ana Silvera": "PERSON"}
    )
    assert by_name["Workers Party"][1] == "organization"
    assert roles[by_name["Ana Silvera"][0]].affiliation_key == by_name["Workers Party"][0]


def test_a_title_in_apposition_after_a_name_makes_it_a_person():
    # The NER may take a one-word surname for a place.
    by_name, roles = _forced(
        "Varkosh, Ruritania's defence minister, said the deal was fair.", {"Varkosh": "GPE", "Ruritania": "GPE"}
    )
    assert by_name["Varkosh"][1] == "person"
    assert roles[by_name["Varkosh"][0]].title == "defence minister"


def test_rear_admiral(extract_one):
    ex = extract_one("Rear Admiral Daniel Harel said the exercise was over.", "2024-03-05")
    assert _role(ex, "Daniel Harel")[0] == "Rear Admiral"


def test_a_title_of_a_described_body_before_the_name(extract_one):
    ex = extract_one(
        "Head of the World Bank's climate unit Anna Lorentzen said the target was out of reach.", "2024-03-05"
    )
    assert _role(ex, "Anna Lorentzen") == ("Head", "World Bank")


def test_a_field_word_between_modifier_and_head(extract_one):
    ex = extract_one(
        "The figure was disputed by senior policy officer Karin Dahl, who called it optimistic.",
        "2024-03-05",
    )
    title, _ = _role(ex, "Karin Dahl")
    assert title.startswith("senior policy officer")


def test_candidate_is_a_role(extract_one):
    ex = extract_one("Labour candidate Dara Quinlan said the count was close.", "2024-03-05")
    assert "candidate" in _role(ex, "Dara Quinlan")[0]


def test_an_office_of_the_named_field(extract_one):
    ex = extract_one("Chancellor of the Exchequer Jeremy Holt said the economy was growing.", "2024-03-05")
    assert _role(ex, "Jeremy Holt")[0] == "Chancellor of the Exchequer"


def test_a_described_person_takes_the_word_by_the_name(extract_one):
    # With an article the coordinated nouns describe the person; without one they are offices.
    ex = extract_one("On Monday, a party candidate and doctor Liam Varrick was elected mayor.", "2024-03-05")
    assert _role(ex, "Liam Varrick")[0] == "doctor"


def test_a_body_before_a_long_title_and_a_name():
    by_name, roles = _forced(
        "A Green Alba party premier candidate and doctor Liam Varrick was elected.",
        {"Green Alba": "PERSON", "Liam Varrick": "PERSON"},
    )
    assert by_name["Green Alba"][1] == "organization"


# -- Round 7: titles the NER ran into a name or a body, and bodies it left untagged.


@pytest.mark.parametrize(
    "body, name, title, affiliation",
    [
        # an acronym or a name the NER left untagged, right before the title
        ("ECB President Marta Lindqvist said rates would hold.", "Marta Lindqvist", "President", "ECB"),
        ("WHO Director-General Tomas Berhane said the outbreak was an emergency.", "Tomas Berhane", "Director-General", "WHO"),
        ("Human Rights Watch director Kenneth Rothman said the trial was unfair.", "Kenneth Rothman", "director", "Human Rights Watch"),
        ('"We are ready," Kharkiv governor Yuri Kovalenko said.', "Yuri Kovalenko", "governor", "Kharkiv"),
        # a country and an office's field run together by the NER
        ("British Defence Secretary Grant Shapley said the ship was hit.", "Grant Shapley", "Defence Secretary", "United Kingdom"),
        # the field of an office after 'of', which the NER took for a body
        ("U.S. Secretary of State Antony Bellamy met his Chinese counterpart.", "Antony Bellamy", "Secretary of State", "United States"),
        # a party word that could be a ministry's field, before a party office
        ("Labour leader Keir Stamford criticised the plan.", "Keir Stamford", "leader", "Labour"),
    ],
)
def test_a_body_before_a_title(extract_one, body, name, title, affiliation):
    assert _role(extract_one(body, "2024-03-05"), name) == (title, affiliation)


def test_a_title_inside_a_span_of_another_label():
    # The NER may take "<place> Governor <name>" for a work of art or one organisation.
    by_name, roles = _forced(
        '"We are ready," Kharkiv Governor Yuri Kovalenko said on Monday.',
        {"Kharkiv Governor Yuri Kovalenko": "WORK_OF_ART"},
    )
    role = roles[by_name["Yuri Kovalenko"][0]]
    assert role.title == "Governor" and role.affiliation_key == by_name["Kharkiv"][0]
    by_name, roles = _forced("Acme CEO Dana Whitlow said sales rose.", {"Acme CEO Dana Whitlow": "ORG"})
    role = roles[by_name["Dana Whitlow"][0]]
    assert role.title == "CEO" and role.affiliation_key == by_name["Acme"][0] == "org:acme"


def test_a_forename_the_ner_left_out_after_a_title():
    by_name, roles = _forced("London Mayor Sadiq Kahn said the city was ready.", {"London": "GPE", "Kahn": "PERSON"})
    assert "Sadiq Kahn" in by_name
    assert roles[by_name["Sadiq Kahn"][0]].title == "Mayor"


@pytest.mark.parametrize(
    "body",
    [
        "London Mayor Sadiq Kahn said the city was ready.",
        "Sadiq Kahn, the mayor of London, said the city was ready.",
    ],
)
def test_a_capital_beside_a_city_office_is_the_city(extract_one, body):
    ex = extract_one(body, "2024-03-05")
    title, affiliation = _role(ex, "Sadiq Kahn")
    assert title.lower() == "mayor" and affiliation == "London"
    assert not [e for e in ex.entities if e.kind == "country"]


@pytest.mark.parametrize(
    "body, name, title",
    [
        ("President-elect Javier Moreno said the peso would go.", "Javier Moreno", "President-elect"),
        ("Detective Inspector Kim Lowry said two were hurt.", "Kim Lowry", "Detective Inspector"),
    ],
)
def test_multiword_titles(extract_one, body, name, title):
    assert _role(extract_one(body, "2024-03-05"), name)[0] == title


@pytest.mark.parametrize(
    "body, name, title, affiliation",
    [
        # an office in lower case, then the rank the holder is addressed by
        ("Army spokesman Colonel Ali Rahimi said the talks were useful.", "Ali Rahimi", "Army spokesman", None),
        ("Police spokesperson Inspector Kim Lowry said two were hurt.", "Kim Lowry", "Police spokesperson", None),
        # a company in brand case before a company's office
        ("OpenAI chief executive Sam Altwell said the device was great.", "Sam Altwell", "chief executive", "OpenAI"),
        # offices the lexicon lacked
        ("UN special rapporteur Francesca Albano condemned the sentence.", "Francesca Albano", "special rapporteur", "UN"),
        # a name the NER missed after a title that ends a run of capitals
        ("UGO Entertainment CEO J Moseley left a note on the site.", "J Moseley", "CEO", "UGO Entertainment"),
        ("Kharkiv Mayor Ihor Terekhov said the city was shelled.", "Ihor Terekhov", "Mayor", "Kharkiv"),
        # the body, then where it sits, between the title and the name
        ("Spokesperson of the Israeli Embassy in Australia Eman Amasha issued a statement on Sunday.",
         "Eman Amasha", "Spokesperson", "Israeli Embassy"),
    ],
)
def test_round7_title_classes(extract_one, body, name, title, affiliation):
    assert _role(extract_one(body, "2024-03-05"), name) == (title, affiliation)


def test_supreme_leader_is_no_party(extract_one):
    ex = extract_one("Iran's Supreme Leader Ali Khamenei condemned the sentence.", "2024-03-05")
    assert _role(ex, "Ali Khamenei") == ("Supreme Leader", "Iran")
    assert not [e for e in ex.entities if e.kind == "organization"]


def test_the_body_a_city_office_is_of_is_a_place():
    # The NER may take a one-word city for a person.
    by_name, roles = _forced(
        "Vitali Klitschko, the mayor of Kyiv, said the city was shelled.", {"Vitali Klitschko": "PERSON", "Kyiv": "PERSON"}
    )
    assert by_name["Kyiv"][1] == "place"
    assert roles[by_name["Vitali Klitschko"][0]].affiliation_key == by_name["Kyiv"][0]


def test_a_name_split_by_the_ner_is_joined():
    # "Maria Corina" tagged, "Machado" (the word the others modify) left out.
    by_name, roles = _forced(
        "Venezuelan opposition leader Maria Corina Machado said the vote was stolen.",
        {"Venezuelan": "NORP", "Maria Corina": "PERSON"},
    )
    assert "Maria Corina Machado" in by_name
    assert roles[by_name["Maria Corina Machado"][0]].title == "opposition leader"


def test_a_company_name_cut_into_a_person_and_an_organisation():
    by_name, roles = _forced(
        "Hollis Barker Media CEO Dana Whitlow said the sale was wise.",
        {"Hollis Barker": "PERSON", "Media": "ORG", "Dana Whitlow": "PERSON"},
    )
    assert by_name["Hollis Barker Media"][1] == "organization"
    role = roles[by_name["Dana Whitlow"][0]]
    assert role.title == "CEO" and role.affiliation_key == by_name["Hollis Barker Media"][0]


def test_a_person_named_like_a_company_of_the_report_is_the_company():
    by_name, _roles = _forced(
        "Hollis Barker Holdings Inc filed for bankruptcy. Hollis Barker said the filing would help.",
        {"Hollis Barker Holdings Inc": "ORG", "Hollis Barker": "PERSON"},
    )
    assert [kind for kind in (v[1] for v in by_name.values())] == ["organization"]


@pytest.mark.parametrize(
    "body, name, title, affiliation",
    [
        ("District Attorney Alvin Brigg set the date.", "Alvin Brigg", "District Attorney", None),
        ("The case was brought by County Judge Mary Olsen on Monday.", "Mary Olsen", "County Judge", None),
        ("Grey District Mayor Tony Kokshorn said the mine was unsafe.", "Tony Kokshorn", "Mayor", "Grey District"),
    ],
)
def test_the_level_or_district_of_an_office(extract_one, body, name, title, affiliation):
    assert _role(extract_one(body, "2024-03-05"), name) == (title, affiliation)


def test_a_party_the_ner_calls_a_person():
    # "party" after the name shows what it is, and outweighs the NER's label elsewhere;
    # a description cut at 'and' keeps the body it started with.
    text = "On Monday, a Fine Alba party candidate and doctor Liam Varrick was elected. Fine Alba won."
    by_name, roles = _forced(text, {"Fine Alba": "PERSON", "Liam Varrick": "PERSON"})
    assert by_name["Fine Alba"][1] == "organization"
    role = roles[by_name["Liam Varrick"][0]]
    assert role.title == "doctor" and role.affiliation_key == by_name["Fine Alba"][0]


@pytest.mark.parametrize(
    "body, name, title, affiliation",
    [
        # an office named by a verb in a relative clause
        ("Ali Rezai, who heads the Red Crescent, said aid was blocked.", "Ali Rezai", "head", "Red Crescent"),
        ("Ali Rezai, who leads the Red Crescent, said aid was blocked.", "Ali Rezai", "leader", "Red Crescent"),
        # "who is" before the title, with a name the NER missed
        ("Agnes Callamy, who is secretary general of Amnesty International, said the ruling was unjust.",
         "Agnes Callamy", "secretary general", "Amnesty International"),
        # a described owner in apposition before the name
        ("Brazil was hit hard. The country's president, Luiz Ferrada, said aid was coming.", "Luiz Ferrada", "president", "Brazil"),
        ("Acme Corp said sales fell. The company's chief executive, Dana Whitlow, said costs rose.",
         "Dana Whitlow", "chief executive", "Acme"),
        # 'for' a country is an envoy's brief; the body before the title employs him
        ("UN Special Envoy for Syria Martin Griffin said the talks were useful.", "Martin Griffin", "Special Envoy", "UN"),
    ],
)
def test_round7_apposition_classes(extract_one, body, name, title, affiliation):
    assert _role(extract_one(body, "2024-03-05"), name) == (title, affiliation)


@pytest.mark.parametrize(
    "body, name, title, affiliation",
    [
        # a product line as the office's field, which the product rule ran into the name
        ("Apple Vice President of iTunes Eddy Cuevas said the phone sold well.", "Eddy Cuevas", "Vice President", "Apple"),
        ("Apple Senior Vice President of iPod Engineering Tony Fadden said the phone sold well.",
         "Tony Fadden", "Senior Vice President", "Apple"),
        # the rest of a company's name the NER cut off before the title
        ("Sony Ericsson President Hideki Komura said the phone sold well.", "Hideki Komura", "President", "Sony Ericsson"),
    ],
)
def test_round7_business_titles(extract_one, body, name, title, affiliation):
    assert _role(extract_one(body, "2024-03-05"), name) == (title, affiliation)


@pytest.mark.parametrize(
    "body, title, affiliation",
    [
        ("Pakistan's army chief, General Asim Munaf, met the delegation.", "army chief", "Pakistan"),
        ("The spokesman, Colonel Asim Munaf, said two soldiers died.", "spokesman", None),
        ("General Asim Munaf met the delegation.", "General", None),  # a rank alone stays the role
    ],
)
def test_an_office_in_apposition_before_a_rank(extract_one, body, title, affiliation):
    assert _role(extract_one(body, "2024-03-05"), "Asim Munaf") == (title, affiliation)


@pytest.mark.parametrize(
    "body, affiliation",
    [
        # a body named before, by the last word of its name (opening a sentence, so capitalised)
        ("The Northern Relief Group said on Monday that aid was late. Group director Ana Vell said "
         "trucks were stopped.", "Northern Relief Group"),
        ("The Federal Audit Office published its report on Monday. Office spokesman Ana Vell said "
         "the costs had doubled.", "Federal Audit Office"),
        # a generic body word opening a sentence, with no such body named: no affiliation
        ("Party leader Ana Vell said the vote would be held in May.", None),
    ],
)
def test_a_title_after_the_last_word_of_a_body_named_before(extract_one, body, affiliation):
    role = _role(extract_one(body, "2024-03-05"), "Ana Vell")
    assert role[1] == affiliation, role
