"""A browser whose terminal closes ends, instead of spinning on a dead pty.

The pty's master end is closed with no SIGHUP sent (the browser is not the
terminal's controlling process), as when a supervisor drops the pty: Textual's
input thread alone would read end-of-file in a loop for ever.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
import time


def _read_until(master: int, needle: bytes, limit: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + limit
    while needle not in seen and time.monotonic() < deadline:
        if select.select([master], [], [], 0.2)[0]:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
    return seen


def test_closed_terminal_ends_the_browser(briefing_exe, samples_db):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color"}
    proc = subprocess.Popen([str(briefing_exe), "--db", str(samples_db)], stdin=slave, stdout=slave,
                            stderr=slave, start_new_session=True, env=env)
    os.close(slave)
    try:
        shown = _read_until(master, b"Reports", 30)
        assert b"Reports" in shown, shown[-500:]
        os.close(master)
        master = -1
        proc.wait(timeout=20)  # a liveness bound, not a speed figure: the check runs each second
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if master >= 0:
            os.close(master)
