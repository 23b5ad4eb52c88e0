"""Readers on real files: encodings, formats, titles, dates and the problems each file can have."""

from __future__ import annotations

import codecs
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from briefing_tui.ingest.readers import (
    MAX_REPORT_CHARS,
    TITLE_MAX,
    Defaults,
    NotAReport,
    ReadError,
    ReadWarning,
    derive_title,
    find_files,
    read_reports,
)
from briefing_tui.records import ReportInput

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = FIXTURES / "seed-report.txt"


def read(path: Path, defaults: Defaults = Defaults()) -> tuple[list[ReportInput], list[ReadError], list[ReadWarning]]:
    items = list(read_reports(path, defaults))
    reports = [i for i in items if isinstance(i, ReportInput)]
    errors = [i for i in items if isinstance(i, ReadError)]
    warnings = [i for i in items if isinstance(i, ReadWarning)]
    assert len(reports) + len(errors) + len(warnings) == len(items)
    return reports, errors, warnings


def one(path: Path, defaults: Defaults = Defaults()) -> ReportInput:
    reports, errors, _ = read(path, defaults)
    assert not errors, errors
    assert len(reports) == 1
    return reports[0]


def error(path: Path) -> str:
    reports, errors, _ = read(path)
    assert not reports and len(errors) == 1, (reports, errors)
    message = str(errors[0])
    assert str(path) in message and "\n" not in message
    return message


# --- titles ----------------------------------------------------------------


def test_seed_report_title_is_its_first_sentence_without_dateline():
    report = one(SEED, Defaults(published="2024-11-02", source="WNAM"))
    assert report.title == (
        "South Korea and Canada have called for the withdrawal of North Korean troops "
        "dispatched to aid Russia in its war against Ukraine"
    )
    assert len(report.title) <= TITLE_MAX
    assert report.body.startswith("WNAM REPORT: South Korea and Canada")  # the body keeps it all
    assert report.body.endswith("scheduled to be held in Canada.")
    assert (report.published, report.source) == ("2024-11-02", "WNAM")


@pytest.mark.parametrize(
    "text, title, body_starts",
    [
        ("Will North Korea test again?\nSeoul said on Monday it expects more.", "Will North Korea test again?", "Seoul said"),
        ("Korea, Canada call for withdrawal\n\nSouth Korea and Canada have called.", "Korea, Canada call for withdrawal", "South Korea"),
        ("# A **bold** heading #\nBody text here.", "A bold heading", "Body text"),
        # hard-wrapped text: the first line is not a headline, and stays in the body
        (
            "South Korea and Canada have called for the withdrawal of North Korean\n"
            "troops dispatched to aid Russia in its war against Ukraine, calling the\n"
            "deployment a grave escalation. The call was made in a joint statement.",
            "South Korea and Canada have called for the withdrawal of North Korean troops dispatched to aid Russia in its war against Ukraine",
            "South Korea and Canada",
        ),
        ("Leaders met in Geneva\nand agreed on a ceasefire. More followed.", "Leaders met in Geneva and agreed on a ceasefire", "Leaders met"),
        # bylines and datelines are not the story; abbreviations do not end a sentence
        (
            "By Jane Doe\nSEOUL, Nov. 2 (Yonhap) -- Gen. Kim met Mr. Cho on Nov. 2 in Seoul. He said more.",
            "Gen. Kim met Mr. Cho on Nov. 2 in Seoul",
            "By Jane Doe",
        ),
        ("WASHINGTON (Reuters) - The U.S. Treasury imposed sanctions on Friday. Officials said more.",
         "The U.S. Treasury imposed sanctions on Friday", "WASHINGTON"),
        ("WNAM REPORT:\nSouth Korea and Canada called for calm. Next.", "South Korea and Canada called for calm", "WNAM REPORT:"),
        ("Only one line with no period", "Only one line with no period", "Only one line"),
    ],
)
def test_title_derivation(text, title, body_starts):
    got_title, body = derive_title(text)
    assert got_title == title
    assert body.startswith(body_starts)


def test_long_titles_are_cut_at_a_word_with_an_ellipsis():
    title, body = derive_title("word " * 3000)
    assert len(title) <= TITLE_MAX and title.endswith("…") and "  " not in title
    title, _ = derive_title("x" * 10_000)
    assert len(title) == TITLE_MAX and title.endswith("…")


