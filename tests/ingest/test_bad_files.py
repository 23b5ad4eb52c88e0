"""Bad files through the real `briefing ingest`: one line each on stderr, the rest ingested, exit 1.

One folder holds every kind of bad file next to good ones, so a single run
(one spaCy load) shows that problems are isolated: each bad file gets exactly
one line naming it and its problem, every good report lands, nothing of a bad
one is written, and the exit status is 1.
"""

from __future__ import annotations

import codecs
import json
import sqlite3
from pathlib import Path

import pytest

from robust_support import run

GOOD_MD = "---\ntitle: Good markdown\ndate: 2024-10-30\nsource: WNAM\n---\n\nThe ministers met in Ottawa on Friday.\n"
GOOD_TXT = "Good text headline\nCanada and South Korea agreed to hold talks in Seoul next month.\n"


def build(folder: Path) -> dict[str, object]:
    """Write the folder; return what each file should produce."""
    files: dict[str, bytes] = {
        "good.md": GOOD_MD.encode(),
        "good.txt": GOOD_TXT.encode(),
        "good.json": json.dumps({"title": "Good JSON", "body": "Officials in Geneva said the vote was delayed."}).encode(),
        "mixed.jsonl": (
            json.dumps({"title": "Line one", "body": "The convoy reached Kyiv on Monday."}) + "\n"
            + '{"title": "Line two", "body": "unterminated\n'
            + json.dumps({"title": "Line three has no body"}) + "\n"
            + json.dumps({"title": "Line four", "body": "The summit in Lima ended early."}) + "\n"
        ).encode(),
        "latin1.txt": "Café talks in Zürich\nThe “envoys” met in Köln.".encode("cp1252"),
        "utf16.md": "---\ntitle: UTF-16 report\n---\nDelegates met in Tokyo.".encode("utf-16"),
        "utf8bom.txt": codecs.BOM_UTF8 + "BOM headline\nThe talks in Oslo resumed.".encode(),
        "notitle.json": json.dumps({"body": "Monitors in Vienna reported new launches. More later."}).encode(),
        "sub/deeper/nested.md": "---\ntitle: Nested report\n---\nThe envoy left Hanoi.\n".encode(),
        ".hidden/ignored.md": b"---\ntitle: Hidden\n---\nNever read.\n",
        # bad ones
        "empty.txt": b"",
        "blank.md": b" \n\n\t \n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8 + bytes(500),
        "bad-utf16.txt": codecs.BOM_UTF16_LE + "broken".encode("utf-16-le") + b"\x00",
        "bad-front-matter.md": b"---\ntitle: [unclosed\ndate: 2024-11-02\n---\nBody.\n",
        "unclosed-front-matter.md": b"---\ntitle: Never closed\n\nBody text.\n",
        "future.md": b"---\ntitle: From the future\ndate: 2999-01-01\n---\nIt has not happened yet.\n",
        "bad-date.md": b"---\ntitle: Bad date\ndate: next Tuesday\n---\nSomething happened.\n",
        "bad.json": b'{"title": "Broken", "body": "missing brace"\n',
        "nobody.json": json.dumps({"title": "Title but no body"}).encode(),
        "nobody.md": b"---\ntitle: Only a title\n---\n\n",
        "dup1.txt": b"Duplicate headline\nThe same words, twice, in two files.\n",
        "dup2.txt": b"Duplicate headline\nThe same words, twice, in two files.\n",
    }
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(50 << 20)  # 50 MB
    with (folder / "huge.jsonl").open("wb") as f:
        f.write(b'{"title": "Giant", "body": "' + b"a" * (50 << 20) + b'"}\n')
        f.write(json.dumps({"title": "After the giant", "body": "The small report after it still lands."}).encode() + b"\n")
    return {
        "stored": {
            "good.md", "good.txt", "good.json", "mixed.jsonl:1", "mixed.jsonl:4", "latin1.txt", "utf16.md",
            "utf8bom.txt", "notitle.json", "sub/deeper/nested.md", "dup1.txt", "huge.jsonl:2",
        },
        # file -> the words its one stderr line must carry (per line for .jsonl)
        "errors": {
            "empty.txt": "empty file",
            "blank.md": "empty file",
            "binary.txt": "binary file",
            "bad-utf16.txt": "invalid UTF-16",
            "bad-front-matter.md": "malformed front matter",
            "unclosed-front-matter.md": "never closed",
            "future.md": "in the future",
            "bad-date.md": "unparseable date",
            "bad.json": "malformed JSON at line 2",
            "nobody.json": "no body",
            "nobody.md": "no body",
            "huge.txt": "too large (50.0 MB",
            "mixed.jsonl:2": "malformed JSON",
            "mixed.jsonl:3": "no body",
            "huge.jsonl:1": "line too long",
        },
        "warnings": {"latin1.txt": "not valid UTF-8", "notitle.json": "no title"},
        "skipped": {"dup2.txt": "same content as"},
    }


