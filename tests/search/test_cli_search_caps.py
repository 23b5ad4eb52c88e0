"""`briefing search` and the row caps of filtered walks: with --budget-ms a walk
stopped at a cap is an answer cut short (stderr says which limit, exit 3, as
for the time limit); without --budget-ms there are no caps: the whole answer,
exit 0. Through click's runner (the caps made a few rows) on a real SQLite file."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from test_search_planner import _expected

from briefing_tui.cli import PARTIAL_EXIT, cli
from briefing_tui.store import search as search_module


@pytest.fixture
def source(synthetic):
    return synthetic._rows("SELECT source FROM reports GROUP BY source ORDER BY count(*) DESC LIMIT 1")[0][0]


@pytest.fixture
def small_caps(monkeypatch):
    monkeypatch.setattr(search_module, "_force_plan", "words")  # no words: walk the rows, check the filter
    monkeypatch.setattr(search_module, "SCAN_BUDGET", 3)


def _ids(output: str) -> list[int]:
    return [int(line.split()[0]) for line in output.splitlines() if line[:7].strip().isdigit()]


def test_with_a_budget_a_row_cap_exits_3_and_says_so(synthetic, synthetic_db, source, small_caps):
    result = CliRunner().invoke(cli, ["search", f'source:"{source}"', "--db", str(synthetic_db),
                                      "--budget-ms", "60000", "--limit", "100"])
    assert result.exit_code == PARTIAL_EXIT, result.output
    assert "search stopped at its row limit (3 rows walked): these are the newest" in result.output
    assert "run it without --budget-ms for the complete answer" in result.output
    assert 0 < len(_ids(result.output)) <= 3


def test_without_a_budget_there_is_no_cap(synthetic, synthetic_db, source, small_caps):
    text = f'source:"{source}"'
    result = CliRunner().invoke(cli, ["search", text, "--db", str(synthetic_db), "--limit", "10000"])
    assert result.exit_code == 0, result.output
    assert "stopped" not in result.output
    assert set(_ids(result.output)) == _expected(synthetic, "report", text)
