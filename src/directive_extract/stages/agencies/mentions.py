"""The agency stage's working record: one mention of a body, before it becomes a Finding."""

from __future__ import annotations

import re
from dataclasses import dataclass


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
LIST_GAP = re.compile(r"^\s*+(?:(?:,|;|và|,\s*+và|cùng|hoặc)\s*+)?(?:các\s++)?$", re.IGNORECASE)


def lists(flat: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions joined by "," / "và" in the same task: a list that shares one role."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups and groups[-1][-1].task is mention.task and LIST_GAP.match(flat[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups
