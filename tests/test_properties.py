"""Property-based: extract() never raises on arbitrary or mutated text, and every span is exact."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directive_extract import extract
from directive_extract.output import iter_spans

from .conftest import CORPUS_DIR

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = VIETNAMESE + VIETNAMESE.upper() + "0123456789 .,;:-–/()*+%\n\r\t\u00a0\u200b\u0300\u0301\u0323\ufeff"
SAMPLES = [p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.glob("*.txt"))[:8]]


def check(text: str) -> None:
    notice = extract(text)
    for where, value, (start, end) in iter_spans(notice.model_dump()):
        assert text[start:end] == value, where


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_arbitrary_text(text: str) -> None:
    check(text)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), st.text(alphabet=ALPHABET, max_size=30)), max_size=6),
)
def test_mutated_corpus_text(sample: str, edits: list[tuple[float, float, str]]) -> None:
    text = sample
    for a, b, insert in edits:
        i, j = sorted((int(a * len(text)), int(b * len(text))))
        text = text[:i] + insert + text[j:] if (j - i) < 2000 else text[:i] + insert + text[i:j] + text[i:j]
    check(text)
