"""An entity's roles: one line per role, whatever case or abbreviation the reports used."""

from __future__ import annotations

from briefing_tui.records import EntityRecord, Extraction, ParticipantRecord, ReportInput
from briefing_tui.store import Store, Writer
from briefing_tui.store.entities import merge_roles


def test_case_forms_and_abbreviations_are_one_role(tmp_path):
    db = tmp_path / "roles.db"
    roles = ["Chief Executive Officer", "Chief Executive Officer", "chief executive officer", "CEO",
             "co-founder", "Co-founder", "co-founder", "chairman"]
    with Writer(db) as w:
        for i, role in enumerate(roles):
            body = f"Ada Example, {role}, spoke on day {i}."
            w.add_report(ReportInput(f"Report {i}", body, f"2020-01-{i + 1:02d}", "T"),
                         Extraction([EntityRecord("person:ada", "Ada Example", "person")],
                                    [ParticipantRecord("person:ada", role, None, [(0, 11)])]))
    store = Store(db)
    try:
        entity = store.find_entities("Ada Example")[0]
    finally:
        store.close()
    assert entity.roles == ("Chief Executive Officer", "co-founder", "chairman")


def test_merge_roles_keeps_what_differs():
    assert merge_roles([("CEO", 5), ("Chief Executive Officer", 2)]) == ("CEO",)
    assert merge_roles([("ceo", 1), ("Chief Executive Officer", 2)]) == ("Chief Executive Officer", "ceo")
    assert merge_roles([("PM", 1), ("Prime Minister", 3), ("Prime  minister", 1)]) == ("Prime Minister",)
    assert merge_roles([("Secretary of State", 2), ("FBI", 1)]) == ("Secretary of State", "FBI")
    assert merge_roles([("UN envoy", 2), ("US", 1)]) == ("UN envoy", "US")
    assert merge_roles([]) == ()


def test_steve_jobs_roles_on_the_corpus(corpus_db):
    store = Store(corpus_db)
    try:
        jobs = store.find_entities("Steve Jobs")[0]
    finally:
        store.close()
    folded = [r.casefold() for r in jobs.roles]
    assert len(folded) == len(set(folded)), jobs.roles
    assert not ({"ceo", "chief executive officer"} <= set(folded)), jobs.roles
