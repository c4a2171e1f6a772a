"""Name helpers shared by stages: abbreviation expansion, casing of upper-case names, diacritic folding."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import resources

_SPACES = re.compile(r"\s+")
LEVEL_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
_LEVEL_RE = re.compile(r"(?:^|\s)(" + "|".join(LEVEL_WORDS) + r")\s+(\S.*)$", re.IGNORECASE)


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lowercase, drop diacritics (đ -> d): the key for diacritic-insensitive matching."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {row["abbr"]: row["expansion"] for row in resources.abbreviations()}
    keys = sorted(table, key=len, reverse=True)  # longest first: "MTTQVN" before "MTTQ"
    pattern = re.compile(r"(?<![\w&])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])")
    return pattern, table


def expand_abbreviations(text: str) -> str:
    pattern, table = _abbreviation_pattern()
    return pattern.sub(lambda m: table[m.group(1)], text)


def title_place(name: str) -> str:
    """'KIÊN GIANG' -> 'Kiên Giang'; 'hồ chí minh' -> 'Hồ Chí Minh'."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def canonical_upper_name(text: str) -> str:
    """A body name printed in capitals ('TỈNH ỦY KIÊN GIANG', 'UBND HUYỆN HIỆP HÒA') in its usual casing.

    The longest known body at the start takes its gazetteer spelling; a level word and what follows
    it ('tỉnh', 'huyện' …) is a place, whose name is title-cased.
    """
    text = squash(expand_abbreviations(squash(text)))
    gazetteer = resources.gazetteer()
    words = text.split()
    from .agency_matcher import _with_printed_level  # agency_matcher imports this module

    for size in range(len(words), 0, -1):
        printed = " ".join(words[:size])
        head = gazetteer.canonical(printed)
        if head:
            head = _with_printed_level(head, printed)
            return f"{head} {_place_part(words[size:])}".strip()
    lowered = text.lower()
    match = _LEVEL_RE.search(lowered)
    if match:
        head = lowered[: match.start(1)].strip()
        head = gazetteer.canonical(head) or head
        place = _place_part(text[match.start(1) :].split())
        return f"{head[:1].upper()}{head[1:]} {place}".strip()
    return lowered[:1].upper() + lowered[1:]


def _place_part(words: list[str]) -> str:
    """'TỈNH KIÊN GIANG' -> 'tỉnh Kiên Giang'; 'KIÊN GIANG' -> 'Kiên Giang'."""
    text = " ".join(words)
    match = _LEVEL_RE.match(text.lower())
    if match:
        return f"{match.group(1)} {title_place(text[len(match.group(1)) :])}"
    return title_place(text)
