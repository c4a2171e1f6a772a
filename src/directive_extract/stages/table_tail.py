"""The tail printed as one table row: a docx or pdf table flattened to "| Nơi nhận: - A; - B. | KT. CHỦ TỊCH
PHÓ CHỦ TỊCH Nguyễn Văn A |" (the left cell the distribution list, the right cell the signing block, their
lines run together). Read here so that the signature stage finds the tail, and what follows it (an attached
plan, a "THUYẾT MINH", an appendix) is read as its own part.
"""

from __future__ import annotations

import re

from ..names import squash
from .signing_positions import TITLE

# a table row whose first cell opens with the "Nơi nhận" label, plain or in markdown emphasis of any depth
# ("**Nơi nhận:**", "***Nơi nhận:***", "_Nơi nhận_:"): the markers are layout, not text
TABLE_RECIPIENTS = re.compile(r"^\s*+\|\s*+[*_]*+\s*+N[ơo]i\s++nh[ậa]n\s*+[*_]*+\s*+:?+\s*+[*_]*+", re.IGNORECASE)
# the row under it that draws the table's rule ("|---|---|")
TABLE_RULE = re.compile(r"^[ \t]*+\|[ \t:|\-–—]*+$")
# a bullet that opens an item inside the flattened cell: after the label, or after the previous item's ";",
# ".", ")" (a dash inside a name, "Văn hóa - Thể thao", "Cục A03 - để b/c", follows none of these)
_ITEM_BULLET = re.compile(r"(?:^|(?<=[;:.)]))\s*[-–•+]\s+")
_FIRST_BULLET = re.compile(r"\s*[-–•+]\s+")
_AUTHORITY = re.compile(r"^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*[./]?\s+")
# a signing position opens with a title (cues/signing_positions.tsv)
_TITLE = re.compile(rf"^(?:PHÓ\s+)?{TITLE}(?!\w)")
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_]*$")  # a word of letters only, as a name prints


def distribution_items(row: str, row_start: int) -> list[tuple[str, int, int]]:
    """The items of the row's first cell, as (text, start, end) offsets into the document."""
    label = TABLE_RECIPIENTS.match(row)
    if label is None:
        return []
    cell_end = row.find("|", label.end())
    cell_end = len(row) if cell_end < 0 else cell_end
    first = _FIRST_BULLET.match(row, label.end())
    bullets = ([first] if first else []) + list(
        _ITEM_BULLET.finditer(row, first.end() if first else label.end(), cell_end)
    )
    bullets_at = [(b.start(), b.end()) for b in bullets] or [(label.end(), label.end())]  # one item, no bullet
    items = []
    for k, (_, start) in enumerate(bullets_at):
        stop = bullets_at[k + 1][0] if k + 1 < len(bullets_at) else cell_end
        raw = row[start:stop]
        text = squash(raw).strip(" ;,.:")
        if not text:
            continue
        lead = len(raw) - len(raw.lstrip())
        end = start + len(raw.rstrip(" ;,.:"))
        items.append((text, row_start + start + lead, row_start + end))
    return items


def signing_block(row: str) -> tuple[str | None, str | None, str | None]:
    """(authority, position, signer) read from the row's second cell: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A".

    The signer is the run of capitalised words that closes the cell; before it, in capitals, the authority
    ("TL. BỘ TRƯỞNG", a prefix and its head's title) and the position, which opens with the next title."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    if len(cells) < 2 or not cells[1]:
        return None, None, None
    words = squash(cells[1].replace("*", " ")).split()
    k = len(words)
    while k > 0 and NAME_WORD.match(words[k - 1]) and words[k - 1][0].isupper() and not words[k - 1].isupper():
        k -= 1
    signer = " ".join(words[k:]) if 2 <= len(words) - k <= 5 else None
    caps = " ".join(words[:k] if signer else words)
    if not caps:
        return None, None, signer
    prefix = _AUTHORITY.match(caps)
    if prefix is None:
        return None, caps, signer
    head = caps[prefix.end() :].split()
    for j in range(1, len(head)):
        if _TITLE.match(" ".join(head[j:])):
            return caps[: prefix.end()] + " ".join(head[:j]), " ".join(head[j:]), signer
    return caps, None, signer
