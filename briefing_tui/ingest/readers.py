"""Reading report files (.md, .txt, .json, .jsonl) into ReportInput records.

Files come from many hands: every problem a file can have becomes a ReadError
naming the file (and line) in one sentence, never a traceback, and every field
is cleaned of control and invisible characters before anything else sees it.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from briefing_tui.records import ReportInput
from briefing_tui.text_safety import clean_report_text

EXTENSIONS = (".md", ".markdown", ".txt", ".json", ".jsonl")
# spaCy's own default nlp.max_length; a 500-word article is about 3,000 characters.
MAX_REPORT_CHARS = 1_000_000
# Files read whole (one report each, or one JSON document); .jsonl is streamed by line.
MAX_FILE_BYTES = {".md": 8 << 20, ".markdown": 8 << 20, ".txt": 8 << 20, ".json": 64 << 20}
MAX_LINE_BYTES = 8 << 20
# A report may be dated up to a day ahead (time zones); later is a mistake in the file.
FUTURE_SLACK = timedelta(days=1)
TITLE_MAX = 140
# A .jsonl file whose first lines are all bad is not JSONL: stop rather than print thousands.
JSONL_GIVE_UP = 20


class ReadError(Exception):
    """A file (or one line of it) that cannot become a report; str() is one line."""


class NotAReport(ReadError):
    """A data file that is not a report (e.g. a .json index found in a folder)."""


@dataclass(frozen=True)
class ReadWarning:
    """Something odd about a file that was still read (str() is one line)."""

    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Defaults:
    """What the command line supplies for reports that do not say."""

    published: str | None = None
    source: str | None = None


Item = ReportInput | ReadError | ReadWarning


# ---------------------------------------------------------------------------
# Finding files


def find_files(paths: list[Path]) -> Iterator[Path | ReadError]:
    """Report files under the given paths, recursively, streamed in a stable order.

    Hidden files and folders are skipped inside folders; symbolic links to
    folders are not followed (no loops); a file named explicitly is always read.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            if path.suffix.lower() in EXTENSIONS:
                yield path
            else:
                yield ReadError(f"{path}: unsupported file type (use {', '.join(EXTENSIONS)})")
        elif path.exists():
            yield ReadError(f"{path}: not a regular file")
        elif path.is_symlink():
            yield ReadError(f"{path}: broken symbolic link")
        else:
            yield ReadError(f"{path}: no such file or folder")


def _walk(root: Path) -> Iterator[Path | ReadError]:
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        while errors:
            exc = errors.pop()
            yield ReadError(f"{exc.filename}: cannot list folder ({exc.strerror})")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            child = Path(folder) / name
            if not name.startswith(".") and child.suffix.lower() in EXTENSIONS and child.is_file():
                yield child
    while errors:
        exc = errors.pop()
        yield ReadError(f"{exc.filename}: cannot list folder ({exc.strerror})")


# ---------------------------------------------------------------------------
# Reading one file


def read_reports(
    path: Path,
    defaults: Defaults = Defaults(),
    progress: Callable[[int], None] | None = None,
) -> Iterator[Item]:
    """Every report in one file, with warnings; a bad line in a .jsonl file does not stop the others.

    `progress` is called with the number of bytes of the file read so far.
    Nothing but ReadError and ReadWarning values come out for a bad file.
    """
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, defaults, progress)
            return
        text, notes = decode(path, MAX_FILE_BYTES.get(suffix, MAX_FILE_BYTES[".txt"]))
        yield from notes
        if suffix == ".json":
            yield from _read_json(path, text, defaults)
        elif suffix in (".md", ".markdown"):
            yield from _read_markdown(path, text, defaults)
        else:
            yield from _read_text(path, text, defaults)
    except ReadError as exc:
        yield exc
    except RecursionError:
        yield ReadError(f"{path}: nested too deeply to read")
    finally:
        if progress:
            try:
                progress(path.stat().st_size)
            except OSError:
                pass


# ---------------------------------------------------------------------------
# Bytes to text


