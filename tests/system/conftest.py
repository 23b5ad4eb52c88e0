"""Fixtures with real parts: an OpenSSH server on 127.0.0.1 and private tmux servers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .facilities import missing
from .sshd import SSHServer, SSHUnavailable
from .tmux import Tmux, TmuxUnavailable

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def briefing_exe() -> Path:
    """The `briefing` console script of the environment running the tests."""
    exe = Path(sys.executable).parent / "briefing"
    if not exe.exists():
        pytest.fail(f"{exe} not found: install the package (pip install '.[test]') before testing")
    return exe


@pytest.fixture(scope="session")
def sshd(tmp_path_factory):
    """One OpenSSH server for the session; stopped (by its pid) at the end."""
    try:
        server = SSHServer(tmp_path_factory.mktemp("sshd")).start()
    except SSHUnavailable as exc:
        missing(str(exc))
    yield server
    server.stop()


@pytest.fixture
def make_tmux(tmp_path):
    """make_tmux(term=..., width=..., height=...) -> a started-on-demand private tmux."""
    made: list[Tmux] = []

    def make(**kwargs) -> Tmux:
        try:
            t = Tmux(tmp_path / f"tmux{len(made)}", **kwargs)
        except TmuxUnavailable as exc:
            missing(str(exc))
        made.append(t)
        return t

    yield make
    for t in made:
        t.kill()
