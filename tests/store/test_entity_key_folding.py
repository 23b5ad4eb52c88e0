"""One entity across reports whatever the spelling varies in: accents, hyphens,
an inner "the" of a body's name (store/entity_keys.py), for new ingests (the
Writer) and for databases written before schemas 5 and 6 (migrations 0005 and
0006, which must leave exactly what a fresh ingest of the same reports writes)."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from briefing_tui.records import (
    ClaimRecord, EntityRecord, EventRecord, Extraction, ParticipantRecord, ReportInput,
)
from briefing_tui.store import Store, Writer, schema_version
from briefing_tui.store import write as write_module
from briefing_tui.store.entity_keys import fold_key, fold_spelling

ACCENTED = "person:recep tayyip erdoğan"
PLAIN = "person:recep tayyip erdogan"
TURKEY = "country:TR"
WITH_THE = "org:council of the european union"
WITHOUT_THE = "org:council of european union"


def _report(n: int, body: str, people: list[tuple[str, str, str]], place: str | None = None,
            council: tuple[str, str] | None = None):
    """A report naming `people` ((key, name, role)), each claiming and meeting, and
    the `council` ((key, name)) if given, as a participant."""
    start = body.index(people[0][1])
    entities = [EntityRecord(k, name, "person", {name}) for k, name, _ in people]
    entities.append(EntityRecord(TURKEY, "Turkey", "country", {"Turkey"}))
    if council:
        entities.append(EntityRecord(council[0], council[1], "organization", {council[1]}))
    if place:
        entities.append(EntityRecord(place, "Istanbul", "place", {"Istanbul"}))
    parts = [ParticipantRecord(k, role, TURKEY, [(body.index(name), body.index(name) + len(name))])
             for k, name, role in people]
    parts.append(ParticipantRecord(TURKEY, None, None, [(body.index("Turkey"), body.index("Turkey") + 6)]))
    if council:
        at = body.index(council[1])
        parts.append(ParticipantRecord(council[0], None, None, [(at, at + len(council[1]))]))
    claims = [ClaimRecord(people[0][1], "said", body[start:], start, len(body),
                          claimant_key=people[0][0], claimant_keys=[people[0][0]])]
    events = [EventRecord("meeting", f"meeting {n}", start, len(body), "2024-05-0%d" % n, f"2024-05-0{n}",
                          "day", place_key=place, participant_keys=[k for k, _, _ in people] + [TURKEY])]
    return (ReportInput(f"Report {n}", body, published=f"2024-05-0{n}"),
            Extraction(entities=entities, participants=parts, claims=claims, events=events))


REPORTS = [
    _report(1, "President Erdoğan of Turkey said the talks would go on.", [(ACCENTED, "Erdoğan", "President")],
            place="place:i̇stanbul"),
    _report(2, "Erdogan, Turkey's president, met the envoy in Istanbul and the Council of the European Union.",
            [(PLAIN, "Erdogan", "President")], place="place:istanbul",
            council=(WITH_THE, "Council of the European Union")),
    # Extraction merges spellings within a report; the store must not rely on it.
    _report(3, "Erdoğan and Erdogan: Turkey again.", [(ACCENTED, "Erdoğan", "President"),
                                                     (PLAIN, "Erdogan", "Leader")]),
    _report(4, "Recep Tayyip Erdogan spoke for Turkey to the Council of European Union.",
            [(PLAIN, "Recep Tayyip Erdogan", "President")], council=(WITHOUT_THE, "Council of European Union")),
    # An editor's bracket inside a quotation, as extraction names it.
    _report(5, '"[Recep Tayyip] Erdogan will decide," Turkey said.',
            [("person:[recep tayyip] erdogan", "[Recep Tayyip] Erdogan", "President")]),
]


def write(db: Path) -> None:
    with Writer(db) as w:
        for report, extraction in REPORTS:
            w.add_report(report, extraction)


def dump(db: Path) -> dict[str, list]:
    """Every table a merge touches, entities named by key (ids may differ)."""
    conn = sqlite3.connect(db)
    key = "(SELECT key FROM entities WHERE id = {})"
    queries = {
        "entities": "SELECT key, name, kind, report_count FROM entities",
        "aliases": f"SELECT {key.format('entity_id')}, alias FROM aliases",
        "participants": f"SELECT report_id, {key.format('entity_id')}, role, {key.format('affiliation_id')},"
                        " mentions, published FROM participants",
        "roles": f"SELECT {key.format('entity_id')}, role, reports FROM entity_roles",
        "claims": f"SELECT id, {key.format('claimant_id')}, claimant, text FROM claims",
        "claimants": f"SELECT claim_id, {key.format('entity_id')} FROM claim_claimants",
        "subjects": f"SELECT {key.format('entity_id')}, claim_id, sort_key FROM claim_subjects",
        "events": f"SELECT id, {key.format('place_id')} FROM events",
        "event_participants": f"SELECT event_id, {key.format('entity_id')} FROM event_participants",
        "timeline": f"SELECT {key.format('entity_id')}, section, day, kind, seq, event_id FROM entity_timeline",
        "fts": f"SELECT {key.format('rowid')}, name, aliases FROM entities_fts",
    }
    out = {name: sorted(conn.execute(sql).fetchall(), key=repr) for name, sql in queries.items()}
    conn.close()
    return out


def test_the_writer_stores_one_entity_for_spellings_across_reports(tmp_path):
    db = tmp_path / "new.db"
    write(db)
    store = Store(db)
    [erdogan] = store.find_entities("Erdogan")
    assert store.find_entities("Erdoğan") == [erdogan]
    assert erdogan.name == "Erdoğan" and erdogan.report_count == 5
    assert {"Erdogan", "Recep Tayyip Erdogan"} <= set(erdogan.aliases)
    assert [r.title for r in store.entity_reports(erdogan.id)] == [
        "Report 5", "Report 4", "Report 3", "Report 2", "Report 1"]
    assert len(store.find_entities("Istanbul")) == 1  # dotted capital I folds too
    [council] = store.find_entities("Council of the European Union")
    assert store.find_entities("Council of European Union") == [council] and council.report_count == 2
    store.close()


def test_migration_0005_merges_what_a_fresh_ingest_would_not_have_split(tmp_path, monkeypatch):
    fresh = tmp_path / "fresh.db"
    write(fresh)
    old = tmp_path / "v4.db"
    with monkeypatch.context() as m:
        m.setattr(write_module, "fold_key", lambda key: key)  # how schema-4 builds stored keys
        write(old)
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT count(*) FROM entities WHERE kind = 'person'").fetchone()[0] == 3
    assert conn.execute("SELECT count(*) FROM entities WHERE kind = 'organization'").fetchone()[0] == 2
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    before = Store(old)  # schema 4 stays readable: the merge changes data, not what reads query
    assert before.find_entities("Erdogan") != before.find_entities("Erdoğan")  # two entities
    before.close()
    Writer(old).close()  # an ingest opening it upgrades it
    assert dump(old) == dump(fresh)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_migration_0006_merges_bodies_written_with_and_without_an_inner_the_and_brackets(tmp_path, monkeypatch):
    fresh = tmp_path / "fresh.db"
    write(fresh)
    old = tmp_path / "v5.db"
    with monkeypatch.context() as m:
        m.setattr(write_module, "fold_key", fold_spelling)  # how schema-5 builds stored keys
        write(old)
    conn = sqlite3.connect(old)
    assert sorted(k for (k,) in conn.execute("SELECT key FROM entities WHERE kind = 'organization'")) == [
        WITHOUT_THE, WITH_THE]
    assert conn.execute("SELECT count(*) FROM entities WHERE kind = 'person'").fetchone()[0] == 2
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    Writer(old).close()
    assert dump(old) == dump(fresh)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


@pytest.mark.parametrize("key, stored", [
    ("org:department of the interior", "org:department of interior"),
    ("org:The Council of the European Union", "org:Council of European Union"),
    ("org:the hague", "org:the hague"),  # two words: the name itself
    ("org:bank of the west", "org:bank of west"),
    ("person:jane the elder", "person:jane the elder"),  # bodies only
    ("place:gulf of the mexico", "place:gulf of the mexico"),
    ("person:ahmed] karimov", "person:ahmed karimov"),  # an editor's bracket in a quotation
    ("person:[then mayor julia] hartmann", "person:then mayor julia hartmann"),
])
def test_an_inner_the_of_a_body_is_left_out_of_its_key(key, stored):
    assert fold_key(key) == stored


@pytest.mark.parametrize("key", ["country:KP", "person:cho tae yul", "org:apple", "other:iphone 3g"])
def test_plain_keys_are_kept_as_they_are(key):
    assert fold_key(key) == key


@given(st.sampled_from(["person:", "org:"]), st.text(max_size=40))
def test_folding_is_idempotent_and_leaves_no_accents_or_hyphens(kind, text):
    folded = fold_key(kind + text)
    assert fold_key(folded) == folded
    assert "-" not in folded and "[" not in folded and "]" not in folded
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", folded))
