"""App-level benchmarks in a real pseudo-terminal: startup, key press to repaint, memory.

The harness plays the terminal: it answers Textual's query for synchronized
output (DECRQM 2026), so every frame arrives between ESC[?2026h and
ESC[?2026l and the end of a repaint is exact, not guessed from silence. A key
press is timed from the write of its bytes to the end of the last frame it
causes (frames that follow within QUIET_S belong to it: a worker's result
repainting a pane is part of the same key press); the end of the first frame
it causes is given beside it ("first_frame": the key's own repaint, such as
the cursor row). For j in the report list a third figure waits for the frame
that paints the new row's briefing (its date · source line in the article). Each figure stands beside
the same measure on tests/bench/minimal_app.py (Header, Static, Footer),
started the same way in the same run. "frames_per_key" counts the frames each
key caused (1: all it set off was painted in its own frame); unlike the times,
it does not move with the machine's load.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SYNC_END = b"\x1b[?2026l"
DECRQM_SYNC = b"\x1b[?2026$p"
QUIET_S = 0.15


class PtyApp:
    """A program in its own pseudo-terminal, read and written by the harness."""

    def __init__(self, argv: list[str], cols: int = 80, rows: int = 24, env: dict | None = None,
                 cwd: Path = ROOT):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        full_env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows),
                    "TEXTUAL_ANIMATIONS": "none", **(env or {})}
        full_env.pop("NO_COLOR", None)
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=full_env,
                                     cwd=cwd, start_new_session=True, close_fds=True)
        os.close(slave)
        self.output = bytearray()
        self.frames: list[tuple[float, int]] = []  # (time, offset in output) of each frame end
        self.last_press_frames = 0  # frames the last press_frames caused

    def write(self, data: bytes) -> float:
        t = time.perf_counter()
        os.write(self.master, data)
        return t

    def pump(self, timeout: float) -> bool:
        """Read what is there within `timeout`; answer terminal queries. False on EOF."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.master, 65536)
        except OSError:
            return False
        if not data:
            return False
        now = time.perf_counter()
        start = len(self.output)
        self.output += data
        window = bytes(self.output[max(0, start - 16):])
        if DECRQM_SYNC in window and b"answered-sync" not in self.__dict__.get("_flags", b""):
            self.__dict__["_flags"] = b"answered-sync"
            os.write(self.master, b"\x1b[?2026;2$y")  # synchronized output: supported
        # from the first place a frame end could straddle the two reads: one that
        # ended the earlier read was counted then, and would be again at this time
        pos = self.output.find(SYNC_END, max(0, start - len(SYNC_END) + 1))
        while pos != -1:
            self.frames.append((now, pos))
            pos = self.output.find(SYNC_END, pos + 1)
        return True

    def settle(self, since: float, limit: float = 10.0) -> float | None:
        """Wait until no frame has ended for QUIET_S; the time of the last frame end
        after `since`, or None if none came."""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            last = max((t for t, _ in self.frames if t >= since), default=None)
            quiet_from = last if last is not None else since
            if time.perf_counter() - quiet_from >= QUIET_S:
                return last
            if not self.pump(0.01):
                break
        return max((t for t, _ in self.frames if t >= since), default=None)

    def wait_for(self, needles: list[bytes], limit: float = 30.0) -> float | None:
        """Time (from spawn) of the end of the first frame after which every needle
        has been written, or None."""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            if not self.pump(0.01):
                break
            if all(n in self.output for n in needles):
                end = max(self.output.find(n) for n in needles)
                for t, pos in self.frames:
                    if pos > end:
                        return t - self.started
        return None

    def sched_ms(self) -> tuple[float, float] | None:
        """(on CPU, waiting for a CPU) of the app's main thread so far, in ms
        (/proc/PID/schedstat): what a key cost it, and what the machine's load added."""
        try:
            run, wait, _ = Path(f"/proc/{self.proc.pid}/schedstat").read_text().split()
        except (OSError, ValueError):
            return None
        return int(run) / 1e6, int(wait) / 1e6

    def peak_rss_mb(self) -> float | None:
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
        except OSError:
            return None
        return None

    def close(self) -> None:
        try:
            os.write(self.master, b"q")
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                os.killpg(self.proc.pid, signal.SIGKILL)
        finally:
            os.close(self.master)


