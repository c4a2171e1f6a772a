"""Name helpers shared by stages: abbreviation expansion, casing of upper-case names, diacritic folding."""

from __future__ import annotations

import re
from functools import lru_cache

from . import resources
from .vn import fold_keep_case

_SPACES = re.compile(r"\s+")
LEVEL_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
_LEVEL_RE = re.compile(r"(?:^|\s)(" + "|".join(LEVEL_WORDS) + r")\s+(\S.*)$", re.IGNORECASE)
# level words printed without diacritics ("TINH HA GIANG"); the folded text has the same length
_FOLDED_LEVELS = [fold_keep_case(w) for w in LEVEL_WORDS]
_FOLDED_LEVEL_RE = re.compile(r"(?:^|\s)(" + "|".join(_FOLDED_LEVELS) + r")\s+(\S.*)$")


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


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

    The longest known body at the start takes its gazetteer spelling (found with or without
    diacritics); a level word and what follows it ('tỉnh', 'huyện' …) is a place, spelled as the
    place list spells it when it is known, title-cased otherwise.
    """
    text = squash(expand_abbreviations(squash(text)))
    words = text.split()
    for size in range(len(words), 0, -1):
        head = known_body(" ".join(words[:size]))
        if head:
            return f"{head} {_place_part(words[size:])}".strip()
    lowered = text.lower()
    match = _LEVEL_RE.search(lowered) or _FOLDED_LEVEL_RE.search(fold_keep_case(lowered))
    if match:
        head = lowered[: match.start(1)].strip()
        head = known_body(head) or head
        place = _place_part(text[match.start(1) :].split())
        return f"{head[:1].upper()}{head[1:]} {place}".strip()
    return lowered[:1].upper() + lowered[1:]


def known_body(printed: str) -> str | None:
    """The canonical name of a body printed in any case, with or without diacritics; its printed level kept."""
    from .agency_matcher import _with_printed_level, fold_key, matcher  # agency_matcher imports this module

    expanded = expand_abbreviations(printed)
    forms = matcher().forms
    form = forms.get(fold_key(expanded)) or forms.get(fold_key(re.sub(r"\s*&\s*", " và ", expanded)))
    if form is None or form.needs_place:
        return None
    return _with_printed_level(form.name, printed)


def known_place(printed: str) -> str | None:
    """A place name as the place list spells it ('HIEP HOA' -> 'Hiệp Hòa'), or None."""
    from .agency_matcher import fold_key, matcher

    found = matcher().places.get(fold_key(printed))
    return found[0] if found else None


def _place_part(words: list[str]) -> str:
    """'TỈNH KIÊN GIANG' -> 'tỉnh Kiên Giang'; 'KIÊN GIANG' -> 'Kiên Giang'."""
    text = " ".join(words)
    match = _LEVEL_RE.match(text.lower()) or _FOLDED_LEVEL_RE.match(fold_keep_case(text.lower()))
    if match:
        rest = text[len(match.group(1)) :].strip()
        level = LEVEL_WORDS[_FOLDED_LEVELS.index(fold_keep_case(match.group(1)))]
        return f"{level} {known_place(rest) or title_place(rest)}"
    return known_place(text) or title_place(text)
