"""Event summaries say who did what to whom, in words of the text (issue 3).

Invented sentences, one class of summary each: a pronoun subject, a passive with
its agent, a bare event noun with the verb that governs it and its arguments, a
light verb with an event noun, and dates kept out of the phrase.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TEXT = """Maria Lopez founded Lopez Robotics Inc. in 2001. Two years later she was fired from the company and she founded Vexa Labs.

Orion Systems Inc. reported record profits on Monday. It acquired Vexa Labs in 2019.

In 2004 Daniel Kerr bought Brightwave Studios, which was acquired by the Walt Disney Company in 2006. Kestrel Games was bought by Sony in 2008.

Harbor Records filed a lawsuit against Zentek Computers in a Paris court on Monday. A class-action lawsuit was filed against Zentek Computers in March.

Harbor Records says Zentek Computers violated an agreement reached between the two companies in 1995.

In 1989 Zentek Computers added audio recording to its computers, prompting Harbor Records to file suit again in 1990.

Zentek Computers held a special event in Berlin on May 3. Its chief executive Anna Berg made an appearance in June to unveil the Zentek Phone.

In a July 16 press conference, Anna Berg said the company would offer a free case. Monday's email announcement surprised investors.

Two years after its launch, Zentek Computers' music store passed Tower Records in May to become the largest music seller.

Falcon Motors Inc. have released several new models. In addition, they have announced the Falcon Roadster in Detroit on March 3.
"""


@pytest.fixture(scope="module")
def events(extract_one):
    ex = extract_one(TEXT, "2020-01-01")
    return ex.events


def _summaries(events, kind: str) -> list[str]:
    return [e.summary for e in events if e.kind == kind]


def _has(events, kind: str, summary: str) -> None:
    got = _summaries(events, kind)
    assert summary in got, (kind, got)


def test_a_pronoun_subject_is_named(events):
    _has(events, "dismissal", "Maria Lopez fired from Lopez Robotics Inc.")
    _has(events, "founding", "Maria Lopez founded Vexa Labs")
    _has(events, "acquisition", "Orion Systems Inc. acquired Vexa Labs")
    _has(events, "announcement", "Falcon Motors Inc. announced Falcon Roadster")  # "they"
    _has(events, "launch", "Zentek Computers launch")  # "its" before the subject it means


def test_a_passive_names_what_it_affects_and_its_agent(events):
    _has(events, "acquisition", "Brightwave Studios acquired by Walt Disney Company")
    _has(events, "acquisition", "Kestrel Games bought by Sony")


def test_a_bare_event_noun_takes_its_verb_subject_and_arguments(events):
    _has(events, "lawsuit", "Harbor Records lawsuit against Zentek Computers")
    _has(events, "lawsuit", "class-action lawsuit against Zentek Computers")
    _has(events, "agreement", "agreement between Harbor Records and Zentek Computers")


def test_a_light_verb_is_summarised_by_its_noun(events):
    _has(events, "lawsuit", "Harbor Records suit")
    _has(events, "event", "Zentek Computers special event")
    _has(events, "appearance", "Anna Berg appearance")


def test_dates_stay_out_of_the_summary(events):
    _has(events, "conference", "press conference")
    _has(events, "announcement", "email announcement")
    for e in events:
        assert not re.search(r"\b(19|20)\d\d\b|Monday|July", e.summary), e.summary


def test_summaries_are_short_and_use_only_words_of_the_text(events):
    words = {w.strip(".") for w in re.findall(r"[\w.'-]+", TEXT)}
    for e in events:
        assert 1 <= len(e.summary.split()) <= 12, e.summary
        for word in re.findall(r"[\w.'-]+", e.summary.split(":")[-1]):
            assert word.strip(".") in words, (word, e.summary)
    one_word = [e.summary for e in events if " " not in e.summary]
    assert not one_word, one_word


@pytest.fixture(scope="module")
def apple():
    """The 30 Wikinews Apple articles, read as ingest reads them, with their events."""
    from briefing_tui.extract.workers import extract_local
    from briefing_tui.ingest.readers import read_reports
    from briefing_tui.records import ReportInput

    reports = [
        item
        for path in sorted((Path(__file__).resolve().parent.parent / "fixtures" / "wikinews-apple").glob("*.md"))
        for item in read_reports(path)
        if isinstance(item, ReportInput)
    ]
    return list(zip(reports, extract_local(reports)))


def test_wikinews_summaries_use_words_of_their_article_and_few_are_one_word(apple):
    one_word, total = [], 0
    for report, ex in apple:
        # The corpus spaces its hyphens ("Wal - Mart"); summaries close them up.
        body = re.sub(r" ([-–/]) ", r"\1", report.body)
        words = {w.strip(".,'’") for w in re.findall(r"[\w.,'’$-]+", body)}
        for e in ex.events:
            total += 1
            if " " not in e.summary:
                one_word.append(e.summary)
            for word in re.findall(r"[\w.,'’$-]+", e.summary.replace(":", " ")):
                assert word.strip(".,'’") in words, (word, e.summary)
    assert total > 120
    # 25 of 163 were a bare word ("fired", "acquired", "lawsuit") before summaries named parties.
    assert len(one_word) <= 10, one_word
