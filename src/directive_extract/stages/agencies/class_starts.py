"""Which agency classes to try where a class may begin: those that can open with the words printed there.

A class mention begins at one of the class start words ("các", "UBND", "Bộ" …, agency_classes.json
"starts"). Tried at a start with every class that may open with its first letter, "các" alone goes
through some forty patterns, and most of the "các" of a document ("các đơn vị", "các địa phương")
begin none. Read from the patterns' source, a class that opens with "các" and spaces then names the
letters its next word may begin with (patterns.first_chars_after: "các Bộ", "các Sở", "các cơ quan"),
so at each start only the classes that the start word and the next word's first letter allow are
tried, in their order: the first that matches is the same as among them all.
"""

from __future__ import annotations

import re

from ...patterns import first_chars, first_chars_after

_WORD_THEN_SPACES = re.compile(r"(\w+)(\s*)")


class ClassStarts:
    """The classes' patterns (named groups dropped) as one alternation per start: group "_i" is class i."""

    def __init__(self, sources: list[str]) -> None:
        self.sources = sources
        self.branches = [f"(?P<_{i}>{source})" for i, source in enumerate(sources)]
        self.first = [first_chars(source) for source in sources]
        self._after: dict[str, list[frozenset[str] | None]] = {}  # start word -> per class
        self._at: dict[tuple[str, str | None], re.Pattern[str] | None] = {}  # (word, next letter) -> pattern
        self._of: dict[tuple[int, ...], re.Pattern[str] | None] = {}  # classes kept -> their alternation
        self.kept: dict[re.Pattern[str], tuple[int, ...]] = {}  # an alternation -> the classes in it, in order

    def at(self, folded: str, lower: str, start: int, end: int) -> re.Pattern[str] | None:
        """The alternation of the classes that may match `folded` at `start` (`lower`: the same lowered), to be
        matched there with `end` as its end; None when none may."""
        found = _WORD_THEN_SPACES.match(lower, start, end)
        if found is None:
            return self._alternation(start_char=folded[start], word=None, next_char=None)
        after = found.end()
        next_char = folded[after] if found.group(2) and after < end else None
        return self._alternation(folded[start], found.group(1), next_char)

    def _alternation(self, start_char: str, word: str | None, next_char: str | None) -> re.Pattern[str] | None:
        key = (start_char + (word or ""), next_char)
        if key in self._at:
            return self._at[key]
        afters = self._afters(word) if word is not None else [None] * len(self.sources)
        kept = tuple(
            i
            for i, (first, after) in enumerate(zip(self.first, afters, strict=True))
            if (first is None or start_char in first) and (after is None or _opens(after, next_char))
        )
        if kept not in self._of:
            self._of[kept] = re.compile("|".join(self.branches[i] for i in kept), re.IGNORECASE) if kept else None
            if kept:
                self.kept[self._of[kept]] = kept
        self._at[key] = self._of[kept]
        return self._of[kept]

    def _afters(self, word: str) -> list[frozenset[str] | None]:
        if word not in self._after:
            self._after[word] = [first_chars_after(source, word) for source in self.sources]
        return self._after[word]


def _opens(letters: frozenset[str], next_char: str | None) -> bool:
    """Whether the next word, opening with `next_char` (None: no word after the spaces), opens with one of them."""
    return next_char is not None and next_char in letters
