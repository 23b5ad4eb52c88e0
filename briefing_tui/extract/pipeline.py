"""One parsed report -> Extraction: entities, roles, claims, dates, events."""

from __future__ import annotations

from datetime import date

from briefing_tui.extract.claims import find_claims
from briefing_tui.extract.entities import resolve_entities
from briefing_tui.extract.events import find_events
from briefing_tui.extract.roles import person_roles
from briefing_tui.extract.timexes import find_dates
from briefing_tui.records import DateRecord, EntityRecord, Extraction, ParticipantRecord


def report_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def extract_doc(doc, published: str | None) -> Extraction:
    anchor = report_date(published)
    ents = resolve_entities(doc)
    names = {key: e.name for key, e in ents.entities.items()}
    roles = person_roles(doc, ents)
    ex = Extraction()
    for key, entity in ents.entities.items():
        ex.entities.append(EntityRecord(key, entity.name, entity.kind, set(entity.aliases)))
        role = roles.get(key)
        ex.participants.append(
            ParticipantRecord(
                key,
                role=role.title if role else None,
                affiliation_key=role.affiliation_key if role else None,
                mentions=[(m.start, m.end) for m in entity.mentions],
            )
        )
    dates = find_dates(doc, anchor)
    ex.dates = [
        DateRecord(d.text, d.start, d.end, d.resolved.value, d.resolved.precision) for d in dates
    ]
    ex.claims = find_claims(
        doc, ents, names, {k: r.title for k, r in roles.items() if r.title},
        {k: r.affiliation_key for k, r in roles.items() if r.title and r.affiliation_key},
    )
    ex.events = find_events(doc, ents, dates, anchor, names)
    return ex
