"""Reading report files (.md, .txt, .json, .jsonl) into ReportInput records.

Files come from many hands: every problem a file can have becomes a ReadError
naming the file (and line) in one sentence, never a traceback.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from briefing_tui.records import ReportInput
from briefing_tui.text_safety import clean_report_text

EXTENSIONS = (".md", ".markdown", ".txt", ".json", ".jsonl")
MAX_BYTES = 64 * 1024 * 1024
TITLE_MAX = 140


class ReadError(Exception):
    """A file (or one line of it) that cannot become a report; str() is one line."""


class NotAReport(ReadError):
    """A data file that is not a report (e.g. a .json index found in a folder)."""


@dataclass(frozen=True)
class Defaults:
    """What the command line supplies for reports that do not say."""

    published: str | None = None
    source: str | None = None


def find_files(paths: list[Path]) -> Iterator[Path | ReadError]:
    """Report files under the given paths, recursively, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in EXTENSIONS and not _hidden(child, path):
                    yield child
        elif path.is_file():
            if path.suffix.lower() in EXTENSIONS:
                yield path
            else:
                yield ReadError(f"{path}: unsupported file type (use {', '.join(EXTENSIONS)})")
        elif path.exists():
            yield ReadError(f"{path}: not a regular file")
        else:
            yield ReadError(f"{path}: no such file or folder")


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)


def read_reports(path: Path, defaults: Defaults = Defaults()) -> Iterator[ReportInput | ReadError]:
    """Every report in one file; a bad line in a .jsonl file does not stop the others."""
    try:
        text = decode(path)
    except ReadError as exc:
        yield exc
        return
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, text, defaults)
        elif suffix == ".json":
            data = _load_json(path, text)
            if isinstance(data, list):
                for number, item in enumerate(data, start=1):
                    try:
                        yield _from_object(path, item, defaults, item=number)
                    except ReadError as exc:
                        yield exc
            elif isinstance(data, dict) and not _looks_like_report(data):
                raise NotAReport(f"{path}: JSON object without body or text field, not a report")
            else:
                yield _from_object(path, data, defaults)
        elif suffix in (".md", ".markdown"):
            yield _read_markdown(path, text, defaults)
        else:
            yield _read_text(path, text, defaults)
    except ReadError as exc:
        yield exc


def decode(path: Path) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16/32 with a BOM, else Windows-1252/Latin-1."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise ReadError(f"{path}: empty file")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(f"{path}: invalid {encoding} at byte {exc.start}") from None
    if b"\x00" in data:
        raise ReadError(f"{path}: binary file (NUL bytes), not a report")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd"):
        text = data.decode("latin-1")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise ReadError(f"{path}: binary file (not UTF-8, UTF-16 or Latin-1 text)")
    return text


def _load_json(path: Path, text: str, line: int | None = None):
    where = f"{path}:{line}" if line else str(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno + (line or 1) - 1}, column {exc.colno}" if not line else f"column {exc.colno}"
        raise ReadError(f"{where}: malformed JSON at {at}: {exc.msg}") from None


def _read_jsonl(path: Path, text: str, defaults: Defaults) -> Iterator[ReportInput | ReadError]:
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        try:
            yield _from_object(path, _load_json(path, line, number), defaults, line=number)
        except ReadError as exc:
            yield exc
    if not found:
        yield ReadError(f"{path}: no reports in file")


def _looks_like_report(obj: dict) -> bool:
    return any(key in obj for key in ("body", "text", "content", "title", "headline"))


def _from_object(
    path: Path, obj, defaults: Defaults, line: int | None = None, item: int | None = None
) -> ReportInput:
    where = f"{path}:{line}" if line else (f"{path} item {item}" if item else str(path))
    if not isinstance(obj, dict):
        raise ReadError(f"{where}: expected a JSON object with title and body, got {type(obj).__name__}")
    body = _first_str(obj, "body", "text", "content")
    if body is None or not body.strip():
        raise ReadError(f"{where}: no body (give a 'body' or 'text' field)")
    body = _normal_body(body)
    title = _first_str(obj, "title", "headline")
    title = _clean_title(title) if title and title.strip() else derive_title(body)[0]
    return ReportInput(
        title=title,
        body=body,
        published=_date(obj.get("date", obj.get("published")), where) or defaults.published,
        source=_first_str(obj, "source") or defaults.source,
        url=_first_str(obj, "url", "link"),
        path=str(path) + (f":{line}" if line else (f"#{item}" if item else "")),
    )