def lines_naming(stderr: str, folder: Path, name: str) -> list[str]:
    """stderr lines `briefing: KIND: PATH[:LINE]: problem` about exactly this file (or line)."""
    target = str(folder / name)
    return [line for line in stderr.splitlines() if line.split(": ", 3)[2:3] == [target]]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad") / "reports"
    folder.mkdir()
    expect = build(folder)
    db = folder.parent / "b.db"
    (folder.parent / "notes.pdf").write_text("not a report")
    proc = run("ingest", folder, folder / "missing.md", folder.parent / "notes.pdf",
               "--db", db, "--date", "2024-11-02", "--source", "TEST")
    return folder, db, expect, proc


def test_exit_status_is_1_and_no_traceback(ingested):
    _, _, _, proc = ingested
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_every_bad_file_gets_exactly_one_line(ingested):
    folder, _, expect, proc = ingested
    for name, words in expect["errors"].items():
        found = lines_naming(proc.stderr, folder, name)
        assert len(found) == 1, (name, found, proc.stderr)
        assert found[0].startswith("briefing: error: ") and words in found[0], (name, found)
    for name, words in {**expect["warnings"], **expect["skipped"]}.items():
        found = lines_naming(proc.stderr, folder, name)
        assert len(found) == 1 and words in found[0], (name, found)
    for name in ("good.md", "good.txt", "good.json", "utf16.md", "utf8bom.txt", "sub/deeper/nested.md", "dup1.txt"):
        assert lines_naming(proc.stderr, folder, name) == [], name
    assert "missing.md: no such file or folder" in proc.stderr
    assert "notes.pdf: unsupported file type (use .md, .markdown, .txt, .json, .jsonl)" in proc.stderr


def test_summary_line(ingested):
    _, db, expect, proc = ingested
    last = proc.stderr.strip().splitlines()[-1]
    failed = len(expect["errors"]) + 2  # + the missing path and the .pdf
    assert last.startswith(f"ingested into {db}: {len(expect['stored'])} added, 1 already present, {failed} failed in ")


def test_only_good_reports_are_stored_whole(ingested):
    folder, db, expect, _ = ingested
    conn = sqlite3.connect(db)
    stored = {Path(p).relative_to(folder).as_posix() for (p,) in conn.execute("SELECT path FROM reports")}
    assert stored == expect["stored"]
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = dict(conn.execute("SELECT path, title || ' | ' || coalesce(published, '') || ' | ' || coalesce(source, '') FROM reports"))
    assert rows[str(folder / "good.md")] == "Good markdown | 2024-10-30 | WNAM"  # the file's own date and source win
    assert rows[str(folder / "good.txt")] == "Good text headline | 2024-11-02 | TEST"  # --date and --source fill in
    assert rows[str(folder / "latin1.txt")].startswith("Café talks in Zürich")
    assert rows[str(folder / "notitle.json")].startswith("Monitors in Vienna reported new launches |")
    body = conn.execute("SELECT body FROM reports WHERE path = ?", (str(folder / "latin1.txt"),)).fetchone()[0]
    assert body == "The “envoys” met in Köln."


def test_rerun_is_a_no_op_and_still_reports_the_bad_files(ingested):
    folder, db, expect, first = ingested
    before = sqlite3.connect(db).execute("SELECT count(*), max(id) FROM reports").fetchone()
    proc = run("ingest", folder, "--db", db, "--date", "2024-11-02", "--source", "TEST")
    assert proc.returncode == 1
    assert sqlite3.connect(db).execute("SELECT count(*), max(id) FROM reports").fetchone() == before
    last = proc.stderr.strip().splitlines()[-1]
    assert f": 0 added, {len(expect['stored']) + 1} already present, {len(expect['errors'])} failed" in last
    # already-stored files are counted, not listed, unless asked
    assert "already in the database" not in proc.stderr
    verbose = run("ingest", folder / "good.md", "--db", db, "-v")
    assert verbose.returncode == 0
    assert f"{folder / 'good.md'}: already in the database as report" in verbose.stderr


def test_good_files_alone_exit_0(ingested):
    folder, db, _, _ = ingested
    proc = run("ingest", folder / "good.md", folder / "good.json", "--db", db)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip().splitlines()[-1]]  # just the summary
    assert ": 0 added, 2 already present in " in proc.stderr