def press(app: PtyApp, keys: bytes) -> float | None:
    """ms from writing `keys` to the end of the last frame they cause."""
    return press_frames(app, keys)[1]


def press_frames(app: PtyApp, keys: bytes) -> tuple[float | None, float | None]:
    """(first, last): ms from writing `keys` to the end of the first frame they cause
    (the key's own repaint, e.g. the cursor row) and to the end of the last one
    (everything it set off, e.g. the briefing a worker brought for the new row)."""
    app.settle(time.perf_counter())
    t = app.write(keys)
    last = app.settle(t)
    app.last_press_frames = sum(1 for ft, _ in app.frames if ft >= t)
    first = min((ft for ft, _ in app.frames if ft >= t), default=None)
    if last is None or first is None:
        return None, None
    return round((first - t) * 1000, 2), round((last - t) * 1000, 2)


def press_until(app: PtyApp, keys: bytes, needles: list[bytes], limit: float = 30.0) -> float | None:
    """ms from writing `keys` to the end of the frame that shows every needle
    (for results a worker brings later: search hits, an entity's figures)."""
    return _press_until(app, keys, needles, limit)[1]


def _press_until(app: PtyApp, keys: bytes, needles: list[bytes], limit: float) -> tuple[float, float | None]:
    """(time the keys were written, ms to the frame showing every needle or None)."""
    app.settle(time.perf_counter())
    start = len(app.output)
    t = app.write(keys)
    deadline = t + limit
    while time.perf_counter() < deadline:
        if not app.pump(0.01):
            return t, None
        tail = bytes(app.output[start:])
        if all(n in tail for n in needles):
            end = start + max(tail.find(n) for n in needles)
            for ft, pos in app.frames:
                if pos > end:
                    return t, round((ft - t) * 1000, 2)
    return t, None


def press_until_settled(app: PtyApp, keys: bytes, needles: list[bytes],
                        limit: float = 30.0) -> tuple[float | None, float | None]:
    """(shown, settled): ms from writing `keys` to the end of the frame that shows
    every needle, and to the end of the last frame the key caused (QUIET_S after
    it): search shows a kind's first hits, then the rest in a later frame."""
    t, shown = _press_until(app, keys, needles, limit)
    if shown is None:
        return None, None
    last = app.settle(t + shown / 1000)
    return shown, (round((last - t) * 1000, 2) if last is not None else shown)


def _pair_stats(pairs: list[tuple[float | None, float | None]]) -> dict:
    """Figures to the last frame a key caused, with those to its first frame beside them."""
    out = _stats([last for _, last in pairs])
    first = _stats([first for first, _ in pairs])
    if first.get("n"):
        out["first_frame"] = {"median_ms": first["median_ms"], "p95_ms": first["p95_ms"]}
    return out


def meta_needle(report) -> bytes:
    """The article's 'date · source' line: painted only when that report's briefing is."""
    parts = [report.published or "undated"] + ([report.source] if report.source else [])
    return " \u00b7 ".join(parts).encode()


def _stats(values: list[float | None]) -> dict:
    got = sorted(v for v in values if v is not None)
    if not got:
        return {"n": 0, "missed": len(values)}
    p95 = got[min(len(got) - 1, max(0, round(0.95 * len(got)) - 1))]
    return {"n": len(got), "median_ms": round(statistics.median(got), 2), "p95_ms": round(p95, 2),
            "missed": len(values) - len(got)}


def briefing_argv(db: Path, root: Path = ROOT) -> list[str]:
    """The browser on `db`, run from the source tree `root` (run the PtyApp with cwd=root)."""
    compile_package(root)
    return [sys.executable, "-m", "briefing_tui", "--db", str(db)]


def compile_package(root: Path = ROOT) -> None:
    """Bring briefing's bytecode up to date, as `pip install` does.

    Textual's bytecode was written when the venv was installed; briefing run from
    a source tree may have stale .pyc files (and PYTHONDONTWRITEBYTECODE keeps them
    stale), so each start would compile those modules again: about 90 ms of
    startup that no installed user pays.
    """
    import compileall

    compileall.compile_dir(str(root / "briefing_tui"), quiet=1)


