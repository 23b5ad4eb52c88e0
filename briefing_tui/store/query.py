"""Turning what a user types into safe FTS5 expressions, filters and key ranges.

Users type anything. The FTS5 query language is never exposed: every word and
phrase becomes a quoted FTS5 string (its tokens must appear together), joined
by implicit AND, so no input can raise an FTS5 syntax error; the SQL around it
is always parameterised. `field:value` pairs with a known field are filters,
any other colon is part of a word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

FILTER_NAMES = ("person", "org", "country", "place", "source", "after", "before", "kind")
ENTITY_FILTERS = {
    "person": ("person",),
    "org": ("organization", "group"),
    "country": ("country",),
    "place": ("place", "country"),
}
HIT_KINDS = ("report", "participant", "claim", "event")
# `kind:` names a kind of hit (these words) or, anything else, a kind of event.
KIND_WORDS = {
    "report": "report", "reports": "report", "article": "report", "articles": "report",
    "participant": "participant", "participants": "participant", "entity": "participant",
    "entities": "participant", "people": "participant", "who": "participant",
    "claim": "claim", "claims": "claim", "quote": "claim", "quotes": "claim",
    "event": "event", "events": "event",
}

_TOKEN = re.compile(
    r'(?P<field>[^\W\d_]+):(?:"(?P<fquoted>[^"]*)"?|(?P<fword>[^\s"]*))'
    r'|"(?P<phrase>[^"]*)"?'
    r'|(?P<word>[^\s"]+)'
)
# Control characters (NUL ends an FTS5 string early) separate words like spaces.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# What FTS5's unicode61 tokenizer keeps as token characters (letters, digits);
# everything else separates tokens.
_FTS_TOKEN = re.compile(r"[^\W_]+")
_ASCII_TOKEN = re.compile(r"[a-z0-9]+")

DAY_SHIFT = 32  # reports.sort_key = -(YYYYMMDD << 32 | id) (db/schema.sql)
MAX_KEY = (1 << 63) - 1
MIN_KEY = -MAX_KEY - 1


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    # field -> every value given for it, in order (person:a person:b means both)
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    prefix: bool = False  # the last word is still being typed: match it as a prefix
    problems: tuple[str, ...] = ()  # filters that were ignored, one line each
    starred: tuple[int, ...] = ()  # indexes of words typed with a trailing * (prefix*)

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.filters)

    def terms(self) -> list[tuple[str, bool]]:
        """Each FTS5 string with whether it is matched as a prefix, phrases first."""
        out = [(p, False) for p in self.phrases]
        for i, word in enumerate(self.words):
            last = i == len(self.words) - 1
            typing = self.prefix and last
            out.append((word, (typing or i in self.starred) and len(last_token(word)) >= 2))
        return out

    def fts(self, column: str | None = None) -> str | None:
        """The FTS5 MATCH expression for words and phrases, or None when there are none."""
        parts = [quote(t) + ("*" if star else "") for t, star in self.terms()]
        if not parts:
            return None
        expr = " AND ".join(parts)
        return f"{{{column}}} : ({expr})" if column else expr

    def values(self, name: str) -> tuple[str, ...]:
        return self.filters.get(name, ())

    @property
    def after(self) -> str | None:
        """The lowest ISO date bound (inclusive) from after: filters, or None."""
        bounds = [b for v in self.values("after") if (b := iso_bound(v, low=True))]
        return max(bounds) if bounds else None

    @property
    def before(self) -> str | None:
        bounds = [b for v in self.values("before") if (b := iso_bound(v, low=False))]
        return min(bounds) if bounds else None

    def key_range(self) -> tuple[int, int] | None:
        """The (lowest, highest) sort_key the date filters allow, or None when there
        are none. Keys are negated, so the latest day gives the lowest key.
        Undated reports (day 0) are outside any date filter.
        """
        if not (self.after or self.before):
            return None
        first = max(day_number(self.after) if self.after else 1, 1)
        last = day_number(self.before) if self.before else 99_999_999
        return (-((last << DAY_SHIFT) | 0xFFFFFFFF), -(first << DAY_SHIFT))

    def hit_kinds(self) -> tuple[str, ...]:
        """The kinds of hit asked for with kind:, else all of them."""
        asked = {KIND_WORDS[v.lower()] for v in self.values("kind") if v.lower() in KIND_WORDS}
        if self.event_kinds():
            asked.add("event")
        return tuple(k for k in HIT_KINDS if k in asked) or HIT_KINDS

    def event_kinds(self) -> tuple[str, ...]:
        return tuple(v.lower() for v in self.values("kind") if v.lower() not in KIND_WORDS)


def quote(text: str) -> str:
    """An FTS5 string: its tokens must appear in order, whatever characters it holds."""
    return '"' + text.replace('"', '""') + '"'


class _Marks(dict):
    """str.translate table dropping combining marks, filled as characters are met
    (translate looks each character up from C: ~20x quicker than a Python loop)."""

    def __missing__(self, code: int):
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def fold(text: str) -> str:
    """Lower case without diacritics, as unicode61 remove_diacritics 2 indexes words."""
    return unicodedata.normalize("NFKD", text.lower()).translate(_MARKS)


def tokens(text: str) -> list[str]:
    """The tokens FTS5 makes of `text` (close to unicode61 remove_diacritics 2)."""
    if text.isascii():  # most text: no diacritics to fold (fold() goes character by character)
        return _ASCII_TOKEN.findall(text.lower())
    return _FTS_TOKEN.findall(fold(text))


def last_token(text: str) -> str:
    found = tokens(text)
    return found[-1] if found else ""


def iso_bound(value: str | None, low: bool) -> str | None:
    """'2024', '2024-11' or '2024-11-02' as an ISO bound at that precision, else None."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?", value.strip())
    if not m:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day:
            return date(year, int(month), int(day)).isoformat()
        if month:
            if not 1 <= int(month) <= 12:
                return None
            return f"{year:04d}-{int(month):02d}" + ("" if low else "-99")
    except ValueError:
        return None
    return f"{year:04d}" + ("" if low else "-99-99")


