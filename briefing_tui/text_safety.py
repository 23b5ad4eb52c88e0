"""Report text is untrusted: keep control sequences out of storage and off the terminal.

`clean_report_text` runs at ingest, before any offsets are computed, so stored
spans index the cleaned body, and search cannot be dodged by invisible
characters inside a name. `for_terminal` and `one_line` run on everything the
CLI prints, as a second line of defence for databases written by other tools;
`mask_for_terminal` does the same without changing the length, for text whose
character offsets matter (highlighting spans in the article).

Rich markup such as `[bold]` is ordinary text here: it is harmless in storage
and in plain output, and the display code must never interpret it.
"""

from __future__ import annotations

import json
import re
import unicodedata

# Line breaks other than \n that should stay line breaks: VT, FF, NEL, LS, PS.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# An escape sequence is removed whole, not just its ESC byte. String payloads
# (OSC, DCS, SOS, PM, APC) end at BEL or ST and never span a line: an unterminated
# one loses only its ESC (below) and the rest stays visible as literal text.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI, e.g. colours, cursor moves
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)"  # OSC (title, OSC 52 clipboard), DCS ...
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x9c|\x1b\\)"  # 8-bit OSC, DCS ...
    r"|\x1b[ -/]*[0-~]"  # any other escape: charset switches, RIS (ESC c), save cursor ...
)
# C0 (but tab and newline), DEL and C1 controls; lone surrogates cannot be encoded.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Invisible characters that disguise text or split words: bidi embeddings,
# overrides, isolates and marks, zero-width spaces and joiners, word joiner and
# invisible operators, BOM, soft hyphen, Mongolian vowel separator, interlinear
# annotation marks, tag characters.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\ufff9-\ufffb\U000e0000-\U000e007f]"
)


def clean_report_text(text: str) -> str:
    """The form every report field is stored in: no escapes, controls or invisible characters.

    Newlines become \\n; tabs stay (they may be Markdown); the result is NFC, so
    the same words typed two ways are found by one search.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def for_terminal(text: str) -> str:
    """Text safe to print to a terminal: no escapes, controls or invisible characters."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text).replace("\t", "    ")
    return _INVISIBLE.sub("", text)


_SAME_LENGTH_BREAKS = str.maketrans(
    {"\t": " ", "\r": " ", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
)


def mask_for_terminal(text: str) -> str:
    """Like for_terminal but of the same length, so stored spans still index it.

    Each unsafe character becomes U+FFFD (visible, so tampering shows) and a
    tab a space; on text stored by ingest only tabs change.
    """
    text = text.translate(_SAME_LENGTH_BREAKS)
    text = _CONTROL.sub("\ufffd", text)
    return _INVISIBLE.sub("\ufffd", text)


def one_line(text: str) -> str:
    """for_terminal, with all whitespace runs (newlines too) collapsed to one space."""
    return " ".join(for_terminal(text).split())


_UNSAFE_IN_JSON = re.compile(
    "[\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # JSON escapes astral characters as a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def json_dumps(value, **kwargs) -> str:
    """JSON with readable Unicode but every control, bidi and invisible character escaped.

    json escapes C0 itself; the rest is escaped here, so the output is the same
    data for a JSON reader and inert for a terminal.
    """
    text = json.dumps(value, ensure_ascii=False, **kwargs)
    return _UNSAFE_IN_JSON.sub(_escape, text)
