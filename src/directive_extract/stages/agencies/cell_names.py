"""Bodies named in a task table's lead, partner and monitor cells (SCHEMA "Task tables").

Such a cell names bodies and nothing else, so a name its type word opens runs on to the end of its item in
the cell: a comma or "và" before another body ("Khoa Kinh tế và Phòng Đào tạo", "Văn phòng, các Khoa"), a
bracket ("… phát triển (R&D)"), a semicolon, the line's or the cell's end, or a word that opens what a cell
may print after a body ("Hội đồng tự đánh giá theo quyết định số 22": `cell_stop` cues). In running text the
name grammar takes a field's lower-case words only from its vocabulary ("Phòng Xúc tiến nghiên cứu, hợp tác
và phát triển" is read as far as "Xúc tiến"); in a cell the cell says where the name ends. A name read there
is kept as read and goes on with the lower-case words printed after it; a type word printed capitalized that
no reading holds opens a name of its own, from the head to the item's end: a body set up for a task whose
purpose is printed in lower case ("Hội đồng tự đánh giá"), or a unit every body has printed alone ("Văn
phòng": the issuer's own, ANNOTATING "a body's own units" 3).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...names import squash
from ...patterns import lower_same_length
from .grammar import name_patterns, type_words_as_written
from .mentions import RawMention, SpanIndex

# where an item of a cell ends: a mark, or a comma, "và", "&" or "/" before another body ("các …", a type word)
_HARD_STOP = re.compile(r"[;(\n:]")
_JOINER = re.compile(r"(?:(?<![ \t])[ \t]++)?(?:,|(?<!\w)và(?!\w)|&|/)[ \t]*+")  # spaces from their run's start
_CLASS_OPENING = re.compile(r"(?:các|những|mọi)(?!\w)")
_WORD_GAP = re.compile(r"[ \t,]+")
_WORD = re.compile(r"[\w-]+")


def _lower_words(text: str) -> bool:
    """Whether `text` is words a name goes on with after its reading: lower-case words ("và" among them), with
    spaces and commas between them ("nghiên cứu, hợp tác và phát triển"), no digit or mark opening a word."""
    words = _WORD_GAP.split(text.strip())
    return bool(text.strip()) and all(w[:1].isalpha() and w[:1].islower() and _WORD.fullmatch(w) for w in words)


def names_in_cells(flat: str, mentions: list[RawMention], cells: list[tuple[int, int, str]]) -> list[RawMention]:
    """`mentions` with each body of a role cell read to its item's end (the cells: `layout.column_roles`)."""
    if not cells:
        return mentions
    lower = lower_same_length(flat)
    index = SpanIndex(mentions)
    for cell_start, cell_end, _ in cells:
        for start, end in _items(lower, cell_start, cell_end):
            _read_item(flat, lower, index, start, end)
    return index.in_order()


def _items(lower: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a cell: the stretches between its hard stops and the joiners that open another body."""
    patterns = name_patterns()
    items: list[tuple[int, int]] = []
    pos = item_start = start
    while pos < end:
        stop = _HARD_STOP.search(lower, pos, end)
        joiner = _JOINER.search(lower, pos, stop.start() if stop else end)
        if joiner is not None and joiner.end() > joiner.start():
            after = joiner.end()
            if _CLASS_OPENING.match(lower, after) or patterns.type_word.match(lower, after):
                items.append((item_start, joiner.start()))
                pos = item_start = after
                continue
            pos = after
            continue
        cut = stop.start() if stop else end
        items.append((item_start, cut))
        if stop is None:
            break
        close = lower.find(")", stop.end(), end) if stop.group() == "(" else -1
        pos = item_start = close + 1 if close >= 0 else stop.end()
    return [(s, e) for s, e in ((_strip(lower, s, e)) for s, e in items) if e > s]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t.,":
        end -= 1
    return start, end


def _read_item(flat: str, lower: str, index: SpanIndex, start: int, end: int) -> None:
    patterns = name_patterns()
    head = patterns.type_word.match(lower, start, end)
    if head is None:
        return
    stop = patterns.cell_stop.search(lower, head.end(), end)
    if stop is not None:
        end = _strip(lower, start, stop.start())[1]
    inside = index.overlapping(start, end)
    if any(m.start < start or m.end > end for m in inside):
        return  # a reading that runs past the item: another form, left as it is
    if len(inside) == 1 and inside[0].start == start:
        reading = inside[0]
        rest = flat[reading.end : end]
        if reading.end < end and _lower_words(rest) and not reading.rule.startswith("agency.class"):
            name = reading.name + " " + squash(rest.strip())
            index.replace(inside, replace(reading, end=end, name=name, rule=reading.rule + "+cell"))
        return
    if inside or not flat[start].isupper():
        return
    rest = flat[head.end() : end]
    if not rest.strip() and not patterns.own_unit_word.fullmatch(head.group()):
        return  # a type word alone ("Phòng" before a page break) is a unit only if every body has one
    if rest.strip() and not _lower_words(rest):
        return  # capitalized words after the head: the grammar's to read, not the cell's
    written = type_words_as_written().get(squash(head.group()), squash(flat[head.start() : head.end()]))
    index.replace([], RawMention(start, end, squash(written + rest), "agency.grammar+cell"))
