"""Topics per task, from a lexicon kept as data (resources/topics.json)."""

from __future__ import annotations

import re
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
        (topic, re.compile("|".join(f"(?:{fold_keep_case(p)})" for p in patterns), re.IGNORECASE))
        for topic, patterns in data.items()
    ]


def topics_of(folded_text: str) -> list[str]:
    """Topics whose cues occur in a task's (folded) text, in vocabulary order."""
    return [topic for topic, pattern in _lexicon() if pattern.search(folded_text)]
