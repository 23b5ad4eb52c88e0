"""Hard-wrapped prose read as the sentences it holds.

The pipeline starts a sentence at every line break (nlp.PARAGRAPHS), which keeps
headlines, datelines and paragraphs apart. A report wrapped at a fixed width
breaks its sentences too: "led by the foreign minister / Ana Costa" lost the
title of its name. A break inside wrapped prose is read as a space, one
character for one, so every offset into the report stays the same.
"""

from __future__ import annotations

import re

_WIDEST_WRAP = 120  # a report with longer lines puts one paragraph on a line
_ENDS_SENTENCE = re.compile(r"""[.!?:;"'”’)\]]\s*$""")
_STARTS_BLOCK = re.compile(r"""\s*([-*+#>|•–—=]|\d+[.)]\s)""")


def unwrap(text: str) -> str:
    """`text` with each line break inside a wrapped sentence replaced by a space.

    A report is wrapped when its longest line is at most _WIDEST_WRAP characters;
    a break is inside a sentence when the line before it is nearly as long as the
    widest (so not a headline or the short last line of a paragraph), is not the
    first line, does not end a sentence, and the next line is text, not a list
    item, quotation or heading."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    widest = max(len(line.rstrip()) for line in lines)
    if widest > _WIDEST_WRAP or len(lines) < 3:
        return text
    first = next((k for k, line in enumerate(lines) if line.strip()), len(lines))  # the headline, if any
    out = []
    for k, line in enumerate(lines[:-1]):
        out.append(line)
        body = line.rstrip()
        nxt = lines[k + 1]
        join = k > first and len(body) >= 0.75 * widest and not _ENDS_SENTENCE.search(body) and (
            nxt[:1].isalnum() and not _STARTS_BLOCK.match(nxt)
        )
        out.append(" " if join else "\n")
    out.append(lines[-1])
    return "".join(out)
