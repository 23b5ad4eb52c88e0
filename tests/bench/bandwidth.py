"""Bytes written to the terminal per key press, over a real SSH session.

Starts a throwaway OpenSSH server on 127.0.0.1 (tests/system/sshd.py), runs
`ssh -tt` under a Python pseudo-terminal of a fixed size (no tmux in between,
so every byte the app sends is counted), presses keys one at a time and counts
the bytes that arrive until the screen has been quiet for a while. The same is
done for a baseline, a minimal Textual app with a ListView, in the same run.

    python tests/bench/bandwidth.py                 # builds a small database first
    python tests/bench/bandwidth.py --db my.db --presses 40 --json

Besides bytes it counts the screen rows each press touched (cursor-position
sequences): a cursor move should touch a few rows, never repaint the screen.
TEXTUAL_FPS, if set, is passed to both apps, and the quiet window is never
shorter than three frames at that rate.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import platform
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "tests"))

from system.sshd import SSHServer  # noqa: E402

DOWN, UP = b"\x1b[B", b"\x1b[A"
# A cursor move followed (after any colour/attribute codes) by something drawn; a bare
# move, such as parking the cursor at the end of a frame, repaints nothing.
CURSOR_TO = re.compile(rb"\x1b\[(\d+)(?:;\d+)?H(?:\x1b\[[0-9;:]*m)*[^\x1b]")
TARGET_BYTES = 4096


# -- the baseline app ---------------------------------------------------------

def baseline_app() -> None:
    """A minimal Textual app: Header, a ListView of report-like rows, Footer; q quits."""
    from textual.app import App
    from textual.widgets import Footer, Header, Label, ListItem, ListView

    class Baseline(App):
        BINDINGS = [("q", "quit", "Quit")]

        def compose(self):
            yield Header()
            yield ListView(*(ListItem(Label(f"2024-11-{1 + i % 28:02d}  WNAM  Report number {i} about a meeting of ministers")) for i in range(200)))
            yield Footer()

    Baseline().run()


# -- a terminal we read every byte of -------------------------------------------

class PtyTerminal:
    def __init__(self, argv: list[str], cols: int, rows: int, env: dict[str, str]):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True, close_fds=True)
        os.close(slave)
        self.fd = master
        self.total = 0

    def read_until_quiet(self, quiet: float, limit: float = 15.0, first: float | None = None) -> bytes:
        """Everything written until nothing more came for `quiet` seconds (or `limit` passed).

        `first`: wait this long for the first byte (start-up), instead of `quiet`.
        """
        chunks: list[bytes] = []
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            wait = first if (first is not None and not chunks) else quiet
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                break
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:  # EIO: the other side has closed
                break
            if not data:
                break
            chunks.append(data)
        out = b"".join(chunks)
        self.total += len(out)
        return out

    def press(self, key: bytes, quiet: float) -> bytes:
        os.write(self.fd, key)
        return self.read_until_quiet(quiet)

    def close(self, quit_key: bytes = b"q") -> int | None:
        try:
            os.write(self.fd, quit_key)
            self.read_until_quiet(0.5, limit=5)
            self.proc.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        finally:
            os.close(self.fd)
        return self.proc.returncode


# -- measuring -------------------------------------------------------------------

def row_set(data: bytes) -> set[int]:
    return {int(m.group(1)) for m in CURSOR_TO.finditer(data)}


def rows_touched(data: bytes) -> int:
    return len(row_set(data))


def ranges(rows: set[int]) -> str:
    """{2,3,4,9} -> '2-4,9': which screen rows a press repainted (1 = top)."""
    out: list[str] = []
    for r in sorted(rows):
        if out and r == int(out[-1].split("-")[-1]) + 1:
            out[-1] = f"{out[-1].split('-')[0]}-{r}"
        else:
            out.append(str(r))
    return ",".join(out)


@dataclass
class Scenario:
    app: str
    name: str
    setup: list[bytes]  # keys to get there (not counted)
    pattern: list[bytes] = field(default_factory=lambda: [DOWN] * 5 + [UP] * 5)
    sizes: list[int] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    example: str = ""  # the rows the last changing press repainted

    def summary(self, screen_rows: int) -> dict:
        moved = [(b, r) for b, r in zip(self.sizes, self.rows) if b > 0]
        sizes = sorted(b for b, _ in moved) or [0]
        rows = [r for _, r in moved] or [0]
        return {
            "app": self.app,
            "scenario": self.name,
            "presses": len(self.sizes),
            "no_change": len(self.sizes) - len(moved),  # e.g. at the end of a short list
            "bytes_median": statistics.median(sizes),
            "bytes_p95": sizes[min(len(sizes) - 1, round(0.95 * (len(sizes) - 1)))],
            "bytes_max": max(sizes),
            "rows_median": statistics.median(rows),
            "rows_max": max(rows),
            "full_redraws": sum(1 for r in rows if r >= screen_rows),
            "rows_repainted_example": self.example,
        }


def run_app(server: SSHServer, app: str, remote: list[str], scenarios: list[Scenario], args, remote_env: dict) -> dict:
    env = {**os.environ, "TERM": args.term}
    env.pop("COLORTERM", None)  # ssh does not forward it; be explicit about what the app sees
    term = PtyTerminal(server.ssh(remote, env=remote_env, cwd=tempfile.gettempdir()), args.cols, args.rows, env)
    first = term.read_until_quiet(args.settle, limit=60, first=30)
    for scenario in scenarios:
        for key in scenario.setup:
            term.press(key, args.settle)
        for i in range(args.presses):
            out = term.press(scenario.pattern[i % len(scenario.pattern)], args.quiet)
            scenario.sizes.append(len(out))
            scenario.rows.append(rows_touched(out))
            if out:
                scenario.example = ranges(row_set(out))
    status = term.close()
    return {"app": app, "first_paint_bytes": len(first), "first_paint_rows": rows_touched(first), "total_bytes": term.total, "exit_status": status}


def build_db(path: Path) -> None:
    briefing = Path(sys.executable).parent / "briefing"
    sources = [REPO / "db" / "samples" / "reports", REPO / "tests" / "fixtures" / "wikinews-apple"]
    print(f"building {path} from the samples and the Wikinews fixtures ...", file=sys.stderr)
    subprocess.run([str(briefing), "ingest", *map(str, sources), "--db", str(path)], check=True, stdout=subprocess.DEVNULL)


def measure(args) -> dict:
    fps = os.environ.get("TEXTUAL_FPS")
    if fps:
        args.quiet = max(args.quiet, 3 / float(fps))
    remote_env = {"TEXTUAL_FPS": fps} if fps else {}
    if args.truecolor:
        remote_env["COLORTERM"] = "truecolor"
    briefing = Path(sys.executable).parent / "briefing"
    with tempfile.TemporaryDirectory(prefix="brf-bw-") as tmp:
        db = args.db
        if db is None and "briefing" in args.apps:
            db = Path(tmp) / "bench.db"
            build_db(db)
        with SSHServer(Path(tmp) / "sshd") as server:
            base = [Scenario("baseline", "ListView: move down/up", setup=[])]
            # The panes of one report with many participants and claims (by default
            # the seed report, 4th newest in the bundled samples).
            to_report = [b"1", b"g", *[DOWN] * args.report_index]
            ours = [
                Scenario("briefing", "report list: move down/up (briefing panes follow)", setup=[b"1", b"g"]),
                Scenario("briefing", "participants list: move down/up", setup=[*to_report, b"3"]),
                Scenario("briefing", "claims list: move down/up", setup=[*to_report, b"4"]),
                Scenario("briefing", "article: scroll a line down/up", setup=[*to_report, b"2"]),
                # Last, as it leaves the home screen: a list that nothing else follows.
                Scenario("briefing", "timeline list: move down/up", setup=[b"t"]),
            ]
            apps = []
            if "baseline" in args.apps:
                apps.append(run_app(server, "baseline", [sys.executable, str(Path(__file__).resolve()), "--baseline-app"], base, args, remote_env))
            if "briefing" in args.apps:
                apps.append(run_app(server, "briefing", [str(briefing), "--db", str(Path(db).resolve())], ours, args, remote_env))
            ssh_version = subprocess.run([server.ssh_bin, "-V"], capture_output=True, text=True).stderr.strip()
    return {
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "transport": f"{ssh_version}, 127.0.0.1",
        "terminal": f"TERM={args.term}{' COLORTERM=truecolor' if args.truecolor else ''}, {args.cols}x{args.rows}",
        "textual_fps": fps or "default",
        "quiet_window_s": args.quiet,
        "target_bytes_per_move": TARGET_BYTES,
        "apps": apps,
        "scenarios": [s.summary(args.rows) for s in base + ours if s.app in args.apps],
    }


def print_table(result: dict) -> None:
    print(f"Bytes to the terminal per key press over SSH ({result['transport']}; {result['terminal']}; "
          f"TEXTUAL_FPS={result['textual_fps']}; quiet {result['quiet_window_s']:.2f} s)")
    print(f"machine: {result['machine']}")
    head = f"{'app':9} {'scenario':52} {'n':>3} {'same':>4} {'median':>7} {'p95':>7} {'max':>7} {'rows':>5} {'full':>4}"
    print(head)
    print("-" * len(head))
    for s in result["scenarios"]:
        print(f"{s['app']:9} {s['scenario']:52} {s['presses']:>3} {s['no_change']:>4} {s['bytes_median']:>7.0f} "
              f"{s['bytes_p95']:>7} {s['bytes_max']:>7} {s['rows_median']:>2.0f}/{s['rows_max']:<2} {s['full_redraws']:>4}")
    for a in result["apps"]:
        print(f"{a['app']}: first paint {a['first_paint_bytes']} bytes over {a['first_paint_rows']} rows; "
              f"{a['total_bytes']} bytes in all; exit status {a['exit_status']}")
    for s in result["scenarios"]:
        print(f"  rows repainted by one press, {s['app']} {s['scenario']}: {s['rows_repainted_example'] or '-'}")
    print(f"target: at most {result['target_bytes_per_move']} bytes per move in a list; rows = rows touched "
          "(median/max), full = presses that repainted every row; same = presses that changed nothing")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="database to browse (default: build one from the samples and fixtures)")
    parser.add_argument("--presses", type=int, default=20, help="key presses per scenario (default 20)")
    parser.add_argument("--size", default="80x24", help="terminal COLSxROWS (default 80x24)")
    parser.add_argument("--term", default="xterm-256color")
    parser.add_argument("--truecolor", action="store_true", help="also send COLORTERM=truecolor to the apps")
    parser.add_argument("--report-index", type=int, default=3,
                        help="list position of the report whose panes are measured (default 3: the seed report among the samples)")
    parser.add_argument("--quiet", type=float, default=0.3, help="seconds of silence that end a key press's output")
    parser.add_argument("--settle", type=float, default=1.0, help="seconds of silence that end start-up and setup keys")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--apps", default="baseline,briefing", help="which to measure (default: baseline,briefing)")
    parser.add_argument("--baseline-app", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline_app:
        baseline_app()
        return 0
    args.cols, args.rows = (int(x) for x in args.size.lower().split("x"))
    args.apps = [a.strip() for a in args.apps.split(",")]
    result = measure(args)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
