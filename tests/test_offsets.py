"""The piecewise offset map gives every character the source stretch the per-character lists gave."""

from __future__ import annotations

import random
import re

from directive_extract.document import Document
from directive_extract.offsets import OffsetMap

# (pattern, replacement of a match): shorter, longer, the same length, deleted
REWRITES = [
    (r"\r\n", lambda m: "\n"),
    (r"ab", lambda m: "x"),
    (r"c", lambda m: "yyy"),
    (r"d", lambda m: "D"),
    (r"e+", lambda m: ""),
    (r"xy", lambda m: "zz"),
    (r"y", lambda m: "q"),
]


def _reference(source: str, steps: list[int]) -> tuple[str, list[int], list[int]]:
    """The map as lists a character long, rewritten as the code did before the pieces."""
    text, starts, ends = source, list(range(len(source))), list(range(1, len(source) + 1))
    for step in steps:
        pattern, replace = REWRITES[step]
        pieces, new_starts, new_ends, pos = [], [], [], 0
        for match in re.finditer(pattern, text):
            new, (a, b) = replace(match), match.span()
            if new == match.group():
                continue
            pieces.append(text[pos:a])
            new_starts += starts[pos:a]
            new_ends += ends[pos:a]
            if len(new) == b - a:
                new_starts += starts[a:b]
                new_ends += ends[a:b]
            elif new:
                new_starts += [starts[a]] * len(new)
                new_ends += [ends[b - 1]] * len(new)
            pieces.append(new)
            pos = b
        pieces.append(text[pos:])
        text = "".join(pieces)
        new_starts += starts[pos:]
        new_ends += ends[pos:]
        starts, ends = new_starts, new_ends
    return text, starts, ends


def test_the_map_after_random_rewrites_is_the_reference_map() -> None:
    rng = random.Random(15)
    failures = []
    for _ in range(400):
        source = "".join(rng.choice("abcdexy\r\n ") for _ in range(rng.randint(0, 40)))
        steps = [rng.randrange(len(REWRITES)) for _ in range(rng.randint(1, 5))]
        doc = Document.from_source(source)
        for step in steps:
            doc.rewrite(re.compile(REWRITES[step][0]), REWRITES[step][1])
        text, starts, ends = _reference(source, steps)
        got = (doc.text, [doc.starts[i] for i in range(len(doc.starts))], [doc.ends[i] for i in range(len(doc.ends))])
        if got != (text, starts, ends) or len(doc.starts) != len(text):
            failures.append((source, steps))
    assert not failures, failures[:5]


def test_an_unchanged_text_is_one_piece_and_a_long_one_few() -> None:
    doc = Document.from_source("a\r\nb" * 100_000)
    assert len(doc.offsets._breaks) == 1
    doc.rewrite(re.compile(r"\r\n"), lambda m: "\n")
    assert len(doc.offsets._breaks) == 2 * 100_000 + 1  # a shifted stretch, then a replacement per line break
    assert doc.to_source(0, 3) == (0, 4) and doc.to_source(3, 3) == (4, 4)


def test_offsets_outside_the_text_are_refused() -> None:
    offsets = OffsetMap(3)
    for bad in (-1, 3):
        try:
            offsets.start(bad)
        except IndexError:
            continue
        raise AssertionError(f"offset {bad} was accepted")


def test_a_span_maps_as_its_first_start_and_last_end() -> None:
    rng = random.Random(12)
    failures = []
    for _ in range(200):
        source = "".join(rng.choice("abcdexy\r\n ") for _ in range(rng.randint(1, 40)))
        doc = Document.from_source(source)
        for step in (rng.randrange(len(REWRITES)) for _ in range(rng.randint(0, 4))):
            doc.rewrite(re.compile(REWRITES[step][0]), REWRITES[step][1])
        n = len(doc.text)
        for start in range(n):
            for end in range(start + 1, n + 1):
                if doc.offsets.span(start, end) != (doc.starts[start], doc.ends[end - 1]):
                    failures.append((source, start, end))
    assert not failures, failures[:5]
