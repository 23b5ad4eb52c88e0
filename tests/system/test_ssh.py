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


def _location(screen: str) -> str:
    """The location bar: the first line that starts with 'briefing ›' ('' mid-repaint)."""
    for line in screen.splitlines():
        if line.strip().startswith("briefing \u203a"):
            return line.strip()
    return ""


def test_ssh_browse_by_keys(sshd, make_tmux, briefing_exe, samples_db, tmp_path):
    """Search, open a report, go to a participant, back, quit: all by keys, over SSH, at 80x24."""
    tmux = make_tmux(term="xterm-256color", width=80, height=24)
    tmux.start(sshd.ssh([str(briefing_exe), "--db", str(samples_db)], cwd=str(tmp_path)))
    tmux.wait_for(lambda s: "1 Reports" in s and "2024-12-03 \u00b7" in s and _location(s).endswith("All reports"), timeout=30)

    tmux.send("/")
    tmux.wait_for("Type to search")
    tmux.send("Bill Blair", literal=True)
    found = tmux.wait_for("for: Bill Blair")
    assert "Reports (" in found, found
    assert found.index("Participants (") < found.index("Reports ("), found  # grouped by kind
    tmux.send("Enter")  # from the input to the results
    tmux.wait_for("\u250f\u2501 1 Results")  # a heavy frame marks the focused pane
    tmux.send("j")  # past the participant hit to the report hit
    tmux.send("Enter")  # open the report found
    report = tmux.wait_for(lambda s: "2 Article" in s and "report " in s and _location(s) and "Search" not in _location(s))
    title = _location(report)
    assert "South Korea and Canada" in title, report  # only the seed report names him

    tmux.send("3")  # the participants pane
    people = tmux.wait_for(lambda s: "\u250f\u2501 3 Participants" in s and "Melanie Joly" in s and "Cho Tae-yul" in s)
    tmux.send("Enter")  # the participant under the cursor
    entity = tmux.wait_for(lambda s: _location(s) not in ("", title) and "1 Reports \u2502" in s and "South Korea and Canada call" in s)
    name = _location(entity).split("\u203a", 1)[1].split("\u2190")[0].strip()
    assert name and name in people, (name, people)  # the entity page of a participant of that report

    tmux.send("Escape")  # back to the report, participants pane as it was
    back = tmux.wait_for(lambda s: _location(s).startswith(title.split("\u2190")[0].strip()) and "\u250f\u2501 3 Participants" in s)
    assert "Melanie Joly" in back and "2 Article" in back

    tmux.send("q")
    assert tmux.exit_status() == 0
