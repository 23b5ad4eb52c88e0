"""briefing over a real SSH session: OpenSSH server on 127.0.0.1, `ssh -tt` inside tmux."""

from __future__ import annotations

import pytest

from briefing_tui import __version__

pytestmark = [pytest.mark.ssh, pytest.mark.tmux]


def test_ssh_session_has_a_pty_and_runs_briefing(sshd, make_tmux, briefing_exe, tmp_path):
    """The plumbing the key-driven tests stand on: a pty, TERM passed through, the console script."""
    tmux = make_tmux(term="xterm-256color")
    remote = ["sh", "-c", 'tty; echo "TERM=$TERM"; exec "$0" --version', str(briefing_exe)]
    tmux.start(sshd.ssh(remote, cwd=str(tmp_path)))
    assert tmux.exit_status() == 0, sshd.log()[-2000:]
    lines = tmux.screen(history=True).splitlines()
    assert lines[0].startswith("/dev/pts/"), lines  # ssh -tt gave the remote side a real pty
    assert lines[1] == "TERM=xterm-256color", lines  # TERM came from tmux's pane via ssh
    assert lines[2] == f"briefing, version {__version__}"
    assert "Accepted publickey" in sshd.log()


def test_ssh_show_reads_the_database(sshd, make_tmux, briefing_exe, samples_db, tmp_path):
    tmux = make_tmux(term="xterm-256color", width=120, height=40)
    tmux.start(sshd.ssh([str(briefing_exe), "show", "2", "--db", str(samples_db)], cwd=str(tmp_path)))
    assert tmux.exit_status() == 0
    screen = tmux.screen(history=True)
    assert "Participants" in screen and "Key claims" in screen, screen


def test_ssh_rejects_an_unknown_key(sshd, tmp_path):
    """The server really authenticates: the throwaway key is the only way in."""
    import subprocess

    other = tmp_path / "other"
    subprocess.run([sshd.keygen, "-q", "-t", "ed25519", "-N", "", "-f", str(other)], check=True)
    argv = sshd.ssh(["true"], tty=False)
    argv[argv.index("-i") + 1] = str(other)
    done = subprocess.run(argv, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    assert done.returncode == 255, done
