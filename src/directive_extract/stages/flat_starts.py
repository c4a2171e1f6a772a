"""The start patterns that several recognizers search in the flat text lowered (`patterns.lowered(doc.flat)`),
found in one scan (patterns.StartScan): where a quantity's words may begin (metrics) and where a typed
citation may begin (references). Each module registers its pattern when imported (this one imports none of
them); each recognizer asks for its own offsets, and the first to ask for a text scans it for all."""

from __future__ import annotations

import re

from ..patterns import StartScan

_PATTERNS: dict[str, re.Pattern[str]] = {}
_SCAN: list[StartScan] = []  # the scan of the patterns registered so far, built when first asked for


def register(name: str, pattern: re.Pattern[str]) -> None:
    """Add a start pattern (of the shape `lower_start` writes) to the one scan."""
    _PATTERNS[name] = pattern
    _SCAN.clear()


def flat_starts() -> StartScan:
    if not _SCAN:
        _SCAN.append(StartScan(dict(_PATTERNS)))
    return _SCAN[0]
