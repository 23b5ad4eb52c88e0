"""A database whose pages are damaged behind an intact header: it opens, then its first
queries fail. The browser says so in one clear line where the data would be, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from briefing_tui.store import Store
from briefing_tui.tui.app import BriefingApp
from briefing_tui.tui.widgets.virtual_list import VirtualList
from tui.screen import press, screen_text, settle


def damage(source: Path, target: Path, tables: tuple[str, ...]) -> None:
    """Copy the database and overwrite the root pages of `tables` (the header stays intact)."""
    shutil.copy(source, target)
    conn = sqlite3.connect(source)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    marks = ",".join("?" * len(tables))
    roots = [r[0] for r in conn.execute(f"SELECT rootpage FROM sqlite_master WHERE name IN ({marks})", tables)]
    conn.close()
    assert len(roots) == len(tables)
    with target.open("r+b") as f:
        for root in roots:
            f.seek((root - 1) * page_size)
            f.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))


async def test_damaged_report_list_is_one_clear_line(handmade_db, tmp_path):
    db = tmp_path / "damaged.db"
    damage(handmade_db, db, ("reports", "reports_by_sort_key", "report_buckets"))
    store = Store(db)  # the header is intact: it opens
    try:
        app = BriefingApp(store, export_dir=tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            reports = app.screen.query_one("#reports", VirtualList)
            assert reports.count == 0
            shown = screen_text(app)
            in_list = " ".join(line.split("\u2503")[1] for line in shown.splitlines()[2:12])
            assert "malformed" in in_list  # SQLite's reason, whole, not cut at the pane's edge
            assert str(db.name) in in_list.replace(" ", "")
            article = " ".join(" ".join(app.screen.article.plain_lines).split())
            assert "the report list could not be read" in article
            assert "Loading" not in shown and "No participants found" not in shown
            # The rest of the app still answers keys without a traceback.
            await press(pilot, "j", "2", "3", "t")
            await press(pilot, "escape", "slash")
            await pilot.press(*"report")
            await settle(pilot)
            await press(pilot, "escape", "q")
        assert app.return_code in (0, None)
    finally:
        store.close()


async def test_damaged_participants_show_why_in_the_article(handmade_db, tmp_path):
    db = tmp_path / "damaged.db"
    damage(handmade_db, db, ("participants",))  # the list is fine, each report's briefing is not
    store = Store(db)
    try:
        app = BriefingApp(store, export_dir=tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await press(pilot, "j", "j")
            assert app.screen.query_one("#reports", VirtualList).cursor == 2
            article = " ".join(" ".join(app.screen.article.plain_lines).split())
            assert article.startswith("Cannot read report") and "malformed" in article, article
            await press(pilot, "3", "4", "1", "enter")
            await press(pilot, "escape", "q")
    finally:
        store.close()
