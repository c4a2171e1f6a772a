"""A table's cells and the column a heading cell names: the basics task_tables.py and paragraph_cell_tables.py share.

The columns are the cues of cues/table_columns.tsv: a table is a task table when its heading names the content and
who acts (task_tables.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..cues import load_cues
from ..patterns import first_chars
from ..vn import fold_keep_case

COLUMN_KINDS = frozenset({"number", "content", "lead", "coordinate", "monitor", "time", "product", "note"})


@dataclass
class Cell:
    start: int
    end: int
    text: str
    # the pieces of a cell a page break or a wrapped row printed on two lines (`_continued_row`), each a span
    parts: list[tuple[int, int]] = field(default_factory=list)

    def spans(self) -> list[tuple[int, int]]:
        """Where the cell's text is printed: its one span, or each piece of a cell continued on a later line."""
        return self.parts or ([(self.start, self.end)] if self.text else [])


@lru_cache(maxsize=1)
def _column_patterns() -> tuple[list[tuple[str, re.Pattern[str]]], frozenset[str] | None]:
    """(kind, phrase) of every column cue, and every character a phrase can open with (None when one is not
    known): a cell that opens with another, as nearly every cell of a table's body does, names no column and
    is not tried phrase by phrase."""
    cues = load_cues("table_columns.tsv", COLUMN_KINDS)
    patterns = [(cue.kind, re.compile(cue.pattern + r"(?!\w)")) for cue in cues]
    firsts = [first_chars(pattern.pattern) for _, pattern in patterns]
    return patterns, None if any(first is None for first in firsts) else frozenset().union(*firsts)


def column_of(heading: str) -> str | None:
    """The column a heading cell names ("Cơ quan chủ trì" -> lead), by the longest phrase it opens with."""
    text = fold_keep_case(heading.strip()).lower()
    patterns, openings = _column_patterns()
    if openings is not None and text[:1] not in openings:
        return None
    best = None
    for kind, pattern in patterns:
        match = pattern.match(text)
        if match and (best is None or match.end() > best[0]):
            best = (match.end(), kind)
    return best[1] if best else None