def minimal_argv() -> list[str]:
    return [sys.executable, str(HERE / "minimal_app.py")]


def startup(argv: list[str], needles: list[bytes], runs: int,
            root: Path | None = None) -> tuple[list[float | None], list[float | None]]:
    """Spawn to first complete paint (ms), and peak RSS at that point (MB); briefing
    from the source tree `root` (None: the minimal app)."""
    times, rss = [], []
    for _ in range(runs):
        app = PtyApp(argv) if root is None else PtyApp(argv, cwd=root, env=child_env(root))
        try:
            t = app.wait_for(needles)
            times.append(None if t is None else round(t * 1000, 1))
            rss.append(app.peak_rss_mb())
        finally:
            app.close()
    return times, rss


def run(db: Path, runs: int = 5, presses: float = 1.0, root: Path = ROOT, groups: dict | None = None) -> dict:
    """Startup, navigation and memory of briefing on `db` beside the minimal app
    (`runs` startups each; key presses scaled by `presses`, at least one each),
    the app run from the source tree `root`; with `groups` (run.py's search
    queries), the last key of each query to its results (search_by_group)."""
    sys.path.insert(0, str(ROOT))
    from briefing_tui.store import Store

    store = Store(db)
    first = store.list_reports(0, 1)[0]
    needle = " ".join(first.title.split()[:2]).encode()
    out: dict = {"terminal": "80x24 pty, xterm-256color, synchronized output answered"}
    base_t, base_rss = startup(minimal_argv(), [b"Baseline line 0", b"Quit"], runs)
    app_t, app_rss = startup(briefing_argv(db, root), [needle, b"Quit"], runs, root)
    out["startup"] = {"measured": _stats(app_t), "baseline": _stats(base_t),
                      "baseline_is": "minimal Textual app (Header, Static, Footer)",
                      "waited_for": [needle.decode(), "Quit"]}
    if out["startup"]["measured"].get("n") and out["startup"]["baseline"].get("n"):
        out["startup"]["median_vs_baseline"] = round(
            out["startup"]["measured"]["median_ms"] / out["startup"]["baseline"]["median_ms"], 3)

    # navigation: the same key presses on both, then briefing's own moves
    baseline = PtyApp(minimal_argv())
    baseline.wait_for([b"Baseline line 0", b"Quit"])
    base_moves = [press(baseline, b"j") for _ in range(max(1, int(30 * presses)))]
    baseline_rss = baseline.peak_rss_mb()
    baseline.close()

    app = PtyApp(briefing_argv(db, root), cwd=root, env=child_env(root))
    app.wait_for([needle, b"Quit"])
    script = [("move down (j)", b"j", 20), ("move up (k)", b"k", 10), ("page down", b"\x1b[6~", 10),
              ("page up", b"\x1b[5~", 5), ("end of list (End)", b"\x1b[F", 2), ("top (Home)", b"\x1b[H", 2),
              ("next pane (Tab)", b"\t", 6), ("previous pane (Shift+Tab)", b"\x1b[Z", 6)]
    moves: dict = {}

    def pressed(keys: bytes, counts: list[int]) -> tuple[float | None, float | None]:
        pair = press_frames(app, keys)
        counts.append(app.last_press_frames)
        return pair

    def with_frames(stats: dict, counts: list[int]) -> dict:
        # frames a key caused: 1 when everything it set off was painted in its own frame
        stats["frames_per_key"] = {"mean": round(statistics.mean(counts), 2), "max": max(counts)} if counts else {}
        return stats

    for label, keys, times in script:
        counts: list[int] = []
        pairs = [pressed(keys, counts) for _ in range(max(1, int(times * presses)))]
        moves[label] = with_frames(_pair_stats(pairs), counts)
    opened, back, back_key = [], [], []
    n_opened, n_back, n_back_key = [], [], []
    for _ in range(max(1, int(5 * presses))):
        opened.append(pressed(b"\r", n_opened))  # the report under the cursor
        back.append(pressed(b"\x1b", n_back))
        press(app, b"\r")
        back_key.append(pressed(b"\x7f", n_back_key))
        press(app, b"j")
    moves["open report (Enter)"] = with_frames(_pair_stats(opened), n_opened)
    # A lone ESC byte may start a key sequence: Textual waits ESCDELAY (100 ms by
    # default) for more before taking it as Escape. Backspace (same action) has no wait.
    moves["back (Escape)"] = with_frames(_pair_stats(back), n_back)
    moves["back (Backspace)"] = with_frames(_pair_stats(back_key), n_back_key)

    # j in the list, to the frame that paints the new row's briefing (its date · source
    # line in the article), not just to the last frame: the briefing is really there.
    press(app, b"1")
    press(app, b"\x1b[H")
    rows = store.list_reports(0, 40)
    shown = []
    for i in range(1, min(len(rows), 1 + max(1, int(20 * presses)))):
        shown.append(press_until(app, b"j", [meta_needle(rows[i])], limit=10))
    moves["move down (j): briefing shown"] = _stats(shown)

    # search as you type: each key to the frame showing the results for what is typed
    # so far (its status line "N results for: <typed>" is set in the same handler as
    # the rows, so it is painted in the same frame: the first 10 hits of each kind),
    # and to the last frame it caused (all 50 of each kind, unless the next key came)
    typed_ms: list[float | None] = []
    typed_all_ms: list[float | None] = []
    big = store._rows("SELECT name, report_count FROM entities ORDER BY report_count DESC LIMIT 1")[0]
    for query in ("minister", big[0]):
        press(app, b"/")
        typed = ""
        for ch in query:
            typed += ch
            if ch.isspace():
                press(app, ch.encode())  # the same words: the results may rightly stay as they are
                continue
            shown, settled = press_until_settled(app, ch.encode(), [f"for: {typed}".encode()])
            typed_ms.append(shown)
            typed_all_ms.append(settled)
        if query == big[0]:
            # the entity in most reports: its screen, figures loaded
            press(app, b"\x1b[B")  # down into the results: participants come first
            entity_ms = press_until(app, b"\r", [f"in {big[1]:,} report".encode()])
            press(app, b"\x1b")
            # the same again from the search: the entity screen is shown again, not composed
            entity_again_ms = press_until(app, b"\r", [f"in {big[1]:,} report".encode()])
            press(app, b"\x1b")
        press(app, b"\x1b")
    moves["search: key to results"] = _stats(typed_ms)
    moves["search: key to all results (last frame)"] = _stats(typed_all_ms)
    moves[f"open entity in {big[1]:,} reports (Enter)"] = _stats([entity_ms])
    moves[f"open entity in {big[1]:,} reports again (Enter, screen reused)"] = _stats([entity_again_ms])
    script_labels = list(moves)
    out["navigation"] = {"measured": moves, "baseline": _stats(base_moves),
                         "baseline_is": "minimal app repainting its text on a key (j)"}
    out["memory"] = {"peak_rss_mb": app.peak_rss_mb(), "baseline_peak_rss_mb": baseline_rss,
                     "session": script_labels}
    app.close()
    rss_a, rss_b = [v for v in app_rss if v], [v for v in base_rss if v]
    out["startup_peak_rss_mb"] = {"measured": max(rss_a, default=None), "baseline": max(rss_b, default=None)}
    # The one open above is one sample of one entity: many, two ways, in their own apps.
    out["entity_open"] = entity_opens(db, presses, root)
    out["entity_open"]["baseline"] = out["navigation"]["baseline"]
    if groups:
        out["search_by_group"] = search_by_group(db, groups, presses, root)
    return out


