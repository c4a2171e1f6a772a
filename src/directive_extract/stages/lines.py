"""Split the text into lines and reflow hard-wrapped lines into paragraphs.

Text from PDFs arrives wrapped mid-sentence. A line break is soft (the paragraph goes on) when the
line before does not end a sentence or a heading and the next line does not start a new item.
Soft breaks become spaces in `doc.flat`, which keeps the length and so every offset.
"""

from __future__ import annotations

import re

from ..document import Document, Line, Paragraph
from ..vn import fold_keep_case

# a line that starts a new unit: list markers, numbered and lettered items, articles, labels
ITEM_START = re.compile(
    r"""^\s*(?:
        [-–—+•·∙◦▪●○*]\s*\S              # bullets
      | (?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.\-–)/]\s  # I. 1. 1.2. a)
      | (?:Điều|Mục|Phần|Chương)\s+[\dIVXLC]+   # articles and parts
      | (?:Nơi\s+nhận|Kính\s+gửi|Căn\s+cứ|Số\s*:?\s*\S*\d|V/v\b|TM\.|KT\.|TL\.|T/M|K/T|T/L|Q\.)
    )""",
    re.VERBOSE,
)
_SENTENCE_END = re.compile(r"(?:[.:;!?…]|\./\.|[.)]\s*+\*?)\s*+$")  # possessive: linear on trailing spaces
_MIN_WRAPPED_LINE = 40


def _is_upper_line(text: str) -> bool:
    return text.isupper() and sum(c.isalpha() for c in text[:8]) >= 2


def _soft_break(prev: str, nxt: str) -> bool:
    """True when the break between two non-blank lines is inside one paragraph."""
    prev, nxt = prev.strip(), nxt.strip()
    if ITEM_START.match(nxt) or _SENTENCE_END.search(prev):
        return False
    if _is_upper_line(prev) or _is_upper_line(nxt):
        return False
    first = nxt[0]
    if first.islower() or first in "(“\"'":
        return True
    return len(prev) >= _MIN_WRAPPED_LINE or prev.endswith(",")


def split_lines(doc: Document) -> Document:
    """Reads `doc.text`; writes `doc.lines`, `doc.paragraphs`, `doc.flat` (soft breaks as spaces), `doc.folded`."""
    text = doc.text
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    doc.lines = lines

    paragraphs: list[Paragraph] = []
    soft: list[int] = []  # offsets of newlines that are soft breaks
    i = 0
    while i < len(lines):
        if lines[i].blank:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and not lines[j + 1].blank and _soft_break(lines[j].text, lines[j + 1].text):
            soft.append(lines[j].end)
            j += 1
        first, last = lines[i], lines[j]
        start = first.start + (len(first.text) - len(first.text.lstrip()))
        end = last.start + len(last.text.rstrip())
        paragraphs.append(Paragraph(start, end, i, j))
        i = j + 1
    doc.paragraphs = paragraphs

    if soft:
        chars = list(text)
        for offset in soft:
            chars[offset] = " "
        doc.flat = "".join(chars)
    else:
        doc.flat = text
    doc.folded = fold_keep_case(doc.flat)
    return doc
