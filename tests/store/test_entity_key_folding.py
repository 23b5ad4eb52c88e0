"""One entity across reports whatever the spelling varies in: accents, hyphens
(store/entity_keys.py), for new ingests (the Writer) and for databases written
before schema 5 (migration 0005, which must leave exactly what a fresh ingest
of the same reports writes)."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from briefing_tui.records import (
    ClaimRecord, EntityRecord, EventRecord, Extraction, ParticipantRecord, ReportInput,
)
from briefing_tui.store import Store, Writer
from briefing_tui.store import write as write_module
from briefing_tui.store.entity_keys import fold_key

ACCENTED = "person:recep tayyip erdoğan"
PLAIN = "person:recep tayyip erdogan"
TURKEY = "country:TR"


def _report(n: int, body: str, people: list[tuple[str, str, str]], place: str | None = None):
    """A report naming `people` ((key, name, role)), each claiming and meeting."""
    start = body.index(people[0][1])
    entities = [EntityRecord(k, name, "person", {name}) for k, name, _ in people]
    entities.append(EntityRecord(TURKEY, "Turkey", "country", {"Turkey"}))
    if place:
        entities.append(EntityRecord(place, "Istanbul", "place", {"Istanbul"}))
    parts = [ParticipantRecord(k, role, TURKEY, [(body.index(name), body.index(name) + len(name))])
             for k, name, role in people]
    parts.append(ParticipantRecord(TURKEY, None, None, [(body.index("Turkey"), body.index("Turkey") + 6)]))
    claims = [ClaimRecord(people[0][1], "said", body[start:], start, len(body),
                          claimant_key=people[0][0], claimant_keys=[people[0][0]])]
    events = [EventRecord("meeting", f"meeting {n}", start, len(body), "2024-05-0%d" % n, f"2024-05-0{n}",
                          "day", place_key=place, participant_keys=[k for k, _, _ in people] + [TURKEY])]
    return (ReportInput(f"Report {n}", body, published=f"2024-05-0{n}"),
            Extraction(entities=entities, participants=parts, claims=claims, events=events))


REPORTS = [
    _report(1, "President Erdoğan of Turkey said the talks would go on.", [(ACCENTED, "Erdoğan", "President")],
            place="place:i̇stanbul"),
    _report(2, "Erdogan, Turkey's president, met the envoy in Istanbul.", [(PLAIN, "Erdogan", "President")],
            place="place:istanbul"),
    # Extraction merges spellings within a report; the store must not rely on it.
    _report(3, "Erdoğan and Erdogan: Turkey again.", [(ACCENTED, "Erdoğan", "President"),
                                                     (PLAIN, "Erdogan", "Leader")]),
    _report(4, "Recep Tayyip Erdogan spoke for Turkey.", [(PLAIN, "Recep Tayyip Erdogan", "President")]),
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
    assert erdogan.name == "Erdoğan" and erdogan.report_count == 4
    assert {"Erdogan", "Recep Tayyip Erdogan"} <= set(erdogan.aliases)
    assert [r.title for r in store.entity_reports(erdogan.id)] == ["Report 4", "Report 3", "Report 2", "Report 1"]
    assert len(store.find_entities("Istanbul")) == 1  # dotted capital I folds too
    store.close()


def test_migration_0005_merges_what_a_fresh_ingest_would_not_have_split(tmp_path, monkeypatch):
    fresh = tmp_path / "fresh.db"
    write(fresh)
    old = tmp_path / "v4.db"
    with monkeypatch.context() as m:
        m.setattr(write_module, "fold_key", lambda key: key)  # how schema-4 builds stored keys
        write(old)
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT count(*) FROM entities WHERE kind = 'person'").fetchone()[0] == 2
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    before = Store(old)  # schema 4 stays readable: the merge changes data, not what reads query
    assert before.find_entities("Erdogan") != before.find_entities("Erdoğan")  # two entities
    before.close()
    Writer(old).close()  # an ingest opening it upgrades it
    assert dump(old) == dump(fresh)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


@pytest.mark.parametrize("key", ["country:KP", "person:cho tae yul", "org:apple", "other:iphone 3g"])
def test_plain_keys_are_kept_as_they_are(key):
    assert fold_key(key) == key


@given(st.text(max_size=40))
def test_folding_is_idempotent_and_leaves_no_accents_or_hyphens(text):
    folded = fold_key("person:" + text)
    assert fold_key(folded) == folded
    assert "-" not in folded
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", folded))
