"""The start patterns that several recognizers search in the flat text lowered (`patterns.lowered(doc.flat)`),
found in one scan (patterns.StartScan): where a quantity's words may begin (metrics), where a typed citation
may begin (references) and the immediate deadlines ("ngay", "ngay lập tức": deadlines). Each recognizer asks
for its own; the first to ask for a text scans it for all. The patterns are read from their modules when
first needed, so that those modules can import this one."""

from __future__ import annotations

from functools import lru_cache

from ..patterns import StartScan


@lru_cache(maxsize=1)
def flat_starts() -> StartScan:
    from .deadlines import deadline_patterns
    from .metrics import QUANTITY_WORD_START
    from .references import REFERENCE_START

    return StartScan(
        {
            "quantity": QUANTITY_WORD_START,
            "reference": REFERENCE_START,
            "immediate": deadline_patterns().immediate,
        }
    )
