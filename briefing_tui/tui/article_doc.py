"""A report prepared for the article pane: literal safe text, Markdown structure styled.

The body is shown character for character (Markdown markers, HTML and links
stay visible as text), so every stored span [start, end) still points at the
words it names and the pane can highlight and scroll to it. Markdown only adds
styles: headings bold, quotes italic, code dim, emphasis and links marked.

Built off the UI thread (it parses Markdown); the widget only wraps and paints.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from briefing_tui.store.models import Report
from briefing_tui.text_safety import for_terminal, one_line

# Bodies longer than this are cut for display (spans beyond it cannot be shown).
MAX_DISPLAY_CHARS = 1_000_000

# Characters text_safety may drop or expand: anything else is copied as is.
_SUSPECT = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
# Escape sequences are dropped whole, as text_safety does.
_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c)"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x90\x98\x9d\x9e\x9f].*?(?:\x07|\x9c|\x1b\\)",
    re.DOTALL,
)

HEADING = Style(bold=True)
TITLE = Style(bold=True)
HEADING_TOP = Style(bold=True, underline=True)
QUOTE = Style(italic=True)
CODE = Style(dim=True)
META = Style(dim=True)
STRONG = Style(bold=True)
EMPHASIS = Style(italic=True)
LINK = Style(underline=True)

_INLINE = (
    (re.compile(r"\*\*[^*\n]+?\*\*|__[^_\n]+?__"), STRONG),
    (re.compile(r"(?<![*\w])\*[^*\s][^*\n]*?\*(?![*\w])|(?<![_\w])_[^_\s][^_\n]*?_(?![_\w])"), EMPHASIS),
    (re.compile(r"`[^`\n]+`"), CODE),
    (re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"), LINK),
)


def safe_with_map(text: str) -> tuple[str, array | None]:
    """for_terminal(text), plus where each original offset lands (None: unchanged).

    The display text is always exactly for_terminal(text). The map is built unit
    by unit (escape sequences whole); should for_terminal learn to drop something
    else, the map falls back to aligning the two texts, since for_terminal only
    drops characters and widens tabs.
    """
    shown = for_terminal(text)
    if shown == text:
        return text, None
    candidate, mapping = _unit_map(text)
    if candidate == shown:
        return shown, mapping
    return shown, _align(text, shown)


def _unit_map(text: str) -> tuple[str, array]:
    out: list[str] = []
    mapping = array("l", [0]) * (len(text) + 1)
    pos = 0  # in text
    shown = 0  # in output
    n = len(text)
    while pos < n:
        m = _SUSPECT.search(text, pos)
        stop = m.start() if m else n
        if stop > pos:
            chunk = text[pos:stop]
            for i in range(len(chunk)):
                mapping[pos + i] = shown + i
            out.append(chunk)
            shown += len(chunk)
            pos = stop
            continue
        seq = _SEQUENCE.match(text, pos)
        unit = text[pos : seq.end()] if seq else text[pos]
        piece = for_terminal(unit)
        for i in range(len(unit)):
            mapping[pos + i] = shown
        out.append(piece)
        shown += len(piece)
        pos += len(unit)
    mapping[n] = shown
    return "".join(out), mapping


def _align(text: str, shown: str) -> array:
    """Map offsets of text onto shown, where shown is text with characters dropped and tabs widened."""
    mapping = array("l", [0]) * (len(text) + 1)
    j = 0
    for i, ch in enumerate(text):
        mapping[i] = j
        if j < len(shown) and (ch == shown[j] or for_terminal(ch) == shown[j]):
            j += 1  # kept, or replaced one for one (a lone CR becomes a newline)
        elif ch == "\t" and shown.startswith("    ", j):
            j += 4
    mapping[len(text)] = len(shown)
    for i in range(len(text) - 1, -1, -1):  # keep it monotonic and in range
        mapping[i] = min(mapping[i], mapping[i + 1])
    return mapping


class Layout:
    """A doc wrapped to one width: each visual line's offsets and styled text, and the
    strips of its first lines painted without highlights.

    Made by whoever first needs that width: the worker that read the report ahead
    (so a key moving to it only swaps layouts) or the pane itself (a resize)."""

    __slots__ = ("width", "lines", "starts", "texts", "strips", "strip_style")

    def __init__(self, text: Text, width: int) -> None:
        self.width = width
        self.lines = wrap(text.plain, width)
        self.starts = [s for s, _ in self.lines]
        # Cutting a rich Text costs a pass over all of it (text and styles): all the
        # lines are cut in one pass, not one slice per painted line.
        texts = []
        for piece, (start, end) in zip(text.divide(self.starts[1:]) if self.starts else [], self.lines):
            extra = len(piece) - (end - start)  # the newline, or spaces that overhang
            if extra > 0:
                piece.right_crop(extra)
            piece.no_wrap = True
            piece.end = ""
            texts.append(piece)
        self.texts = texts
        self.strips: dict[int, Strip] = {}
        self.strip_style: Style | None = None

    def paint(self, index: int, base: Style, console: Console) -> Strip:
        """Line `index` as the pane paints it with no highlight."""
        if index >= len(self.lines):
            return Strip.blank(self.width, base)
        text = self.texts[index]
        strip = Strip(text.render(console), text.cell_len).apply_style(base)
        return strip.crop_extend(0, self.width, base)

    def paint_ahead(self, lines: int, base: Style, console: Console) -> None:
        """Paint the first `lines` lines now (off the UI thread), for a pane painting
        in `base`: showing the report then paints strips already made."""
        self.strips = {i: self.paint(i, base, console) for i in range(min(lines, len(self.lines)))}
        self.strip_style = base


# Layouts kept per doc: the pane's width now and the one before (a resize back and forth).
LAYOUTS_KEPT = 2


@dataclass
class ArticleDoc:
    """What the article pane paints: styled display text and the way back to body offsets."""

    report_id: int | None
    text: Text
    body_base: int
    body_map: array | None = None
    truncated: bool = False
    body_length: int = 0
    _layouts: dict[int, Layout] = field(default_factory=dict, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def layout(self, width: int) -> Layout:
        """The doc wrapped to `width` (made once per width; a worker may make it first)."""
        width = max(1, width)
        with self._lock:
            found = self._layouts.get(width)
            if found is None:
                found = Layout(self.text, width)
                if len(self._layouts) >= LAYOUTS_KEPT:
                    self._layouts.pop(next(iter(self._layouts)))
                self._layouts[width] = found
            return found

    def display_offset(self, offset: int) -> int:
        """A body offset as an offset into text (clamped to the shown body)."""
        offset = max(0, min(offset, self.body_length))
        if self.body_map is not None:
            offset = self.body_map[offset]
        return self.body_base + min(offset, len(self.text.plain) - self.body_base)

    def display_span(self, start: int, end: int) -> tuple[int, int]:
        return self.display_offset(start), self.display_offset(end)


def message_doc(message: str) -> ArticleDoc:
    """A doc holding a plain message (no report), e.g. 'No report selected'."""
    message = for_terminal(message)  # messages can quote a path or an error's text
    return ArticleDoc(None, Text(message, style=META), len(message))


def build(report: Report) -> ArticleDoc:
    """Safe, styled display text for a report: title, date · source · url, then the body."""
    body = report.body
    truncated = len(body) > MAX_DISPLAY_CHARS
    if truncated:
        body = body[:MAX_DISPLAY_CHARS]
    shown, mapping = safe_with_map(body)
    title = one_line(report.title) or "(untitled)"
    meta = " \u00b7 ".join(
        one_line(x) for x in (report.published or "undated", report.source, report.url) if x
    )
    header = f"{title}\n{meta}\n\n"
    text = Text(header + shown, no_wrap=True, end="")
    text.stylize(TITLE, 0, len(title))
    text.stylize(META, len(title) + 1, len(title) + 1 + len(meta))
    base = len(header)
    _style_markdown(text, shown, base)
    if truncated:
        note = f"\n\n[shown: the first {MAX_DISPLAY_CHARS:,} characters of {len(report.body):,}]"
        text.append(note, style=META)
    return ArticleDoc(report.id, text, base, mapping, truncated, len(body))


def _style_markdown(text: Text, body: str, base: int) -> None:
    """Style Markdown structure in place; the characters themselves never change."""
    try:
        from markdown_it import MarkdownIt

        tokens = MarkdownIt("commonmark").parse(body)
    except Exception:  # a parser failure must never hide the report
        tokens = []
    line_starts = [0]
    for m in re.finditer("\n", body):
        line_starts.append(m.end())
    line_starts.append(len(body) + 1)

    def lines_span(begin: int, end: int) -> tuple[int, int]:
        begin = min(begin, len(line_starts) - 1)
        end = min(end, len(line_starts) - 1)
        return base + line_starts[begin], base + max(line_starts[begin], line_starts[end] - 1)

    code_lines: set[int] = set()
    for tok in tokens:
        if not tok.map:
            continue
        begin, end = tok.map
        if tok.type == "heading_open":
            style = HEADING_TOP if tok.tag in ("h1", "h2") else HEADING
            text.stylize(style, *lines_span(begin, end))
        elif tok.type == "blockquote_open":
            text.stylize(QUOTE, *lines_span(begin, end))
        elif tok.type in ("fence", "code_block", "html_block"):
            text.stylize(CODE, *lines_span(begin, end))
            code_lines.update(range(begin, end))
        elif tok.type == "hr":
            text.stylize(META, *lines_span(begin, end))
    for pattern, style in _INLINE:
        for m in pattern.finditer(body):
            line = bisect_right(line_starts, m.start()) - 1
            if line not in code_lines:
                text.stylize(style, base + m.start(), base + m.end())


_TOKEN = re.compile(r"\S+\s*|\s+")


def wrap(plain: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap by terminal cells: (start, end) offsets of each visual line.

    Newlines end lines; words longer than the width are cut; trailing spaces
    may overhang (they are cropped when painted).
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for para in plain.split("\n"):
        end = pos + len(para)
        if not para:
            lines.append((pos, pos))
        elif para.isascii() and len(para) <= width:
            lines.append((pos, end))
        else:
            _wrap_paragraph(para, pos, width, lines)
        pos = end + 1
    return lines


def _cells(s: str) -> int:
    return len(s) if s.isascii() else cell_len(s)


def _wrap_paragraph(para: str, base: int, width: int, lines: list[tuple[int, int]]) -> None:
    start = 0  # of the current line, in para
    used = 0  # cells on the current line
    for m in _TOKEN.finditer(para):
        word = m.group()
        visible = _cells(word.rstrip())
        if used and used + visible > width:
            lines.append((base + start, base + m.start()))
            start, used = m.start(), 0
        if visible > width:  # cut a long word at the width
            i = m.start()
            stop = m.start() + len(word.rstrip())
            while i < stop:
                cells = 0
                j = i
                while j < stop:
                    w = _cells(para[j])
                    if cells + w > width and j > i:
                        break
                    cells += w
                    j += 1
                if j < stop:
                    lines.append((base + start, base + j))
                    start, used = j, 0
                else:
                    used = cells
                i = j
            used += _cells(word) - visible
        else:
            used += _cells(word)
    lines.append((base + start, base + len(para)))
