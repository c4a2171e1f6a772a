"""Syllables a PDF text layer printed with no space between them: "Ban Chỉhuy Quân sựxã", "bầu cửđại biểu",
"Ban Thường vụĐảng ủy", "nhiệm kỳ2026".

Some PDF text layers drop the space between the words of a line wherever the font's glyphs touched, so every
reader of the document (names, cues, dates) meets words that do not exist. A Vietnamese syllable has one vowel
nucleus: a consonant between two vowels of one run of letters opens a second syllable, the longest onset of the
consonants there opens it and what is left before it must be a final ("nhanhchóng" -> "nhanh chóng", "cửđại" ->
"cử đại"; resources/glued_syllables.json). A small letter before a capital ("vụĐảng") or a digit ("kỳ2026") is
such a join too. The space is put back in the internal text, both characters of the join covering the source's
one: every span still cuts the source exactly.

Loan words and minority names hold the same shapes ("Sêrêpốk", "Êđê"), so the joins are mended only in a text
where the layer shows itself: at least `min_glued` runs that join a marked syllable to the next through a
consonant that is never a final ("sựxã", "Chỉhuy", "cửđại"), which no clean text prints by the handful.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

from ..errors import ResourceError
from ..resources import read_json
from ..vn import LOWER, UPPER
from .split_syllables import MARKED_VOWELS

_KEYS = frozenset({"about", "onsets", "finals", "never_final", "min_glued"})


# the vowels, plain or marked; the small letters only Vietnamese prints (a marked vowel, "đ")
_VOWELS = "aeiouyAEIOUY" + MARKED_VOWELS
_LOWER_VOWELS = "".join(c for c in _VOWELS if c.islower())
_MARKED_LOWER = "".join(c for c in MARKED_VOWELS if c.islower()) + "đ"


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], frozenset[str], str, int]:
    data = read_json("glued_syllables.json")
    if set(data) != _KEYS:
        raise ResourceError(f"glued_syllables.json: keys {sorted(data)}, expected {sorted(_KEYS)}")
    try:
        onsets, finals = frozenset(data["onsets"]), frozenset(data["finals"])
        never_final, min_glued = "".join(data["never_final"]), int(data["min_glued"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"glued_syllables.json: {exc!r}") from exc
    letters = [*onsets, *finals, *data["never_final"]]
    if any(w != w.lower() or not unicodedata.is_normalized("NFC", w) for w in letters) or min_glued < 1:
        raise ResourceError("glued_syllables.json: lower-case NFC letter groups and a positive min_glued")
    if any(len(c) != 1 or c in finals for c in data["never_final"]):
        raise ResourceError("glued_syllables.json: never_final holds single consonants that are no final")
    return onsets, finals, never_final, min_glued


@lru_cache(maxsize=1)
def _telltale() -> re.Pattern[str]:
    """A marked syllable glued to the next through a consonant no final is: "sựxã", "Chỉhuy", "cửđại"."""
    return re.compile(rf"[{_MARKED_LOWER}](?=[{re.escape(_rules()[2])}][{_LOWER_VOWELS}])")


# a run of small letters with a vowel, consonants, a vowel: where a second syllable may open
_JOIN = re.compile(rf"(?<=[{_LOWER_VOWELS}])[^\W\d_{_VOWELS}]++(?=[{_LOWER_VOWELS}])")
# a small letter right before a capital or a digit: "vụĐảng", "kỳ2026"
_CASE_OR_DIGIT = re.compile(rf"[{LOWER}](?=[{UPPER}\d])")


def glued_ends(text: str) -> list[int]:
    """Offsets of the last character before each lost space, in a text whose layer glues syllables; else []."""
    onsets, finals, _, min_glued = _rules()
    if len(list(islice(_telltale().finditer(text), min_glued))) < min_glued:
        return []
    ends: set[int] = set()
    for match in _JOIN.finditer(text):
        run = match.group()
        if not run.islower() or not _holds_a_marked_letter(text, match.start(), after_too=True):
            continue  # "Covid", "Website": a loan word, no Vietnamese letter in it
        for size in range(min(3, len(run)), 0, -1):
            onset, final = run[-size:], run[:-size]
            if onset in onsets and final in finals:
                ends.add(match.end() - size - 1)
                break
    for match in _CASE_OR_DIGIT.finditer(text):
        if _holds_a_marked_letter(text, match.end(), after_too=False):
            ends.add(match.start())
    return sorted(ends)


def _holds_a_marked_letter(text: str, k: int, after_too: bool) -> bool:
    """The letters of the run before offset k, and after it when `after_too`, hold a letter only Vietnamese prints:
    "cửđại" (the whole run), "vụ|Đảng", "kỳ|2026" (the word before a capital or a digit); not "Covid", "i|Phone"."""
    start, end = k, k
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while after_too and end < len(text) and text[end].isalpha():
        end += 1
    return any(c in _MARKED_LOWER for c in text[start:end].lower())
