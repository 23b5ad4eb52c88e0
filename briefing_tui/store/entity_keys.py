"""The spelling of an entity key as stored, shared by the writer and migration 0005.

Extraction merges "Erdoğan" and "Erdogan", or "Kim Jong-un" and "Kim Jong Un",
within one report; across reports the key alone decides whether two mentions
are one entity, so the stored key drops what spelling varies between reports:
accents, the letters NFKD does not decompose, hyphens and curly apostrophes,
and (schema 6) an inner "the" of a body's name of three words or more, which
reports write or leave out ("Department of [the] Interior", "Council of [the]
European Union"). Case is kept ('country:KP').
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
_SPACES = re.compile(r"\s+")


def fold_key(key: str) -> str:
    """`key` as stored: 'person:recep tayyip erdoğan' -> 'person:recep tayyip erdogan',
    'org:department of the interior' -> 'org:department of interior'."""
    if not (key.isascii() and "-" not in key):
        plain = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
        plain = _DASHES.sub(" ", plain.translate(_UNDECOMPOSED))
        key = unicodedata.normalize("NFC", _SPACES.sub(" ", plain).strip())
    if key.startswith("org:") and " the " in key.lower():
        words = key[4:].split(" ")
        if len(words) > 2:
            key = "org:" + " ".join(w for w in words if w.lower() != "the")
    return key
