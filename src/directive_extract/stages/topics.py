"""Topics per task, from a lexicon kept as data (resources/topics.json)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import resources
from ..errors import ResourceError
from ..schema import Topic
from ..vn import fold_keep_case

TOPICS = Topic.__args__


@lru_cache(maxsize=1)
def _lexicon() -> list[tuple[str, re.Pattern[str]]]:
    """One pattern per topic; a match of the group "weak" is a weak cue."""
    data = resources.read_json("topics.json")
    strong, weak = data["topics"], data.get("weak", {})
    unknown = (set(strong) | set(weak)) - set(TOPICS)
    if unknown:
        raise ResourceError(f"topics.json: unknown topics {sorted(unknown)}")

    def union(patterns: list[str]) -> str:
        # lower-cased patterns on lower-cased folded text: much faster than IGNORECASE (only \\b escapes are used)
        return "|".join(f"(?:{fold_keep_case(p).lower()})" for p in patterns)

    lexicon = []
    for topic in TOPICS:
        parts = [union(strong[topic])] if strong.get(topic) else []
        if weak.get(topic):
            parts.append(f"(?P<weak>{union(weak[topic])})")
        if parts:
            lexicon.append((topic, re.compile("|".join(parts))))
    return lexicon


def cue_positions(folded_text: str) -> dict[str, tuple[list[int], list[int]]]:
    """Start offsets of the strong and the weak cues of every topic in a document's folded text."""
    lowered = folded_text.lower()
    positions: dict[str, tuple[list[int], list[int]]] = {topic: ([], []) for topic in TOPICS}
    for topic, pattern in _lexicon():
        strong, weak = positions[topic]
        for match in pattern.finditer(lowered):
            (weak if match.lastgroup == "weak" else strong).append(match.start())
    return positions


def topics_in(positions: dict[str, tuple[list[int], list[int]]], start: int, end: int) -> list[str]:
    """Topics with a strong cue, or two weak cues, inside [start, end), in vocabulary order."""
    found = []
    for topic in TOPICS:
        strong, weak = positions[topic]
        if _count(strong, start, end, 1) or _count(weak, start, end, 2):
            found.append(topic)
    return found


def _count(offsets: list[int], start: int, end: int, needed: int) -> bool:
    i = bisect_left(offsets, start)
    return i + needed - 1 < len(offsets) and offsets[i + needed - 1] < end
