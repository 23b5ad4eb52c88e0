"""The contract with ingest and the browser: order, records, lazy imports, processes."""

from __future__ import annotations

import subprocess
import sys

from briefing_tui.records import ReportInput


def test_importing_the_package_does_not_import_spacy_or_dateparser():
    code = (
        "import sys, briefing_tui.extract, briefing_tui.evaluate;"
        "bad = [m for m in ('spacy', 'dateparser', 'countryinfo') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_same_order_in_process_and_in_workers(monkeypatch):
    from briefing_tui.extract import extract_reports, workers

    reports = [
        ReportInput(f"r{i}", f"Report {i}: Canadian Prime Minister Mark Carney visited Berlin on Monday.", "2025-05-08")
        for i in range(workers.MIN_PARALLEL_BATCH)
    ]
    reports[3] = ReportInput("odd", "Nothing happened.", None)
    monkeypatch.setenv(workers.ENV_VAR, "2")
    try:
        parallel = extract_reports(reports)
    finally:
        workers.shutdown()
    monkeypatch.setenv(workers.ENV_VAR, "1")
    local = extract_reports(reports)
    assert parallel == local
    assert len(parallel) == len(reports) and parallel[3].entities == []
    assert {e.key for e in local[0].entities} >= {"country:CA", "person:mark carney"}


def test_speed_benchmark_runs(tmp_path):
    """A tiny run of tests/bench/extract_speed.py, so the benchmark does not rot (no timing asserted)."""
    import json
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "bench" / "extract_speed.py"
    done = subprocess.run(
        [sys.executable, str(script), "--reports", "3", "--processes", "1", "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout)
    assert figures["reports"] == 3 and figures["cpu_ms_per_report"]["ingest"] > 0