# --- formats ----------------------------------------------------------------


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(
        "---\ntitle: 'Talks in Ottawa'\ndate: 2024-11-02\nsource: WNAM\nurl: https://example.org/a\n---\n\n"
        "# Heading stays in the body\n\nThe ministers met.\n",
        encoding="utf-8",
    )
    r = one(path, Defaults(published="2000-01-01", source="CLI"))
    assert (r.title, r.published, r.source, r.url) == ("Talks in Ottawa", "2024-11-02", "WNAM", "https://example.org/a")
    assert r.body == "# Heading stays in the body\n\nThe ministers met."


def test_markdown_heading_is_the_title_when_front_matter_has_none(tmp_path):
    path = tmp_path / "r.md"
    path.write_text("---\ndate: 2024-11-02\n---\n# Talks in *Ottawa*\n\nThe ministers met.\n", encoding="utf-8")
    r = one(path, Defaults(source="CLI"))
    assert (r.title, r.body, r.source) == ("Talks in Ottawa", "The ministers met.", "CLI")


def test_markdown_without_any_title_warns_and_uses_the_first_sentence(tmp_path):
    path = tmp_path / "r.md"
    path.write_text("The ministers met in Ottawa. They agreed.\n", encoding="utf-8")
    reports, errors, warnings = read(path)
    assert reports[0].title == "The ministers met in Ottawa" and not errors
    assert len(warnings) == 1 and "no title" in str(warnings[0]) and str(path) in str(warnings[0])


def test_json_object_list_and_jsonl(tmp_path):
    obj = {"title": "T", "body": "B body.", "date": "2024-11-02T10:00:00Z", "source": "S", "url": "u"}
    (tmp_path / "one.json").write_text(json.dumps(obj))
    r = one(tmp_path / "one.json")
    assert (r.title, r.body, r.published, r.source, r.url) == ("T", "B body.", "2024-11-02", "S", "u")
    (tmp_path / "list.json").write_text(json.dumps([obj, {"text": "Second one."}, 5]))
    reports, errors, warnings = read(tmp_path / "list.json")
    assert [r.title for r in reports] == ["T", "Second one"]
    assert len(errors) == 1 and "item 3" in str(errors[0])
    lines = [json.dumps(obj), "", "{not json", json.dumps({"title": "no body"}), json.dumps({"text": "Fine.", "headline": "H"})]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n")
    reports, errors, _ = read(tmp_path / "r.jsonl")
    assert [r.title for r in reports] == ["T", "H"]
    assert [r.path for r in reports] == [f"{tmp_path / 'r.jsonl'}:1", f"{tmp_path / 'r.jsonl'}:5"]
    assert [str(e).split(": ", 1)[0] for e in errors] == [f"{tmp_path / 'r.jsonl'}:3", f"{tmp_path / 'r.jsonl'}:4"]
    assert "malformed JSON" in str(errors[0]) and "no body" in str(errors[1])


def test_jsonl_line_numbers_count_only_newlines(tmp_path):
    """U+2028 and form feeds are legal inside JSON strings: they must not shift line numbers."""
    lines = [json.dumps({"body": "a\u2028b\x0c c"}, ensure_ascii=False), "{broken"]
    (tmp_path / "r.jsonl").write_text("\n".join(lines), encoding="utf-8")
    reports, errors, _ = read(tmp_path / "r.jsonl")
    assert reports[0].body == "a\nb\n c"
    assert str(errors[0]).startswith(f"{tmp_path / 'r.jsonl'}:2:")


def test_json_index_file_is_not_a_report(tmp_path):
    (tmp_path / "index.json").write_text(json.dumps({"targets": [1, 2]}))
    _, errors, _ = read(tmp_path / "index.json")
    assert isinstance(errors[0], NotAReport)


# --- encodings ----------------------------------------------------------------

TEXT = "Talks in Zürich\nThe ministers’ statement — “a grave escalation” — was adopted in Köln."


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),  # with BOM, native order
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: t.encode("utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16be-bom", "utf16le-bom", "utf32"],
)
def test_unicode_encodings(tmp_path, encode):
    path = tmp_path / "r.txt"
    path.write_bytes(encode(TEXT))
    reports, errors, warnings = read(path)
    assert not errors and not warnings
    assert reports[0].title == "Talks in Zürich"
    assert reports[0].body == TEXT.split("\n", 1)[1]


