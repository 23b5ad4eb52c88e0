"""The console script's front door: `briefing` with no command opens the browser at once.

Nearly every session starts with the plain invocation (`briefing`, `briefing
--db PATH`, `--no-mouse`). Recognised here, it opens the browser without first
importing click and every command of cli.py, which it never uses. Anything
else (a command, --help, --version, an option this does not know, or a first
run that must build the demo briefing) goes to the click CLI, which opens the
browser through the same `browse` below, so both paths behave alike and the
error lines exist once.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import NoReturn

DB_ENV = "BRIEFING_DB"

# A lone ESC byte may begin a key's escape sequence, so Escape waits ESCDELAY ms
# for more bytes. Textual waits 100; a key's sequence arrives in one write, even
# over SSH, so 20 (tmux 3.5 waits 10) makes Back feel immediate. A user's own
# ESCDELAY wins.
ESCAPE_DELAY_MS = 20


def default_db() -> Path:
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    from platformdirs import user_data_path

    return user_data_path("briefing", appauthor=False) / "briefing.db"


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr and a non-zero exit: how every user-caused error ends."""
    from briefing_tui.text_safety import one_line

    kind = "" if code == 130 else "error: "
    sys.stderr.write(f"briefing: {kind}{one_line(message)}\n")
    sys.stderr.flush()
    sys.exit(code)


def open_store(db: Path):
    from briefing_tui.store import Store, StoreError

    try:
        return Store(db)
    except StoreError as exc:
        fail(str(exc))


def browse(db: Path, no_mouse: bool = False) -> None:
    """Open the browser on `db` (an existing file; the store explains a bad one)."""
    # Startup makes tens of thousands of objects that all live on (modules,
    # styles, widgets); the cyclic collector would walk them again and again
    # before the first frame. It is held off until that frame is painted.
    gc.disable()
    try:
        _run_browser(db, no_mouse)
    finally:
        gc.enable()


def _run_browser(db: Path, no_mouse: bool) -> None:
    store = open_store(db)
    if not _on_a_terminal():
        fail("the browser needs a terminal on stdin and stderr; for scripts use "
             "`briefing show`, `search`, `entity`, `timeline` or `export` (see --help)")
    # COLUMNS/LINES exported by a shell are a snapshot of the size at that moment;
    # the terminal (via its window-size ioctl) knows better, and resizes must work.
    for name in ("COLUMNS", "LINES"):
        os.environ.pop(name, None)
    os.environ.setdefault("ESCDELAY", str(ESCAPE_DELAY_MS))
    from briefing_tui.tui.app import BriefingApp

    BriefingApp(store, on_first_frame=_collect_again).run(mouse=not no_mouse)


def _on_a_terminal() -> bool:
    """Keys come from stdin and Textual paints on stderr. Without a terminal there
    (`briefing < file`, cron, a pipe) the app could never be quit by a key and
    would poll a closed input for ever, so it is refused before it starts."""
    try:
        return sys.stdin.isatty() and sys.__stderr__.isatty()
    except (AttributeError, ValueError):  # a closed or missing stream
        return False


def _collect_again() -> None:
    """The first frame is on screen: the objects made so far (modules, styles, the
    screen's widgets) live as long as the app, so they go to the permanent
    generation, and the cyclic collector runs again as usual from here."""
    gc.freeze()
    gc.enable()


def guarded(run) -> None:
    """Run a command: user-caused errors end in one line on stderr, never a traceback."""
    import sqlite3

    from briefing_tui.store import StoreError

    try:
        run()
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except StoreError as exc:
        fail(str(exc))
    except sqlite3.Error as exc:  # a database problem no layer above turned into words
        fail(f"database error: {exc}")
    except BrokenPipeError:  # `briefing search x | head` closed the pipe: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


def browse_args(args: list[str]) -> tuple[Path | None, bool] | None:
    """(db or None, no_mouse) when `args` only open the browser; None for anything
    else, which the click CLI parses (and explains, if it is wrong)."""
    db: Path | None = None
    no_mouse = False
    seen: set[str] = set()
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, value = arg.partition("=")
        if name in seen:
            return None  # repeated: let click decide which wins
        seen.add(name)
        if arg == "--no-mouse":
            no_mouse = True
        elif name == "--db" and eq:
            if not value:
                return None
            db = Path(value)
        elif arg == "--db":
            if i + 1 >= len(args) or not args[i + 1] or args[i + 1].startswith("-"):
                return None
            i += 1
            db = Path(args[i])
        else:
            return None
        i += 1
    return db, no_mouse


def main() -> None:
    plan = browse_args(sys.argv[1:])
    db = None if plan is None else plan[0] or default_db()
    if db is None or not _exists(db):
        from briefing_tui.cli import (
            main as cli_main,  # a command, help, or the first run
        )

        cli_main()
        return
    guarded(lambda: browse(db, plan[1]))


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False  # the CLI meets the same error and reports it
