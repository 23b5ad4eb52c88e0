"""The bandwidth benchmark still runs (a tiny run; its figures are read by people, not asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.ssh]

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bandwidth.py"


def test_bandwidth_benchmark_smoke(samples_db, sshd):  # sshd: skip/fail here if OpenSSH is missing
    done = subprocess.run(
        [sys.executable, str(BENCH), "--db", str(samples_db), "--presses", "2", "--settle", "0.5", "--json"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert {a["app"] for a in result["apps"]} == {"baseline", "briefing"}
    for app in result["apps"]:
        assert app["exit_status"] == 0 and app["first_paint_bytes"] > 0, app
    for scenario in result["scenarios"]:
        assert scenario["presses"] == 2
        assert scenario["presses"] > scenario["no_change"], scenario  # the keys reached the app
