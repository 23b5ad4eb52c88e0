"""Shared by the fault, hostile-input and concurrency tests: the real `briefing` command in
a subprocess or a pseudo-terminal, a fast deterministic extractor, and database checks.

The extractor stands in for spaCy only where speed matters (thousands of reports,
kill loops); everything it produces goes through the real Writer.
"""

from __future__ import annotations

import os
import pty
import random
import re
import select
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from briefing_tui.records import (
    ClaimRecord,
    DateRecord,
    EntityRecord,
    EventRecord,
    Extraction,
    ParticipantRecord,
    ReportInput,
)

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent


def briefing_command() -> list[str]:
    """The installed console script beside this interpreter, else `python -m briefing_tui`."""
    script = Path(sys.executable).parent / "briefing"
    if script.exists():
        return [str(script)]
    found = shutil.which("briefing")
    return [found] if found else [sys.executable, "-m", "briefing_tui"]


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    env.update({"PYTHONPATH": os.pathsep.join([str(TESTS), str(REPO)]), "NO_COLOR": "1", "COLUMNS": "100"})
    env.update(extra)
    return env


def run(*args: str | Path, env: dict | None = None, timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    """Run `briefing ARGS` with pipes (stderr and stdout are not terminals)."""
    return subprocess.run(
        [*briefing_command(), *map(str, args)],
        capture_output=True,
        text=True,
        env=env or clean_env(),
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        **kw,
    )


def run_in_pty(*args: str | Path, env: dict | None = None, timeout: float = 300) -> tuple[int, bytes]:
    """Run `briefing ARGS` with stdin, stdout and stderr on a real pseudo-terminal; return every byte written."""
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    try:
        proc = subprocess.Popen(
            [*briefing_command(), *map(str, args)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env or clean_env(TERM="xterm-256color"),
            close_fds=True,
            start_new_session=True,
        )
    finally:
        os.close(slave)
    out = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: every writer has closed the terminal
                    break
                if not chunk:
                    break
                out.extend(chunk)
            elif proc.poll() is not None:
                # drain what is left, then stop
                try:
                    while chunk := os.read(master, 65536):
                        out.extend(chunk)
                except OSError:
                    pass
                break
        else:
            proc.kill()
            raise TimeoutError(f"briefing {' '.join(map(str, args))} did not finish in {timeout} s")
        return proc.wait(timeout=30), bytes(out)
    finally:
        os.close(master)


# Bytes a terminal would act on: ESC, BEL and the other C0 controls but tab, LF and CR,
# DEL, and C1 controls (as UTF-8: C2 80..C2 9F).
TERMINAL_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]")
# Characters that reorder or hide text.
INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]")


def terminal_controls(data: bytes) -> list[bytes]:
    return [m.group() for m in TERMINAL_CONTROL.finditer(data)]


# ---------------------------------------------------------------------------
# A fast, deterministic extractor (the shape of real output, computed from the text alone)

_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
_SENTENCE = re.compile(r"[^.]+\.")
_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|\d{4})\b")
_KINDS = ("person", "country", "organization", "group")


def fake_extract(reports: list[ReportInput]) -> list[Extraction]:
    return [fake_extraction(r.body) for r in reports]


def fake_extraction(body: str) -> Extraction:
    ex = Extraction()
    found: dict[str, ParticipantRecord] = {}
    for m in _NAME.finditer(body):
        word = m.group()
        kind = _KINDS[sum(map(ord, word)) % len(_KINDS)]
        key = f"{kind}:{word.lower()}"
        if key not in found:
            ex.entities.append(EntityRecord(key, word, kind, {word.upper()}))
            found[key] = ParticipantRecord(key, role=f"envoy of {word}" if kind == "person" else None)
            ex.participants.append(found[key])
        found[key].mentions.append((m.start(), m.end()))
    countries = [k for k in found if k.startswith("country:")]
    for p in ex.participants:
        if p.role and countries:
            p.affiliation_key = countries[0]
    for i, s in enumerate(_SENTENCE.finditer(body)):
        keys = [k for k in found if any(s.start() <= a < s.end() for a, _ in found[k].mentions)]
        if " said " in s.group():
            ex.claims.append(ClaimRecord(s.group().split(" said ")[0].strip()[:40] or "someone", "said",
                                         s.group().strip(), s.start(), s.end(), keys[0] if keys else None))
        if i % 3 == 0:
            ex.events.append(EventRecord("meeting", s.group().strip()[:60], s.start(), s.end(),
                                         None, f"2024-11-{1 + i % 28:02d}", "day", i % 2 == 1,
                                         countries[0] if countries else None, keys[:4]))
    for m in _DAY.finditer(body):
        ex.dates.append(DateRecord(m.group(), m.start(), m.end(), None, None))
    return ex


