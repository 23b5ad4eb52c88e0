"""Run commands with the network unreachable, and prove that it is.

Preferred: `unshare -n`, a new network namespace with no interfaces up (needs
root or unprivileged user namespaces): nothing in it can reach any address,
loopback included. Fallback: a sitecustomize on PYTHONPATH that makes every
socket connect and name lookup in Python fail.
"""

from __future__ import annotations

import os
import socket
import subprocess
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

SITECUSTOMIZE = textwrap.dedent(
    '''\
    """Installed by briefing's offline test: any network use is an error."""
    import errno
    import socket

    def _refuse(*args, **kwargs):
        raise OSError(errno.ENETUNREACH, "network disabled by briefing's offline test")

    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    '''
)


@dataclass
class NetGuard:
    how: str
    prefix: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)

    def wrap(self, argv: list[str]) -> list[str]:
        return [*self.prefix, *argv]


def unshare_works() -> bool:
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def guard(workdir: Path) -> NetGuard:
    """The strongest guard this machine allows (BRIEFING_NETGUARD=socket forces the fallback)."""
    if os.environ.get("BRIEFING_NETGUARD") != "socket" and unshare_works():
        return NetGuard("unshare -n (empty network namespace)", ["unshare", "-n"])
    folder = workdir / "netguard"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE)
    return NetGuard("socket guard (sitecustomize refusing every connection)", env={"PYTHONPATH": str(folder)})


PROBE = "import socket, sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=3).close()"


def can_connect(python: str, argv_prefix: list[str], env: dict[str, str], port: int) -> bool:
    """Does `python` (run under the prefix and env) reach a port listening on 127.0.0.1?"""
    done = subprocess.run([*argv_prefix, python, "-c", PROBE, str(port)], env=env, capture_output=True, timeout=30)
    return done.returncode == 0


def listener() -> socket.socket:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    return s
