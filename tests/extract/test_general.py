"""General rules on Wikinews sentences and on paragraphs written for these tests."""

from __future__ import annotations

from extract_helpers import names, participant


def test_title_before_name_with_organisation(extract_one):
    ex = extract_one("Northrop Grumman CEO Ron Sugar said the company would bid. Alabama Governor Bob Riley welcomed it.", "2005-06-01")
    sugar = participant(ex, "Ron Sugar")
    assert sugar.role == "CEO" and names(ex)[sugar.affiliation_key] == "Northrop Grumman"
    riley = participant(ex, "Bob Riley")
    assert riley.role == "Governor" and names(ex)[riley.affiliation_key] == "Alabama"


def test_apposition_title_and_short_name(extract_one):
    ex = extract_one(
        "Steve Jobs, the Apple Chief Executive Officer, announced the phone on Monday. "
        "Jobs said it would ship in July.",
        "2008-06-10",
    )
    jobs = participant(ex, "Steve Jobs")
    assert jobs.role == "Chief Executive Officer"
    assert len(jobs.mentions) == 2
    assert [e for e in ex.entities if e.kind == "person"] == [e for e in ex.entities if e.name == "Steve Jobs"]
    said = next(c for c in ex.claims if c.cue == "said")
    assert said.claimant_key == jobs.entity_key and said.text == "it would ship in July"


def test_honorific_short_form_joins(extract_one):
    ex = extract_one("Police chief Richard Lowe spoke on Tuesday. Mr Lowe said the inquiry would continue.", "2010-03-05")
    lowe = participant(ex, "Richard Lowe")
    assert len(lowe.mentions) == 2


def test_demonyms_codes_and_capitals_meet(extract_one):
    ex = extract_one(
        "U.S. officials met British diplomats in Washington. The US and the United Kingdom "
        "said London and Washington agree. Tokyo criticized the plan, Japanese media said.",
        "2020-01-10",
    )
    countries = sorted(e.name for e in ex.entities if e.kind == "country")
    assert countries == ["Japan", "United Kingdom", "United States"]


def test_multi_sentence_quote_and_pronoun(extract_one):
    ex = extract_one(
        'Health Minister Ana Ruiz visited the clinic on Monday. "We have doubled the staff," she said. '
        '"Nobody will be turned away."',
        "2021-04-07",
    )
    claim = next(c for c in ex.claims if c.cue == "said")
    assert claim.claimant == "Ana Ruiz"
    assert claim.text == "We have doubled the staff. Nobody will be turned away"
    visit = next(e for e in ex.events if e.kind == "visit")
    assert visit.date_value == "2021-04-05"


def test_according_to_and_planned(extract_one):
    ex = extract_one(
        "The talks are scheduled to be held in Geneva next week, according to the foreign ministry. "
        "Officials said the two sides plans to sign an agreement in 2026.",
        "2025-02-12",
    )
    according = next(c for c in ex.claims if c.cue == "according to")
    assert "talks are scheduled" in according.text and "ministry" in according.claimant
    talks = next(e for e in ex.events if e.kind == "talks")
    assert talks.planned and names(ex)[talks.place_key] == "Geneva"
    assert talks.date_value == "2025-02" and talks.precision == "month"


def test_wikinews_dateline_and_today(extract_one):
    ex = extract_one(
        "June 9, 2008\n\nApple Computer today launched a 3G version of its iPhone device.\n\n"
        "Steve Jobs, the Apple Chief Executive Officer, announced the development at a developers' conference.",
        "2008-06-09",
    )
    launch = next(e for e in ex.events if e.kind == "launch")
    assert launch.date_value == "2008-06-09" and launch.summary == "Apple Computer launched 3G version of iPhone device"
    assert "other:iphone" in set(launch.participant_keys)
    jobs = participant(ex, "Steve Jobs")
    assert names(ex)[jobs.affiliation_key] == "Apple Computer"


def test_unresolvable_dates_keep_their_text(extract_one):
    ex = extract_one("Rebels said fighting would go on in the coming weeks. The dispute began in the 1990s.", "2019-05-01")
    got = {d.text: d.value for d in ex.dates}
    assert got.get("the coming weeks", "missing") is None
    assert got.get("the 1990s", "missing") is None


def test_no_report_date_leaves_relative_dates_null(extract_one):
    ex = extract_one("The minister resigned on Friday after the vote of March 3, 2020.", None)
    got = {d.text: d.value for d in ex.dates}
    assert got["Friday"] is None and got["March 3, 2020"] == "2020-03-03"


def test_empty_and_odd_bodies(extract_one):
    for body in ("", " ", "\n\n\n", "[bold red]x[/] \x1b[31m", "a" * 5000):
        ex = extract_one(body, "2024-01-01")
        assert ex.entities == [] or all(e.key for e in ex.entities)


def test_products_weapons_and_organisation_forms(extract_one):
    ex = extract_one(
        "Apple Computer launched the iPhone 3G on Monday. The 3G iPhone costs $199, Apple Inc. said. "
        "Apple also cut the price of the iTunes Music Store's songs. North Korea tested a Hwasong-19 ICBM.",
        "2008-06-10",
    )
    kinds = {e.key: e.kind for e in ex.entities}
    assert kinds.get("other:3g iphone") == "other"  # both word orders, one product
    assert kinds.get("other:itunes music store") == "other"
    assert kinds.get("weapon:19 hwasong") == "weapon"
    assert [k for k in kinds if k.startswith("org:")] == ["org:apple"]  # Apple Computer, Apple Inc. and Apple
    launch = next(e for e in ex.events if e.kind == "launch")
    assert "other:3g iphone" in launch.participant_keys and launch.date_value == "2008-06-09"


def test_group_claimant_keeps_a_key_for_each(extract_one):
    ex = extract_one("Japan and Canada said on Monday that the talks had failed.", "2020-02-04")
    claim = next(c for c in ex.claims if c.cue == "said")
    assert claim.claimant_key is None and claim.claimant_keys == ["country:JP", "country:CA"]


def test_report_date_only_for_events_told_in_the_present(extract_one):
    ex = extract_one("Samsung has released the Galaxy S2. Samsung sued Apple. Google will launch a tablet.", "2011-03-02")
    by_kind = {e.kind: e for e in ex.events}
    assert by_kind["release"].date_value == "2011-03-02"
    assert by_kind["lawsuit"].date_value is None
    assert by_kind["launch"].date_value is None and by_kind["launch"].planned
