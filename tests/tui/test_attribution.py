"""A claim reads the same way in every view: 'X said', but 'According to X'."""

from __future__ import annotations

from briefing_tui import export
from briefing_tui.records import ClaimRecord, EntityRecord, Extraction, ParticipantRecord, ReportInput
from briefing_tui.store import Store, Writer
from briefing_tui.tui.app import BriefingApp
from briefing_tui.wording import attribution
from tui.screen import press, screen_text, settle
from robust_support import run

BODY = ("According to Globex, the update adds over 250 new features. "
        "Hank Scorpio said the release would ship in July.")


def _db(tmp_path):
    path = tmp_path / "a.db"
    first = BODY.index("the update")
    said = BODY.index("the release")
    extraction = Extraction(
        [EntityRecord("organization:globex", "Globex", "organization"),
         EntityRecord("person:hank scorpio", "Hank Scorpio", "person")],
        [ParticipantRecord("organization:globex", None, None, [(13, 19)]),
         ParticipantRecord("person:hank scorpio", None, None, [(BODY.index("Hank"), BODY.index(" said"))])],
        [ClaimRecord("Globex", "according to", "the update adds over 250 new features", first, first + 37,
                     claimant_key="organization:globex"),
         ClaimRecord("Hank Scorpio", "said", "the release would ship in July", said, said + 30,
                     claimant_key="person:hank scorpio")],
        [], [])
    with Writer(path) as w:
        rid = w.add_report(ReportInput("Globex ships an update", BODY, "2011-06-07", "wire"), extraction)
    return path, rid


def test_the_words_before_the_colon():
    assert attribution("Apple", "according to") == "According to Apple"
    assert attribution("Apple", "As reported by") == "As reported by Apple"
    assert attribution("Apple", "said") == "Apple said"
    assert attribution("Apple", "in  the words   of") == "In  the words   of Apple"


def test_cli_export_and_search_put_a_leading_cue_first(tmp_path):
    path, rid = _db(tmp_path)
    shown = run("show", rid, "--db", path).stdout
    assert "According to Globex: the update adds" in shown
    assert "Hank Scorpio said: the release" in shown
    store = Store(path)
    try:
        report = store.report(rid)
        markdown = export.report_markdown(report)
        assert "- According to **Globex**: \u201cthe update adds" in markdown
        assert "- **Hank Scorpio** said: \u201cthe release" in markdown
        hits = [h for h in store.search("features") if h.kind == "claim"]
        assert hits and hits[0].snippet.startswith("According to Globex: ")
    finally:
        store.close()


async def test_the_claims_pane_puts_a_leading_cue_first(tmp_path):
    path, _ = _db(tmp_path)
    store = Store(path)
    try:
        app = BriefingApp(store, export_dir=tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await press(pilot, "4")
            text = screen_text(app)
            assert "According to Globex: \u201cthe update adds" in text
            assert "Globex according to" not in text
            assert "Hank Scorpio said: \u201cthe release" in text
    finally:
        store.close()
