"""Fixtures shared by every test folder: real report files and real SQLite databases.

Databases are built once per session through the real ingest pipeline (spaCy
included) and copied per test, so each test may write to its copy freely.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed-report.txt"
SEED_DATE = "2024-11-02"
WIKINEWS = FIXTURES / "wikinews-apple"


@pytest.fixture(scope="session")
def samples_db_master(tmp_path_factory) -> Path:
    """The demo database: the bundled sample reports (seed included)."""
    from briefing_tui import resources
    from briefing_tui.ingest.pipeline import ingest

    path = tmp_path_factory.mktemp("samples") / "samples.db"
    result = ingest([resources.sample_reports()], path)
    assert result.failed == 0 and result.added >= 5, result.problems
    return path


@pytest.fixture(scope="session")
def corpus_db_master(tmp_path_factory, samples_db_master) -> Path:
    """Samples plus the 30 Wikinews articles."""
    from briefing_tui.ingest.pipeline import ingest

    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    shutil.copy(samples_db_master, path)
    result = ingest([WIKINEWS], path)
    assert result.failed == 0 and result.added == 30, result.problems
    return path


def _copy(master: Path, tmp_path: Path) -> Path:
    target = tmp_path / master.name
    shutil.copy(master, target)
    return target


@pytest.fixture
def samples_db(samples_db_master, tmp_path) -> Path:
    return _copy(samples_db_master, tmp_path)


@pytest.fixture
def corpus_db(corpus_db_master, tmp_path) -> Path:
    return _copy(corpus_db_master, tmp_path)
