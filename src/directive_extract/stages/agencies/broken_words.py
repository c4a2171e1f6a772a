"""Words a PDF text layer broke after their capital: "T hành phố", "S ở Y tế", "Ủ y ban nhân dân".

A text layer sometimes spaces a word's first letter from the rest (a drop cap, a font change after the first
glyph). Read as printed, "T" and "hành" are two words and the name around them is lost or runs on. Where a
capital letter standing alone and the lower-case word after it make the first syllable of a type word or a
level word (`type_word` cues, vocab.LEVEL_WORDS), the name readers are given the word whole: the space is
moved after the word ("T hành phố" -> "Thành  phố"), so the text keeps its length and every offset, and a
mention's span covers the broken text as printed. Nothing else is mended: "điểm A và B", "mục C của" stay.

One letter OCR misreads is mended too: the syllable "y" of a term of names (those the gazetteer holds; today
"y tế") read as a capital "V" ("Sở V tế", "Sở\nV tế"), which no name holds. A lone "V" before a syllable that
makes such a term with "y" (a term of the gazetteer's names or the field words) is read as "y", so "Bộ V tế" is
"Bộ Y tế" and a name wrapped before it goes on ("Sở Y tế"); "Quân khu V", "mục V của" stay.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ... import resources
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


@lru_cache(maxsize=1)
def _after_y() -> frozenset[str]:
    """The syllables a term of the gazetteer's names makes with "y" before it ("tế"), lower-cased."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    forms = [f for row in resources.agency_rows() for f in [row["name"], *row["aliases"].split("|")]]
    forms += [cue.phrase for cue in cues if cue.kind == "field_word"]
    found = set()
    for form in forms:
        words = form.lower().split()
        found.update(after for word, after in pairwise(words) if word == "y")
    return frozenset(found) - _first_syllables()  # "Cục Quân y | Bộ Quốc phòng": a name opens there


def mended_words(flat: str, folded: str) -> tuple[str, str]:
    """`flat` and `folded` (same length) with each broken first syllable of a type or level word made whole, the
    space moved after it, and each "V" misread for "y" read as "y"; the same strings when none is broken."""
    flat = _TONE_LOST.sub(_with_its_tone, flat)  # "thành phô": the level word a scan printed without its tone mark
    syllables = _first_syllables()
    spans, misread = [], []
    for match in _BROKEN.finditer(flat):
        start = match.start()
        if start and (flat[start - 1].isalnum() or flat[start - 1] in "-&/"):
            continue  # "ĐH nào", "TP hành": the capital ends a word of its own
        if flat[start] == "V" and flat[start + 2 : match.end()] in _after_y():
            misread.append(start)  # "V tế": "y tế"
            continue
        word = (flat[start] + flat[start + 2 : match.end()]).lower()
        if word in syllables:
            spans.append((start, match.end(), word in LEVEL_FIRST_SYLLABLES and _inside_a_name(flat, start)))
    if not spans and not misread:
        return flat, folded
    flat, folded = _moved(flat, spans), _moved(folded, spans)
    return _read_as_y(flat, misread), _read_as_y(folded, misread)


# the level words a scan prints with a tone mark lost, the lost word no other word there ("thành phô" of "thành phố");
# the same length, so every offset holds
_TONE_LOST = re.compile(r"(?<!\w)([Tt]hành[ \t\n]++)(phô)(?!\w)")


def _with_its_tone(match: re.Match[str]) -> str:
    return match.group(1) + "phố"


def _read_as_y(text: str, starts: list[int]) -> str:
    """`text` with the letter at each of `starts` made "y" (same length)."""
    if not starts:
        return text
    letters = list(text)
    for start in starts:
        letters[start] = "y"
    return "".join(letters)


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