# --------------------------------------------------------------------------- search, per kind of query

PASTE_START, PASTE_END = b"\x1b[200~", b"\x1b[201~"  # bracketed paste: Textual turns it on
# The status shows the query clipped to 30 characters when the time budget found
# nothing (40 when it found some): so many of its first characters are always shown.
STATUS_SHOWS = 29
PREFIX_QUIET_S = 0.3  # no frame for this long after the prefix's answer: its full answer is in
_CSI = re.compile(rb"\x1b\[[0-9;?<>=$]*[A-Za-z~]")
_MOVE = re.compile(rb"\x1b\[[0-9;]*[HfABCDG]")


def status_needle(query: str) -> bytes:
    return f"for: {query[:STATUS_SHOWS]}".encode()


def quiet(app: PtyApp, seconds: float, limit: float = 30.0) -> None:
    """Wait until no frame has ended for `seconds` (a later answer, such as the
    full 50 of each kind after the first screenful, may come after QUIET_S)."""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        last = max((t for t, _ in app.frames[-3:]), default=0.0)
        if time.perf_counter() - last >= seconds:
            return
        if not app.pump(0.02):
            return


def status_after(app: PtyApp, start: int, query: str) -> str:
    """The last status line painted since output offset `start` for `query`, with
    the line painted after it (the status wraps at 80 columns)."""
    text = _MOVE.sub(b"\n", bytes(app.output[start:]))
    text = _CSI.sub(b"", text).replace(b"\x1b[?2026h", b"").decode("utf-8", "replace")
    lines = [ln.strip() for ln in text.split("\n")]
    needle = status_needle(query).decode()
    found = [i for i, ln in enumerate(lines) if needle in ln]
    if not found:
        return ""
    i = found[-1]
    nxt = next((ln for ln in lines[i + 1:] if ln), "")
    if nxt[:1] in "\u256d\u2502\u2570":  # a pane's border: not the status's second line
        nxt = ""
    return (lines[i] + " " + nxt).strip()


