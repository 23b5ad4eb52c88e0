"""Read `tmux capture-pane -e` output as cells: a character with its SGR attributes and colours.

Enough of SGR for what tmux emits: attributes on/off, 8/16-colour, 256-colour
and RGB foreground and background, and resets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SGR = re.compile(r"\x1b\[([0-9;:]*)m")
ATTR_ON = {1: "bold", 2: "dim", 3: "italic", 4: "underline", 5: "blink", 7: "reverse", 9: "strike"}
ATTR_OFF = {22: {"bold", "dim"}, 23: {"italic"}, 24: {"underline"}, 25: {"blink"}, 27: {"reverse"}, 29: {"strike"}}

# Colour = ("std", n) for the 16 ANSI colours (0-15), ("256", n), ("rgb", r, g, b); None = default.
Colour = tuple | None


@dataclass(frozen=True)
class Cell:
    char: str
    attrs: frozenset[str]
    fg: Colour
    bg: Colour


def parse_line(line: str) -> list[Cell]:
    cells: list[Cell] = []
    attrs: set[str] = set()
    fg: Colour = None
    bg: Colour = None
    pos = 0
    for m in SGR.finditer(line):
        cells += [Cell(c, frozenset(attrs), fg, bg) for c in line[pos : m.start()]]
        pos = m.end()
        params = [int(p) if p else 0 for p in re.split("[;:]", m.group(1))] if m.group(1) else [0]
        i = 0
        while i < len(params):
            p = params[i]
            if p == 0:
                attrs.clear()
                fg = bg = None
            elif p in ATTR_ON:
                attrs.add(ATTR_ON[p])
            elif p in ATTR_OFF:
                attrs -= ATTR_OFF[p]
            elif 30 <= p <= 37:
                fg = ("std", p - 30)
            elif 90 <= p <= 97:
                fg = ("std", p - 90 + 8)
            elif 40 <= p <= 47:
                bg = ("std", p - 40)
            elif 100 <= p <= 107:
                bg = ("std", p - 100 + 8)
            elif p == 39:
                fg = None
            elif p == 49:
                bg = None
            elif p in (38, 48) and i + 1 < len(params):
                if params[i + 1] == 5 and i + 2 < len(params):
                    colour: Colour = ("256", params[i + 2])
                    i += 2
                elif params[i + 1] == 2 and i + 4 < len(params):
                    colour = ("rgb", *params[i + 2 : i + 5])
                    i += 4
                else:
                    colour = None
                    i += 1
                if p == 38:
                    fg = colour
                else:
                    bg = colour
            i += 1
    cells += [Cell(c, frozenset(attrs), fg, bg) for c in line[pos:]]
    return cells


def plain(cells: list[Cell]) -> str:
    return "".join(c.char for c in cells)


def span(cells: list[Cell], text: str) -> list[Cell]:
    """The cells showing `text` (first occurrence) in a parsed line."""
    at = plain(cells).find(text)
    if at < 0:
        raise ValueError(f"{text!r} not in {plain(cells)!r}")
    return cells[at : at + len(text)]


GREY_CUBE = {16, 59, 102, 145, 188, 231}  # the r == g == b corners of the 6x6x6 cube


def achromatic(colour: Colour) -> bool:
    """Black, white or a grey: what a monochrome rendering may use."""
    if colour is None:
        return True
    kind, *v = colour
    if kind == "std":
        return v[0] in (0, 7, 8, 15)
    if kind == "256":
        n = v[0]
        return n in (0, 7, 8, 15) or n in GREY_CUBE or n >= 232
    r, g, b = v
    return r == g == b
