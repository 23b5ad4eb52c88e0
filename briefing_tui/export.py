"""Reports as the stable JSON contract (`show --json`, `search --json`), citations and Markdown.

Other tools read the JSON shapes: change them only with a note in README.md.
Markdown export escapes report text so it stays inert in any renderer.
"""

from __future__ import annotations

import re

from briefing_tui.store.models import (
    MATCH_END,
    MATCH_START,
    Claim,
    Entity,
    Event,
    EventGroup,
    Participant,
    Report,
    ReportSummary,
    SearchHit,
)
from briefing_tui.text_safety import one_line
from briefing_tui.wording import attribution, attribution_order


def report_json(report: Report) -> dict:
    return {
        "id": report.id,
        "title": report.title,
        "date": report.published,
        "source": report.source,
        "url": report.url,
        "body": report.body,
        "participants": [
            {
                "name": p.name,
                "kind": p.kind,
                "role": p.role,
                "affiliation": p.affiliation,
                "mentions": [list(m) for m in p.mentions],
            }
            for p in report.participants
        ],
        "claims": [
            {"claimant": c.claimant, "cue": c.cue, "text": c.text, "start": c.start, "end": c.end}
            for c in report.claims
        ],
        "events": [
            {
                "kind": e.kind,
                "summary": e.summary,
                "date": e.date,
                "date_text": e.date_text,
                "precision": e.precision,
                "planned": e.planned,
                "place": e.place,
                "participants": list(e.participants),
                "start": e.start,
                "end": e.end,
            }
            for e in report.events
        ],
        "dates": [
            {"text": d.text, "start": d.start, "end": d.end, "value": d.value, "precision": d.precision}
            for d in report.dates
        ],
    }


def plain_snippet(snippet: str) -> str:
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


def search_json(hits: list[SearchHit]) -> list[dict]:
    return [
        {"id": h.report_id if h.report_id is not None else h.id, "title": h.title, "date": h.date,
         "snippet": plain_snippet(h.snippet)}
        for h in hits
    ]


# -- citations and Markdown (copy in the browser, `e` and `briefing export --format md`) --

def citation(report: Report | ReportSummary) -> str:
    """'"Title", Source, 2024-11-02 (briefing report 12)': enough to find the report again."""
    parts = [f"\u201c{one_line(report.title)}\u201d"]
    if report.source:
        parts.append(one_line(report.source))
    parts.append(report.published or "undated")
    return ", ".join(parts) + f" (briefing report {report.id})"


def participant_line(p: Participant) -> str:
    detail = ", ".join(one_line(x) for x in (p.role, p.affiliation) if x)
    return f"{one_line(p.name)} ({p.kind})" + (f": {detail}" if detail else "")


def claim_line(c: Claim) -> str:
    return f"{attribution(one_line(c.claimant), one_line(c.cue))}: \u201c{one_line(c.text)}\u201d"


def event_when(e: Event) -> str:
    if e.date:
        return e.date
    return f"undated ({one_line(e.date_text)})" if e.date_text else "undated"


def event_line(e: Event) -> str:
    out = f"{event_when(e)} {one_line(e.kind)}: {one_line(e.summary)}"
    if e.place:
        out += f", {one_line(e.place)}"
    if e.planned:
        out += " (planned)"
    return out


def cite_participant(p: Participant, report: Report | ReportSummary) -> str:
    return f"{participant_line(p)}. Source: {citation(report)}"


def cite_claim(c: Claim, report: Report | ReportSummary) -> str:
    return f"{claim_line(c)}. Source: {citation(report)}"


def cite_event(e: Event, report: Report | ReportSummary) -> str:
    return f"{event_line(e)}. Source: {citation(report)}"


def cite_group(group: EventGroup) -> str:
    sources = "; ".join(citation(s.report) for s in group.sources)
    return f"{event_line(group.event)}. Sources: {sources}"


