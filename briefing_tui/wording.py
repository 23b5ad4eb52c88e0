"""How a claim's attribution reads in every view: "Apple said", but "According to Apple".

A prepositional cue put after its claimant ("Apple according to: ...") reads
as a mistake, so these lead. One place, so the panes, search results, the CLI
and exports word a claim the same way.
"""

from __future__ import annotations

LEADING_CUES = frozenset({"according to", "as reported by", "in the words of"})


def cue_leads(cue: str) -> bool:
    return " ".join(cue.lower().split()) in LEADING_CUES


def attribution_order(claimant, cue) -> tuple[tuple[str, object], tuple[str, object]]:
    """(("claimant", claimant), ("cue", cue)) in reading order, a leading cue capitalised.

    The values may be plain or styled text (anything with slicing and upper());
    each is tagged so a view can style claimant and cue differently.
    """
    if cue_leads(str(cue)):
        return ("cue", cue[:1].upper() + cue[1:]), ("claimant", claimant)
    return ("claimant", claimant), ("cue", cue)


def attribution(claimant: str, cue: str) -> str:
    """'Apple said' / 'According to Apple' (the words before a claim's colon)."""
    first, second = attribution_order(claimant, cue)
    return f"{first[1]} {second[1]}"
