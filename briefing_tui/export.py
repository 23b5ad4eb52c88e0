"""Reports as the stable JSON contract (`show --json`, `search --json`).

Other tools read these shapes: change them only with a note in README.md.
"""

from __future__ import annotations

from briefing_tui.store.models import MATCH_END, MATCH_START, Report, SearchHit


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
