"""Split the text into lines and reflow hard-wrapped lines into paragraphs.

Text from PDFs arrives wrapped mid-sentence. A line break is soft (the paragraph goes on) when the
line before does not end a sentence or a heading and the next line does not start a new item. Where
a document indents the first line of its paragraphs and prints wrapped lines flush left, an indented
line starts a paragraph. Soft breaks become spaces in `doc.flat`, which keeps the length and so
every offset.

Page furniture (page numbers, page-break marks, running footers: stages/furniture.py) stays with the
paragraph before it, as the last part of a page, and the paragraph goes on across it when its text
does; it never starts a paragraph, so it never opens an item. In `doc.flat` it is blanked.
"""

from __future__ import annotations

import re

from ..document import Document, Line, Paragraph, overwrite_spans
from ..item_labels import BULLET_GLYPHS
from ..patterns import ends_with_photo_credit
from ..vn import UPPER, fold_keep_case
from .furniture import furniture_lines
from .news_orders import opens_with_its_content
from .wrapped_titles import continues_title

# a line that starts a new unit: list markers, numbered and lettered items, articles, labels
ITEM_START = re.compile(
    rf"""^\s*(?:
        [-–—+*{BULLET_GLYPHS}]\s*\S     # bullets, a word processor's too (item_labels)
      | o[ \t]+[{UPPER}]               # a word processor's second-level "o" bullet
      | (?:[IVXLC]{{1,6}}|\d{{1,2}}(?:\.\d{{1,2}})*|[a-zđ])\s*[.\-–)/]\s  # I. 1. 1.2. a)
      | \d{{3,4}}[.)]\s                      # 100. … 1000. of a long list
      | (?:Điều|Mục|Phần|Chương)\s+[\dIVXLC]+   # articles and parts
      | (?:Nơi\s+nhận|Kính\s+gửi|Căn\s+cứ|Số\s*:?\s*\S*\d|V/v\b|TM\.|KT\.|TL\.|T/M|K/T|T/L|Q\.)
    )""",
    re.VERBOSE,
)
_SENTENCE_ENDS = tuple(".:;!?…)")  # the last character of a line that ends a sentence ("./." ends in "." too)
_MIN_WRAPPED_LINE = 40
_FIRST_LINE_INDENT = 4  # an indent this deep starts a paragraph, where wrapped lines are flush left
_MIN_WRAPPED_SAMPLE = 5  # lines that go on in small letters, to tell how a document wraps


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def indents_first_lines(lines: list[Line]) -> bool:
    """True when the document prints wrapped lines flush left: nearly every line that goes on a sentence in
    small letters after a line of text starts in the first column, so an indented line opens a paragraph."""
    return _indents_first_lines([line.text for line in lines], [line.blank for line in lines])


def _indents_first_lines(texts: list[str], blank: list[bool]) -> bool:
    """`indents_first_lines` of the lines' texts, and whether each is blank (read once by `split_lines`)."""
    wrapped = [
        nxt for prev_blank, nxt in zip(blank, texts[1:], strict=False) if not prev_blank and nxt.strip()[:1].islower()
    ]
    flush = sum(_indent(text) <= 1 for text in wrapped)
    return len(wrapped) >= _MIN_WRAPPED_SAMPLE and flush >= 0.8 * len(wrapped)


def _is_upper_line(text: str) -> bool:
    return text.isupper() and sum(c.isalpha() for c in text[:8]) >= 2


def _ends_sentence(stripped: str) -> bool:
    """True when a stripped line ends a sentence: ".:;!?…" or ")", or "." or ")" then a footnote "*"
    ("… quy định.*"). A test of its last characters: a regex anchored at the end is tried from every offset."""
    if stripped.endswith(_SENTENCE_ENDS):
        return True
    return stripped.endswith("*") and stripped[:-1].rstrip().endswith((".", ")"))


def _soft_break(prev: str, nxt: str, indented_first_lines: bool = False) -> bool:
    """True when the break between two non-blank lines is inside one paragraph."""
    if indented_first_lines and _indent(nxt) >= _FIRST_LINE_INDENT and not nxt.strip()[0].islower():
        return False
    prev, nxt = prev.strip(), nxt.strip()
    if ITEM_START.match(nxt) or _ends_sentence(prev) or ends_with_photo_credit(prev):
        return False
    if _is_upper_line(prev) or _is_upper_line(nxt):
        return False
    first = nxt[0]
    if first.isupper() and opens_with_its_content(nxt):
        return False  # "Theo đó, …" under a line without a stop (a report's title): it tells what that line told
    if first.islower() or first in "(“\"'":
        return True
    return len(prev) >= _MIN_WRAPPED_LINE or prev.endswith(",")


def _title_goes_on(lines: list[Line], blank: list[bool], title: int, rest: int) -> bool:
    """A container's title line whose end a conversion carried past a blank line to a line of its own
    (stages/wrapped_titles.py), the line after it blank or the last."""
    after = rest + 1
    alone = after >= len(lines) or blank[after]
    return alone and continues_title(lines[title].text, lines[rest].text)


def split_lines(doc: Document) -> Document:
    """Reads `doc.text`; writes `doc.lines`, `doc.furniture`, `doc.paragraphs`, `doc.flat` (soft breaks and
    furniture as spaces), `doc.folded`."""
    text = doc.text
    texts = text.split("\n")
    lines: list[Line] = []
    pos = 0
    for raw in texts:
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    doc.lines = lines
    blank = [not raw.strip() for raw in texts]  # Line.blank of each, read here once

    furniture = furniture_lines(texts)
    doc.furniture = furniture
    indented = _indents_first_lines(texts, blank)

    def soft(a: int, b: int) -> bool:
        return _soft_break(lines[a].text, lines[b].text, indented)

    paragraphs: list[Paragraph] = []
    spaces: list[tuple[int, int]] = []  # internal ranges that `flat` turns into spaces
    i = 0
    while i < len(lines):
        if blank[i] or i in furniture:
            i += 1
            continue
        j = last = i  # the paragraph's last line of text, and its last line (furniture included)
        while True:
            nxt = last + 1
            if nxt == j + 1 and nxt < len(lines) and not blank[nxt] and nxt not in furniture:
                if not soft(j, nxt):
                    break
                spaces.append((lines[j].end, lines[j].end + 1))
                j = last = nxt
                continue
            k = nxt
            while k < len(lines) and blank[k]:
                k += 1
            if j == i and k > nxt and k < len(lines) and k not in furniture and _title_goes_on(lines, blank, i, k):
                spaces.append((lines[j].end, lines[k].start))  # a title wrapped over a blank line: one paragraph
                j = last = k
                continue
            if k >= len(lines) or k not in furniture:
                break
            while k < len(lines) and (blank[k] or k in furniture):  # furniture stays with this paragraph
                last = k if k in furniture else last
                k += 1
            if k < len(lines) and soft(j, k):  # and the text goes on across the page break
                spaces.append((lines[j].end, lines[k].start))
                j = last = k
                continue
            break
        first, end_line = lines[i], lines[last]
        start = first.start + (len(first.text) - len(first.text.lstrip()))
        end = end_line.start + len(end_line.text.rstrip())
        paragraphs.append(Paragraph(start, end, i, last))
        i = last + 1
    doc.paragraphs = paragraphs

    spaces += [(lines[k].start, lines[k].end) for k in furniture]
    if spaces:
        doc.flat = overwrite_spans(text, spaces, " ")
    else:
        doc.flat = text
    doc.folded = fold_keep_case(doc.flat)
    return doc
