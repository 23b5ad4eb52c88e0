"""The hand-annotated Wikinews gold stays aligned with the bodies ingest stores."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_tui.ingest.readers import Defaults, read_reports

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_every_gold_span_points_at_its_text():
    gold = json.loads((FIXTURES / "wikinews-gold-dates-claims.json").read_text(encoding="utf-8"))
    timelines = json.loads((FIXTURES / "wikinews-apple" / "gold-timelines.json").read_text(encoding="utf-8"))
    assert set(gold["documents"]) == set(timelines["documents"])
    sets = {"dev": 0, "test": 0}
    for doc_id, info in gold["documents"].items():
        (report,) = list(read_reports(FIXTURES / "wikinews-apple" / info["file"], Defaults()))
        assert report.published == info["date"]
        sets[info["set"]] += 1
        for item in info["dates"]:
            assert report.body[item["start"] : item["end"]] == item["text"], (doc_id, item)
            assert (item["value"] is None) == (item["precision"] is None)
        for item in info["claims"]:
            assert report.body[item["start"] : item["end"]] == item["cue"], (doc_id, item)
            assert item["claimant"]
        for item in info["roles"]:
            assert item["person"] in report.body and item["titles"]
    assert sets == {"dev": 15, "test": 15}
