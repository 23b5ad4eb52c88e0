"""Small lookups shared by the extraction tests."""

from __future__ import annotations


def names(ex) -> dict[str, str]:
    return {e.key: e.name for e in ex.entities}


def participant(ex, name: str):
    keys = [e.key for e in ex.entities if e.name == name]
    assert len(keys) == 1, f"{name!r}: {keys}"
    return next(p for p in ex.participants if p.entity_key == keys[0])
