"""Terms of a search checked on a row's own text instead of walked by FTS5.

Why: FTS5 joins the terms of a query by seeking every term's doclist to each
candidate row, and some terms make that seek dear at a million reports: a
phrase of common words ("the", "of") has its positions compared in every row
that holds them, and a prefix in most reports ("in" being typed) is an OR of
its two dozen most frequent words, each a doclist of up to a million rows
(~0.4 ms a row for "daigrupeamai" AND in*: 26 ms for its 65 rows). When the
other terms are rare, FTS5 walks them alone and each candidate's own text is
checked here (~20-60 us a report read, ~1 us a regex): the answer is the
same, and for a prefix it is exact (any word it begins, not only the
completions an expansion names).

The tests here are as FTS5's unicode61 tokenizer (remove_diacritics 2) sees
text: a regex on ASCII text, else query.tokens.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing_tui.store import query as q

_SEP = "[^a-z0-9]+"


class Check(NamedTuple):
    """Tokens that must appear side by side, in order, in one column; with
    `prefix`, the last one only as the start of a token (a word being typed)."""

    tokens: tuple[str, ...]
    prefix: bool = False


def ascii_pattern(check: Check | tuple[str, ...]) -> re.Pattern:
    """The check in ASCII text: its tokens in order, separated by anything that
    is not a letter or digit, not inside a longer token (the last one may run
    on when it is a prefix)."""
    tokens, prefix = (check.tokens, check.prefix) if isinstance(check, Check) else (tuple(check), False)
    body = _SEP.join(re.escape(t) for t in tokens)
    return re.compile(f"(?<![a-z0-9]){body}" + ("" if prefix else "(?![a-z0-9])"), re.IGNORECASE)


def holds_any(tokens: list[str], phrases) -> bool:
    """Whether the tokens hold one of the phrases ((tokens, prefix) pairs) in
    order, side by side."""
    for phrase, star in phrases:
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i:i + n - 1]) == phrase[:-1] and (
                    tokens[i + n - 1] == phrase[-1] or (star and tokens[i + n - 1].startswith(phrase[-1]))):
                return True
    return False


def folded_pattern(check: Check) -> re.Pattern:
    """The check in folded text (query.fold: lower case, no diacritics), where
    FTS5's tokens are the runs of letters and digits."""
    body = "[\\W_]+".join(re.escape(t) for t in check.tokens)
    return re.compile(f"(?<![^\\W_]){body}" + ("" if check.prefix else "(?![^\\W_])"))


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """query.fold(text), folding only its non-ASCII runs (folding goes character by
    character): news text is ASCII but for a few quotes, dashes and names, and
    folding all of it cost ~0.25 ms a report."""
    return _NON_ASCII.sub(lambda m: q.fold(m[0]), text).lower()


def rows_holding(rows, checks: tuple[Check, ...]) -> set:
    """The keys of rows (key, column, ...) holding every check within one of
    their columns."""
    ascii_patterns = [ascii_pattern(c) for c in checks]
    patterns = [folded_pattern(c) for c in checks]
    held = set()
    for key, *columns in rows:
        columns = [_Column(c) for c in columns if c]
        if all(any(c.holds(a, f) for c in columns) for a, f in zip(ascii_patterns, patterns)):
            held.add(key)
    return held


class _Column:
    """A column's text, folded only if a check needs it."""

    __slots__ = ("folded", "text")

    def __init__(self, text: str):
        self.text = text
        self.folded: str | None = None

    def holds(self, ascii_rx: re.Pattern, folded_rx: re.Pattern) -> bool:
        if self.text.isascii():
            return ascii_rx.search(self.text) is not None
        if _ascii_hit(ascii_rx, self.text):
            return True
        if self.folded is None:
            self.folded = fold(self.text)
        return folded_rx.search(self.folded) is not None


def _ascii_hit(rx: re.Pattern, text: str) -> bool:
    """Whether the ASCII pattern finds the check in text with other characters
    too, where folding cannot change it: the match and the characters on each
    side of it are ASCII (folding changes only the others). False: not known."""
    for m in rx.finditer(text):
        start, end = m.span()
        if text[max(0, start - 1):end + 1].isascii():
            return True
    return False


def quoted(match: str) -> list[tuple[tuple[str, ...], bool]]:
    """The quoted strings of an FTS5 expression built by query.quote, as (tokens,
    whether the last is a prefix): what highlight() would mark."""
    out = []
    for m in re.finditer(r'"((?:[^"]|"")*)"(\*?)', match):
        toks = tuple(q.tokens(m[1].replace('""', '"')))
        if toks:
            out.append((toks, bool(m[2])))
    return out


def matcher(match: str):
    """A test of whether a text holds one of the quoted strings of an FTS5
    expression (as highlight() would mark one): a regex on ASCII text (~1 us),
    else the tokens FTS5 makes of it."""
    phrases = quoted(match)
    parts = [_SEP.join(re.escape(t) for t in toks) + ("" if star else "(?![a-z0-9])")
             for toks, star in phrases]
    rx = re.compile("(?<![a-z0-9])(?:" + "|".join(parts) + ")", re.IGNORECASE) if parts else None

    def holds(text: str) -> bool:
        if rx is None:
            return False
        if text.isascii():
            return rx.search(text) is not None
        return holds_any(q.tokens(text), phrases)

    return holds


def has_phrase(match: str) -> bool:
    """Whether an FTS5 expression (of quoted strings) holds a phrase of several tokens."""
    return any(len(q.tokens(m.replace('""', '"'))) > 1 for m in re.findall(r'"((?:[^"]|"")*)"', match))


def mark(text: str, checks: tuple[Check, ...], start: str, end: str) -> str:
    """`text` with each match of a check between `start` and `end` (as FTS5's
    highlight() marks a phrase), for hits whose words were checked here and not
    walked by FTS5. On text with other characters than ASCII only the matches
    that folding cannot change are marked (the check itself is exact)."""
    spans = []
    for check in checks:
        rx = ascii_pattern(check)
        for m in rx.finditer(text):
            a, b = m.span()
            if check.prefix:  # the whole word the prefix begins
                while b < len(text) and text[b].isascii() and text[b].isalnum():
                    b += 1
            if text.isascii() or text[max(0, a - 1):b + 1].isascii():
                spans.append((a, b))
    out, at = [], 0
    for a, b in sorted(spans):
        if a < at:
            continue
        out += [text[at:a], start, text[a:b], end]
        at = b
    return "".join(out) + text[at:]


def snippet(text: str, checks: tuple[Check, ...], start: str, end: str, width: int = 100) -> str | None:
    """About `width` characters of `text` around its first marked match, cut at
    spaces, with "…" where text was left out; None when nothing is marked."""
    marked = mark(text, checks, start, end)
    first = marked.find(start)
    if first < 0:
        return None
    lo = max(0, first - width // 3)
    hi = min(len(marked), lo + width)
    if lo > 0:
        space = marked.find(" ", lo, first)
        lo = space + 1 if space >= 0 else lo
    if hi < len(marked):
        space = marked.rfind(" ", first, hi)
        hi = space if space > first else hi
    piece = marked[lo:hi]
    # a match cut at the window's end keeps its end mark
    if piece.count(start) > piece.count(end):
        piece += end
    return ("…" if lo > 0 else "") + " ".join(piece.split()) + ("…" if hi < len(marked) else "")