def _cp1252_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8 are read as Windows-1252 (Latin-1 where it has a gap)."""
    bad = exc.object[exc.start : exc.end]
    return "".join(_cp1252_byte(b) for b in bad), exc.end


def _cp1252_byte(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([b]).decode("latin-1")


codecs.register_error("briefing-cp1252", _cp1252_fallback)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def decode(path: Path, limit: int = MAX_FILE_BYTES[".txt"]) -> tuple[str, list[ReadWarning]]:
    """Bytes to text: UTF-8 (BOM or not), UTF-16/32 with a BOM, else Windows-1252/Latin-1.

    What cannot be text (NUL bytes without a UTF-16 BOM, mostly control bytes,
    invalid UTF-16) is a ReadError; a file read only thanks to the Latin-1
    fallback gets a warning, since its non-ASCII letters may be wrong.
    """
    try:
        size = path.stat().st_size
        if size > limit:
            raise ReadError(
                f"{path}: too large ({size / (1 << 20):.1f} MB; a {path.suffix.lower()} file may be at "
                f"most {limit >> 20} MB{'; use .jsonl for large collections' if path.suffix.lower() == '.json' else ''})"
            )
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_bytes(data, str(path))


def decode_bytes(data: bytes, where: str) -> tuple[str, list[ReadWarning]]:
    notes: list[ReadWarning] = []
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            if encoding != "utf-8-sig":
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError as exc:
                    raise ReadError(f"{where}: cannot decode: invalid {name} at byte {exc.start}") from None
                return _check_text(text, where, strict=True), notes
            data = data[len(bom) :]
            break
    nuls = data.count(b"\x00")
    if nuls:
        if nuls > max(8, len(data) // 200):
            odd, even = data[1::2].count(0), data[0::2].count(0)
            if max(odd, even) > len(data) // 3 and min(odd, even) < len(data) // 20:
                raise ReadError(f"{where}: looks like UTF-16 without a byte order mark; save it as UTF-8")
            raise ReadError(f"{where}: binary file (NUL bytes), not text")
        # a few stray NULs in text (a damaged copy, a hostile report): drop them, say so
        data = data.replace(b"\x00", b"")
        notes.append(ReadWarning(f"{where}: {nuls} NUL byte{'s' * (nuls > 1)} removed"))
    try:
        text = data.decode("utf-8")
        strict = True
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="briefing-cp1252")
        strict = False
        notes.append(
            ReadWarning(f"{where}: not valid UTF-8 (first bad byte at {exc.start}); read as Windows-1252/Latin-1")
        )
    return _check_text(text, where, strict), notes


_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def _check_text(text: str, where: str, strict: bool) -> str:
    if not text.strip(" \t\r\n\ufeff"):
        raise ReadError(f"{where}: empty file")
    # Valid UTF-8 is strong evidence of text (hostile text may be full of controls);
    # bytes that needed the fallback and are full of controls are binary.
    controls = len(_BINARY_CONTROL.findall(text))
    if controls > 8 and controls > len(text) * (0.30 if strict else 0.05):
        raise ReadError(f"{where}: binary file, not text (cannot decode as UTF-8, UTF-16 or Latin-1)")
    return text


# ---------------------------------------------------------------------------
# JSON and JSONL


def _load_json(where: str, text: str, line: int | None = None):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if line else f"line {exc.lineno}, column {exc.colno}"
        raise ReadError(f"{where}: malformed JSON at {at}: {exc.msg}") from None
    except RecursionError:
        raise ReadError(f"{where}: malformed JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python allows
        raise ReadError(f"{where}: malformed JSON: {str(exc).splitlines()[0][:80]}") from None


def _read_json(path: Path, text: str, defaults: Defaults) -> Iterator[Item]:
    data = _load_json(str(path), text)
    if isinstance(data, list):
        if not data:
            raise ReadError(f"{path}: empty JSON list, no reports")
        for number, item in enumerate(data, start=1):
            try:
                yield from _from_object(path, item, defaults, item=number)
            except ReadError as exc:
                yield exc
    elif isinstance(data, dict) and not _looks_like_report(data):
        raise NotAReport(f"{path}: JSON object without body or text field, not a report")
    else:
        yield from _from_object(path, data, defaults)


def _read_jsonl(path: Path, defaults: Defaults, progress: Callable[[int], None] | None) -> Iterator[Item]:
    """Line by line, so a file of any size streams; line numbers count '\\n' only."""
    try:
        f = path.open("rb")
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with f:
        head = f.read(4)
        f.seek(0)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # UTF-16 cannot be split on b"\n": decode whole (bounded), then split.
            size = path.stat().st_size
            if size > MAX_FILE_BYTES[".json"]:
                raise ReadError(f"{path}: too large for a UTF-16 file ({size >> 20} MB); convert it to UTF-8")
            text, _ = decode_bytes(f.read(), str(path))
            lines = ((n, line, None) for n, line in enumerate(text.split("\n"), start=1))
        else:
            lines = _binary_lines(path, f)
        good = bad = 0
        done = 0
        for number, line, raw_len in lines:
            if raw_len is not None:
                done += raw_len
                if progress:
                    progress(done)
            if isinstance(line, ReadError):
                item: Item = line
            elif not line.strip():
                continue
            else:
                try:
                    obj = _load_json(f"{path}:{number}", line, number)
                    items = list(_from_object(path, obj, defaults, line=number))
                except ReadError as exc:
                    item = exc
                else:
                    good += 1
                    yield from items
                    continue
            bad += 1
            yield item
            if bad >= JSONL_GIVE_UP and not good:
                raise ReadError(f"{path}: stopped after {bad} bad lines and no good one; is it JSONL?")
        if not good and not bad:
            raise ReadError(f"{path}: empty file, no reports")


def _binary_lines(path: Path, f) -> Iterator[tuple[int, str | ReadError, int]]:
    for number, raw in enumerate(f, start=1):
        size = len(raw)
        where = f"{path}:{number}"
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if size > MAX_LINE_BYTES:
            yield number, ReadError(f"{where}: line too long ({size / (1 << 20):.1f} MB; the limit is {MAX_LINE_BYTES >> 20} MB)"), size
            continue
        if b"\x00" in raw:
            yield number, ReadError(f"{where}: binary data (NUL bytes) in line"), size
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="briefing-cp1252")
        yield number, text, size


def _looks_like_report(obj: dict) -> bool:
    return any(key in obj for key in ("body", "text", "content", "title", "headline"))


def _from_object(
    path: Path, obj, defaults: Defaults, line: int | None = None, item: int | None = None
) -> Iterator[Item]:
    where = f"{path}:{line}" if line else (f"{path} item {item}" if item else str(path))
    if not isinstance(obj, dict):
        raise ReadError(f"{where}: expected a JSON object with title and body, got {_json_type(obj)}")
    raw_body = next((obj[k] for k in ("body", "text", "content") if obj.get(k) is not None), None)
    if raw_body is None:
        raise ReadError(f"{where}: no body (give a 'body' or 'text' field)")
    if not isinstance(raw_body, str):
        raise ReadError(f"{where}: body is {_json_type(raw_body)}, not text")
    body = _normal_body(raw_body, where)
    title = _scalar(obj.get("title", obj.get("headline")))
    notes: list[ReadWarning] = []
    if title:
        title = _clean_title(title)
    else:
        title = derive_title(body)[0]
        notes.append(ReadWarning(f"{where}: no title; using the first sentence"))
    report = ReportInput(
        title=title,
        body=body,
        published=_date(obj.get("date", obj.get("published")), where) or defaults.published,
        source=_scalar(obj.get("source")) or defaults.source,
        url=_scalar(obj.get("url", obj.get("link"))),
        path=_path_text(path) + (f":{line}" if line else (f"#{item}" if item else "")),
    )
    yield from notes
    yield report


def _json_type(value) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "a number"
    )


def _scalar(value) -> str | None:
    """A one-line text field (title, source, url) from whatever a file holds."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = " ".join(clean_report_text(str(value)).split())
    return text or None