def search_one(app: PtyApp, text: str, limit: float = 15.0) -> dict:
    """Open search, enter `text` but its last character as one paste, wait for
    that prefix's answer and for the screen to be quiet, then time the last key:
    to the first frame whose status says "for: <text>" (the first answer: a
    screenful of each kind, painted with its status) and to the last frame it
    caused (the full answer, 50 of each kind)."""
    press(app, b"/")
    prefix, last = text[:-1], text[-1]
    if prefix:
        _press_until(app, PASTE_START + prefix.encode() + PASTE_END, [status_needle(prefix)], limit)
    quiet(app, PREFIX_QUIET_S)
    start = len(app.output)
    before = app.sched_ms()
    shown, settled = press_until_settled(app, last.encode(), [status_needle(text)], limit)
    after = app.sched_ms()
    status = status_after(app, start, text)
    low = status.lower()
    out = {"query": text, "shown_ms": shown, "last_frame_ms": settled,
           "frames": sum(1 for _, pos in app.frames if pos >= start), "status": status[:200],
           # the time budget or a row cap cut the answer shown last (the status says so)
           "partial": "stopped after" in low or "best known only" in low}
    if before and after and shown is not None:
        out["main_thread_cpu_ms_to_last_frame"] = round(after[0] - before[0], 2)
    press(app, b"\x1b")  # back to the list
    return out


def search_by_group(db: Path, groups: dict, presses: float = 1.0, root: Path = ROOT) -> dict:
    """For every query of run.py's search groups, in the real app: the last key
    press to the frame showing results for the whole query, and to the last
    frame it caused; beside the minimal app's key press measured here too.
    `presses` < 1 takes that share of each group's queries (at least one)."""
    t0 = time.perf_counter()
    load_start = [round(x, 2) for x in os.getloadavg()]
    baseline = PtyApp(minimal_argv())
    try:
        baseline.wait_for([b"Baseline line 0", b"Quit"])
        base = [press(baseline, b"j") for _ in range(max(5, int(30 * presses)))]
    finally:
        baseline.close()
    out: dict = {"measures": "last key of each query (the rest entered as one paste, its answer "
                             "painted and the screen quiet) to the first frame whose status says "
                             f"'for: <query>' (first {STATUS_SHOWS} characters), and to the last frame",
                 "app_package": app_package(root), "groups": {}}
    app = PtyApp(briefing_argv(db, root), cwd=root, env=child_env(root))
    every_shown, every_last = [], []
    try:
        app.wait_for([b"Quit"])
        for group, queries in groups.items():
            take = queries if presses >= 1 else queries[:max(1, int(len(queries) * presses))]
            rows = [search_one(app, text) for text, _prefix in take]
            shown = [r["shown_ms"] for r in rows]
            last = [r["last_frame_ms"] for r in rows]
            every_shown += shown
            every_last += last
            out["groups"][group] = {"shown": _stats(shown), "last_frame": _stats(last),
                                    "partial": [r["query"] for r in rows if r["partial"]], "queries": rows}
    finally:
        app.close()
    out["all"] = {"shown": _stats(every_shown), "last_frame": _stats(every_last)}
    out["partial_queries"] = [q for g in out["groups"].values() for q in g["partial"]]
    out["baseline"] = _stats(base)
    out["baseline_is"] = "minimal app repainting its text on a key (j)"
    out["load_avg"] = {"start": load_start, "end": [round(x, 2) for x in os.getloadavg()]}
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


