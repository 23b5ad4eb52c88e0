"""The claim text is the reported content, whole: not cut inside brackets or a
quotation, and a quotation split by its attribution is one claim (issue 3).

Every sentence here was invented for these tests.
"""

from __future__ import annotations

import pytest


def _said(ex):
    found = [c for c in ex.claims if c.cue.split()[0].lower() in ("said", "described", "labeled")]
    assert found, [(c.cue, c.text) for c in ex.claims]
    return found[0]


@pytest.mark.parametrize(
    "body, text",
    [
        ("The ministry said the talks were held in Geneva on Friday (local time).",
         "the talks were held in Geneva on Friday (local time)"),
        ("The ministry said the envoy left on Friday [local time].", "the envoy left on Friday [local time]"),
        ('Keller said the plan was "dead".', 'the plan was "dead"'),
        ("The spokesman described the raid as “unlawful and brutal”.", "the raid as “unlawful and brutal”"),
        ("Ostland labeled the deployment “a grave escalation” of tension.", "the deployment “a grave escalation” of tension"),
    ],
)
def test_content_is_not_cut_inside_brackets_or_quotes(extract_one, body, text):
    claim = _said(extract_one(body, "2024-03-05"))
    assert claim.text == text
    start = body.index(text)
    assert claim.start <= start and start + len(text) <= claim.end


@pytest.mark.parametrize(
    "body, text",
    [
        ('"We will not yield. We will fight on," Keller said.', "We will not yield. We will fight on"),
        ('"We will not yield," Keller said. "We will fight on until the end."',
         "We will not yield. We will fight on until the end"),
        ('Keller said: "We will not yield. We will fight on until the end."',
         "We will not yield. We will fight on until the end"),
    ],
)
def test_a_quotation_of_several_sentences_is_one_claim(extract_one, body, text):
    ex = extract_one(body, "2024-03-05")
    assert [c.text for c in ex.claims] == [text]


def test_seed_ministry_claim_keeps_its_parenthesis(seed):
    _body, ex = seed
    claim = next(c for c in ex.claims if c.cue == "said" and "joint statement" in c.text)
    assert claim.text.endswith("(Canada time)")