# ---------------------------------------------------------------------------
# Markdown and plain text


_MARKDOWN = MarkdownIt("commonmark").use(front_matter_plugin)
_SETEXT = re.compile(r"\s*([^\n]+)\n(?:=+|-+)[ \t]*(?:\n|$)")
_ATX = re.compile(r"\s*#{1,6}[ \t]+([^\n]+)(?:\n|$)")


def _read_markdown(path: Path, text: str, defaults: Defaults) -> Iterator[Item]:
    text = clean_report_text(text)
    meta: dict = {}
    lines = text.split("\n")
    tokens = _MARKDOWN.parse(text)
    if tokens and tokens[0].type == "front_matter":
        meta = _front_matter(path, tokens[0].content)
        lines = lines[tokens[0].map[1] :]
    elif re.match(r"-{3,}[ \t]*\n[ \t]*[A-Za-z_][\w -]*:", text):
        raise ReadError(f"{path}: front matter opened with '---' is never closed")
    body = "\n".join(lines)
    title = _scalar(meta.get("title"))
    if not title:
        heading = _ATX.match(body) or _SETEXT.match(body)
        if heading:
            title = _inline_text(heading.group(1))
            body = body[heading.end() :]
    body = _normal_body(body, str(path))
    notes = []
    if title:
        title = _clean_title(title)
    else:
        title = derive_title(body)[0]
        notes.append(ReadWarning(f"{path}: no title (front matter or heading); using the first sentence"))
    report = ReportInput(
        title=title,
        body=body,
        published=_date(meta.get("date", meta.get("published")), str(path)) or defaults.published,
        source=_scalar(meta.get("source")) or defaults.source,
        url=_scalar(meta.get("url", meta.get("link"))),
        path=_path_text(path),
    )
    yield from notes
    yield report