def sort_key_sql(published: str, row_id: str) -> str:
    """SQL for the sort key of a report from its published date and id columns,
    exactly as the reports.sort_key column computes it (db/schema.sql)."""
    padded = f"({published} || '-00-00')"
    day = (f"CAST(substr({padded}, 1, 4) || substr({padded}, 6, 2) || substr({padded}, 9, 2)"
           " AS INTEGER)")
    return f"(-((coalesce({day}, 0) << {DAY_SHIFT}) | {row_id}))"


def key_day(key: int) -> int:
    """The YYYYMMDD day of a sort key (0: undated)."""
    return (-key) >> DAY_SHIFT


def day_number(iso: str) -> int:
    """'2024-11-02' -> 20241102, '2024-11' -> 20241100, as reports.sort_key builds it."""
    padded = iso + "-00-00"
    return int(padded[0:4] + padded[5:7] + padded[8:10])


def parse(text: str, prefix: bool = True) -> ParsedQuery:
    """Split user input into words, quoted phrases and field:value filters."""
    text = _CONTROLS.sub(" ", text)
    words: list[str] = []
    phrases: list[str] = []
    filters: dict[str, list[str]] = {}
    problems: list[str] = []
    starred: list[int] = []
    for m in _TOKEN.finditer(text):
        if m["field"] is not None:
            name = m["field"].lower()
            if name not in FILTER_NAMES:
                words.extend(_words(m.group(0)))  # "Note:" is just a word
                continue
            value = " ".join((m["fquoted"] if m["fquoted"] is not None else m["fword"] or "").split())
            if not value:
                continue
            if name in ("after", "before") and iso_bound(value, low=True) is None:
                problems.append(f"{shown(name, value)} ignored: a date is YYYY, YYYY-MM or YYYY-MM-DD")
                continue
            if name in ENTITY_FILTERS and not tokens(value):
                continue
            filters.setdefault(name, []).append(value)
        elif m["phrase"] is not None:
            if not tokens(m["phrase"]):
                continue
            phrase = " ".join(m["phrase"].split())
            still_typing = m.end() == len(text) and not m.group(0).endswith('"', 1)
            if prefix and still_typing and not text[-1].isspace():
                words.append(phrase)  # an open quote being typed: its last word is a prefix
            else:
                phrases.append(phrase)
        else:
            word = m["word"]
            if word.endswith("*") and tokens(word.rstrip("*")):
                starred.append(len(words))  # prefix* as written
                word = word.rstrip("*")
            words.extend(_words(word))
    ends_in_word = bool(text) and not text[-1].isspace() and not text.endswith('"')
    last_is_word = bool(words) and (text.rstrip().endswith(words[-1]) or text.rstrip().endswith(
        words[-1].split(" ")[-1]))
    return ParsedQuery(
        tuple(words),
        tuple(phrases),
        {k: tuple(v) for k, v in filters.items()},
        prefix and ends_in_word and last_is_word,
        tuple(problems),
        tuple(starred),
    )


def shown(name: str, value: str, limit: int = 40) -> str:
    """A filter as it would be typed (quoted when it has spaces), for a message
    about it: at most `limit` characters of its value."""
    value = value if len(value) <= limit else value[:limit - 1] + "\u2026"
    return f'{name}:"{value}"' if " " in value or not value else f"{name}:{value}"


def _words(token: str) -> list[str]:
    """Keep the token whole when it has letters or digits (FTS5 splits it into a phrase)."""
    return [token] if tokens(token) else []
