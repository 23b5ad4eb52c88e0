"""Report strings made safe for widgets: literal Content, never Rich markup.

Every string that came from a report passes through here (or through
text_safety directly) before it reaches a widget, so markup such as
`[@click=app.quit]` is shown as the characters it is.
"""

from __future__ import annotations

import re

from textual.content import Content

from briefing_tui.store.models import MATCH_END, MATCH_START
from briefing_tui.text_safety import for_terminal, one_line
from briefing_tui.wording import attribution_order

ELLIPSIS = "\u2026"
_SPACES = re.compile(r"\s+")


def clip(text: str | None, limit: int) -> str:
    """One line of report text, at most `limit` characters."""
    text = one_line(text or "")
    return text if len(text) <= limit else text[: max(0, limit - 1)] + ELLIPSIS


def attribution_parts(claimant: str, cue: str) -> tuple:
    """A claim's 'Apple said' / 'According to Apple' as Content parts: claimant bold, cue italic."""
    first, second = attribution_order(claimant, cue)
    return (first[1], _ATTRIBUTION_STYLES[first[0]]), " ", (second[1], _ATTRIBUTION_STYLES[second[0]])


_ATTRIBUTION_STYLES = {"claimant": "bold", "cue": "italic"}


def literal(text: str | None, style: str = "", limit: int = 400) -> Content:
    """Report text as one literal line of Content."""
    return Content.assemble((clip(text, limit), style))


def date_label(value: str | None, width: int = 10) -> str:
    """An ISO date (at any precision), padded so columns line up; '?' when unresolved."""
    return (value or "?").ljust(width)


def snippet(text: str, match_style: str, limit: int = 300) -> Content:
    """A search snippet with the matched words (between the store's markers) styled."""
    parts: list[tuple[str, str]] = []
    inside = False
    used = 0
    for piece in text.replace(MATCH_END, MATCH_START).split(MATCH_START):
        piece = _SPACES.sub(" ", for_terminal(piece))
        if used + len(piece) > limit:
            piece = piece[: max(0, limit - used)] + ELLIPSIS
        parts.append((piece, match_style if inside else ""))
        used += len(piece)
        inside = not inside
        if used >= limit:
            break
    return Content.assemble(*parts)
