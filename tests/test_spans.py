"""Every span of every corpus document slices the source to exactly its text."""

from __future__ import annotations

import itertools

import pytest

from directive_extract import extract_file
from directive_extract.output import iter_spans
from directive_extract.read import read_file

from .conftest import corpus_texts


@pytest.mark.parametrize("path", corpus_texts(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_all_spans_are_exact(path) -> None:
    source, _ = read_file(path)
    notice = extract_file(path)
    dumped = notice.model_dump()
    bad = [(where, text[:40], span) for where, text, span in iter_spans(dumped) if source[span[0] : span[1]] != text]
    assert not bad
    edged = [(where, text[:40]) for where, text, _ in iter_spans(dumped) if text != text.strip()]
    assert not edged, "a span neither opens nor ends with white space"
    sections = notice.sections
    assert sections, "sections cover the document"
    assert sections[0].span[0] == 0 and sections[-1].span[1] == len(source)
    assert all(a.span[1] == b.span[0] for a, b in itertools.pairwise(sections))
