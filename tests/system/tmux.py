"""A private tmux server: a real pseudo-terminal to run a program in, type into and read.

Each instance has its own socket and config, so tests never touch a tmux the
developer is using, and the pane stays readable after the program exits
(remain-on-exit) so its exit status can be checked.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable


EXIT_MARK = re.compile(r"\[briefing-test exit (\d+)\]")


class TmuxUnavailable(RuntimeError):
    pass


CONFIG = """\
set -g default-terminal "{term}"
set -g status off
set -g remain-on-exit on
set -g history-limit 100
set -g escape-time 0
"""


class Tmux:
    def __init__(self, workdir: Path, *, width: int = 80, height: int = 24, term: str = "xterm-256color"):
        exe = shutil.which("tmux")
        if exe is None:
            raise TmuxUnavailable("`tmux` is not installed (Debian package tmux)")
        self.exe = exe
        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        # Unix socket paths are limited to ~107 bytes, and pytest's tmp paths are long.
        self._sockdir = Path(tempfile.mkdtemp(prefix="brf-tmux-"))
        self.socket = self._sockdir / "s"
        self.config = self.dir / "tmux.conf"
        self.config.write_text(CONFIG.format(term=term))
        self.width, self.height = width, height
        self.target = "briefing-test:0.0"

    def _tmux(self, *args: str, check: bool = True) -> str:
        env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}
        done = subprocess.run([self.exe, "-S", str(self.socket), "-f", str(self.config), *args], capture_output=True, text=True, env=env)
        if check and done.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def start(self, argv: list[str], env: dict[str, str] | None = None) -> None:
        """Run argv in a new detached session of width x height (no status line)."""
        args = ["new-session", "-d", "-s", "briefing-test", "-x", str(self.width), "-y", str(self.height)]
        for key, value in (env or {}).items():
            args += ["-e", f"{key}={value}"]
        # The wrapper prints the exit status once argv ends (see exit_status).
        wrapped = ["sh", "-c", '"$@"; echo "[briefing-test exit $?]"', "sh", *argv]
        self._tmux(*args, shlex.join(wrapped))

    def send(self, *keys: str, literal: bool = False) -> None:
        """tmux key names (Enter, Escape, Tab, BTab, Down, C-c) or, with literal, text."""
        self._tmux("send-keys", "-t", self.target, *(["-l"] if literal else []), *keys)

    def screen(self, *, escapes: bool = False, history: bool = False) -> str:
        """The visible screen; with escapes, including SGR attributes (colour, reverse);
        with history, also what scrolled off the top (for line-oriented programs)."""
        extra = (["-e"] if escapes else []) + (["-S", "-"] if history else [])
        return self._tmux("capture-pane", "-p", "-t", self.target, *extra)

    def pane_format(self, fmt: str) -> str:
        """A tmux format evaluated for the pane, e.g. '#{mouse_any_flag}'."""
        return self._tmux("display-message", "-p", "-t", self.target, fmt).strip()

    def wait_for(self, test: str | Callable[[str], bool], timeout: float = 15.0, *, escapes: bool = False) -> str:
        """Poll the screen until `test` (a substring or predicate) holds; return that screen."""
        check = (lambda s: test in s) if isinstance(test, str) else test
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen(escapes=escapes)
            if check(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out after {timeout}s waiting for {test!r}; screen was:\n{screen}")

    def wait_stable(self, quiet: float = 0.5, timeout: float = 10.0) -> str:
        """The screen once it has not changed for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        last, since = self.screen(escapes=True), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = self.screen(escapes=True)
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                break
        return self.screen()

    def exit_status(self, timeout: float = 10.0) -> int:
        """Wait for the program in the pane to exit; its exit status.

        Read from the marker start() prints, not from #{pane_dead_status}: tmux
        3.3 sometimes marks the pane dead and never reaps the child's status.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = EXIT_MARK.findall(self.screen(history=True))
            if found:
                return int(found[-1])
            time.sleep(0.05)
        raise AssertionError(f"program still running after {timeout}s; screen:\n{self.screen()}")

    def kill(self) -> None:
        self._tmux("kill-server", check=False)
        shutil.rmtree(self._sockdir, ignore_errors=True)
