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


def people_roles(ex) -> dict[str, tuple[str | None, str | None]]:
    """Each person's name -> (role, affiliation's name), as the participants give them."""
    n = names(ex)
    kinds = {e.key: e.kind for e in ex.entities}
    return {n[p.entity_key]: (p.role, n.get(p.affiliation_key)) for p in ex.participants if kinds[p.entity_key] == "person"}


def person_role(ex, name: str) -> tuple[str | None, str | None]:
    """(role, affiliation) of the person named `name`, who must be a person."""
    people = people_roles(ex)
    assert name in people, f"{name!r} not among {sorted(people)}"
    return people[name]


def kinds_by_name(ex) -> dict[str, str]:
    return {e.name: e.kind for e in ex.entities}


def claims_of(ex) -> list[tuple[str, str | None, str]]:
    """(cue, claimant, text) of every claim, for assertion messages."""
    return [(c.cue, c.claimant, c.text) for c in ex.claims]


def no_claim_with_cue(ex, cue: str) -> None:
    assert not [c for c in ex.claims if c.cue.split()[0].lower() == cue.lower()], claims_of(ex)


def dates_by_text(ex) -> dict[str, tuple[str | None, str | None]]:
    """Each date expression's text -> (value, precision)."""
    return {d.text: (d.value, d.precision) for d in ex.dates}


def date_at(ex, body: str, word: str) -> tuple[str | None, str | None]:
    """(value, precision) of the date expression that covers the first `word` of `body`."""
    start = body.index(word)
    found = [d for d in ex.dates if d.start <= start < d.end]
    assert found, f"no date at {word!r}: {dates_by_text(ex)}"
    return found[0].value, found[0].precision
