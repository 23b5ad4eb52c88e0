"""`briefing search` from a script: the complete answer by default (no time
budget), and with --budget-ms an answer cut short says so on stderr and exits
3, never "no matches". Through the real console script on a real SQLite file;
a zero budget makes every walk stop at SQLite's first progress callback."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from robust_support import run  # noqa: E402

from briefing_tui.cli import PARTIAL_EXIT, cli  # noqa: E402
from briefing_tui.store import search as search_module  # noqa: E402

WORD = "minister"  # in dozens of the synthetic reports


@pytest.fixture(scope="module")
def whole(synthetic):
    hits = synthetic.search(WORD, limit=20, kinds=("report",), budget=None)
    assert len(hits) == 20 and hits.partial == ()
    return [h.report_id for h in hits]


def _ids(stdout: str) -> list[int]:
    return [int(line.split()[0]) for line in stdout.splitlines() if line[:7].strip().isdigit()]


def test_by_default_the_answer_is_complete_and_says_nothing_more(synthetic_db, whole):
    proc = run("search", WORD, "--db", synthetic_db)
    assert proc.returncode == 0, proc.stderr
    assert _ids(proc.stdout) == whole
    assert proc.stderr == ""


def test_an_empty_answer_cut_by_the_budget_is_not_no_matches(synthetic_db):
    proc = run("search", WORD, "--db", synthetic_db, "--budget-ms", "0")
    assert proc.returncode == PARTIAL_EXIT == 3
    assert "no matches" not in proc.stderr
    assert proc.stderr.strip() == (
        "briefing: search stopped at its time limit (0 ms) before finding any match; "
        "matches may exist: run it without --budget-ms for the complete answer")
    assert proc.stdout == ""


def test_json_cut_by_the_budget_keeps_its_shape_and_exits_3(synthetic_db):
    proc = run("search", WORD, "--db", synthetic_db, "--budget-ms", "0", "--json")
    assert proc.returncode == 3
    assert json.loads(proc.stdout) == []  # the documented shape: a list of reports
    assert "stopped at its time limit (0 ms)" in proc.stderr


def test_a_budget_that_suffices_changes_nothing(synthetic_db, whole):
    proc = run("search", WORD, "--db", synthetic_db, "--budget-ms", "60000", "--json")
    assert proc.returncode == 0, proc.stderr
    assert [h["id"] for h in json.loads(proc.stdout)] == whole
    assert proc.stderr == ""


def test_no_matches_is_said_only_when_there_are_none(synthetic_db):
    proc = run("search", "zzqqxxnotaword", "--db", synthetic_db)
    assert proc.returncode == 0
    assert proc.stdout == "" and proc.stderr.strip() == "no matches"
    proc = run("search", "zzqqxxnotaword", "--db", synthetic_db, "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout) == [] and proc.stderr == ""


def test_a_bad_budget_is_one_line(synthetic_db):
    proc = run("search", WORD, "--db", synthetic_db, "--budget-ms", "-5")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "--budget-ms" in proc.stderr


def test_the_command_has_no_budget_where_the_browser_has_one(synthetic_db, whole, monkeypatch):
    # as at a million reports on a starved machine: the browser's budget would be
    # spent at once; the command does not use it
    monkeypatch.setattr(search_module, "BUDGET_FROM_REPORTS", 0)
    monkeypatch.setattr(search_module, "SEARCH_BUDGET", 0.0)
    monkeypatch.setattr(search_module, "MIN_KIND_BUDGET", 0.0)
    result = CliRunner().invoke(cli, ["search", WORD, "--db", str(synthetic_db)])
    assert result.exit_code == 0, result.output
    assert _ids(result.output) == whole
