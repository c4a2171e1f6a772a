"""Schools printed after one shared head with no colon: one agency per school, each with the head.

    các trường THPT Lê Quý Đôn, Đông Hà và Cồn Tiên -> Trường THPT Lê Quý Đôn, … Đông Hà, … Cồn Tiên
    Trường THCS Nguyễn Du, Lê Lợi, Trần Phú          -> the same with one "Trường" (two names or more after it)

A school's own name is a proper name: each member after the first is a run of capitalized words; words in small
letters after it are the sentence going on, and the list ends there. A member that opens a body of its own
("Phòng Giáo dục và Đào tạo") ends the list. Every school is read here, the first too (the grammar reads
"Trường THCS Nguyễn Du và Lê Lợi" as one name). After "các" one name after a comma is enough; after a single
"Trường" a comma alone may print the school's place ("Trường THCS Nguyễn Du, Hà Nội"), so two names after the
first, or one after "và", are needed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...names import abbreviation_table, expand_abbreviations, squash
from ...patterns import opens_a_word
from ...vn import UPPER
from .grammar import name_patterns, school_levels
from .mentions import RawMention

_LIST_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)")
_PROPER_NAME = re.compile(rf"[{UPPER}][\w-]*(?:[ \t]+(?:[{UPPER}][\w-]*|\d+)){{0,4}}")
_REACH = 300  # characters a list of schools may run over
_BLANKS = re.compile(r"[ \t]*+")


@lru_cache(maxsize=1)
def _head() -> re.Pattern[str]:
    """ "các trường", "Trường", then a level of schools in words or as abbreviated, a capitalized name after it."""
    words = set(school_levels())
    abbreviations = {
        abbr
        for abbr, expansion in abbreviation_table().items()
        if all(part.strip() in words for part in re.split(r"\bvà\b", expansion.lower()))
    }
    levels = "|".join(
        sorted(
            [re.escape(w).replace(r"\ ", r"[ \t]+") for w in words]
            + [re.escape(a) for a in abbreviations if a.isupper()],
            key=len,
            reverse=True,
        )
    )
    # opens with the type word's letters, so that re skips to them ("các" before it is read apart: _plural_before)
    return re.compile(rf"[Tt]rường[ \t]+(?P<level>(?i:{levels}))(?![\w&])(?=[ \t]+[{UPPER}])")


_PLURAL_BEFORE = re.compile(r"(?:^|(?<=[^\w&]))[Cc]ác[ \t]+$")


def _plural_before(flat: str, at: int) -> bool:
    """Whether "các" stands right before the head at `at` ("các trường THPT …")."""
    return _PLURAL_BEFORE.search(flat, max(0, at - 8), at) is not None


def find_school_lists(flat: str, region: tuple[int, int]) -> list[RawMention]:
    """The schools after the first of a list that shares the first's head (see the module's note)."""
    lo, hi = region
    found: list[RawMention] = []
    for head in _head().finditer(flat, lo, hi):
        if not opens_a_word(flat, head.start()):
            continue  # inside a word
        plural = _plural_before(flat, head.start())
        first = _PROPER_NAME.match(flat, _BLANKS.match(flat, head.end(), hi).end(), hi)
        if first is None:
            continue
        level = squash(flat[head.start("level") : head.end("level")])
        members: list[tuple[int, int, str]] = []
        pos = first.end()
        limit = min(hi, head.end() + _REACH)
        while (separator := _LIST_SEPARATOR.match(flat, pos, limit)) is not None:
            name = _PROPER_NAME.match(flat, separator.end(), limit)
            if name is None or name_patterns().type_word.match(flat[name.start() : name.end()].lower()):
                break
            members.append((name.start(), name.end(), separator.group().strip()))
            pos = name.end()
            if flat[pos : pos + 1] in (" ", "\t") and _LIST_SEPARATOR.match(flat, pos, limit) is None:
                break  # "… Cồn Tiên tổ chức": the sentence goes on
        if not members or (not plural and len(members) < 2 and members[0][2] != "và"):
            continue
        school = head.start()
        for start, end, _ in [(school, first.end(), ""), *members]:  # the first too: the grammar may read on past it
            own = flat[first.start() : end] if start == school else flat[start:end]
            name = squash(expand_abbreviations(f"Trường {level} {own}"))
            found.append(RawMention(start, end, name, "agency.shared_head"))
    return found
