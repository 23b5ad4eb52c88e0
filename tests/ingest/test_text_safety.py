"""text_safety: what ingest stores and what the CLI prints carry nothing a terminal would act on."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing_tui.text_safety import clean_report_text, for_terminal, json_dumps, mask_for_terminal, one_line

UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
HOSTILE = st.lists(
    st.one_of(
        st.sampled_from([
            "\x1b[31m", "\x1b[0m", "\x1b]52;c;ZXZpbA==\x07", "\x1b]0;pwned\x1b\\", "\x1b]2;title\x9c",
            "\x1bP1$r\x1b\\", "\x9b31m", "\x9d8;;http://x\x9c", "\x1bc", "\x1b(0", "\x1b", "\x07", "\r", "\r\n",
            "\x85", "\u2028", "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\U000e0041", "[bold red]",
            "[@click=app.quit]x[/]", "<script>", "e\u0301", "\t", "\n",
        ]),
        st.text(max_size=20),
    ),
    max_size=30,
).map("".join)

PROPS = settings(max_examples=300, deadline=None)


@PROPS
@given(text=HOSTILE)
@example(text="\x1b]52;c;" + "A" * 5000 + "\x07")
def test_clean_text_is_safe_idempotent_and_nfc(text):
    cleaned = clean_report_text(text)
    assert not UNSAFE.search(cleaned), repr(cleaned)
    assert clean_report_text(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)


@PROPS
@given(text=HOSTILE)
def test_display_functions(text):
    shown = for_terminal(text)
    assert not UNSAFE.search(shown) and "\t" not in shown
    line = one_line(text)
    assert not UNSAFE.search(line) and "\n" not in line and "  " not in line and line == line.strip()
    masked = mask_for_terminal(text)
    assert len(masked) == len(text)  # spans into the text still point at the same characters
    assert not UNSAFE.search(masked) and "\t" not in masked
    # on stored (clean) text, display changes nothing but tabs
    stored = clean_report_text(text)
    assert for_terminal(stored) == stored.replace("\t", "    ")
    assert mask_for_terminal(stored) == stored.replace("\t", " ")


@PROPS
@given(value=st.recursive(st.none() | st.integers() | HOSTILE, lambda c: st.lists(c, max_size=3) | st.dictionaries(HOSTILE, c, max_size=3), max_leaves=10))
def test_json_is_inert_and_lossless(value):
    text = json_dumps(value, indent=2)
    assert not UNSAFE.search(text.replace("\n", "")), repr(text)
    assert json.loads(text) == value


@pytest.mark.parametrize(
    "raw, stored",
    [
        ("red \x1b[31malert\x1b[0m!", "red alert!"),
        ("copy \x1b]52;c;cm0gLXJmIH4=\x07me", "copy me"),  # OSC 52 clipboard write, whole
        ("title \x1b]0;owned\x1b\\here", "title here"),  # window title change
        ("title \x1b]2;owned\x9chere", "title here"),
        ("8-bit \x9b2Jcsi", "8-bit csi"),
        ("link \x1b]8;;http://evil\x07text\x1b]8;;\x07", "link text"),
        ("unterminated \x1b]0;stays visible\nnext", "unterminated 0;stays visible\nnext"),
        ("reset \x1bcall", "reset all"),
        ("bell\x07 nul\x00 del\x7f c1\x85end", "bell nul del c1\nend"),
        ("rtl \u202eevil\u202c and \u2067iso\u2069", "rtl evil and iso"),
        ("zero\u200bwidth Pyong\u200dyang \ufeffbom \u00adsoft", "zerowidth Pyongyang bom soft"),
        ("[bold red]markup[/] [@click=app.quit]x[/]", "[bold red]markup[/] [@click=app.quit]x[/]"),
        ("<b>html</b> [a](javascript:alert(1))", "<b>html</b> [a](javascript:alert(1))"),
        ("windows\r\nand mac\rbreaks", "windows\nand mac\nbreaks"),
        ("cafe\u0301", "café"),
    ],
)
def test_clean_report_text_examples(raw, stored):
    assert clean_report_text(raw) == stored


def test_long_lines_are_kept_whole():
    line = "word " * 2000
    assert clean_report_text(line) == line
    assert len(one_line(line)) == len(line.strip())
