"""The shell mirrors the screens: `briefing entity`, `briefing timeline`, `briefing export`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from briefing_tui.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), obj={})


def test_entity_json(handmade_db):
    result = run("entity", "steve jobs", "--db", str(handmade_db), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["name"], data["kind"], data["report_count"]) == ("Steve Jobs", "person", 3)
    assert data["aliases"] == ["Jobs"] and data["roles"] == ["chief executive"]
    assert [r["date"] for r in data["reports"]] == ["2007-07-02", "2007-06-30", "2007-01-10"]
    assert {c["text"] for c in data["claims"]} == {"Today Apple is going to reinvent the phone",
                                                   "Steve Jobs said the launch was the biggest"}
    assert [c["claimant"] for c in data["claims_about"]] == ["Analysts"]
    assert [(e["date"], e["kind"], e["report_id"]) for e in data["timeline"]] == [
        ("2007-01-09", "unveiling", 4), ("2007-06-29", "launch", 5), ("2007-06-29", "launch", 6)]
    assert set(data["timeline"][0]) == {"event_id", "report_id", "report_title", "report_date", "date",
                                        "precision", "date_text", "planned", "kind", "summary", "place",
                                        "participants", "start", "end"}


def test_entity_text_and_unknown_name(handmade_db):
    result = run("entity", "Seoul", "--db", str(handmade_db))
    assert result.exit_code == 0
    assert result.output.startswith("South Korea (country) in 3 reports")
    result = run("entity", "kore", "--db", str(handmade_db))
    assert result.exit_code == 1
    assert "no entity named 'kore' (did you mean: North Korea, South Korea?)" in result.output


def test_timeline_filters(handmade_db):
    result = run("timeline", "--entity", "Steve Jobs", "--db", str(handmade_db), "--json")
    assert result.exit_code == 0, result.output
    assert [e["date"] for e in json.loads(result.output)] == ["2007-01-09", "2007-06-29", "2007-06-29"]
    result = run("timeline", "--after", "2024-10", "--before", "2024-10-31", "--db", str(handmade_db), "--json")
    events = json.loads(result.output)
    assert {e["date"] for e in events} == {"2024-10-31"}
    assert {e["report_id"] for e in events} == {1, 2}
    result = run("timeline", "--after", "yesterday", "--db", str(handmade_db))
    assert result.exit_code != 0
    assert "'yesterday' is not a date" in result.output


def test_export_markdown_and_json(handmade_db, tmp_path):
    result = run("export", "2", "--format", "md", "--db", str(handmade_db))
    assert result.exit_code == 0
    assert result.output.startswith("# South Korea and Canada call for withdrawal")
    assert "## Citation" in result.output
    result = run("export", "2", "--format", "json", "--db", str(handmade_db))
    data = json.loads(result.output)
    assert set(data) == {"id", "title", "date", "source", "url", "body", "participants", "claims", "events", "dates"}
    out = tmp_path / "b.md"
    assert run("export", "2", "--db", str(handmade_db), "-o", str(out)).exit_code == 0
    again = run("export", "2", "--db", str(handmade_db), "-o", str(out))
    assert again.exit_code == 1 and "already exists" in again.output
    missing = run("export", "999", "--db", str(handmade_db))
    assert missing.exit_code == 1 and "no report with id 999" in missing.output


def test_markdown_export_keeps_hostile_text_inert(hostile_db):
    result = run("export", "7", "--db", str(hostile_db))
    text = result.output
    assert "\x1b" not in text and "\u202e" not in text
    assert text.startswith("# \\[bold red\\]ALERT\\[/\\] \\[@click=app.quit\\]x\\[/\\] title\n")
    assert "<" not in text.replace("&lt;", "")
