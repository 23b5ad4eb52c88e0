"""`briefing search` names on stderr the filters it ignored or that match
nothing (exit status unchanged: 0), and a person:/org: value standing for more
entities than it takes (exit 3, like any answer cut short). Through click's
runner on real SQLite files."""

from __future__ import annotations

from click.testing import CliRunner
from search_smiths import FAMOUS, SMITHS

from briefing_tui.cli import PARTIAL_EXIT, cli
from briefing_tui.store import search as search_module


def _run(db, *args):
    return CliRunner().invoke(cli, ["search", *args, "--db", str(db)])


def _ids(output: str) -> list[int]:
    return [int(line.split()[0]) for line in output.splitlines() if line[:7].strip().isdigit()]


def test_a_bad_date_is_named_on_stderr_and_the_words_still_searched(tiny_db):
    result = _run(tiny_db, "troops after:2024-13")
    assert result.exit_code == 0
    assert result.stderr == "briefing: after:2024-13 ignored: a date is YYYY, YYYY-MM or YYYY-MM-DD\n"
    assert len(_ids(result.stdout)) == 3


def test_values_that_match_nothing_are_named_and_json_stays_clean(tiny_db):
    result = _run(tiny_db, "troops person:nobody kind:meetng", "--json")
    assert result.exit_code == 0
    assert result.stdout.strip() == "[]"
    lines = result.stderr.splitlines()
    assert "briefing: person:nobody matches nothing (no person of that name)" in lines
    assert "briefing: kind:meetng matches nothing (did you mean meeting?)" in lines


def test_a_kind_this_command_does_not_list_is_said(tiny_db):
    result = _run(tiny_db, "kind:claim troops")
    assert result.exit_code == 0 and result.stdout == ""
    assert "this command lists reports only" in result.stderr
    assert "lists reports only" not in _run(tiny_db, "kind:report troops").stderr


def test_a_person_filter_standing_for_too_many_people(smiths_db, monkeypatch):
    whole = _run(smiths_db, "treaty person:smith", "--limit", "1000")
    assert whole.exit_code == 0 and whole.stderr == ""
    assert len(_ids(whole.stdout)) == SMITHS + FAMOUS  # no budget: every Smith (was the first 50)
    cut = _run(smiths_db, "treaty person:smith", "--limit", "1000", "--budget-ms", "60000")
    assert cut.exit_code == PARTIAL_EXIT
    assert cut.stderr.startswith(f"briefing: person:smith stands for more than "
                                 f"{search_module.ENTITY_FILTER_MATCHES} entities: only those in most reports")
    assert "run it without --budget-ms" in cut.stderr and len(cut.stderr.splitlines()) == 1
    monkeypatch.setattr(search_module, "ENTITY_FILTER_ALL", 55)
    bound = _run(smiths_db, "treaty person:smith", "--limit", "1000")
    assert bound.exit_code == PARTIAL_EXIT and "more than 55 entities" in bound.stderr
