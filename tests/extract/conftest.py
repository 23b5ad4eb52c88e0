"""The spaCy pipeline is loaded once per test session; extraction runs in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def extract_one():
    from briefing_tui.extract.workers import extract_local
    from briefing_tui.records import ReportInput

    def run(body: str, date: str | None = None):
        return extract_local([ReportInput("test", body, date)])[0]

    return run


@pytest.fixture(scope="session")
def seed(extract_one):
    body = (FIXTURES / "seed-report.txt").read_text(encoding="utf-8")
    return body, extract_one(body, "2024-11-02")