def _front_matter(path: Path, content: str) -> dict:
    if not content.strip():
        return {}
    try:
        loaded = yaml.safe_load(content)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 2}" if mark else ""
        problem = getattr(exc, "problem", None) or "not YAML"
        raise ReadError(f"{path}: malformed front matter{at}: {problem}") from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. date: 2024-02-30
        raise ReadError(f"{path}: malformed front matter: {str(exc).splitlines()[0][:80]}") from None
    except RecursionError:
        raise ReadError(f"{path}: malformed front matter: nested too deeply") from None
    except Exception as exc:  # YAML is a large parser of untrusted text: no traceback, ever
        raise ReadError(f"{path}: malformed front matter ({type(exc).__name__})") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ReadError(f"{path}: front matter is not a list of 'key: value' lines")
    return {str(k).strip().lower(): v for k, v in loaded.items()}


def _inline_text(markdown: str) -> str:
    """A heading's words without its Markdown: `**Big** [news](u) #` -> `Big news`."""
    markdown = re.sub(r"[ \t]+#+[ \t]*$", "", markdown)  # ATX closing sequence
    tokens = _MARKDOWN.parseInline(markdown)
    if not tokens or not tokens[0].children:
        return markdown
    return "".join(t.content for t in tokens[0].children if t.type in ("text", "code_inline", "softbreak"))


def _read_text(path: Path, text: str, defaults: Defaults) -> Iterator[Item]:
    body = _normal_body(text, str(path))
    title, body = derive_title(body)
    yield ReportInput(
        title=title,
        body=body,
        published=defaults.published,
        source=defaults.source,
        path=_path_text(path),
    )


def _path_text(path: Path) -> str:
    """Where a report came from, as stored: file names are untrusted text too (and may not be UTF-8)."""
    return clean_report_text(str(path))


def _normal_body(text: str, where: str) -> str:
    body = clean_report_text(text).strip("\n").rstrip()
    if not body.strip():
        raise ReadError(f"{where}: no body text")
    if len(body) > MAX_REPORT_CHARS:
        raise ReadError(
            f"{where}: report too long ({len(body):,} characters; the limit is {MAX_REPORT_CHARS:,})"
        )
    return body


# ---------------------------------------------------------------------------
# Titles


def _clean_title(title: str) -> str:
    return _shorten(" ".join(clean_report_text(str(title)).split()))


