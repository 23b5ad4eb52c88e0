"""The worker pool's start: the fork server's warm-up reaches the lazy parts it
is there to pay for once, and a pipeline that cannot load is one clear error
(not a broken pool reported once for every report)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_fork_servers_warm_up_reaches_dateparser_and_the_rules():
    code = (
        "import dateparser\n"
        "calls = []\n"
        "parse = dateparser.parse\n"
        "dateparser.parse = lambda *a, **k: calls.append(a[0]) or parse(*a, **k)\n"
        "from briefing_tui.extract.workers import extract_local\n"
        "from briefing_tui.records import ReportInput\n"
        "import briefing_tui.extract.preload as preload\n"
        "(ex,) = extract_local([ReportInput('w', preload._WARM_UP, '2024-06-03')])\n"
        "print(len(calls), len(ex.entities), len(ex.claims), len(ex.events))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    parses, entities, claims, events = map(int, done.stdout.split())
    assert parses >= 2  # once in the warm-up, again in the extraction above
    assert entities >= 3 and claims >= 1 and events >= 1


def test_a_pipeline_that_cannot_load_is_one_error_line_with_the_pool(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    body = (FIXTURES / "seed-report.txt").read_text(encoding="utf-8")
    for i in range(20):  # enough for the pool
        (folder / f"r{i:02d}.txt").write_text(f"{body}\nvariant {i}\n", encoding="utf-8")
    env = dict(os.environ, BRIEFING_SPACY_MODEL="no-such-pipeline", BRIEFING_EXTRACT_PROCESSES="2")
    done = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "ingest", str(folder), "--db", str(tmp_path / "x.db"),
         "--date", "2024-11-02"],
        capture_output=True, text=True, timeout=300, env=env,
    )
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot load a spaCy English pipeline" in lines[0], done.stderr[-2000:]
    assert "BrokenProcessPool" not in done.stderr and "Traceback" not in done.stderr