def child_env(root: Path) -> dict:
    """The app imports briefing from `root` (python -m runs from cwd=root; PYTHONPATH
    says so too, ahead of an installed copy)."""
    return {"PYTHONPATH": str(root)}


def app_package(root: Path) -> str:
    """Where the app spawned from `root` imports briefing_tui from (checked, not assumed)."""
    done = subprocess.run([sys.executable, "-c", "import briefing_tui; print(briefing_tui.__file__)"],
                          cwd=root, env={**os.environ, **child_env(root)}, capture_output=True, text=True)
    return done.stdout.strip() or done.stderr.strip()[-200:]


# --------------------------------------------------------------------------- opening an entity

ENTITY_MIN_REPORTS = int(os.environ.get("BENCH_ENTITY_MIN_REPORTS", 1000))  # "an entity with thousands of reports" (issue 5)


def entity_needles(store, entity) -> list[bytes]:
    """What the paint that opens `entity` must show: its name, 'in N reports' and the
    newest of its reports (the first row of its reports list, the focused pane)."""
    needles = [entity.name.encode(), f"in {entity.report_count:,} report".encode()]
    newest = store.entity_reports(entity.id, 0, 1)
    if newest:
        needles.append(" ".join(newest[0].title.split()[:2]).encode())
    return needles


def _spread(items: list, n: int) -> list:
    """n items evenly spaced over `items` (all of them if there are fewer)."""
    if len(items) <= n:
        return list(items)
    step = (len(items) - 1) / max(1, n - 1)
    return [items[round(i * step)] for i in range(n)]


def participant_targets(store, n: int, min_reports: int = ENTITY_MIN_REPORTS, rows: int = 200) -> list[tuple]:
    """(list row, index among the report's participant links, entity) for `n` reports
    of the report list, newest first: in each, the participant in at least
    `min_reports` reports (and in the fewest of those, so the figures span sizes)
    not chosen before. Links are in the participants pane's order (by kind)."""
    from briefing_tui.tui.screens.report_panes import KIND_TITLES

    chosen: list[tuple] = []
    seen: set[int] = set()
    for row, summary in enumerate(store.list_reports(0, rows)):
        report = store.report(summary.id)
        links = [p for kind in KIND_TITLES for p in report.participants if p.kind == kind]
        found = []
        for index, p in enumerate(links):
            entity = store.entity(p.entity_id)
            if entity and entity.report_count >= min_reports and entity.id not in seen:
                found.append((entity.report_count, index, entity))
        if found:
            _, index, entity = min(found, key=lambda f: f[0])
            seen.add(entity.id)
            chosen.append((row, index, entity))
            if len(chosen) >= n:
                break
    return chosen


def search_targets(store, n: int, exclude: set[int], min_reports: int = ENTITY_MIN_REPORTS) -> list:
    """`n` entities in at least `min_reports` reports, spread from the smallest to the
    biggest, that searching their name lists first among participants."""
    rows = store._rows("SELECT id FROM entities WHERE report_count >= ? ORDER BY report_count, id",
                       (min_reports,))
    out = []
    for (eid,) in _spread(rows, 3 * n):
        entity = store.entity(eid)
        if entity is None or eid in exclude:
            continue
        hits = store.search(entity.name, prefix=True, kinds=("participant",))
        if hits and hits[0].id == eid:
            out.append(entity)
    return _spread(out, n)