def _first_str(obj: dict, *keys: str) -> str | None:
    for key in keys:
        value = obj.get(key)
        if value is not None and not isinstance(value, (dict, list)):
            return str(value)
    return None


_MARKDOWN = MarkdownIt("commonmark").use(front_matter_plugin)


def _read_markdown(path: Path, text: str, defaults: Defaults) -> ReportInput:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict = {}
    lines = text.split("\n")
    tokens = _MARKDOWN.parse(text)
    if tokens and tokens[0].type == "front_matter":
        try:
            loaded = yaml.safe_load(tokens[0].content) if tokens[0].content.strip() else {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            at = f" at line {mark.line + 2}" if mark else ""
            raise ReadError(f"{path}: malformed front matter{at}") from None
        if not isinstance(loaded, dict):
            raise ReadError(f"{path}: front matter is not a list of 'key: value' lines")
        meta = {str(k).lower(): v for k, v in loaded.items()}
        lines = lines[tokens[0].map[1] :]
    elif text.startswith("---\n"):
        raise ReadError(f"{path}: front matter opened with '---' is never closed")
    body = "\n".join(lines)
    title = meta.get("title")
    if not (isinstance(title, str) and title.strip()):
        title = None
        heading = re.match(r"\s*#\s+(.+)\n?", body)
        if heading:
            title = heading.group(1)
            body = body[heading.end() :]
    body = _normal_body(body)
    if not body.strip():
        raise ReadError(f"{path}: no body text")
    title = _clean_title(title) if title else derive_title(body)[0]
    return ReportInput(
        title=title,
        body=body,
        published=_date(meta.get("date", meta.get("published")), str(path)) or defaults.published,
        source=_scalar(meta.get("source")) or defaults.source,
        url=_scalar(meta.get("url")),
        path=str(path),
    )


def _scalar(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def _read_text(path: Path, text: str, defaults: Defaults) -> ReportInput:
    body = _normal_body(text)
    if not body.strip():
        raise ReadError(f"{path}: no body text")
    title, body = derive_title(body)
    return ReportInput(
        title=title,
        body=body,
        published=defaults.published,
        source=defaults.source,
        path=str(path),
    )


def _normal_body(text: str) -> str:
    return clean_report_text(text).strip("\n").rstrip()


def _clean_title(title: str) -> str:
    title = " ".join(clean_report_text(str(title)).split())
    if len(title) > TITLE_MAX:
        title = title[: TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"
    return title


_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][”’\"')]*(?=\s+[“\"'‘(]?[A-Z0-9])")
_DATELINE = re.compile(r"^[A-Z][A-Z0-9 .&'-]{1,40}(?:\([^)]{1,40}\))?\s*(?::|—|–|--)\s+")


def derive_title(body: str) -> tuple[str, str]:
    """(title, body): a short first line standing alone is a headline and leaves the body;
    otherwise the title is the report's first sentence and the body keeps it."""
    first, _, rest = body.partition("\n")
    first = first.strip()
    if rest.strip() and _is_headline(first):
        return _clean_title(first), rest.strip("\n")
    sentence = first
    m = _SENTENCE_END.search(first)
    if m:
        sentence = first[: m.end()]
    sentence = _DATELINE.sub("", sentence).rstrip(".")
    return _clean_title(sentence or first), body


def _is_headline(line: str) -> bool:
    if not line or len(line) > TITLE_MAX:
        return False
    if line.startswith("#"):
        return True
    return not line.rstrip("”’\"')").endswith((".", ",", ";", ":")) and len(line.split()) <= 20


def _date(value, where: str) -> str | None:
    """A report date as ISO YYYY-MM-DD; None when absent; ReadError when unparseable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise ReadError(f"{where}: unparseable date {text[:40]!r} (use YYYY-MM-DD)") from None
