"""Slow tests here (long kill loops, spaCy under SIGKILL) run only when asked for:
`pytest -m slow` (or any -m expression naming slow), or BRIEFING_SLOW_TESTS=1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    if "slow" in (config.getoption("-m") or "") or os.environ.get("BRIEFING_SLOW_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow or BRIEFING_SLOW_TESTS=1")
    for item in items:
        if "slow" in item.keywords and HERE in Path(str(item.fspath)).parents:
            item.add_marker(skip)
