"""A real, throwaway OpenSSH server on 127.0.0.1 for tests and benchmarks.

Everything it needs (host key, user key, authorized_keys, config, pid file,
log) lives in one temporary folder; it listens on a free loopback port, lets in
only the current user with the throwaway key, and is stopped by the pid we
started. Standard library only, so tests/bench can use it without pytest.
"""

from __future__ import annotations

import getpass
import os
import shlex
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path


class SSHUnavailable(RuntimeError):
    """A program or permission the server needs is missing on this machine."""


def _find(name: str, sbin: bool = False) -> str:
    found = shutil.which(name)
    if not found and sbin:
        found = next((f"{d}/{name}" for d in ("/usr/sbin", "/usr/local/sbin", "/sbin") if os.access(f"{d}/{name}", os.X_OK)), None)
    if not found:
        package = "openssh-server" if name == "sshd" else "openssh-client"
        raise SSHUnavailable(f"`{name}` is not installed (Debian package {package})")
    return str(Path(found).resolve())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


CONFIG = """\
ListenAddress 127.0.0.1
Port {port}
HostKey {dir}/host_ed25519
PidFile {dir}/sshd.pid
AuthorizedKeysFile {dir}/authorized_keys
AllowUsers {user}
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitUserEnvironment no
PrintMotd no
PrintLastLog no
UseDNS no
LogLevel VERBOSE
"""


class SSHServer:
    """`with SSHServer(tmpdir) as server: subprocess.run(server.ssh(["true"]))`."""

    def __init__(self, workdir: Path):
        self.dir = Path(workdir)
        self.user = getpass.getuser()
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.sshd = _find("sshd", sbin=True)
        self.ssh_bin = _find("ssh")
        self.keygen = _find("ssh-keygen")

    # -- lifecycle -------------------------------------------------------
    def start(self, timeout: float = 10.0) -> "SSHServer":
        self.dir.mkdir(parents=True, exist_ok=True)
        for key in ("host_ed25519", "user_ed25519"):
            if not (self.dir / key).exists():
                subprocess.run([self.keygen, "-q", "-t", "ed25519", "-N", "", "-C", f"briefing-test-{key}", "-f", str(self.dir / key)], check=True)
        shutil.copy(self.dir / "user_ed25519.pub", self.dir / "authorized_keys")
        if os.geteuid() == 0:
            # sshd refuses to start as root without its privilege-separation folder,
            # which only the (never started) system service would create.
            Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        last_log = ""
        for _attempt in range(3):  # a free port can be taken between probe and bind
            self.port = free_port()
            config = self.dir / "sshd_config"
            config.write_text(CONFIG.format(port=self.port, dir=self.dir, user=self.user))
            log = open(self.dir / "sshd.log", "w")
            # -D: stay in the foreground as our child; -e: log to stderr (our file).
            self.proc = subprocess.Popen([self.sshd, "-D", "-e", "-f", str(config)], stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            log.close()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and self.proc.poll() is None:
                if "Server listening on" in self.log():
                    return self
                time.sleep(0.05)
            last_log = self.log()
            self.stop()
            if "Address already in use" not in last_log:
                break
        raise SSHUnavailable(f"sshd did not start: {last_log.strip()[-500:]}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self) -> "SSHServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def log(self) -> str:
        try:
            return (self.dir / "sshd.log").read_text(errors="replace")
        except FileNotFoundError:
            return ""

    # -- client ----------------------------------------------------------
    def ssh(self, remote: list[str], *, tty: bool = True, env: dict[str, str] | None = None, cwd: str | None = None) -> list[str]:
        """argv for `ssh` that runs `remote` (an argv) on this server.

        Environment variables are set on the remote side by `env`, because sshd
        (rightly) accepts none from the client but TERM, which ssh sends with
        the pty request from the client's own TERM.
        """
        words = ["exec"]
        if env:
            words += ["env", *(f"{k}={v}" for k, v in env.items())]
        command = shlex.join(words + list(remote))
        if cwd:
            command = f"cd {shlex.quote(cwd)} && {command}"
        return [
            self.ssh_bin,
            "-F", "/dev/null",  # ignore the user's ~/.ssh/config
            "-tt" if tty else "-T",
            "-i", str(self.dir / "user_ed25519"),
            "-o", "IdentitiesOnly=yes",
            "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null",
            "-o", "LogLevel=ERROR",
            "-p", str(self.port),
            f"{self.user}@127.0.0.1",
            command,
        ]
