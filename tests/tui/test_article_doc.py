"""The article text model: safe display text that still maps every stored offset; word wrap."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from briefing_tui.store.models import Report
from briefing_tui.text_safety import for_terminal
from briefing_tui.tui.article_doc import build, safe_with_map, wrap

NASTY = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x1b", "\x1b[31m", "\x1b]0;x\x07", "\x9b", "\u202e", "\u200b", "\t", "\n", "\ufeff", "漢", "\x07"]),
    ),
    max_size=100,
).map("".join)


@given(NASTY)
@settings(max_examples=300, deadline=None)
def test_safe_text_is_for_terminal_and_offsets_map_monotonically(text):
    shown, mapping = safe_with_map(text)
    assert shown == for_terminal(text)
    if mapping is None:
        assert shown == text
        return
    assert len(mapping) == len(text) + 1
    assert list(mapping) == sorted(mapping)
    assert mapping[len(text)] == len(shown)
    # A letter or digit that survives lands on itself.
    for i, ch in enumerate(text):
        j = mapping[i]
        if j < len(shown) and mapping[i + 1] == j + 1 and ch.isalnum():
            assert shown[j] == ch


@given(st.text(alphabet=st.sampled_from(list("ab cd\n漢W\u3000")), max_size=300), st.integers(1, 40))
@settings(max_examples=300, deadline=None)
def test_wrap_covers_every_character_within_the_width(text, width):
    lines = wrap(text, width)
    covered = "".join(text[s:e] for s, e in lines)
    assert covered == text.replace("\n", "")
    for s, e in lines:
        assert cell_len(text[s:e].rstrip()) <= max(width, 2)  # a wide char never splits


def test_spans_point_at_the_same_words_after_cleaning():
    body = "Alpha \x1b[31mBravo\x1b[0m \u202eCharlie\u202c\tDelta"
    report = Report(1, "T", "2024-01-01", "S", None, body)
    doc = build(report)
    start = body.index("Charlie")
    s, e = doc.display_span(start, start + len("Charlie"))
    assert doc.text.plain[s:e] == "Charlie"
    start = body.index("Delta")
    s, e = doc.display_span(start, start + 5)
    assert doc.text.plain[s:e] == "Delta"


def test_markdown_is_styled_but_kept_literal():
    body = "# Heading\n\nSome **bold** and a [link](http://x.invalid) and <b>html</b>.\n\n> quoted"
    doc = build(Report(1, "T", None, None, None, body))
    assert doc.text.plain.endswith(body)
    styles = {doc.text.plain[span.start:span.end]: str(span.style) for span in doc.text.spans}
    assert "bold" in styles["**bold**"]
    assert "underline" in styles["[link](http://x.invalid)"]
    assert "bold" in styles["# Heading"]