def test_windows_1252_and_latin1_are_decoded_with_a_warning(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("Talks in Zürich\nThe “statement” was adopted in Köln.".encode("cp1252"))
    reports, errors, warnings = read(path)
    assert reports[0].body == "The “statement” was adopted in Köln."
    assert len(warnings) == 1 and "not valid UTF-8" in str(warnings[0])
    path.write_bytes("Señor Müller met in Zürich. Ça va.".encode("latin-1"))
    assert one(path).body == "Señor Müller met in Zürich. Ça va."


def test_mostly_utf8_with_one_stray_latin1_byte_keeps_the_utf8(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("“Quoted” in UTF-8, ".encode() + "café".encode("latin-1") + " here.".encode())
    assert one(path).body == "“Quoted” in UTF-8, café here."


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty file"),
        (b"  \n\t\r\n ", "empty file"),
        (codecs.BOM_UTF8, "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (bytes(range(1, 32)) * 40, "binary"),  # control bytes, no NUL
        (codecs.BOM_UTF16_LE + "odd".encode("utf-16-le") + b"\x00", "invalid UTF-16"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "invalid UTF-16"),  # a lone surrogate
        ("some plain text".encode("utf-16-le"), "UTF-16 without a byte order mark"),
        (b"\x00" * 100 + b"text", "binary"),
    ],
    ids=["empty", "whitespace", "bom-only", "png", "controls", "utf16-odd", "utf16-surrogate", "utf16-no-bom", "nuls"],
)
def test_undecodable_files_are_reported(tmp_path, data, words):
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    assert words in error(path)


def test_a_few_stray_nul_bytes_are_dropped_with_a_warning(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(b"Headline\nText with a stray\x00 NUL.")
    reports, errors, warnings = read(path)
    assert reports[0].body == "Text with a stray NUL." and not errors
    assert "1 NUL byte removed" in str(warnings[0])


def test_size_limits(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 << 20)  # 50 MB, never read
    assert "too large (50.0 MB" in error(big)
    long_report = tmp_path / "long.md"
    long_report.write_text("word " * (MAX_REPORT_CHARS // 5 + 10))
    assert "report too long" in error(long_report)


# --- front matter and dates -----------------------------------------------------


@pytest.mark.parametrize(
    "head, words",
    [
        ("---\ntitle: [unclosed\n---\n", "malformed front matter"),
        ("---\ntitle: 'x'\ndate: 2024-02-30\n---\n", "malformed front matter"),  # YAML's own date type
        ("---\n- a list\n- not keys\n---\n", "not a list of 'key: value' lines"),
        ("---\ntitle: never closed\n\n", "never closed"),
        ("---\ndate: next Tuesday\n---\n", "unparseable date"),
        ("---\ndate: 2999-01-01\n---\n", "in the future"),
        ("---\ndate: [2024]\n---\n", "not a date"),
        ("---\ntitle: only front matter\n---\n\n   \n", "no body"),
    ],
)
def test_bad_front_matter(tmp_path, head, words):
    path = tmp_path / "r.md"
    path.write_text(head + "The ministers met.\n" if "no body" not in words else head)
    assert words in error(path)


def test_dates(tmp_path):
    path = tmp_path / "r.json"
    for value, want in [
        ("2024-11-02", "2024-11-02"),
        ("2024/11/02", "2024-11-02"),
        ("2 November 2024", "2024-11-02"),
        ("November 2, 2024", "2024-11-02"),
        ("2024-11-02T23:30:00-05:00", "2024-11-02"),  # the report's own local date
        ((date.today() + timedelta(days=1)).isoformat(), (date.today() + timedelta(days=1)).isoformat()),
        (None, None),
    ]:
        path.write_text(json.dumps({"title": "t", "body": "b.", "date": value}))
        assert one(path).published == want, value
    path.write_text(json.dumps({"title": "t", "body": "b.", "date": (date.today() + timedelta(days=3)).isoformat()}))
    assert "in the future" in error(path)


# --- finding files ----------------------------------------------------------------


def test_find_files_recursive_sorted_skipping_hidden_and_other_types(tmp_path):
    for name in ["b/z.md", "b/a.txt", "a.jsonl", "c.json", "notes.pdf", ".hidden.md", ".git/x.md", "d/E.MD"]:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path)  # a folder symlink loop is not followed
    found = [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path]) if isinstance(p, Path)]
    assert found == ["a.jsonl", "c.json", "b/a.txt", "b/z.md", "d/E.MD"]
    problems = [str(e) for e in find_files([tmp_path / "notes.pdf", tmp_path / "missing.md"])]
    assert "unsupported file type" in problems[0] and "no such file" in problems[1]
