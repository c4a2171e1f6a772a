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
    data = resources.read_json("topics.json")["topics"]
    unknown = set(data) - set(TOPICS)
    if unknown:
        raise ResourceError(f"topics.json: unknown topics {sorted(unknown)}")
    return [
        # lower-cased patterns on lower-cased text: much faster than IGNORECASE (only \\b escapes are used)
        (topic, re.compile("|".join(f"(?:{fold_keep_case(p).lower()})" for p in patterns)))
        for topic, patterns in data.items()
    ]


def cue_positions(folded_text: str) -> dict[str, list[int]]:
    """Start offsets of every topic cue in a document's folded text, per topic (sorted)."""
    lowered = folded_text.lower()
    return {topic: [m.start() for m in pattern.finditer(lowered)] for topic, pattern in _lexicon()}


def topics_in(positions: dict[str, list[int]], start: int, end: int) -> list[str]:
    """Topics with a cue inside [start, end), in vocabulary order."""
    found = []
    for topic, offsets in positions.items():
        i = bisect_left(offsets, start)
        if i < len(offsets) and offsets[i] < end:
            found.append(topic)
    return found
