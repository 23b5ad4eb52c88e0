"""What the read API returns: frozen dataclasses, so the UI and CLI never see SQL rows."""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True)
class ReportSummary:
    id: int
    title: str
    published: str | None
    source: str | None


@dataclass(frozen=True)
class Participant:
    entity_id: int
    name: str
    kind: str
    role: str | None
    affiliation: str | None
    affiliation_id: int | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True)
class Claim:
    id: int
    report_id: int
    claimant: str
    claimant_id: int | None
    cue: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    id: int
    report_id: int
    kind: str
    summary: str
    date: str | None
    date_text: str | None
    precision: str | None
    planned: bool
    place: str | None
    place_id: int | None
    participants: tuple[str, ...]
    participant_ids: tuple[int, ...]
    start: int
    end: int


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None
    precision: str | None


@dataclass(frozen=True)
class Report:
    id: int
    title: str
    published: str | None
    source: str | None
    url: str | None
    body: str
    participants: tuple[Participant, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    dates: tuple[DateMention, ...] = ()

    @property
    def summary(self) -> ReportSummary:
        return ReportSummary(self.id, self.title, self.published, self.source)


@dataclass(frozen=True)
class Entity:
    id: int
    name: str
    kind: str
    report_count: int
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class RelatedReport:
    """Another report sharing participants or events with the one shown."""

    report: ReportSummary
    shared: tuple[str, ...]  # names of the shared participants
    score: float


@dataclass(frozen=True)
class SearchHit:
    kind: str  # report | participant | claim | event
    id: int  # id of the report, entity, claim or event
    report_id: int | None
    title: str
    date: str | None
    snippet: str  # literal text; matched words between MATCH_START and MATCH_END


MATCH_START = "\x02"
MATCH_END = "\x03"


@dataclass(frozen=True)
class EventSource:
    """One report's telling of an event."""

    event: Event
    report: ReportSummary


@dataclass(frozen=True)
class EventGroup:
    """One real-world event as told by one or more reports.

    Reports describe the same event when it has the same kind and date and they
    share a participant; the group shows it once, with every source.
    """

    sources: tuple[EventSource, ...]  # oldest report first
    more: int = 0  # further tellings not loaded (timeline rows load only a few)

    @property
    def count(self) -> int:
        """How many reports tell it (loaded or not)."""
        return len(self.sources) + self.more

    @property
    def event(self) -> Event:
        """The first report's telling stands for the group."""
        return self.sources[0].event

    @property
    def reports(self) -> tuple[ReportSummary, ...]:
        return tuple(s.report for s in self.sources)


@dataclass(frozen=True)
class RelatedEvent:
    """An event in other reports sharing participants with the one shown, within a few days."""

    group: EventGroup
    shared: tuple[str, ...]  # names of the shared participants
    days_apart: int | None  # None when either date is coarser than a day


@dataclass(frozen=True)
class TimelineFilter:
    """Which events a timeline shows; dates are ISO bounds at any precision (YYYY[-MM[-DD]])."""

    entity_id: int | None = None
    after: str | None = None
    before: str | None = None
