"""Text -> Extraction (participants, claims, events, dates).

spaCy and dateparser are imported inside the functions that need them, never at
import time, so the browser can import records and this package freely.
"""

from __future__ import annotations

from briefing_tui.records import Extraction, ReportInput


def extract_reports(reports: list[ReportInput]) -> list[Extraction]:
    """Extractions for `reports`, in the same order (several processes for big batches)."""
    from briefing_tui.extract import workers

    return workers.extract(reports)


def submit_reports(reports: list[ReportInput]):
    """Start extracting `reports`; `.result()` of the returned handle gives the
    Extractions in order, `.parts()` task by task (workers.Pending). Ingest
    overlaps this with its writes."""
    from briefing_tui.extract import workers

    return workers.submit(reports)
