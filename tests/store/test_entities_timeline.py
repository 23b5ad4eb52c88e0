"""Store queries behind navigation: entity pages, the timeline, one event across reports, related events."""

from __future__ import annotations

import pytest

from briefing_tui.store import Store
from briefing_tui.store.models import TimelineFilter
from briefing_tui.store.timeline import date_bound
from tui import handmade


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("nav") / "nav.db"
    ids = handmade.build(path)
    s = Store(path)
    s.ids = ids  # type: ignore[attr-defined]
    yield s
    s.close()


def entity(store, name):
    return store.find_entities(name)[0]


def test_entity_reports_newest_first_and_paged(store):
    korea = entity(store, "Seoul")  # an alias finds the country
    assert korea.name == "South Korea"
    reports = store.entity_reports(korea.id)
    assert [r.published for r in reports] == sorted((r.published for r in reports), reverse=True)
    assert len(reports) == korea.report_count == 3
    assert store.entity_reports(korea.id, offset=1, limit=1) == reports[1:2]


def test_claims_by_and_about(store):
    jobs = entity(store, "steve jobs")
    by = store.entity_claims(jobs.id)
    assert {c.text for c in by} == {"Today Apple is going to reinvent the phone",
                                    "Steve Jobs said the launch was the biggest"}
    about = store.entity_claims_about(jobs.id)
    # Others' claims whose content mentions him; never his own.
    assert [c.claimant for c in about] == ["Analysts"]
    kim = entity(store, "Kim Yong-hyun")
    assert store.entity_claims_about(kim.id) == []


def test_entity_timeline_groups_tellings_of_one_event(store):
    jobs = entity(store, "Steve Jobs")
    flt = TimelineFilter(entity_id=jobs.id)
    dated = store.timeline(flt, "dated")
    assert [(g.event.kind, g.event.date, len(g.sources)) for g in dated] == [
        ("unveiling", "2007-01-09", 1), ("launch", "2007-06-29", 2)]
    assert store.count_timeline(flt, "dated") == 2
    launch = dated[1]
    # Sources oldest report first.
    assert [s.report.published for s in launch.sources] == ["2007-06-30", "2007-07-02"]


def test_timeline_sections_and_date_range(store):
    everything = TimelineFilter()
    dated = store.timeline(everything, "dated")
    dates = [g.event.date for g in dated]
    assert dates == sorted(dates)
    assert all(not g.event.planned for g in dated)
    planned = store.timeline(everything, "planned")
    assert {g.event.summary for g in planned} == {"The iPhone goes on sale in the United States",
                                                  "First regular army dialogue"}
    undated = store.timeline(everything, "undated")
    assert [g.event.summary for g in undated] == ["North Korean troops deployed to Kursk"]
    in_2024 = TimelineFilter(after=date_bound("2024", True), before=date_bound("2024-10", False))
    assert [g.event.date for g in store.timeline(in_2024, "dated")] == ["2024-10-31", "2024-10-31"]
    assert store.count_timeline(in_2024, "dated") == 2
    page = store.timeline(everything, "dated", offset=2, limit=2)
    assert [g.event.id for g in page] == [g.event.id for g in dated[2:4]]


def test_date_bounds():
    assert date_bound("2007", True) == "2007"
    assert date_bound("2007", False) == "2007-99"
    assert date_bound("2007-6", False) == "2007-06-99"
    assert date_bound("2007-06-29", True) == "2007-06-29"
    assert date_bound("", True) is None
    for bad in ("2007-13", "yesterday", "2007-02-30", "07"):
        with pytest.raises(ValueError):
            date_bound(bad, True)


def test_event_group_is_same_kind_date_and_a_shared_participant(store):
    seed_test = next(e for e in store.report(store.ids["seed"]).events if e.kind == "test")
    group = store.event_group(seed_test.id)
    assert sorted(s.report.id for s in group.sources) == sorted([store.ids["seed"], store.ids["test"]])
    assert group.sources[0].report.published == "2024-10-31"
    meeting = next(e for e in store.report(store.ids["seed"]).events if e.kind == "meeting")
    assert len(store.event_group(meeting.id).sources) == 1
    assert store.event_group(10_000) is None


def test_related_events_share_participants_within_days(store):
    seed_test = next(e for e in store.report(store.ids["seed"]).events if e.kind == "test")
    related = store.related_events(seed_test.id)
    assert [(r.group.event.summary, r.shared, r.days_apart) for r in related] == [
        ("North Korea test-fired artillery near its border", ("North Korea",), 1)]
    # An undated event has no neighbours in time.
    kursk = next(e for e in store.report(store.ids["seed"]).events if e.kind == "deployment")
    assert store.related_events(kursk.id) == []


def test_suggest_entities_escapes_like_wildcards(store):
    assert [e.name for e in store.suggest_entities("kore")] == ["North Korea", "South Korea"]  # 3 reports each
    assert store.suggest_entities("%") == []
    assert store.suggest_entities("_") == []


def test_entity_timeline_pages_agree_with_the_whole(store):
    jobs = entity(store, "Steve Jobs")
    flt = TimelineFilter(entity_id=jobs.id)
    whole = [(g.event.kind, g.event.date, g.count) for g in store.timeline(flt, "dated", 0, 100)]
    paged = [(g.event.kind, g.event.date, g.count)
             for i in range(store.count_timeline(flt, "dated")) for g in store.timeline(flt, "dated", i, 1)]
    assert paged == whole
    assert store.timeline(flt, "dated", 5, 10) == []


def test_capped_counts_and_the_bounded_entity_page(store):
    assert store.count_timeline(TimelineFilter(), "dated") == 9
    assert store.count_timeline(TimelineFilter(), "dated", cap=4) == 4
    jobs = entity(store, "Steve Jobs")
    sections, complete = store.recent_entity_timeline(jobs.id)
    assert complete
    assert [(g.event.kind, g.count) for g in sections["dated"]] == [("unveiling", 1), ("launch", 2)]
    _, complete = store.recent_entity_timeline(jobs.id, max_events=2)
    assert not complete


def test_same_event_told_at_another_precision(tmp_path):
    from briefing_tui.records import EntityRecord, EventRecord, Extraction, ParticipantRecord, ReportInput
    from briefing_tui.store import Writer

    def report(title, day, value, precision):
        body = f"{title}: the phone was introduced."
        ex = Extraction(
            entities=[EntityRecord("org:acme", "Acme", "organization")],
            participants=[ParticipantRecord("org:acme", mentions=[(0, 4)])],
            events=[EventRecord("release", "phone introduced", 0, len(body), "then", value, precision,
                                participant_keys=["org:acme"])],
        )
        return ReportInput(title, body, day, "T"), ex

    path = tmp_path / "p.db"
    with Writer(path) as w:
        for args in (("A", "2010-06-08", "2010-06-07", "day"), ("B", "2010-06-16", "2010-06", "month"),
                     ("C", "2010-07-20", "2010-07", "month"), ("D", "2010-06-09", "2010", "year")):
            w.add_report(*report(*args))
    s = Store(path)
    day = next(e for e in s.report(1).events)
    assert [src.report.title for src in s.event_group(day.id).sources] == ["A", "B"]
    month = next(e for e in s.report(2).events)
    assert [src.report.title for src in s.event_group(month.id).sources] == ["A", "B"]
    s.close()
