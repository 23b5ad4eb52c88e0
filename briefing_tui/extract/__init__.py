"""Text -> Extraction (participants, claims, events, dates). spaCy is imported only here.

FIRST CUT, to be replaced by the extraction work (issue 3): named entities only.
"""

from __future__ import annotations

from briefing_tui.records import DateRecord, EntityRecord, Extraction, ParticipantRecord, ReportInput

_KINDS = {"PERSON": "person", "GPE": "country", "ORG": "organization", "NORP": "group", "LOC": "place"}


def extract_reports(reports: list[ReportInput]) -> list[Extraction]:
    from briefing_tui.extract import nlp as nlp_loader

    nlp = nlp_loader.load()
    out = []
    for doc in nlp.pipe([r.body for r in reports], batch_size=32):
        ex = Extraction()
        found: dict[str, ParticipantRecord] = {}
        for ent in doc.ents:
            if ent.label_ in _KINDS:
                kind = _KINDS[ent.label_]
                key = f"{kind}:{ent.text.lower()}"
                if key not in found:
                    ex.entities.append(EntityRecord(key, ent.text, kind))
                    found[key] = ParticipantRecord(key)
                    ex.participants.append(found[key])
                found[key].mentions.append((ent.start_char, ent.end_char))
            elif ent.label_ == "DATE":
                ex.dates.append(DateRecord(ent.text, ent.start_char, ent.end_char))
        out.append(ex)
    return out
