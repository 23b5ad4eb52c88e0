"""The console script's front door (briefing_tui/launch.py): the plain invocation
opens the browser without loading click; every other one goes to the click CLI
unchanged. Real processes, a real pseudo-terminal, real database files.

Which path a process took is read from Python's own import log
(-X importtime writes one line per module to stderr as it loads).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bench.app_bench import PtyApp
from tui import handmade

from briefing_tui import __version__
from briefing_tui.launch import browse_args
from briefing_tui.store import Store

ROOT = Path(__file__).resolve().parents[2]
CLICK_LOADED = re.compile(rb"\|\s+click\s*$", re.MULTILINE)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("launch") / "h.db"
    handmade.build(path)
    return path


def _briefing(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("BRIEFING_DB", None)
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "briefing_tui", *args], check=False,
                          capture_output=True, timeout=120,
                          cwd=ROOT, env=full_env)


def _open_in_pty(args: list[str], needles: list[bytes], env: dict | None = None) -> PtyApp:
    app = PtyApp([sys.executable, "-X", "importtime", "-m", "briefing_tui", *args], env=env)
    if app.wait_for(needles, limit=60) is None:
        app.close()
        raise AssertionError(f"the browser did not paint {needles}: {bytes(app.output[-2000:])!r}")
    return app


def _quit(app: PtyApp) -> int:
    os.write(app.master, b"q")
    code = app.proc.wait(timeout=20)
    os.close(app.master)
    return code


@pytest.mark.parametrize("form", [["--db", "{db}"], ["--db={db}"], ["--no-mouse", "--db", "{db}"], []])
def test_the_plain_invocation_opens_the_browser_without_click(db, form):
    title = Store(db).list_reports(0, 1)[0].title
    args = [a.format(db=db) for a in form]
    app = _open_in_pty(args, [title[:20].encode(), b"Quit"], env={"BRIEFING_DB": str(db)})
    try:
        assert not CLICK_LOADED.search(bytes(app.output)), "the plain invocation imported click"
        if "--no-mouse" in form:
            assert b"\x1b[?1000h" not in app.output  # no mouse reporting asked of the terminal
        else:
            assert b"\x1b[?1000h" in app.output
    finally:
        code = _quit(app)
    assert code == 0


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["show", "1", "--db", "{db}"],
                                  ["--db", "{db}", "show", "1"], ["--frobnicate"]])
def test_every_other_invocation_goes_to_the_click_cli(db, args):
    done = _briefing(*[a.format(db=db) for a in args])
    assert CLICK_LOADED.search(done.stderr)
    out = done.stdout.decode()
    if args == ["--help"]:
        assert done.returncode == 0 and "Usage:" in out and "Examples:" in out and "ingest" in out
    elif args == ["--version"]:
        assert done.returncode == 0 and __version__ in out
    elif args == ["--frobnicate"]:
        assert done.returncode == 2 and b"No such option" in done.stderr and b"--frobnicate" in done.stderr
    else:
        assert done.returncode == 0 and Store(db).report(1).title in out


def test_a_database_that_is_not_one_ends_in_one_line(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are notes, not a database\n", encoding="utf-8")
    for args in (["--db", str(bad)], [f"--db={bad}"], ["--db", str(tmp_path)]):
        done = _briefing(*args)
        assert done.returncode == 1
        assert not CLICK_LOADED.search(done.stderr)  # told by the lean path itself ...
        lines = [ln for ln in done.stderr.decode().splitlines() if not ln.startswith("import time:")]
        assert len(lines) == 1 and lines[0].startswith("briefing: error: "), lines
        assert "Traceback" not in done.stderr.decode()
    # ... in the same words as the click CLI's commands
    via_cli = _briefing("show", "1", "--db", str(bad))
    cli_lines = [ln for ln in via_cli.stderr.decode().splitlines() if not ln.startswith("import time:")]
    first = _briefing("--db", str(bad)).stderr.decode().splitlines()
    assert via_cli.returncode == 1 and cli_lines == [ln for ln in first if not ln.startswith("import time:")]


def test_a_database_path_that_cannot_be_made_ends_in_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    done = _briefing("--db", str(blocker / "sub" / "b.db"))  # under a file: no such folder can exist
    lines = [ln for ln in done.stderr.decode().splitlines() if not ln.startswith("import time:")]
    assert done.returncode == 1, lines
    assert lines[-1].startswith("briefing: error: ") and "Traceback" not in done.stderr.decode()


def test_browse_args_takes_only_the_plain_forms():
    assert browse_args([]) == (None, False)
    assert browse_args(["--db", "a.db"]) == (Path("a.db"), False)
    assert browse_args(["--db=a.db", "--no-mouse"]) == (Path("a.db"), True)
    for other in (["--db"], ["--db="], ["--db", "--no-mouse"], ["--db", "a", "--db", "b"], ["show", "1"],
                  ["--help"], ["--version"], ["-h"], ["--no-mouse", "--no-mouse"], ["--", "x"], ["--db", ""]):
        assert browse_args(other) is None, other


async def test_the_launcher_hears_of_the_first_frame_once(db):
    """launch.browse holds the cyclic GC off until this call; it must come, once."""
    from briefing_tui.tui.app import BriefingApp

    calls = []
    app = BriefingApp(Store(db), on_first_frame=lambda: calls.append(app.screen.query_one("#reports").count))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("j", "j", "tab")
        await pilot.pause()
    assert len(calls) == 1


@pytest.mark.parametrize("through_cli", [False, True])
def test_without_a_terminal_the_browser_refuses_in_one_line(db, through_cli):
    # `briefing < file`, cron, a pipe: no key could ever quit it. It must not start
    # (before this check it painted into the pipe and polled a closed stdin for ever).
    args = ["--db", str(db)] if not through_cli else ["--db", str(db), "--db", str(db)]  # repeated: click
    done = subprocess.run([sys.executable, "-m", "briefing_tui", *args], check=False, capture_output=True,
                          stdin=subprocess.DEVNULL, timeout=60, cwd=ROOT,
                          env={k: v for k, v in os.environ.items() if k != "BRIEFING_DB"})
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 1, lines
    assert len(lines) == 1 and lines[0].startswith("briefing: error: the browser needs a terminal"), lines
    assert done.stdout == b""
