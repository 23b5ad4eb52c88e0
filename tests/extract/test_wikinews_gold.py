"""The hand-annotated Wikinews gold stays aligned with the bodies ingest stores."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_tui.evaluate import UNSEEN_SETS, unseen_gold_files
from briefing_tui.ingest.readers import Defaults, read_reports

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _check_spans(doc_id: str, info: dict, body: str) -> None:
    """Every annotated date and cue is the text at its offsets; every person is named."""
    for item in info["dates"]:
        assert body[item["start"] : item["end"]] == item["text"], (doc_id, item)
        assert (item["value"] is None) == (item["precision"] is None)
    for item in info["claims"]:
        assert body[item["start"] : item["end"]] == item["cue"], (doc_id, item)
        assert item["claimant"]
    for item in info["roles"]:
        assert item["person"].split()[-1] in body and item["titles"]


def test_every_gold_span_points_at_its_text():
    gold = json.loads((FIXTURES / "wikinews-gold-dates-claims.json").read_text(encoding="utf-8"))
    timelines = json.loads((FIXTURES / "wikinews-apple" / "gold-timelines.json").read_text(encoding="utf-8"))
    assert set(gold["documents"]) == set(timelines["documents"])
    sets = {"dev": 0, "test": 0}
    for doc_id, info in gold["documents"].items():
        (report,) = list(read_reports(FIXTURES / "wikinews-apple" / info["file"], Defaults()))
        assert report.published == info["date"]
        sets[info["set"]] += 1
        _check_spans(doc_id, info, report.body)
        assert all(item["person"] in report.body for item in info["roles"])
    assert sets == {"dev": 15, "test": 15}


def test_unseen_news_gold_points_at_its_text_and_keeps_test_apart():
    """The other-topics gold (every folder, every part) is aligned, each article has
    one gold, and no article is in two folders."""
    names = {}
    for folders in UNSEEN_SETS.values():
        for name in folders:
            folder = FIXTURES / "unseen-news" / name
            golds = unseen_gold_files(name)
            if not golds and not folder.exists():
                continue
            annotated = []
            for path in golds:
                gold = json.loads(path.read_text(encoding="utf-8"))
                for doc_id, info in gold["documents"].items():
                    annotated.append(info["file"])
                    (report,) = list(read_reports(folder / info["file"], Defaults()))
                    assert report.published == info["date"] and info["set"] == name.rstrip("0123456789")
                    names.setdefault(report.title, []).append(name)
                    _check_spans(doc_id, info, report.body)
            assert sorted(annotated) == sorted(p.name for p in folder.glob("*.md")), name
    assert all(len(sets) == 1 for sets in names.values())
    assert sum(1 for sets in names.values() if sets == ["test"]) == 16
