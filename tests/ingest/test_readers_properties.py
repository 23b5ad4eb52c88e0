"""Property tests: whatever a file holds, readers yield reports, warnings or ReadError, never raise.

And every report that comes out is clean (no control, escape or invisible
characters), has a one-line title of at most TITLE_MAX characters and a body.
"""

from __future__ import annotations

import codecs
import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from briefing_tui.ingest.readers import (
    EXTENSIONS,
    TITLE_MAX,
    Defaults,
    ReadError,
    ReadWarning,
    derive_title,
    read_reports,
)
from briefing_tui.records import ReportInput
from briefing_tui.text_safety import clean_report_text

SETTINGS = settings(max_examples=int(__import__("os").environ.get("PROPS_EXAMPLES", 150)), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that exercises the readers: markup, controls, escapes, odd line breaks, BOMs, quotes.
NASTY = st.sampled_from(
    ["---\n", "---", "\n", "\r\n", "\r", "\x1b[31m", "\x1b]52;c;aGk=\x07", "\x9b2J", "\u202e", "\u200b",
     "\ufeff", "\x00", "\x85", "\u2028", "{", "}", "[", "]", '"', ":", "title: ", "date: ", "# ", "=====",
     "body", "\ud800", "U.S.", "Mr.", ". ", "? ", "“", "”", "\t", "é", "e\u0301"]
)
TEXT = st.lists(st.one_of(NASTY, st.text(max_size=30)), max_size=40).map("".join)


def check_items(items: list, path: Path) -> None:
    for item in items:
        assert isinstance(item, (ReportInput, ReadError, ReadWarning)), item
        if isinstance(item, (ReadError, ReadWarning)):
            message = str(item)
            assert message and "\n" not in message and str(path) in message
            continue
        assert item.title and "\n" not in item.title and len(item.title) <= TITLE_MAX
        assert item.body.strip()
        for value in (item.title, item.body, item.source, item.url, item.published):
            if value is not None:
                assert clean_report_text(value) == value, repr(value)
        if item.published is not None:
            date.fromisoformat(item.published)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("props")


def read_file(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"case{suffix}"
    path.write_bytes(data)
    check_items(list(read_reports(path, Defaults())), path)


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(EXTENSIONS))
@example(data=b"\xff\xfe\x00", suffix=".txt")
@example(data=b"---\ndate: 2024-02-30\n---\nx", suffix=".md")
@example(data=b"[" * 5000, suffix=".json")
@example(data=b"1" * 5000, suffix=".jsonl")
@example(data=b"---\na: &a [*a]\n---\nx", suffix=".md")
@example(data=b"---\n!!python/object:os.system x\n---\nx", suffix=".md")
def test_arbitrary_bytes_never_raise(folder, data, suffix):
    read_file(folder, data, suffix)


@SETTINGS
@given(text=TEXT, suffix=st.sampled_from(EXTENSIONS),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"]))
def test_arbitrary_text_in_any_encoding_never_raises(folder, text, suffix, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace") if encoding in ("cp1252", "latin-1") else text.encode(encoding, "surrogatepass")
    read_file(folder, data, suffix)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["title", "body", "text", "date", "source", "url", "headline", "x"]) | st.text(max_size=5),
        children, max_size=6),
    max_leaves=20,
)


@SETTINGS
@given(values=st.lists(JSON, min_size=1, max_size=5), suffix=st.sampled_from([".json", ".jsonl"]))
def test_arbitrary_json_never_raises(folder, values, suffix):
    if suffix == ".json":
        data = json.dumps(values[0] if len(values) == 1 else values)
    else:
        data = "\n".join(json.dumps(v) for v in values)
    read_file(folder, data.encode("utf-8"), suffix)


@SETTINGS
@given(lines=st.lists(st.one_of(st.just("{bad"), st.builds(lambda t: json.dumps({"body": t or "x"}), TEXT)), min_size=1, max_size=8))
def test_jsonl_errors_name_their_line(folder, lines):
    path = folder / "lines.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_reports(path))
    bad = [i + 1 for i, line in enumerate(lines) if line == "{bad"]
    errors = [str(e) for e in items if isinstance(e, ReadError) and "malformed JSON" in str(e)]
    assert [int(e.split(":")[1]) for e in errors if e.startswith(f"{path}:")] == bad


TITLE = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200).filter(lambda t: t.strip())


@SETTINGS
@given(title=TITLE, source=st.text(max_size=20), day=st.dates(max_value=date.today()), body=TEXT)
def test_front_matter_round_trip(folder, title, source, day, body):
    assume(clean_report_text(body).strip())
    meta = {"title": title, "date": day.isoformat(), "source": source}
    path = folder / "fm.md"
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    items = list(read_reports(path))
    check_items(items, path)
    reports = [i for i in items if isinstance(i, ReportInput)]
    if not reports:
        return  # e.g. the body was only whitespace once cleaned
    (report,) = reports
    expected_title = " ".join(clean_report_text(title).split())
    if expected_title and len(expected_title) <= TITLE_MAX:
        assert report.title == expected_title
    assert report.published == day.isoformat()
    assert report.source == (" ".join(clean_report_text(source).split()) or None)


@SETTINGS
@given(body=TEXT)
@example(body="#\nx")
@example(body="x" * 10_000)
def test_derive_title(body):
    body = clean_report_text(body).strip("\n").rstrip()
    assume(body.strip())
    title, rest = derive_title(body)
    assert title and "\n" not in title and len(title) <= TITLE_MAX
    assert title == title.strip()
    # the body is unchanged, or loses exactly its first line (the headline)
    assert rest == body or body.split("\n", 1)[1].strip("\n") == rest
    assert rest.strip()


def test_utf16_bom_text_is_decoded(folder):
    read_file(folder, codecs.BOM_UTF16_LE + "Headline\nBody text.".encode("utf-16-le"), ".txt")
