"""Abbreviations a document defines for a phrase of its own: "an toàn thông tin mạng (sau đây viết tắt là ATTTM)",
"phòng cháy, chữa cháy (PCCC)". A body whose name prints the abbreviation ("Đội Ứng cứu sự cố ATTTM tỉnh Đắk Nông")
is named with the phrase written out, as Decree 30/2020 writes a name in full and as the abbreviation table does
for the abbreviations every document shares. The phrase is the words right before the bracket whose first letters
spell the abbreviation; one that opens with a capital is a body's own name, read as an acronym elsewhere
(short_forms.acronyms_defined)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...names import abbreviation_table
from ...vn import fold_keep_case
from .grammar import SHORT_FORM_BRACKET

# the bracket that defines it, right after the phrase: "(sau đây viết tắt là ATTTM)", "(ATTTM)"
_DEFINED = re.compile(SHORT_FORM_BRACKET + r"(?P<short>[A-ZĐ]{2,10})[ \t]*+\)")
_WORD = re.compile(r"[^\W\d_]++")
PHRASE_REACH = 120  # characters before the bracket read for the phrase: ten words at most


@lru_cache(maxsize=4)
def defined_abbreviations(flat: str) -> dict[str, str]:
    """Each abbreviation the text defines for a phrase in small letters -> the phrase as printed (one space between
    its words, commas kept); the abbreviation table's own and a body's acronym are left out."""
    if "(" not in flat:
        return {}
    known = abbreviation_table()
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(flat):
        short = match.group("short")
        if short in known or short in found:
            continue
        phrase = _phrase_spelling(flat, match.start(), short)
        if phrase is not None:
            found[short] = phrase
    return found


def _phrase_spelling(flat: str, end: int, short: str) -> str | None:
    """The words ending right before `end` whose first letters, folded, spell `short`; None when they do not, or
    when the phrase opens with a capital (a name) or runs over a line or a sentence."""
    window_start = max(0, end - PHRASE_REACH)
    words = list(_WORD.finditer(flat, window_start, end))
    letters = fold_keep_case(short).lower()
    if len(words) < len(letters) or len(letters) < 2:
        return None
    phrase_words = words[-len(letters) :]
    initials = "".join(fold_keep_case(w.group()[0]).lower() for w in phrase_words)
    if initials != letters or phrase_words[0].group()[0].isupper():
        return None
    printed = flat[phrase_words[0].start() : phrase_words[-1].end()]
    if any(mark in printed for mark in ".;:\n()"):
        return None
    return " ".join(printed.split())


def with_phrases_written_out(name: str, table: dict[str, str]) -> str:
    """`name` with each abbreviation the document defined written out ("Đội Ứng cứu sự cố ATTTM tỉnh Đắk Nông" ->
    "Đội Ứng cứu sự cố an toàn thông tin mạng tỉnh Đắk Nông")."""
    if not table:
        return name
    return _pattern(tuple(sorted(table))).sub(lambda m: table[m.group()], name)


@lru_cache(maxsize=64)
def _pattern(shorts: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, sorted(shorts, key=len, reverse=True)))
    return re.compile(rf"(?<![\w&/])(?:{alternatives})(?![\w&/])")
