"""A report and its extraction go into a real SQLite file and come back intact."""

from briefing_tui.records import (
    ClaimRecord,
    DateRecord,
    EntityRecord,
    EventRecord,
    Extraction,
    ParticipantRecord,
    ReportInput,
)
from briefing_tui.store import Store, Writer


def _extraction() -> Extraction:
    return Extraction(
        entities=[
            EntityRecord("person:ada", "Ada Stone", "person", {"Stone"}),
            EntityRecord("country:CA", "Canada", "country", {"Canadian"}),
        ],
        participants=[
            ParticipantRecord("person:ada", "Foreign Minister", "country:CA", [(0, 9)]),
            ParticipantRecord("country:CA", None, None, [(30, 36)]),
        ],
        claims=[ClaimRecord("Ada Stone", "said", "talks went well", 10, 40, "person:ada")],
        events=[
            EventRecord("meeting", "talks in Ottawa", 10, 40, "on Friday", "2024-11-01", "day",
                        False, "country:CA", ["person:ada", "country:CA"])
        ],
        dates=[DateRecord("on Friday", 41, 50, "2024-11-01", "day")],
    )


def test_report_round_trip(tmp_path):
    db = tmp_path / "r.db"
    report = ReportInput("Talks", "Ada Stone said talks in Canada went well on Friday.", "2024-11-02", "T")
    with Writer(db) as w:
        rid = w.add_report(report, _extraction())
        assert w.add_report(report, _extraction()) is None  # same content: no-op
    store = Store(db)
    got = store.report(rid)
    assert (got.title, got.published, got.source) == ("Talks", "2024-11-02", "T")
    ada = got.participants[0]
    assert (ada.name, ada.role, ada.affiliation, ada.mentions) == ("Ada Stone", "Foreign Minister", "Canada", ((0, 9),))
    assert got.claims[0].claimant_id == ada.entity_id
    event = got.events[0]
    assert (event.date, event.precision, event.place) == ("2024-11-01", "day", "Canada")
    assert set(event.participants) == {"Ada Stone", "Canada"}
    assert got.dates[0].value == "2024-11-01"
    assert store.count_reports() == 1
    assert [e.name for e in store.find_entities("canadian")] == ["Canada"]


def test_entities_are_shared_across_reports(tmp_path):
    db = tmp_path / "r.db"
    with Writer(db) as w:
        a = w.add_report(ReportInput("A", "Ada Stone said talks in Canada went well on Friday. One."), _extraction())
        b = w.add_report(ReportInput("B", "Ada Stone said talks in Canada went well on Friday. Two."), _extraction())
    store = Store(db)
    ada = store.find_entities("Ada Stone")[0]
    assert ada.report_count == 2
    assert [r.id for r in store.entity_reports(ada.id)] == [b, a]
    related = store.related_reports(a)
    assert [r.report.id for r in related] == [b]
