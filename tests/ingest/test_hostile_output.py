"""Hostile report text outside the browser: stored clean, printed inert.

Reports full of Rich markup, ANSI and OSC sequences (OSC 52 clipboard writes,
window titles, hyperlinks), C0 and C1 controls, bidi overrides, zero-width
characters, 10,000-character lines and raw HTML go through the real `briefing
ingest`; then `show`, `show --json`, `search` and `search --json` run on a real
pseudo-terminal and every byte they write is checked. A database written by
another tool (hostile text stored raw, bypassing ingest) is checked the same way.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from robust_support import INVISIBLE, run, run_in_pty, terminal_controls

from briefing_tui.records import Extraction, ReportInput
from briefing_tui.store import Writer

ATTACKS = (
    "[bold red]RICH[/] [@click=app.quit]click me[/] [link=file:///etc/passwd]link[/link] "
    "\x1b[5;31;47mBLINK\x1b[0m \x1b]52;c;cm0gLXJmIH4K\x07 \x1b]0;PWNED-TITLE\x1b\\ \x1b]2;PWNED2\x9c "
    "\x1b]8;;http://evil.example\x07hyperlink\x1b]8;;\x07 \x9b2J \x9d0;C1-TITLE\x9c \x1bP+q\x1b\\ \x1bc "
    "bell\x07 nul\x00 backspace\x08 del\x7f nel\x85 csi\x9b "
    "\u202eRIGHT-TO-LEFT\u202c \u2066isolate\u2069 zero\u200bwidth join\u200dme \ufeffbom \U000e0041tag"
)
LONG_LINE = "Ministers met in Ottawa and " + "talked at length " * 600  # over 10,000 characters
MARKDOWN = '<script>alert("x")</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) <a href="file:///etc">a</a>'
HOSTILE_MARKERS = [b"\x1b]52", b"\x1b]0;", b"\x1b]2;", b"\x1b]8;", b"\x1b[5;31;47m", b"PWNED", b"\x9b", b"\x9d"]


def write_reports(folder: Path) -> None:
    folder.mkdir()
    title = "Talks in Ottawa " + ATTACKS
    (folder / "hostile.md").write_text(
        "---\n" + f"title: {json.dumps(title)}\ndate: 2024-11-02\nsource: {json.dumps('WNAM ' + ATTACKS[:60])}\n"
        f"url: {json.dumps('javascript:alert(1)' + chr(27) + '[31m')}\n---\n\n"
        f"Foreign Minister Melanie Joly said {ATTACKS} in Ottawa on Friday.\n\n{LONG_LINE}\n\n{MARKDOWN}\n",
        encoding="utf-8",
    )
    (folder / "hostile.json").write_text(json.dumps({
        "title": ATTACKS, "date": "2024-11-01", "source": ATTACKS,
        "body": f"Seoul's foreign ministry said the talks ended. {ATTACKS}\n{LONG_LINE}",
    }), encoding="utf-8")
    (folder / "hostile.txt").write_bytes(
        ("Kursk deployment \x1b[31mcondemned\x1b[0m\n" f"The United States said {ATTACKS}. {MARKDOWN}\n").encode()
    )
    # a file name is untrusted too: it appears in warnings
    (folder / "name \x1b]0;PWNED-NAME\x07 [bold]x.txt").write_bytes(b"Headline\nA short note from Geneva.\n")


def unsafe_text(conn: sqlite3.Connection) -> list[tuple]:
    """Every TEXT value in the database that holds a control, escape or invisible character."""
    bad = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        for row in conn.execute(f"SELECT * FROM {table}"):
            for column, value in zip(columns, row):
                if isinstance(value, str) and (re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", value) or INVISIBLE.search(value)):
                    bad.append((table, column, value[:60]))
    return bad


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    write_reports(root / "reports")
    db = root / "h.db"
    code, output = run_in_pty("ingest", root / "reports", "--db", db, "--date", "2024-11-03")
    assert code == 0, output
    for marker in HOSTILE_MARKERS:
        assert marker not in output, (marker, output[-2000:])
    return db


def check_terminal_bytes(output: bytes) -> str:
    assert terminal_controls(output) == [], terminal_controls(output)[:10]
    text = output.decode("utf-8")
    assert not INVISIBLE.search(text), INVISIBLE.findall(text)[:10]
    return text.replace("\r\n", "\n")


def test_ingest_stores_only_clean_text(hostile_db):
    conn = sqlite3.connect(hostile_db)
    assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 4
    assert unsafe_text(conn) == []
    titles = [t for (t,) in conn.execute("SELECT title FROM reports ORDER BY id")]
    assert any("[bold red]RICH[/]" in t for t in titles)  # markup is kept as literal text
    body = conn.execute("SELECT body FROM reports WHERE path LIKE '%hostile.md'").fetchone()[0]
    assert "zerowidth joinme" in body and "RIGHT-TO-LEFT" in body
    assert LONG_LINE.strip() in body and "<script>" in body


def test_show_on_a_real_terminal_is_inert(hostile_db):
    markdown_id = sqlite3.connect(hostile_db).execute("SELECT id FROM reports WHERE path LIKE '%.md'").fetchone()[0]
    for report_id in range(1, 5):
        code, output = run_in_pty("show", report_id, "--db", hostile_db)
        assert code == 0
        text = check_terminal_bytes(output)
        if report_id == markdown_id:
            assert "[bold red]RICH[/] [@click=app.quit]click me[/]" in text  # literally, not styled
            assert "<script>" in text


def test_show_json_on_a_real_terminal_is_inert_and_exact(hostile_db):
    conn = sqlite3.connect(hostile_db)
    for report_id, title, body in conn.execute("SELECT id, title, body FROM reports"):
        code, output = run_in_pty("show", report_id, "--json", "--db", hostile_db)
        assert code == 0
        data = json.loads(check_terminal_bytes(output))
        assert (data["title"], data["body"]) == (title, body)  # nothing lost in the JSON
        for p in data["participants"]:
            for start, end in p["mentions"]:
                assert 0 <= start <= end <= len(data["body"])


@pytest.mark.parametrize("query", ["talks", "RICH", "bold", "ministers Ottawa", "\x1b]52;c;x", "[@click=app.quit]"])
def test_search_on_a_real_terminal_is_inert(hostile_db, query):
    code, output = run_in_pty("search", query, "--db", hostile_db)
    assert code == 0
    check_terminal_bytes(output)
    code, output = run_in_pty("search", query, "--json", "--db", hostile_db)
    assert code == 0
    hits = json.loads(check_terminal_bytes(output))
    assert isinstance(hits, list)
    if query in ("talks", "RICH"):
        assert hits


@pytest.fixture(scope="module")
def foreign_db(tmp_path_factory):
    """A database written by another tool: hostile text stored raw, never cleaned."""
    db = tmp_path_factory.mktemp("foreign") / "f.db"
    with Writer(db) as w:
        w.add_report(ReportInput("placeholder", "placeholder body"), Extraction())
    conn = sqlite3.connect(db)
    conn.execute("UPDATE reports SET title = ?, body = ?, source = ?, url = ?, published = ?",
                 (ATTACKS, "talks " + ATTACKS + "\n" + LONG_LINE, ATTACKS, ATTACKS, "2024\x1b]0;X\x07"))
    conn.execute("INSERT INTO reports_fts (reports_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO entities (key, name, kind) VALUES ('person:x', ?, 'person')", (ATTACKS,))
    conn.execute("INSERT INTO participants (report_id, entity_id, role, mentions) VALUES (1, 1, ?, '[[0, 5]]')", (ATTACKS,))
    conn.execute("INSERT INTO claims (report_id, claimant, cue, text, start, end) VALUES (1, ?, ?, ?, 0, 5)",
                 (ATTACKS, ATTACKS, ATTACKS))
    conn.execute("INSERT INTO events (report_id, kind, summary, date_text, date_value, start, end)"
                 " VALUES (1, ?, ?, ?, ?, 0, 5)", (ATTACKS, ATTACKS, ATTACKS, "2024\x1b[31m"))
    conn.execute("INSERT INTO dates (report_id, text, start, end, value) VALUES (1, ?, 0, 5, ?)", (ATTACKS, ATTACKS))
    conn.commit()
    conn.close()
    return db


@pytest.mark.parametrize("args", [["show", "1"], ["show", "1", "--json"], ["search", "talks"], ["search", "talks", "--json"]])
def test_output_is_inert_even_for_a_database_written_by_another_tool(foreign_db, args):
    code, output = run_in_pty(*args, "--db", foreign_db)
    assert code == 0, output
    text = check_terminal_bytes(output)
    assert "[bold red]RICH[/]" in text and "RIGHT-TO-LEFT" in text  # shown, literally, minus the controls
    if "--json" in args:
        data = json.loads(text)
        if args[0] == "show":
            assert data["title"] == ATTACKS  # the JSON still carries the exact data, escaped
        else:
            assert data[0]["title"] == ATTACKS


def test_pipes_get_the_same_inert_bytes(hostile_db):
    proc = run("show", "1", "--db", hostile_db)
    assert proc.returncode == 0
    check_terminal_bytes(proc.stdout.encode())