_WORDS = ("talks troops missile summit border ministers statement agreement deployment sanctions "
          "envoy ceasefire aid convoy vote parliament report analysts monitoring pledge").split()
_NAMES = ("Ottawa Seoul Canada Korea Russia Ukraine Joly Blair Cho Kim Lindqvist Okafor Baek Halden "
          "Pacific Atlantic Kursk Geneva Vienna Tokyo Nairobi Lima Oslo Hanoi Accra Quito").split()


def synthetic_reports(n: int, seed: int = 7) -> list[dict]:
    """n distinct report objects (for .jsonl), 60-120 words each, deterministic."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(5, 9)):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(6, 12))]
            for _ in range(rng.randint(1, 3)):
                words.insert(rng.randrange(len(words)), rng.choice(_NAMES))
            if rng.random() < 0.4:
                words.insert(1, "said")
            if rng.random() < 0.3:
                words.append(rng.choice(("on Monday", "on Friday", "in 2023")))
            sentences.append(" ".join(words).capitalize() + ".")
        out.append({"title": f"Report {i}: {rng.choice(_NAMES)} {rng.choice(_WORDS)}",
                    "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "source": "synthetic",
                    "body": f"Serial {i}. " + " ".join(sentences)})
    return out


# ---------------------------------------------------------------------------
# Checking a database after faults


def check_complete(db: Path, extractor=fake_extraction) -> int:
    """Assert integrity, FTS consistency and that every report holds exactly its extraction.

    Returns the number of reports.
    """
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in ("reports_fts", "claims_fts", "events_fts"):
            conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
        conn.execute("INSERT INTO entities_fts (entities_fts) VALUES ('integrity-check')")
        assert conn.execute(
            "SELECT count(*) FROM entities WHERE id NOT IN (SELECT rowid FROM entities_fts)"
        ).fetchone()[0] == 0
        # report_count, kept by the writer, agrees with the participants table
        assert conn.execute(
            "SELECT count(*) FROM entities e WHERE report_count !="
            " (SELECT count(*) FROM participants p WHERE p.entity_id = e.id)"
        ).fetchone()[0] == 0
        reports = conn.execute("SELECT id, body FROM reports").fetchall()
        for report_id, body in reports:
            ex = extractor(body)
            got = [
                conn.execute(f"SELECT count(*) FROM {t} WHERE report_id = ?", (report_id,)).fetchone()[0]
                for t in ("participants", "claims", "events", "dates")
            ]
            want = [len({p.entity_key for p in ex.participants}), len(ex.claims), len(ex.events), len(ex.dates)]
            assert got == want, (report_id, got, want)
            links = conn.execute(
                "SELECT count(*) FROM event_participants ep JOIN events e ON e.id = ep.event_id"
                " WHERE e.report_id = ?",
                (report_id,),
            ).fetchone()[0]
            assert links == sum(len(set(e.participant_keys)) for e in ex.events), report_id
        return len(reports)
    finally:
        conn.close()


DRIVER = """
import json, sys
from pathlib import Path
from briefing_tui.ingest.pipeline import ingest
from robust_support import fake_extract
result = ingest([Path(p) for p in sys.argv[2:]], Path(sys.argv[1]), extract=fake_extract)
print(json.dumps({"added": result.added, "skipped": result.skipped, "failed": result.failed,
                  "fatal": result.fatal, "problems": result.problems}))
sys.exit(0 if result.ok else 1)
"""


def fast_ingest_command(db: Path, *paths: Path) -> list[str]:
    """The real ingest pipeline and writer in a subprocess, with the fast extractor."""
    return [sys.executable, "-c", DRIVER, str(db), *map(str, paths)]


def write_jsonl(path: Path, reports: list[dict]) -> Path:
    import json

    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    return path
