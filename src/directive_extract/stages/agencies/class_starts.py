"""Which agency classes to try where a class may begin: those that can open with the words printed there.

A class mention begins at one of the class start words ("các", "UBND", "Bộ" …, agency_classes.json
"starts"). Tried at a start with every class that may open with its first letter, "các" alone goes
through some forty patterns, and most of the "các" of a document ("các đơn vị", "các địa phương")
begin none. Read from the patterns' source, a class that opens with "các" and spaces then names the
letters its next word may begin with (patterns.first_chars_after: "các Bộ", "các Sở", "các cơ quan"),
so at each start only the classes that the start word and the next word's first letter allow are
tried, in their order: the first that matches is the same as among them all.

The classes kept at a start are tried one by one until their alternation has been asked for often enough
to pay for compiling it (`COMPILE_AFTER` times in this process): a document of a few pages asks a dozen
sets of classes a few times each, and compiling each set's alternation cost more than trying it. Either
way the first class that matches is the same (an alternation tries its branches in order, and nothing
follows it in the pattern).
"""

from __future__ import annotations

import re

from ...patterns import first_chars, first_chars_after

_WORD_THEN_SPACES = re.compile(r"(\w+)(\s*)")
COMPILE_AFTER = 64  # times a set of classes is tried before its alternation is compiled


class ClassStarts:
    """The classes' patterns (named groups dropped) as one alternation per start: group "_i" is class i."""

    def __init__(self, sources: list[str], patterns: list[re.Pattern[str]]) -> None:
        """`sources`: each class's pattern without named groups; `patterns`: the same compiled (re.IGNORECASE)."""
        self.sources = sources
        self.patterns = patterns
        self.branches = [f"(?P<_{i}>{source})" for i, source in enumerate(sources)]
        self.first = [first_chars(source) for source in sources]
        self._after: dict[str, list[frozenset[str] | None]] = {}  # start word -> per class
        self._at: dict[tuple[str, str | None], tuple[int, ...]] = {}  # (word, next letter) -> the classes kept
        self._of: dict[tuple[int, ...], re.Pattern[str]] = {}  # classes kept -> their alternation, once compiled
        self._tries: dict[tuple[int, ...], int] = {}  # classes kept -> times tried one by one

    def first_match(self, folded: str, lower: str, start: int, end: int) -> tuple[int, tuple[int, ...]] | None:
        """(the first class that matches `folded` at `start`, with `end` as its end; the classes that may match
        there, in order), or None when none matches (`lower`: `folded` lowered)."""
        kept = self.at(folded, lower, start, end)
        if not kept:
            return None
        alternation = self._of.get(kept)
        if alternation is None:
            tries = self._tries[kept] = self._tries.get(kept, 0) + 1
            if tries < COMPILE_AFTER:
                for index in kept:
                    if self.patterns[index].match(folded, start, end):
                        return index, kept
                return None
            alternation = self._of[kept] = re.compile("|".join(self.branches[i] for i in kept), re.IGNORECASE)
        found = alternation.match(folded, start, end)
        return (int(found.lastgroup[1:]), kept) if found else None

    def at(self, folded: str, lower: str, start: int, end: int) -> tuple[int, ...]:
        """The classes that may match `folded` at `start` (`lower`: the same lowered), to be matched there with
        `end` as its end, in order; empty when none may."""
        found = _WORD_THEN_SPACES.match(lower, start, end)
        if found is None:
            return self._kept(start_char=folded[start], word=None, next_char=None)
        after = found.end()
        next_char = folded[after] if found.group(2) and after < end else None
        return self._kept(folded[start], found.group(1), next_char)

    def _kept(self, start_char: str, word: str | None, next_char: str | None) -> tuple[int, ...]:
        key = (start_char + (word or ""), next_char)
        kept = self._at.get(key)
        if kept is None:
            afters = self._afters(word) if word is not None else [None] * len(self.sources)
            kept = self._at[key] = tuple(
                i
                for i, (first, after) in enumerate(zip(self.first, afters, strict=True))
                if (first is None or start_char in first) and (after is None or _opens(after, next_char))
            )
        return kept

    def _afters(self, word: str) -> list[frozenset[str] | None]:
        if word not in self._after:
            self._after[word] = [first_chars_after(source, word) for source in self.sources]
        return self._after[word]


def _opens(letters: frozenset[str], next_char: str | None) -> bool:
    """Whether the next word, opening with `next_char` (None: no word after the spaces), opens with one of them."""
    return next_char is not None and next_char in letters
