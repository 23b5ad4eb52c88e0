"""Small lookups shared by the extraction tests."""

from __future__ import annotations


def names(ex) -> dict[str, str]:
    return {e.key: e.name for e in ex.entities}


def participant(ex, name: str):
    keys = [e.key for e in ex.entities if e.name == name]
    assert len(keys) == 1, f"{name!r}: {keys}"
    return next(p for p in ex.participants if p.entity_key == keys[0])


def claim_with_cue(ex, cue: str):
    """The first claim whose cue starts with the word `cue` (any case)."""
    found = [c for c in ex.claims if c.cue.split()[0].lower() == cue.lower()]
    assert found, f"no claim with cue {cue!r}: {[(c.cue, c.claimant, c.text) for c in ex.claims]}"
    return found[0]
