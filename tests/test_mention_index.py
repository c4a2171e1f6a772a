"""The logarithmic span lookups of the agency stage answer as the linear scans they replaced."""

from __future__ import annotations

import random

from directive_extract.stages.agencies.mentions import RawMention, covering, overlapping

SPANS = [(0, 5), (3, 4), (10, 20), (12, 13), (30, 31), (40, 45), (44, 60), (70, 70)]


def test_covering_and_overlapping_answer_as_a_scan() -> None:
    rng = random.Random(15)
    cases = [SPANS] + [
        [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 15)))]
        for _ in range(200)
    ]
    failures = []
    for spans in cases:
        inside = covering([RawMention(a, b, "x", "rule") for a, b in spans])
        overlaps = overlapping(spans)
        for offset in range(-2, 115):
            if inside(offset) != any(a <= offset < b for a, b in spans):
                failures.append(("covering", spans, offset))
            for length in (0, 1, 3, 15):
                start, end = offset, offset + length
                if overlaps(start, end) != any(start < b and a < end for a, b in spans):
                    failures.append(("overlapping", spans, start, end))
    assert not failures, failures[:5]
