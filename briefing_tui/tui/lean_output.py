"""Fewer bytes to the terminal: each change of colour or attribute sent as a difference.

Textual writes every run of text as `ESC[<full style>m text ESC[0m`, so a row of
eight runs in the same background repeats that background eight times and
resets eight times. Over SSH that is most of what a key press costs. The
driver here rewrites each write so the terminal ends in the same state, cell
for cell: a style is sent only when text is about to be drawn in it, as the
difference from the style in force (new attributes, changed colours), with a
full reset only when an attribute has to be turned off. Cursor moves between
runs do not need a style, so none is sent for them.

Each write is rewritten on its own and ends in the default style, so it makes
no assumption about other writes. A write holding an SGR code this model does
not know is passed through unchanged. BRIEFING_RAW_OUTPUT=1 turns it off.
"""

from __future__ import annotations

import os
import re
from typing import NamedTuple

from briefing_tui.tui import trace

_SGR = re.compile(r"\x1b\[([0-9;:]*)m")
# What may stand between two runs without needing a style: cursor moves, CR, LF
# (Textual never sends LF on the last row, so it never scrolls the screen).
_INERT = re.compile(r"(?:\x1b\[[0-9;]*[HfABCDG]|[\r\n])*")

_ATTRIBUTES = frozenset(("1", "2", "3", "4", "5", "6", "7", "8", "9", "21", "51", "52", "53"))
_ATTRIBUTE_OFF = {
    "22": ("1", "2"), "23": ("3",), "24": ("4", "21"), "25": ("5", "6"), "27": ("7",),
    "28": ("8",), "29": ("9",), "54": ("51", "52"), "55": ("53",),
}


class Style(NamedTuple):
    attributes: frozenset[str] = frozenset()
    fg: str | None = None  # the SGR parameters that set it, e.g. "38;5;253"
    bg: str | None = None


DEFAULT = Style()


class UnknownCode(ValueError):
    pass


def apply(style: Style, params: str) -> Style:
    """The style after an SGR sequence with these parameters, from `style`."""
    codes = params.split(";") if params else ["0"]
    attributes, fg, bg = set(style.attributes), style.fg, style.bg
    i = 0
    while i < len(codes):
        code = codes[i]
        if code in ("38", "48"):
            if i + 2 < len(codes) and codes[i + 1] == "5":
                value, i = ";".join(codes[i : i + 3]), i + 3
            elif i + 4 < len(codes) and codes[i + 1] == "2":
                value, i = ";".join(codes[i : i + 5]), i + 5
            else:
                raise UnknownCode(params)
            if code == "38":
                fg = value
            else:
                bg = value
            continue
        i += 1
        if code in ("0", ""):
            attributes, fg, bg = set(), None, None
        elif code in _ATTRIBUTES:
            attributes.add(code)
        elif code in _ATTRIBUTE_OFF:
            attributes.difference_update(_ATTRIBUTE_OFF[code])
        elif code.isdigit() and (30 <= int(code) <= 37 or 90 <= int(code) <= 97):
            fg = code
        elif code == "39":
            fg = None
        elif code.isdigit() and (40 <= int(code) <= 47 or 100 <= int(code) <= 107):
            bg = code
        elif code == "49":
            bg = None
        else:
            raise UnknownCode(params)
    return Style(frozenset(attributes), fg, bg)


_OFF_CODE = {attribute: off for off, attributes in _ATTRIBUTE_OFF.items() for attribute in attributes}


def difference(old: Style, new: Style) -> str:
    """The shortest SGR sequence (of two ways) that takes the terminal from `old` to `new`."""
    # From scratch: reset, then everything.
    reset = ["0", *sorted(new.attributes), *(c for c in (new.fg, new.bg) if c)]
    # Step by step: turn off what goes (an off code may clear a pair: 22 is bold and
    # dim), turn on what comes or was cleared with it, change the colours that differ.
    off = sorted({_OFF_CODE[a] for a in old.attributes - new.attributes})
    cleared = {a for code in off for a in _ATTRIBUTE_OFF[code]}
    steps = off + sorted(new.attributes - (old.attributes - cleared))
    if new.fg != old.fg:
        steps.append(new.fg or "39")
    if new.bg != old.bg:
        steps.append(new.bg or "49")
    codes = steps if len(";".join(steps)) <= len(";".join(reset)) else reset
    return f"\x1b[{';'.join(codes)}m"


class Encoder:
    """Rewrites terminal output with style differences; caches what it has parsed."""

    def __init__(self) -> None:
        self._styles: dict[tuple[Style, str], Style] = {}
        self._differences: dict[tuple[Style, Style], str] = {}

    def encode(self, data: str) -> str:
        if "\x1b[" not in data:
            return data
        try:
            return self._encode(data)
        except UnknownCode:
            return data

    def _encode(self, data: str) -> str:
        out: list[str] = []
        shown = wanted = DEFAULT
        position = 0
        styles, differences = self._styles, self._differences
        for match in _SGR.finditer(data):
            between = data[position : match.start()]
            if between:
                if wanted != shown and not _INERT.fullmatch(between):
                    key = (shown, wanted)
                    step = differences.get(key)
                    if step is None:
                        step = differences[key] = difference(shown, wanted)
                    out.append(step)
                    shown = wanted
                out.append(between)
            params = match.group(1)
            key2 = (wanted, params)
            after = styles.get(key2)
            if after is None:
                after = styles[key2] = apply(wanted, params)
            wanted = after
            position = match.end()
        rest = data[position:]
        if rest and wanted != shown and not _INERT.fullmatch(rest):
            out.append(difference(shown, wanted))
            shown = wanted
        out.append(rest)
        if shown != DEFAULT:
            out.append("\x1b[0m")
        if len(styles) > 4096:
            styles.clear()
        if len(differences) > 4096:
            differences.clear()
        return "".join(out)


# Frames are written by the UI thread itself, in the turn that painted them, not handed
# to Textual's writer thread: after a frame the UI thread goes on with the work the key
# set off (reading ahead, painting rows ahead), and the writer thread had to wait for
# the GIL to put the frame out (Python hands it over every 5 ms): 1-3 ms a key as a
# rule, 10-28 ms at worst at 1M. Textual's queue holds ten frames at most, so a
# terminal that stops reading stalls the UI either way. BRIEFING_WRITER_THREAD=1 restores it.
SYNCHRONOUS = not os.environ.get("BRIEFING_WRITER_THREAD")


def lean_driver(base: type) -> type:
    """A subclass of Textual's driver class `base` that writes through an Encoder."""
    if os.environ.get("BRIEFING_RAW_OUTPUT"):
        return base
    encoder = Encoder()

    class LeanDriver(base):  # type: ignore[misc, valid-type]
        def write(self, data: str) -> None:
            out = encoder.encode(data)
            if trace.enabled:
                trace.mark(f"write {len(out)} chars")
            file = getattr(self, "_file", None) if SYNCHRONOUS else None
            if file is None or not hasattr(file, "flush"):
                super().write(out)
                return
            try:
                file.write(out)
                file.flush()
            except (OSError, ValueError):  # the terminal went away: the hang-up check ends the app
                pass

    LeanDriver.__name__ = f"Lean{base.__name__}"
    return LeanDriver
