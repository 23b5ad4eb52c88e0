"""briefing in a real pseudo-terminal (tmux) under the terminals analysts actually have."""

from __future__ import annotations

import pytest

from .cells import achromatic, parse_line, plain, span

pytestmark = pytest.mark.tmux

NEWEST, SECOND = "2024-12-03", "2024-11-20"  # the two newest bundled sample reports
# The article pane's date line shows which report the cursor is on (the list's
# "1 of 5" counter is not relied on: it can lag the first page).
SHOWING_NEWEST, SHOWING_SECOND = f"{NEWEST} \u00b7 briefing demo", f"{SECOND} \u00b7 briefing demo"


def _start(make_tmux, briefing_exe, db, *env: str, args: tuple[str, ...] = ()):
    tmux = make_tmux(width=80, height=24)
    tmux.start(["env", "-u", "COLORTERM", *env, str(briefing_exe), "--db", str(db), *args])
    tmux.wait_for(lambda s: "1 Reports" in s and SHOWING_NEWEST in s and SECOND in s, timeout=30)
    return tmux


def _row(screen: str, date: str) -> list:
    """The cells of the report-list row for the report of that date."""
    for line in screen.splitlines():
        cells = parse_line(line)
        if date in plain(cells)[:40]:
            return cells
    raise AssertionError(f"no row for {date} on screen:\n{screen}")


def _title_cells(row: list) -> list:
    """The row's title (after the date), as far as the reports pane shows it."""
    text = plain(row)
    start = text.index("20") + len("2024-12-03") + 2
    return row[start : start + 12]


def _colours(screen: str) -> set:
    out = set()
    for line in screen.splitlines():
        for cell in parse_line(line):
            out.add(cell.fg)
            out.add(cell.bg)
    return out - {None}


def _invisible(screen: str) -> list[tuple[int, str]]:
    """(row, text) of visible characters whose foreground equals their background."""
    out = []
    for y, line in enumerate(screen.splitlines()):
        run = "".join(
            c.char if (c.char.strip() and c.fg is not None and c.fg == c.bg and not c.attrs & {"reverse", "bold"}) else " "
            for c in parse_line(line)
        ).split()
        out += [(y, word) for word in run]
    return out


@pytest.mark.parametrize("term", ["xterm-256color", "xterm", "screen", "tmux-256color", "linux"])
def test_renders_and_navigates_under_term(term, make_tmux, briefing_exe, samples_db):
    tmux = _start(make_tmux, briefing_exe, samples_db, f"TERM={term}")
    tmux.send("j")
    screen = tmux.wait_for(SHOWING_SECOND)
    assert "2 Article" in screen and "3 Participants" in screen
    coloured = tmux.screen(escapes=True)
    colours = _colours(coloured)
    assert colours, "no colour at all: colour detection failed"
    if not term.endswith("256color"):
        # 8/16-colour terminals get only the 16 ANSI colours, never 256-colour or RGB codes.
        assert all(c[0] == "std" for c in colours), sorted(colours)
    tmux.send("q")
    assert tmux.exit_status() == 0


def test_no_color_on_linux_console_is_monochrome_with_visible_selection(make_tmux, briefing_exe, samples_db):
    tmux = _start(make_tmux, briefing_exe, samples_db, "TERM=linux", "NO_COLOR=1")
    screen = tmux.wait_stable()
    assert NEWEST in screen and SECOND in screen, screen  # it renders: rows, frames, text
    assert "2 Article" in screen and "q Quit" in screen

    coloured = tmux.screen(escapes=True)
    assert all(achromatic(c) for c in _colours(coloured)), sorted(_colours(coloured))
    hidden = _invisible(coloured)
    assert not hidden, f"text drawn in its own background colour (invisible): {hidden[:5]}"

    def marked(screen_e: str, date: str) -> set[str]:
        """Attributes (not colours) on that row's title cells that the other row lacks."""
        other = SECOND if date == NEWEST else NEWEST
        mine = set.intersection(*(set(c.attrs) for c in _title_cells(_row(screen_e, date))))
        theirs = set.union(*(set(c.attrs) for c in _title_cells(_row(screen_e, other))))
        return mine - theirs

    # The cursor is on the newest report: visible by an attribute, colour aside.
    assert marked(coloured, NEWEST), f"selected row not distinguishable without colour:\n{coloured!r}"
    assert not marked(coloured, SECOND)
    tmux.send("j")
    tmux.wait_for(SHOWING_SECOND)
    moved = tmux.screen(escapes=True)
    assert marked(moved, SECOND) and not marked(moved, NEWEST), "the selection mark did not move with the cursor"
    tmux.send("q")
    assert tmux.exit_status() == 0


@pytest.mark.parametrize("no_mouse", [False, True])
def test_no_mouse_leaves_the_mouse_to_the_terminal(no_mouse, make_tmux, briefing_exe, samples_db):
    """tmux tracks which mouse modes the program turned on; --no-mouse must turn on none."""
    tmux = _start(make_tmux, briefing_exe, samples_db, "TERM=xterm-256color", args=("--no-mouse",) if no_mouse else ())
    tmux.wait_stable()
    flags = tmux.pane_format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}")
    if no_mouse:
        assert flags == "000", flags
    else:
        assert "1" in flags, flags  # and so this test can tell the two apart
    tmux.send("q")
    assert tmux.exit_status() == 0


def test_span_helper_reads_sgr():
    cells = parse_line("\x1b[1;7mAB\x1b[27mC\x1b[0m\x1b[38;5;244;48;2;9;9;9mD")
    assert plain(cells) == "ABCD"
    assert span(cells, "AB")[0].attrs == {"bold", "reverse"} and cells[2].attrs == {"bold"}
    assert cells[3].fg == ("256", 244) and cells[3].bg == ("rgb", 9, 9, 9) and achromatic(cells[3].fg)