def entity_opens(db: Path, presses: float = 1.0, root: Path = ROOT, limit: float = 10.0) -> dict:
    """Key press to the paint that shows the entity's name, its report count and the
    first rows of its reports list, for many entities in thousands of reports:
    Enter on a participant in search results and on a report's participants pane.
    Each way runs in its own app, so its first open (which composes the entity
    screen) is given apart from the rest (the screen shown again)."""
    sys.path.insert(0, str(ROOT))
    from briefing_tui.store import Store

    store = Store(db)
    n = max(2, int(12 * presses))
    # thousands at a million reports; on a small archive (the smoke test) its big entities
    least = min(ENTITY_MIN_REPORTS, max(2, store.count_reports() // 20))
    by_participants = participant_targets(store, n, least)
    by_search = search_targets(store, n, {e.id for _, _, e in by_participants}, least)
    out: dict = {"waits_for": "entity name, 'in N reports', first two words of its newest report's title",
                 "min_reports": least}

    app = PtyApp(briefing_argv(db, root), cwd=root, env=child_env(root))
    try:
        app.wait_for([b"Quit"])
        times, sizes, sched = [], [], []
        for entity in by_search:
            press(app, b"/")
            # typed at once; then its results, settled (not timed here)
            press_until(app, entity.name.encode(), [f"for: {entity.name}".encode()], limit=limit)
            app.settle(time.perf_counter())
            press(app, b"\x1b[B")  # into the results: participants come first
            times.append(_timed_open(app, entity_needles(store, entity), limit, sched))
            sizes.append(entity.report_count)
            press(app, b"\x7f")  # back to the search
            press(app, b"\x1b")  # and out of it
        out["from search"] = _opened(times, sizes, sched)
    finally:
        app.close()

    app = PtyApp(briefing_argv(db, root), cwd=root, env=child_env(root))
    try:
        app.wait_for([b"Quit"])
        times, sizes, sched, row_now = [], [], [], 0
        for row, index, entity in by_participants:
            for _ in range(row - row_now):
                press(app, b"j")
            row_now = row
            press(app, b"\r")  # the report
            press(app, b"3")  # its participants
            for _ in range(index):
                press(app, b"j")
            times.append(_timed_open(app, entity_needles(store, entity), limit, sched))
            sizes.append(entity.report_count)
            press(app, b"\x7f")  # back to the report
            press(app, b"\x7f")  # and to the list
            press(app, b"1")
        out["from a report's participants"] = _opened(times, sizes, sched)
    finally:
        app.close()
    again = [t for way in ("from search", "from a report's participants") for t in out[way]["times_ms"][1:]]
    out["screen shown again, both ways"] = _stats(again)
    cpu = [c for way in ("from search", "from a report's participants") for c in [out[way]["main_thread_cpu_ms"]]]
    out["main thread CPU per open, shown again (median of each way)"] = [c.get("median_ms") for c in cpu]
    out["first open (screen composed), both ways"] = [out[w]["first_open_ms"] for w in
                                                      ("from search", "from a report's participants")]
    out["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return out


def _timed_open(app: PtyApp, needles: list[bytes], limit: float, sched: list) -> float | None:
    """Enter, timed to the paint that shows every needle; the main thread's CPU time and
    run-queue wait over that time go to `sched`."""
    app.settle(time.perf_counter())
    before = app.sched_ms()
    ms = press_until(app, b"\r", needles, limit=limit)
    after = app.sched_ms()
    if before and after:
        sched.append((round(after[0] - before[0], 2), round(after[1] - before[1], 2)))
    return ms


def _opened(times: list[float | None], sizes: list[int], sched: list) -> dict:
    again = sched[1:] if len(sched) == len(times) else []
    return {"first_open_ms": times[0] if times else None, "again": _stats(times[1:]),
            "main_thread_cpu_ms": _stats([c for c, _ in again]),
            "main_thread_runqueue_wait_ms": _stats([w for _, w in again]),
            "first_open_main_thread_cpu_ms": sched[0][0] if sched else None,
            "times_ms": times, "entity_reports": sizes}


if __name__ == "__main__":
    import argparse
    import json

    ap = argparse.ArgumentParser(description="opening entities in thousands of reports, in a pty")
    ap.add_argument("db", type=Path)
    ap.add_argument("--root", type=Path, default=ROOT, help="the source tree whose browser is run")
    ap.add_argument("--presses", type=float, default=1.0)
    a = ap.parse_args()
    print(json.dumps(entity_opens(a.db, a.presses, a.root.resolve())))
