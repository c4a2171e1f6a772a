"""A signature block printed inside the body: a web page printed to PDF may float the signature's table up between
two items ("3- Sở Lao động … xem xét giải quyết cho người nước ngoài, người Việt Nam định cư ở" / "ỦY BAN NHÂN DÂN
TỈNH …" / "CHỦ TỊCH" / "(Đã ký)" / "Nguyễn Văn A" / "4- Uỷ ban nhân dân xã …"). The signature stage reads the tail
from the block on; the body's items go on after it, numbered in sequence, up to a later tail (a "Nơi nhận" list) or
the end of the text."""

from __future__ import annotations

import re

from ..document import Document
from ..item_labels import ARABIC
from ..vn import is_upper_text
from .signature import find_tail, is_recipients

# lines of the floated block: the authority, the office, "(Đã ký)", the name, and a print header or footer between
FLOATED_LINES = 10
# "4- Uỷ ban …", "4. Uỷ ban …", "4) …": an arabic item opening a line, its number
_ARABIC_ITEM = re.compile(rf"[ \t]*+(?P<label>{ARABIC})[.\-–)][ \t]")


def _arabic_label(text: str) -> int | None:
    """The number of an arabic item that opens the line ("4- Uỷ ban …" → 4), or None."""
    found = _ARABIC_ITEM.match(text)
    return int(found.group("label")) if found else None


AUTHORITY_LINES = 2  # lines in capitals above the office: "TM. ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"


def _authority_line_start(doc: Document, tail_line: int) -> int:
    """The start of the block: the tail's first line, or the lines in capitals right above it that print the
    signing authority ("ỦY BAN NHÂN DÂN TỈNH GIA LAI" above "CHỦ TỊCH")."""
    first = tail_line
    while first > 0 and tail_line - first < AUTHORITY_LINES and is_upper_text(doc.lines[first - 1].text.strip()):
        first -= 1
    return doc.lines[first].start


def body_past_a_floated_signature(doc: Document, body: tuple[int, int]) -> tuple[int, tuple[int, int] | None]:
    """Where the body ends, and the floated signature's span inside it: `body[1]` (the tail's first line) and None,
    or, when the text after the tail's first few lines goes on with the item numbered next after the body's last
    ("3-" … signature … "4-"), the start of a later tail or the end of the text, and the block's span."""
    tail_line = doc.tail.start_line
    if tail_line is None:
        return body[1], None
    last = None
    for line in doc.lines:
        if body[0] <= line.start < body[1] and (number := _arabic_label(line.text)) is not None:
            last = number
    if last is None:
        return body[1], None
    for i in range(tail_line, min(tail_line + 1 + FLOATED_LINES, len(doc.lines))):
        if is_recipients(doc.lines[i].text):
            return body[1], None  # the distribution list: a tail of its own, whatever is numbered in it
        if i > tail_line and _arabic_label(doc.lines[i].text) == last + 1:
            block = (_authority_line_start(doc, tail_line), doc.lines[i].start)
            later = find_tail(doc, i)
            if later.start_line is not None and later.start_line > i:
                return doc.lines[later.start_line].start, block
            return len(doc.text), block
    return body[1], None
