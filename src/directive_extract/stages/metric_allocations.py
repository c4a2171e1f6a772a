"""Allocation lists: a count of people followed by its share per unit, one metric per unit.

"12 nhân viên thư viện: Tiểu học Hoa Sen: 02; Tiểu học Bình Minh: 03; Mẫu giáo Sao Mai: 01." gives, beside
the 12, one metric per unit ("Tiểu học Hoa Sen: 02"), with the head's indicator, unit and kind: a plan that
allocates staff, quotas or participants among schools, communes or offices prints them so. The list opens
with a colon after the head count on its line and runs, item by item separated by ";", to the sentence's end;
an item is a name (no digits) and its number, with or without a colon
("Mầm non Họa Mi 01"). Two items at least, or it is no list.
"""

from __future__ import annotations

import re

from ..findings import Finding, Quantity
from ..vn import parse_number

# the rest of the head's line up to the colon that opens the list: words, no digits, no sentence end
_OPENER = re.compile(r"[^\d\n:;.]{0,80}:[ \t]*")
# a name is words (no digit, colon, semicolon or full stop), possessive: a word never gives its letters back
_ITEM = re.compile(
    r"(?P<name>[^\W\d_][^\d:;.\s]*+(?:\s++[^\d:;.\s]++){0,15}+)\s*+:?\s*+(?P<n>\d{1,4})(?=\s*+(?:;|\.(?!\d)|$))"
)
_SEPARATOR = re.compile(r"\s*;\s*")


def allocation_lists(text: str, heads: list[Finding]) -> list[Finding]:
    """One finding per unit of each list that follows a count of people in `heads`."""
    found: list[Finding] = []
    for head in heads:
        quantity = head.value
        if not isinstance(quantity, Quantity) or quantity.unit != "person":
            continue
        opener = _OPENER.match(text, head.end)
        if not opener:
            continue
        items: list[re.Match[str]] = []
        at = opener.end()
        while (item := _ITEM.match(text, at)) is not None:
            items.append(item)
            gap = _SEPARATOR.match(text, item.end())
            if not gap:
                break
            at = gap.end()
        if len(items) < 2:
            continue
        for item in items:
            value = parse_number(item.group("n"))
            share = Quantity(value, None, quantity.unit, quantity.kind, None, quantity.as_of)
            found.append(Finding(item.start(), item.end(), "metric", head.label, share, "metric.allocation"))
    return found
