"""Words a PDF text layer broke after their capital: "T hành phố", "S ở Y tế", "Ủ y ban nhân dân".

A text layer sometimes spaces a word's first letter from the rest (a drop cap, a font change after the first
glyph). Read as printed, "T" and "hành" are two words and the name around them is lost or runs on. Where a
capital letter standing alone and the lower-case word after it make the first syllable of a type word or a
level word (`type_word` cues, vocab.LEVEL_WORDS), the name readers are given the word whole: the space is
moved after the word ("T hành phố" -> "Thành  phố"), so the text keeps its length and every offset, and a
mention's span covers the broken text as printed. Nothing else is mended: "điểm A và B", "mục C của" stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import load_cues
from ...vn import LOWER, UPPER
from ...vocab import LEVEL_FIRST_SYLLABLES, LEVEL_WORDS
from .grammar import NAME_CUE_KINDS

# a capital, one space, a lower-case word: the capital's own word is checked in Python (rare matches)
_BROKEN = re.compile(rf"[{UPPER}] [{LOWER}]+(?![\w])")


@lru_cache(maxsize=1)
def _first_syllables() -> frozenset[str]:
    """The first syllables of the type words and level words, lower-cased ("sở", "thành", "ủy", "trung")."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    words = [cue.phrase for cue in cues if cue.kind in ("type_word", "type_word_level")] + list(LEVEL_WORDS)
    return frozenset(word.split()[0].lower() for word in words)


def mended_words(flat: str, folded: str) -> tuple[str, str]:
    """`flat` and `folded` (same length) with each broken first syllable of a type or level word made whole, the
    space moved after it; the same strings when none is broken."""
    syllables = _first_syllables()
    spans = []
    for match in _BROKEN.finditer(flat):
        start = match.start()
        if start and (flat[start - 1].isalnum() or flat[start - 1] in "-&/"):
            continue  # "ĐH nào", "TP hành": the capital ends a word of its own
        word = (flat[start] + flat[start + 2 : match.end()]).lower()
        if word in syllables:
            spans.append((start, match.end(), word in LEVEL_FIRST_SYLLABLES and _inside_a_name(flat, start)))
    if not spans:
        return flat, folded
    return _moved(flat, spans), _moved(folded, spans)


_WORD_BEFORE = re.compile(r"\w[ \t]+$")


def _inside_a_name(flat: str, start: int) -> bool:
    """Whether a broken level word follows a word on its line ("Trung tâm Y tế T hành phố"): it is then the level
    of the name before it, printed in lower case as names print their level ("Trung tâm Y tế thành phố")."""
    return _WORD_BEFORE.search(flat, max(0, start - 4), start) is not None


def _moved(text: str, spans: list[tuple[int, int, bool]]) -> str:
    """`text` with the space at the second character of each span moved to its end ("T hành" -> "Thành "), the
    capital lowered where the span says so."""
    pieces, last = [], 0
    for start, end, lowered in spans:
        first = text[start].lower() if lowered else text[start]
        pieces += [text[last:start], first, text[start + 2 : end], " "]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
