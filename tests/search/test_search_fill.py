"""search(fill=N): the first screenful of search as you type. Kinds are searched
in the order given and the search stops once N hits are in hand; the kinds not
searched are named in .skipped, and the hits found are exactly those the same
kinds give in a search without `fill` (so the full answer only adds to them)."""

from __future__ import annotations

import pytest

SHOWN = ("participant", "report", "claim", "event")


def _by_kind(hits):
    out: dict[str, list] = {}
    for h in hits:
        out.setdefault(h.kind, []).append((h.id, h.snippet))
    return out


@pytest.mark.parametrize("text", ["korea", "minister", "the", "m", "troops after:2020"])
@pytest.mark.parametrize("fill", [1, 3, 8, 10_000])
def test_fill_stops_after_the_kinds_that_fill_it(synthetic, text, fill):
    whole = synthetic.search(text, limit=10, prefix=True)
    first = synthetic.search(text, limit=10, prefix=True, kinds=SHOWN, fill=fill)
    searched = [k for k in SHOWN if k not in first.skipped]
    assert list(first.skipped) == list(SHOWN[len(searched):])  # a tail, in the order given
    got, want = _by_kind(first), _by_kind(whole)
    for kind in searched:
        assert got.get(kind, []) == want.get(kind, []), kind
    assert not set(got) & set(first.skipped)
    if first.skipped:  # stopped because the kinds before had enough
        assert sum(len(want.get(k, [])) for k in searched) >= fill
    else:
        assert _by_kind(first) == want


def test_without_fill_every_kind_is_searched(synthetic):
    for text in ("minister", "korea", "the"):
        assert synthetic.search(text, limit=10, prefix=True).skipped == ()
        assert synthetic.search(text, limit=10, prefix=True, kinds=SHOWN, fill=10**6).skipped == ()
