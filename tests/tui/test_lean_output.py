"""lean_output: style differences instead of full styles, the same screen cell for cell."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.color import Color
from rich.style import Style

from briefing_tui.tui.lean_output import Encoder

# -- a small terminal: where each character lands and in which style -------------

_CSI = re.compile(r"\x1b\[([0-9;:?]*)([A-Za-z])")


def _sgr(state: dict, params: str) -> None:
    codes = [int(c) if c else 0 for c in (params.split(";") if params else ["0"])]
    i = 0
    on = {1: "bold", 2: "dim", 3: "italic", 4: "underline", 5: "blink", 6: "blink2", 7: "reverse",
          8: "conceal", 9: "strike", 21: "underline2", 51: "frame", 52: "encircle", 53: "overline"}
    off = {22: ("bold", "dim"), 23: ("italic",), 24: ("underline", "underline2"), 25: ("blink", "blink2"),
           27: ("reverse",), 28: ("conceal",), 29: ("strike",), 54: ("frame", "encircle"), 55: ("overline",)}
    while i < len(codes):
        c = codes[i]
        if c in (38, 48):
            n = 3 if codes[i + 1] == 5 else 5
            state["fg" if c == 38 else "bg"] = tuple(codes[i : i + n])
            i += n
            continue
        if c == 0:
            state.clear()
        elif c in on:
            state[on[c]] = True
        elif c in off:
            for name in off[c]:
                state.pop(name, None)
        elif 30 <= c <= 37 or 90 <= c <= 97:
            state["fg"] = (c,)
        elif c == 39:
            state.pop("fg", None)
        elif 40 <= c <= 47 or 100 <= c <= 107:
            state["bg"] = (c,)
        elif c == 49:
            state.pop("bg", None)
        else:
            raise AssertionError(f"unexpected SGR {c}")
        i += 1


def cells(data: str) -> tuple[dict, dict]:
    """{(row, col): (char, style)} and the style in force at the end."""
    grid: dict = {}
    state: dict = {}
    row = col = 1
    pos = 0
    while pos < len(data):
        m = _CSI.match(data, pos)
        if m:
            params, final = m.groups()
            if final == "m":
                _sgr(state, params)
            elif final == "H":
                r, _, c = params.partition(";")
                row, col = int(r or 1), int(c or 1)
            pos = m.end()
            continue
        ch = data[pos]
        pos += 1
        if ch == "\r":
            col = 1
        elif ch == "\n":
            row += 1
        else:
            grid[(row, col)] = (ch, tuple(sorted(state.items())))
            col += 1
    return grid, state


# -- Textual's way of writing: each run `ESC[style m text ESC[0m`, cursor moves between ---

colours = st.one_of(
    st.none(),
    st.integers(0, 255).map(Color.from_ansi),
    st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255)).map(lambda t: Color.from_rgb(*t)),
)
styles = st.builds(
    Style,
    color=colours, bgcolor=colours,
    bold=st.sampled_from([None, True]), dim=st.sampled_from([None, True]),
    italic=st.sampled_from([None, True]), underline=st.sampled_from([None, True]),
    reverse=st.sampled_from([None, True]), strike=st.sampled_from([None, True]),
)
runs = st.lists(st.tuples(st.text("ab c│─", min_size=1, max_size=6), styles), min_size=1, max_size=12)
frames = st.lists(st.tuples(st.integers(1, 24), st.integers(1, 70), runs), min_size=1, max_size=8)


def textual_write(frame) -> str:
    out = []
    for i, (row, col, line) in enumerate(frame):
        out.append(f"\x1b[{row};{col}H")
        out += [style.render(text) for text, style in line]
        if i < len(frame) - 1:
            out.append("\r\n" if i % 2 else f"\x1b[{row};{col + 40}H\n")
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(frames)
def test_the_same_cells_in_the_same_styles_in_fewer_bytes(frame):
    raw = textual_write(frame)
    lean = Encoder().encode(raw)
    raw_cells, _ = cells(raw)
    lean_cells, end_state = cells(lean)
    assert lean_cells == raw_cells
    assert end_state == {}  # every write ends in the default style
    assert len(lean) <= len(raw)


def test_a_row_of_runs_sends_its_background_once():
    bg = Style(bgcolor=Color.from_ansi(234))
    raw = "\x1b[3;1H" + "".join((bg + Style(color=Color.from_ansi(c), bold=c == 1)).render("word ") for c in (1, 2, 3))
    lean = Encoder().encode(raw)
    assert lean.count("48;5;234") == 1
    assert cells(lean)[0] == cells(raw)[0]


def test_unknown_codes_pass_through_unchanged():
    raw = "\x1b[1;4:3mcurly\x1b[0m\x1b[58;5;3mx\x1b[0m"
    assert Encoder().encode(raw) == raw
    assert Encoder().encode("no escapes at all") == "no escapes at all"


def test_non_style_sequences_keep_their_place():
    raw = "\x1b[?25l\x1b[1mA\x1b[0m\x1b]8;id=1;https://x\x1b\\\x1b[1mB\x1b[0m\x1b]8;;\x1b\\\x1b[2J"
    lean = Encoder().encode(raw)
    assert lean.startswith("\x1b[?25l")
    assert lean.endswith("\x1b[2J")  # an erase is drawn in the default style, as before
    assert lean.index("\x1b[0m") < lean.index("\x1b[2J")
    assert cells(lean)[0] == cells(raw)[0]