def _shorten(title: str) -> str:
    """At most TITLE_MAX characters: cut at a clause break if one is late enough, else a word."""
    if len(title) <= TITLE_MAX:
        return title
    head = title[: TITLE_MAX + 1]
    breaks = [m.start() for m in re.finditer(r"[,;:] | [—–-] ", head) if m.start() >= TITLE_MAX // 2]
    if breaks:
        return head[: breaks[-1]].rstrip()
    cut = head[:TITLE_MAX].rsplit(" ", 1)[0] if " " in head[: TITLE_MAX] else head[: TITLE_MAX - 1]
    return cut[: TITLE_MAX - 1].rstrip(" ,;:") + "…"


# A period ends a sentence unless it ends one of these (or an initial such as U. or J.).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt gov sen rep rev st jr sr no nos vs etc "
    "inc corp co ltd dept est approx jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# "WNAM REPORT: ", "SEOUL, Nov. 2 (Yonhap) -- ", "WASHINGTON (Reuters) - "
_DATELINE = re.compile(
    r"^[A-Z][A-Z0-9 .&'/-]{1,40}(?:,[^()\n:]{1,30})?(?:\s*\([^)\n]{1,40}\))?\s*(?::|--|-|—|–)\s+"
)
_BYLINE = re.compile(r"^(?:by|from)\s+\S", re.I)
_TRAILING_QUOTES = "\"'”’)]"


def derive_title(body: str) -> tuple[str, str]:
    """(title, body) for text with no title field.

    A first line that stands alone as a headline is the title and leaves the
    body; otherwise the title is the first sentence (dateline dropped, cut to
    TITLE_MAX) and the body is unchanged.
    """
    lines = body.strip("\n").split("\n")
    first = lines[0].strip()
    rest = "\n".join(lines[1:])
    if rest.strip() and _is_headline(first, lines[1:]):
        if first.startswith("#"):
            first = _inline_text(re.sub(r"^#{1,6}\s*", "", first)) or first
        return _clean_title(first), rest.strip("\n")
    paragraph = []
    for line in lines:
        if not line.strip():
            if paragraph:
                break
            continue
        if not paragraph and _BYLINE.match(line.strip()) and len(line.split()) <= 6 and len(lines) > 1:
            continue  # a byline is not the story
        paragraph.append(line.strip())
    text = " ".join(paragraph) or first
    text = _DATELINE.sub("", text, count=1) or text
    title = _first_sentence(text).rstrip()
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    return _clean_title(title or first) or "untitled", body


def _first_sentence(text: str) -> str:
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == ".":
            word = re.search(r"([A-Za-z]+)$", text[: m.start()])
            if word and (len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS):
                continue
        return text[: m.end()]
    return text


def _is_headline(line: str, following: list[str]) -> bool:
    """A short line standing alone: no sentence punctuation, not continued on the next line."""
    if not line or len(line) > TITLE_MAX or len(line.split()) > 20:
        return False
    if line.startswith("#"):
        return bool(line.strip("# \t"))
    if line.rstrip(_TRAILING_QUOTES).endswith((".", ",", ";", ":", "-", "—", "–", "…")):
        return False
    if _BYLINE.match(line) and len(line.split()) <= 6:
        return False
    nxt = following[0] if following else ""
    if not nxt.strip():
        return True  # a blank line after it
    if nxt.lstrip()[:1].islower():
        return False  # a hard-wrapped sentence continues
    # Hard-wrapped text: lines of similar width with no blank line after the first.
    widths = [len(x) for x in following[:8] if x.strip()]
    if len(widths) >= 2 and max(widths) <= 100 and len(line) >= 0.8 * max(widths):
        return False
    return True


# ---------------------------------------------------------------------------
# Dates

_DATE_FORMATS = (
    "%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y",
)


def _date(value, where: str) -> str | None:
    """A report date as ISO YYYY-MM-DD; None when absent; ReadError when unparseable or future."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, (dict, list, bool)):
        raise ReadError(f"{where}: date is not a date (use YYYY-MM-DD)")
    else:
        day = _parse_date(" ".join(clean_report_text(str(value)).split()), where)
    latest = date.today() + FUTURE_SLACK
    if day > latest:
        raise ReadError(
            f"{where}: date {day.isoformat()} is in the future (today is {date.today().isoformat()}); "
            "fix the date in the file"
        )
    return day.isoformat()


def _parse_date(text: str, where: str) -> date:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ReadError(f"{where}: unparseable date {text[:40]!r} (use YYYY-MM-DD)") from None
