"""Name helpers shared by stages: abbreviation expansion, squashed spaces, title-cased places (no gazetteer)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import resources
from .patterns import word_start
from .vn import LOWER, UPPER


def squash(text: str) -> str:
    r"""Runs of spaces as one space, none at the ends: `re.sub(r"\s+", " ", text).strip()`, a third of the time
    (str.split and re's \s agree on every code point, a test checks it)."""
    return " ".join(text.split())


# a dash with a space on one side only, between two words of a name ("Hành chính -Tổng hợp", "Kế hoạch- Tài vụ")
_ONE_SIDED_DASH = re.compile(r"(?<=\S) ([-–])(?=\S)|(?<=\S)([-–]) (?=\S)")


def spaced_dashes(name: str) -> str:
    """The dash between two parts of a name with a space on each side, as the gazetteer prints it ("Phòng Hành chính
    - Tổng hợp"); a dash printed tight ("Bà Rịa-Vũng Tàu") or spaced on both sides is left as printed."""
    if "- " not in name and " -" not in name and "– " not in name and " –" not in name:
        return name
    return _ONE_SIDED_DASH.sub(lambda m: f" {m.group(1) or m.group(2)} ", name)


# the one city whose level word is part of its official name (Nghị quyết of the National Assembly, 02/7/1976, naming
# "Thành phố Hồ Chí Minh"): printed so in every name of its bodies ("Sở Y tế Thành phố Hồ Chí Minh")
_CITY_NAMED_WITH_ITS_LEVEL = re.compile(r"(?<!\w)thành phố Hồ Chí Minh(?!\w)")


def official_city_name(name: str) -> str:
    """`name` with "thành phố Hồ Chí Minh" written as the city's official name, "Thành phố Hồ Chí Minh"."""
    return _CITY_NAMED_WITH_ITS_LEVEL.sub("Thành phố Hồ Chí Minh", name) if "Hồ Chí Minh" in name else name


@lru_cache(maxsize=1)
def abbreviation_table() -> dict[str, str]:
    """Each abbreviation of abbreviations.csv -> its expansion ("TTYT" -> "Trung tâm Y tế")."""
    return {row["abbr"]: row["expansion"] for row in resources.abbreviations()}


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = abbreviation_table()
    keys = sorted(table, key=len, reverse=True)  # longest first: "MTTQVN" before "MTTQ"
    pattern = re.compile(r"(?<![\w&])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])")
    return pattern, table


def expand_abbreviations(text: str) -> str:
    pattern, table = _abbreviation_pattern()
    return pattern.sub(lambda m: table[m.group(1)], text)


def title_place(name: str) -> str:
    """'KIÊN GIANG' -> 'Kiên Giang'; 'hồ chí minh' -> 'Hồ Chí Minh'."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def capitalized_run(words: list[str], from_end: bool = False) -> list[str]:
    """The longest run of capitalized words at the start (or end) of `words`."""
    seq = reversed(words) if from_end else words
    run: list[str] = []
    for word in seq:
        if not word[:1].isupper() or not word[:1].isalpha():
            break
        run.append(word)
    return run[::-1] if from_end else run


@lru_cache(maxsize=1)
def name_pattern() -> re.Pattern[str]:
    """A personal name: a Vietnamese family name (resources/surnames.txt), then one to four capitalized syllables."""
    text = resources._read_text("surnames.txt")
    names = [s.strip() for s in text.splitlines() if s.strip() and not s.startswith("#")]
    surnames = sorted((re.escape(n) for n in names), key=len, reverse=True)
    syllable = rf"[{UPPER}][{LOWER}]+"
    # `(?<!\w)(?:surnames)…`, written so that re skips to the surnames' first letters
    return re.compile(rf"{word_start(surnames)}(?:\s+(?-i:{syllable})){{1,4}}(?![\w])")