def cite_entity(entity: Entity) -> str:
    detail = [entity.kind, f"{entity.report_count} reports"]
    if entity.roles:
        detail.append("roles: " + ", ".join(one_line(r) for r in entity.roles[:5]))
    return f"{one_line(entity.name)} ({'; '.join(detail)})"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~])")


def md(text: str | None) -> str:
    """Report text as inert Markdown: one line, no controls, markup and HTML escaped."""
    text = one_line(text or "")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # A line starting with '-', '=' or a number and '.' would become structure.
    return re.sub(r"^(\d+)\.", r"\1\\.", re.sub(r"^([-=])", r"\\\1", text))


_KIND_TITLES = {
    "person": "People",
    "country": "Countries",
    "organization": "Organizations",
    "group": "Groups",
    "place": "Places",
    "weapon": "Weapons",
    "other": "Other",
}


def report_markdown(report: Report) -> str:
    """The briefing of one report as Markdown: participants, claims, events, with citations."""
    out = [f"# {md(report.title)}", ""]
    out.append(f"- Date: {md(report.published or 'undated')}")
    if report.source:
        out.append(f"- Source: {md(report.source)}")
    if report.url:
        out.append(f"- URL: {md(report.url)}")
    out.append(f"- Briefing report id: {report.id}")
    out += ["", "## Participants", ""]
    if not report.participants:
        out.append("None found.")
    for kind, title in _KIND_TITLES.items():
        people = [p for p in report.participants if p.kind == kind]
        if people:
            out.append(f"### {title}")
            out.append("")
            for p in people:
                detail = ", ".join(md(x) for x in (p.role, p.affiliation) if x)
                out.append(f"- **{md(p.name)}**" + (f": {detail}" if detail else ""))
            out.append("")
    out += ["## Key claims", ""]
    if not report.claims:
        out.append("None found.")
    for c in report.claims:
        first, second = attribution_order(f"**{md(c.claimant)}**", md(c.cue))
        out.append(f"- {first[1]} {second[1]}: \u201c{md(c.text)}\u201d")
    out += ["", "## Events", ""]
    if not report.events:
        out.append("None found.")
    for e in report.events:
        when = md(e.date) if e.date else ("undated" + (f" ({md(e.date_text)})" if e.date_text else ""))
        line = f"- {when}: {md(e.kind)}, {md(e.summary)}"
        if e.place:
            line += f", {md(e.place)}"
        if e.participants:
            line += " (with " + ", ".join(md(n) for n in e.participants) + ")"
        if e.planned:
            line += " *planned*"
        out.append(line)
    out += ["", "## Citation", "", md(citation(report)), ""]
    return "\n".join(out)


def claim_json(c: Claim) -> dict:
    return {"id": c.id, "report_id": c.report_id, "claimant": c.claimant, "cue": c.cue,
            "text": c.text, "start": c.start, "end": c.end}


def timeline_event_json(source) -> dict:
    """One telling of an event (an EventSource), for `timeline --json` and `entity --json`."""
    e, r = source.event, source.report
    return {
        "event_id": e.id,
        "report_id": r.id,
        "report_title": r.title,
        "report_date": r.published,
        "date": e.date,
        "precision": e.precision,
        "date_text": e.date_text,
        "planned": e.planned,
        "kind": e.kind,
        "summary": e.summary,
        "place": e.place,
        "participants": list(e.participants),
        "start": e.start,
        "end": e.end,
    }


def entity_json(entity: Entity, reports: list[ReportSummary], claims: list[Claim],
                claims_about: list[Claim], events: list) -> dict:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "report_count": entity.report_count,
        "reports": [{"id": r.id, "title": r.title, "date": r.published, "source": r.source} for r in reports],
        "claims": [claim_json(c) for c in claims],
        "claims_about": [claim_json(c) for c in claims_about],
        "timeline": [timeline_event_json(s) for s in events],
    }
