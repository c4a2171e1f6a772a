"""The map from the normalized text's offsets back to the source's, kept as a few pieces.

Normalization changes a document in a few places (a "\\r\\n", an NBSP, a zero-width space, an NFD
letter); everywhere else internal character i is source character i + shift. So the map is a list
of pieces, one per stretch between changes, whatever the length of the document: a shifted piece
(character i covers source[i + shift : i + shift + 1]) or a replacement (every character of a text
put in the place of a source stretch covers all of it). A rewrite builds the next map from the
edits alone, in time proportional to their number; a lookup is a bisection. Per-character lists of
Python ints took 80 bytes a character and most of the time of normalizing a long document.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Internal offset -> the source stretch the internal character covers (see the module)."""

    __slots__ = ("_breaks", "_shifts", "_spans", "length")

    def __init__(self, length: int) -> None:
        """The identity over a text of `length` characters."""
        self.length = length
        self._breaks: list[int] = [0] if length else []  # where each piece starts (internal)
        self._shifts: list[int | None] = [0] if length else []  # a shifted piece's shift, else None
        self._spans: list[tuple[int, int] | None] = [None] if length else []  # a replacement's source span

    def __len__(self) -> int:
        return self.length

    def _piece(self, i: int) -> int:
        if not 0 <= i < self.length:
            raise IndexError(f"offset {i} outside a text of {self.length} characters")
        return bisect_right(self._breaks, i) - 1

    def start(self, i: int) -> int:
        """Where in the source internal character i begins."""
        k = self._piece(i)
        shift = self._shifts[k]
        return i + shift if shift is not None else self._spans[k][0]

    def end(self, i: int) -> int:
        """Where in the source internal character i ends (exclusive)."""
        k = self._piece(i)
        shift = self._shifts[k]
        return i + shift + 1 if shift is not None else self._spans[k][1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source stretch of internal characters [start, end) (start < end)."""
        breaks = self._breaks
        if 0 <= start < end <= self.length:
            k = bisect_right(breaks, start) - 1
            if k + 1 == len(breaks) or breaks[k + 1] >= end:  # one piece holds the whole span
                shift = self._shifts[k]
                if shift is not None:
                    return start + shift, end + shift
        return self.start(start), self.end(end - 1)

    def _add(self, at: int, shift: int | None, span: tuple[int, int] | None) -> None:
        if self._breaks and self._shifts[-1] == shift and self._spans[-1] == span:
            return  # the same piece goes on
        self._breaks.append(at)
        self._shifts.append(shift)
        self._spans.append(span)

    def _copy(self, into: OffsetMap, start: int, end: int, moved: int) -> None:
        """Old characters [start, end) keep their source stretches at new offsets `moved` further on."""
        if start >= end:
            return
        k = self._piece(start)
        while k < len(self._breaks) and self._breaks[k] < end:
            shift = self._shifts[k]
            into._add(max(self._breaks[k], start) + moved, None if shift is None else shift - moved, self._spans[k])
            k += 1

    def rewritten(self, edits: list[tuple[int, int, str]]) -> OffsetMap:
        """The map after replacing each [a, b) of `edits` (in order, not overlapping) by its text.

        A replacement of the same length maps character to character; otherwise every new character
        covers the whole replaced source stretch, and an empty replacement deletes it.
        """
        new = OffsetMap(0)
        pos = moved = 0
        for a, b, text in edits:
            self._copy(new, pos, a, moved)
            if len(text) == b - a:
                self._copy(new, a, b, moved)
            elif text:
                new._add(a + moved, None, (self.start(a), self.end(b - 1)))
            moved += len(text) - (b - a)
            pos = b
        self._copy(new, pos, self.length, moved)
        new.length = self.length + moved
        return new


class OffsetView:
    """`doc.starts` or `doc.ends`: the map read as a sequence (`starts[i]`, `len(starts)`)."""

    __slots__ = ("_map", "_read")

    def __init__(self, offsets: OffsetMap, side: str) -> None:
        self._map = offsets
        self._read = offsets.start if side == "start" else offsets.end

    def __len__(self) -> int:
        return len(self._map)

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += len(self._map)
        return self._read(i)
