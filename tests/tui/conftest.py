"""Fixtures for the browser tests: the hand-written database (deterministic) and app factories."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui import handmade


@pytest.fixture(scope="session")
def handmade_db_master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("handmade") / "handmade.db"
    handmade.build(path, hostile_report=False)
    return path


@pytest.fixture(scope="session")
def hostile_db_master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    handmade.build(path, hostile_report=True)
    return path


@pytest.fixture
def handmade_db(handmade_db_master, tmp_path) -> Path:
    target = tmp_path / "handmade.db"
    shutil.copy(handmade_db_master, target)
    return target


@pytest.fixture
def hostile_db(hostile_db_master, tmp_path) -> Path:
    target = tmp_path / "hostile.db"
    shutil.copy(hostile_db_master, target)
    return target


@pytest.fixture
def make_app(tmp_path):
    """A BriefingApp on a database path; exports go to tmp_path."""
    from briefing_tui.store import Store
    from briefing_tui.tui.app import BriefingApp

    stores = []

    def make(db: Path) -> BriefingApp:
        store = Store(db)
        stores.append(store)
        return BriefingApp(store, export_dir=tmp_path / "exports")

    yield make
    for store in stores:
        store.close()
