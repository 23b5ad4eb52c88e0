"""Plain records passed from extraction to the store.

They live outside both packages so that the store can accept what extraction
produces without importing spaCy, and extraction can produce it without
importing SQLite code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_KINDS = ("person", "country", "organization", "place", "group", "weapon", "other")
PRECISIONS = ("year", "month", "day")

Span = tuple[int, int]


@dataclass(frozen=True)
class ReportInput:
    """One report as read from a file, before extraction."""

    title: str
    body: str
    published: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass
class EntityRecord:
    """A real-world thing; `key` identifies it across all reports."""

    key: str
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)


@dataclass
class ParticipantRecord:
    entity_key: str
    role: str | None = None
    affiliation_key: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class ClaimRecord:
    claimant: str  # display text, e.g. "South Korea and Canada (joint statement)"
    cue: str
    text: str
    start: int
    end: int
    claimant_key: str | None = None  # the one entity that made the claim, if one did
    # Every entity that made it: ["country:KR", "country:CA"] for "South Korea and
    # Canada"; [claimant_key] for one; empty when the claimant is no entity.
    claimant_keys: list[str] = field(default_factory=list)


@dataclass
class DateRecord:
    text: str
    start: int
    end: int
    value: str | None = None  # ISO at its precision, or None when unresolved
    precision: str | None = None


@dataclass
class EventRecord:
    kind: str
    summary: str
    start: int
    end: int
    date_text: str | None = None
    date_value: str | None = None
    precision: str | None = None
    planned: bool = False
    place_key: str | None = None
    participant_keys: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    entities: list[EntityRecord] = field(default_factory=list)
    participants: list[ParticipantRecord] = field(default_factory=list)
    claims: list[ClaimRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    dates: list[DateRecord] = field(default_factory=list)
