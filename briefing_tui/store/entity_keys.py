"""The spelling of an entity key as stored, shared by the writer and migration 0005.

Extraction merges "Erdoğan" and "Erdogan", or "Kim Jong-un" and "Kim Jong Un",
within one report; across reports the key alone decides whether two mentions
are one entity, so the stored key drops what spelling varies between reports:
accents, the letters NFKD does not decompose, hyphens and curly apostrophes
(schema 5); an editor's square brackets ("[Minister Ahmed] Karimov" in a
quotation) and an inner "the" of a body's name of three words or more, which
reports write or leave out ("Department of [the] Interior", "Council of [the]
European Union") (schema 6). Case is kept ('country:KP').
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters with no decomposition in Unicode (NFKD leaves them whole).
_UNDECOMPOSED = str.maketrans({
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d",
    "’": "'", "‘": "'",
})
_DASHES = re.compile(r"\s*[-‐‑–]\s*")
_BRACKETS = re.compile(r"\s*[\[\]]\s*")
_SPACES = re.compile(r"\s+")


def fold_spelling(key: str) -> str:
    """Schema 5's fold: 'person:recep tayyip erdoğan' -> 'person:recep tayyip erdogan'."""
    if key.isascii() and "-" not in key:
        return key
    plain = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    plain = _DASHES.sub(" ", plain.translate(_UNDECOMPOSED))
    return unicodedata.normalize("NFC", _SPACES.sub(" ", plain).strip())


def fold_key(key: str) -> str:
    """`key` as stored: schema 5's fold, then 'person:ahmed] karimov' -> 'person:ahmed
    karimov' and 'org:department of the interior' -> 'org:department of interior'."""
    key = fold_spelling(key)
    if "[" in key or "]" in key:
        kind, _, name = key.partition(":")
        key = kind + ":" + _SPACES.sub(" ", _BRACKETS.sub(" ", name)).strip()
    if key.startswith("org:") and " the " in key.lower():
        words = key[4:].split(" ")
        if len(words) > 2:
            key = "org:" + " ".join(w for w in words if w.lower() != "the")
    return key
