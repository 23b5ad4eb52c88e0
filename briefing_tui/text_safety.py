"""Report text is untrusted: keep control sequences out of storage and off the terminal.

`clean_report_text` runs at ingest, before any offsets are computed, so stored
spans index the cleaned body. `for_terminal` runs on everything shown, as a
second line of defence for databases written by other tools.
"""

from __future__ import annotations

import json
import re

# C0 (but tab and newline), DEL and C1 controls: an ESC or CSI starts a terminal sequence.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings/overrides/isolates and zero-width characters can disguise text.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# An escape sequence (CSI, OSC, DCS...) is removed whole, not just its ESC byte.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c)"  # OSC, DCS, SOS, PM, APC up to their terminator
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|[\x90\x98\x9d\x9e\x9f].*?(?:\x07|\x9c|\x1b\\)",  # 8-bit OSC/DCS...
    re.DOTALL,
)


def clean_report_text(text: str) -> str:
    """Normalize newlines and drop escape sequences and control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)


def for_terminal(text: str) -> str:
    """Text safe to hand to a terminal widget: no controls, no invisible direction changes."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text).replace("\t", "    ")
    return _INVISIBLE.sub("", text)


def one_line(text: str) -> str:
    """for_terminal, with all whitespace runs (newlines too) collapsed to one space."""
    return " ".join(for_terminal(text).split())


_UNSAFE_IN_JSON = re.compile(r"[\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def json_dumps(value, **kwargs) -> str:
    """JSON with readable Unicode but C1 controls and bidi/zero-width characters escaped."""
    text = json.dumps(value, ensure_ascii=False, **kwargs)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
