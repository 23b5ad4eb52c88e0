"""Turning what a user types into a safe FTS5 expression and filters.

Users type anything. The FTS5 query language is never exposed: every word
becomes a quoted string, so no input can raise an FTS5 syntax error, and the
SQL around it is always parameterised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

FILTER_NAMES = ("person", "org", "country", "source", "after", "before", "place", "kind")

_TOKEN = re.compile(r'(?P<field>[A-Za-z]+):(?:"(?P<fquoted>[^"]*)"?|(?P<fword>\S*))|"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)')
_WORDISH = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    filters: dict[str, str] = field(default_factory=dict)
    prefix: bool = False  # the last word is still being typed: match it as a prefix

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.filters)

    def fts(self) -> str | None:
        """The FTS5 MATCH expression for words and phrases, or None when there are none."""
        parts = [_quote(p) for p in self.phrases]
        for i, word in enumerate(self.words):
            star = "*" if self.prefix and i == len(self.words) - 1 else ""
            parts.append(_quote(word) + star)
        return " ".join(parts) if parts else None

    @property
    def after(self) -> str | None:
        return _iso_bound(self.filters.get("after"), low=True)

    @property
    def before(self) -> str | None:
        return _iso_bound(self.filters.get("before"), low=False)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _iso_bound(value: str | None, low: bool) -> str | None:
    """'2024', '2024-11' or '2024-11-02' as a comparable ISO date bound, else None."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not m:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day:
            return date(year, int(month), int(day)).isoformat()
        if month:
            month_i = int(month)
            if not 1 <= month_i <= 12:
                return None
            return f"{year:04d}-{month_i:02d}" + ("" if low else "-99")
    except ValueError:
        return None
    return f"{year:04d}" + ("" if low else "-99")


def parse(text: str, prefix: bool = True) -> ParsedQuery:
    """Split user input into words, quoted phrases and field:value filters."""
    words: list[str] = []
    phrases: list[str] = []
    filters: dict[str, str] = {}
    for m in _TOKEN.finditer(text):
        if m["field"] is not None:
            name = m["field"].lower()
            value = (m["fquoted"] if m["fquoted"] is not None else m["fword"] or "").strip()
            if name in FILTER_NAMES:
                if value:
                    filters[name] = value
                continue
            # not a known filter: "Note:" is just a word
            words.extend(_words(m.group(0)))
        elif m["phrase"] is not None:
            if _WORDISH.search(m["phrase"]):
                phrases.append(" ".join(m["phrase"].split()))
        else:
            words.extend(_words(m["word"]))
    ends_in_word = bool(text) and not text[-1].isspace() and not text.endswith('"')
    return ParsedQuery(tuple(words), tuple(phrases), filters, prefix and ends_in_word and bool(words))


def _words(token: str) -> list[str]:
    """Keep the token whole when it has letters or digits (the tokenizer splits it further)."""
    return [token] if _WORDISH.search(token) else []
