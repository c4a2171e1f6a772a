"""The agency stage's working record: one mention of a body, before it becomes a Finding."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

from ...vocab import AND_JOINER


@dataclass(frozen=True)
class RawMention:
    start: int
    end: int
    name: str
    rule: str
    needs_place: bool = False
    place: str | None = None  # the place appended to the name, if any


@dataclass
class Mention:
    start: int
    end: int
    name: str
    rule: str
    role: str | None = None
    inherited: bool = False
    place: str | None = None
    task: object | None = None  # deepest Item holding it


# what may stand between two bodies of one list ("Sở Y tế, Sở Công Thương và các …")
# (possessive spaces: two optional runs of spaces side by side would backtrack quadratically)
# a body's short form in brackets may follow it ("Sở Giáo dục và Đào tạo (GDĐT), Sở Y tế"), or a longer bracket
# saying what the body is, the list going on after its comma ("Sở Nông nghiệp và Môi trường (cơ quan thường trực
# của Ban Chỉ huy), Sở Xây dựng và …", the bracket wrapped over lines)
# (the separators part is shared with offices.py, whose lists of office holders put a title after it)
LIST_SEPARATORS = r"^\s*+(?:\([^()\n]{1,20}\)\s*+)?(?:(?:" + AND_JOINER + r"|;|cùng|hoặc)\s*+)?"
LIST_GAP = re.compile(
    LIST_SEPARATORS + r"(?:các\s++)?$" r"|^\s*+\([^()]{21,200}\)\s*+(?:" + AND_JOINER + r"|;)\s*+(?:các\s++)?$",
    re.IGNORECASE,
)


def joined_by_the_gap(flat: str, before: Mention, after: Mention) -> bool:
    """Whether `after` follows `before` in one list: only list separators (LIST_GAP) between them."""
    return before.end <= after.start and LIST_GAP.match(flat[before.end : after.start]) is not None


def lists(
    flat: str, mentions: list[Mention], joined: Callable[[str, Mention, Mention], bool] = joined_by_the_gap
) -> list[list[Mention]]:
    """Mentions joined by "," / "và" in the same task (or as `joined` says): a list that shares one role."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups and groups[-1][-1].task is mention.task and joined(flat, groups[-1][-1], mention):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _sorted_spans(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of `spans` in order, and the furthest end among the spans up to each."""
    ordered = sorted(spans)
    return [a for a, _ in ordered], list(accumulate((b for _, b in ordered), max))


def covering(mentions: Iterable[RawMention]) -> Callable[[int], bool]:
    """Whether an offset lies inside one of `mentions` (start <= offset < end), in logarithmic time."""
    starts, ends = _sorted_spans((m.start, m.end) for m in mentions)

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and ends[i] > offset

    return inside


def overlapping(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span [start, end) overlaps one of `spans` (a < end and start < b), in logarithmic time."""
    starts, ends = _sorted_spans(spans)

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end) - 1  # the spans that open before `end`
        return i >= 0 and ends[i] > start

    return overlaps


def join_neighbours(mentions: list[Mention], joined: Callable[[Mention, Mention], Mention | None]) -> list[Mention]:
    """Mentions sorted by start, each pair in a row that `joined` makes one mention replaced by it (the result may
    join the next one too): a unit and its body behind a dash, a committee and "của Quốc hội" after it."""
    out: list[Mention] = []
    for mention in mentions:
        one = joined(out[-1], mention) if out else None
        if one is None:
            out.append(mention)
        else:
            out[-1] = one
    return out


class SpanIndex:
    """Mentions (or raw mentions) by start, for the ones overlapping a span (a list scanned whole for each would
    cost the square of their number); `in_order()` is `sorted(list, key=start)` of the list they would be in had
    each replacement removed the old ones and appended the new one."""

    def __init__(self, mentions: list[Mention] | list[RawMention]) -> None:
        self.entries = sorted(((m.start, at, m) for at, m in enumerate(mentions)), key=lambda e: (e[0], e[1]))
        self.starts = [e[0] for e in self.entries]
        self.longest = max((m.end - m.start for m in mentions), default=0)
        self.added = len(mentions)

    def overlapping(self, start: int, end: int) -> list[Mention | RawMention]:
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        return [m for _, _, m in self.entries[low:high] if m.end > start]

    def replace(self, old: list[Mention | RawMention], new: Mention | RawMention) -> None:
        for mention in old:
            at = next(
                i
                for i in range(bisect_left(self.starts, mention.start), len(self.entries))
                if self.entries[i][2] is mention
            )
            del self.entries[at], self.starts[at]
        entry = (new.start, self.added, new)
        self.added += 1
        at = bisect_right(self.entries, (new.start, entry[1]), key=lambda e: (e[0], e[1]))
        self.entries.insert(at, entry)
        self.starts.insert(at, new.start)
        self.longest = max(self.longest, new.end - new.start)

    def in_order(self) -> list[Mention | RawMention]:
        return [m for _, _, m in self.entries]
