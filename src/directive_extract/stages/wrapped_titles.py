"""A container's title wrapped over a blank line, as a PDF conversion leaves it.

"Điều 5. Trách nhiệm của Ủy ban nhân dân các phường An Hòa," / blank / "Tân Lập và Phú Mỹ" / blank / "1. …": the
second line is the title's end, not a paragraph of the article's body. Read when the lines are reflowed into
paragraphs (stages/lines.py): the title and its continuation are one paragraph, its blank line a space of the flat
text, so a name runs on across it and the heading names every body its clauses inherit.

A continuation is joined only where the title is visibly cut: its line ends with a comma, a hyphen or a word a
title cannot end on (cues/titles.tsv: "và", "của" …), or the next line goes on in small letters (a name cut
mid-way: "… Thể thao và Truyền" / "thanh - Truyền hình"); and the continuation is one short line that opens no
item.
"""

from __future__ import annotations

import re
from functools import cache

from ..cues import alternation, load_cues
from ..item_labels import ARTICLE_NUMBER, ITEM_MARKER, ROMAN

KINDS = frozenset({"open_end"})

# the heading of a container: an article or a roman part
_CONTAINER_TITLE = re.compile(rf"^\s*(?:Điều\s+{ARTICLE_NUMBER}\s*[.:]|{ROMAN}\s*[.\-–:])\s+\S")
_OPENS_ITEM = re.compile(rf"^\s*(?:{ITEM_MARKER}(?=\S)|Điều\s+\d|[-–—+•*])")
TITLE_CHARS = 160  # a title's line; a longer one is a sentence
CONTINUATION_CHARS = 80  # the rest of a title carried to its own line


@cache
def _open_end() -> re.Pattern[str]:
    """A title's line that ends where no title ends: a comma, a hyphen, a conjunction or a preposition."""
    words = alternation(load_cues("titles.tsv", KINDS), "open_end", fold=False)
    return re.compile(rf"(?:[,\-–]|(?<!\w){words})\s*$", re.IGNORECASE)


def continues_title(title: str, rest: str) -> bool:
    """Whether `rest`, the next line with text after a blank line, is the end of the container title `title`."""
    if "\n" in title.strip() or len(title.strip()) > TITLE_CHARS or not _CONTAINER_TITLE.match(title):
        return False
    rest = rest.strip()
    if not rest or "\n" in rest or len(rest) > CONTINUATION_CHARS or _OPENS_ITEM.match(rest):
        return False
    return rest[0].islower() or _open_end().search(title) is not None
