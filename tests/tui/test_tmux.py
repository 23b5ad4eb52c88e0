"""The real `briefing` command in a real pseudo-terminal: tmux runs it, send-keys types, capture-pane reads."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

BRIEFING = Path(sys.executable).parent / "briefing"


class Tmux:
    def __init__(self, tmp_path: Path):
        self.socket = f"briefing-test-{uuid.uuid4().hex[:8]}"
        self.session = "t"
        self.tmp = tmp_path

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True,
                              timeout=20, check=check)

    def start(self, command: list[str], env: dict[str, str]) -> None:
        exports = " ".join(f"{k}={v}" for k, v in env.items())
        shell = f"cd {self.tmp} && env {exports} {' '.join(command)}; echo EXITED:$?; sleep 30"
        self.run("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "-s", self.session, shell)
        self.run("set-option", "-s", "escape-time", "0")

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.session).stdout

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", self.session, key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", self.session, "-l", text)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")

    def kill(self) -> None:
        self.run("kill-server", check=False)


@pytest.fixture
def tmux(tmp_path):
    t = Tmux(tmp_path)
    yield t
    t.kill()


def test_briefing_in_a_real_terminal(tmux, handmade_db):
    assert BRIEFING.exists(), "install the package (pip install -e .) so the console script exists"
    tmux.start([str(BRIEFING), "--db", str(handmade_db)],
               {"TERM": "xterm-256color", "TEXTUAL_FPS": "30", "BRIEFING_EXPORT_DIR": str(tmux.tmp)})
    screen = tmux.wait_for("1 Reports")
    assert "2 Article" in screen and "3 Participants" in screen
    tmux.wait_for("? Help")  # the footer fills in just after the first paint
    # Down to the seed report; its participants; Enter opens an entity.
    tmux.keys("j")
    tmux.wait_for("South Korea and Canada call for withdrawal")
    tmux.keys("3")
    tmux.wait_for("Cho Tae-yul — Foreign Minister, South Korea")
    tmux.keys("Enter")
    tmux.wait_for("Cho Tae-yul  person")
    tmux.wait_for("←1 back")
    tmux.keys("Escape")
    tmux.wait_for("→1 forward")
    # Search as you type.
    tmux.keys("/")
    tmux.wait_for("Type to search")
    tmux.type("hwaso")
    screen = tmux.wait_for("results for: hwaso")
    assert "Reports (2)" in screen
    # the list starts on the Hwasong-19 participant; the next row is the first report
    tmux.keys("Down", "Down", "Enter")
    tmux.wait_for("2 Article")
    # Help, then quit cleanly.
    tmux.keys("?")
    tmux.wait_for("Everywhere")
    # Escape alone, then q: sent in one write, ESC q reads as Alt+q (as in any terminal).
    tmux.keys("Escape")
    deadline = time.monotonic() + 20
    while "Everywhere" in tmux.screen() and time.monotonic() < deadline:
        time.sleep(0.05)
    tmux.keys("q")
    screen = tmux.wait_for("EXITED:")
    assert "EXITED:0" in screen
    assert "Traceback" not in screen


def test_too_small_pane_shows_a_message_then_recovers(tmux, handmade_db):
    # Exported COLUMNS/LINES (as some shells leave them) must not pin the size.
    tmux.start([str(BRIEFING), "--db", str(handmade_db)],
               {"TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"})
    tmux.wait_for("? Help")
    time.sleep(0.5)
    tmux.run("resize-window", "-t", tmux.session, "-x", "40", "-y", "10")
    tmux.wait_for("Terminal too small")
    tmux.run("resize-window", "-t", tmux.session, "-x", "80", "-y", "24")
    tmux.wait_for("1 Reports")
    tmux.keys("q")
    assert "EXITED:0" in tmux.wait_for("EXITED:")


def test_no_color_on_a_linux_console_keeps_the_selection_visible(tmux, handmade_db):
    """NO_COLOR=1 TERM=linux: the selection is marked by attributes (underline, bold), not colour."""
    tmux.start([str(BRIEFING), "--db", str(handmade_db)], {"TERM": "linux", "NO_COLOR": "1"})
    tmux.wait_for("? Help")
    tmux.keys("j", "3")
    tmux.wait_for("Cho Tae-yul — Foreign Minister")
    time.sleep(0.3)
    raw = tmux.run("capture-pane", "-e", "-p", "-t", tmux.session).stdout
    cho = next(line for line in raw.splitlines() if "Cho Tae-yul" in line and "Foreign Minister" in line)
    kim = next(line for line in raw.splitlines() if "Kim Yong-hyun" in line and "Defense Minister" in line)
    assert "\x1b[1;4m" in cho.split("Cho Tae-yul")[0]  # focused row: bold and underlined
    assert "4" not in "".join(kim.split("Kim Yong-hyun")[0].split("\x1b[")[1:])  # other rows are not
    seed_row = next(line for line in raw.splitlines() if "2024-11-02" in line and "South Korea and" in line)
    assert ";4m" in seed_row or "[4m" in seed_row  # the list's cursor, unfocused: underlined
    tmux.keys("q")
    assert "EXITED:0" in tmux.wait_for("EXITED:")


@pytest.mark.parametrize("env", [{"TERM": "xterm-256color"}, {"TERM": "linux", "NO_COLOR": "1"}],
                         ids=["xterm-256color", "linux-no-color"])
def test_lean_output_draws_the_same_screen(tmp_path, handmade_db, env):
    """Style differences (lean_output) against Textual's own output: the same cells, colours
    and attributes in a real terminal, after the same keys."""
    screens = []
    for raw in (True, False):
        tmux = Tmux(tmp_path)
        try:
            tmux.start([str(BRIEFING), "--db", str(handmade_db)],
                       {**env, **({"BRIEFING_RAW_OUTPUT": "1"} if raw else {})})
            tmux.wait_for("? Help")
            tmux.keys("j")
            tmux.wait_for("South Korea and Canada call for withdrawal")
            tmux.keys("4", "j", "j", "2", "j", "1", "j", "j")  # claims, article, back to the list
            tmux.wait_for("4 of 6")
            time.sleep(0.8)
            screens.append(tmux.run("capture-pane", "-e", "-p", "-t", tmux.session).stdout)
            tmux.keys("q")
            tmux.wait_for("EXITED:0")
        finally:
            tmux.kill()
    raw_screen, lean_screen = screens
    assert "\x1b[" in lean_screen  # styles were captured at all
    assert lean_screen == raw_screen
