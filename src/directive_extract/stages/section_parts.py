"""The sections stage's own cues (cues/section_parts.tsv), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..cues import alternation, load_cues

KINDS = frozenset({"context_verb", "folded_opening", "folded_closing", "lead_in_end", "ocr_opening"})


@dataclass(frozen=True)
class SectionParts:
    context_verb: re.Pattern[str]  # on accented text: "… xây dựng Kế hoạch …" in a paragraph's first words
    folded_opening: re.Pattern[str]  # on folded, lower-case text: "can cu …"
    folded_closing: re.Pattern[str]  # on folded, lower-case text: "thong bao de … biet"
    lead_in_end: re.Pattern[str]  # on accented text: "… kết luận:" at its end
    ocr_opening: re.Pattern[str]  # on accented text: "Dé …" at its start


@cache
def section_parts() -> SectionParts:
    cues = load_cues("section_parts.tsv", KINDS)
    return SectionParts(
        context_verb=re.compile(
            rf"^(?P<subject>[^,.;:]{{0,80}}?)(?<!\w){alternation(cues, 'context_verb', fold=False)}(?!\w)",
            re.IGNORECASE,
        ),
        folded_opening=re.compile(rf"^{alternation(cues, 'folded_opening')}(?!\w)"),
        folded_closing=re.compile(alternation(cues, "folded_closing")),
        ocr_opening=re.compile(rf"^{alternation(cues, 'ocr_opening', fold=False)}(?!\w)", re.IGNORECASE),
        lead_in_end=re.compile(rf"(?<!\w){alternation(cues, 'lead_in_end', fold=False)}\s*:\s*$", re.IGNORECASE),
    )
