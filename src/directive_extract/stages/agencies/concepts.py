"""A body's name that opens the name of a concept: "Chính phủ số", "Chính phủ điện tử", "chính quyền số" are the
digital government a plan builds, no body that acts (the `concept` cues of agency_names.tsv). A mention the
printed concept runs past is dropped; the body printed alone ("tham mưu Chính phủ", "báo cáo Chính phủ số liệu")
stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cues import alternation, load_cues
from .grammar import NAME_CUE_KINDS
from .mentions import RawMention


@lru_cache(maxsize=1)
def _concept() -> re.Pattern[str]:
    """On the folded, lower-cased text: a concept's whole printed words, no word after them that makes the last
    one another ("số liệu")."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    breakers = alternation(cues, "concept_breaker")
    return re.compile(alternation(cues, "concept") + rf"(?!\w)(?![ \t]++{breakers}(?!\w))")


def without_concepts(lower_folded: str, mentions: list[RawMention]) -> list[RawMention]:
    """The mentions but those a concept's printed name opens with and runs past."""
    concept = _concept()
    kept = []
    for mention in mentions:
        found = concept.match(lower_folded, mention.start)
        if found is None or found.end() <= mention.end:
            kept.append(mention)
    return kept
