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
def _lexicon() -> tuple[list[tuple[str, re.Pattern[str]]], list[tuple[str, re.Pattern[str]]]]:
    data = resources.read_json("topics.json")
    unknown = (set(data["topics"]) | set(data.get("weak", {}))) - set(TOPICS)
    if unknown:
        raise ResourceError(f"topics.json: unknown topics {sorted(unknown)}")

    def compile_all(section: dict[str, list[str]]) -> list[tuple[str, re.Pattern[str]]]:
        # lower-cased patterns on lower-cased folded text: much faster than IGNORECASE (only \\b escapes are used)
        return [
            (topic, re.compile("|".join(f"(?:{fold_keep_case(p).lower()})" for p in patterns)))
            for topic, patterns in section.items()
            if patterns
        ]

    return compile_all(data["topics"]), compile_all(data.get("weak", {}))


def cue_positions(folded_text: str) -> dict[str, tuple[list[int], list[int]]]:
    """Start offsets of the strong and the weak cues of every topic in a document's folded text."""
    lowered = folded_text.lower()
    strong, weak = _lexicon()
    positions: dict[str, tuple[list[int], list[int]]] = {topic: ([], []) for topic in TOPICS}
    for index, section in enumerate((strong, weak)):
        for topic, pattern in section:
            positions[topic][index].extend(m.start() for m in pattern.finditer(lowered))
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
