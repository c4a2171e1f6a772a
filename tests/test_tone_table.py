"""The fast tone-placement rule agrees with underthesea's text_normalize on the corpus vocabulary."""

from __future__ import annotations

import re

import pytest

from directive_extract.document import Document
from directive_extract.stages.normalize import normalize

from .conftest import corpus_texts

underthesea = pytest.importorskip("underthesea")

_OLD_STYLE = re.compile(r"\b\w*(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])\b", re.IGNORECASE)


def test_tone_moves_agree_with_underthesea() -> None:
    words = set()
    for path in corpus_texts():
        # a word segmenter's "_" joins syllables ("Tỉnh_uỷ", h28_f1): each syllable is a word of its own here
        words.update(m.group() for m in _OLD_STYLE.finditer(path.read_text(encoding="utf-8").replace("_", " ")))
    words.update(["hoà", "Hoà", "thuỷ", "Uỷ", "khoẻ", "hoá", "tuỳ", "luỹ", "quý", "Quý"])
    disagreements = []
    for word in sorted(words):
        ours = normalize(Document.from_source(word)).text
        theirs = underthesea.text_normalize(word)
        if ours != theirs:
            disagreements.append((word, ours, theirs))
    assert not disagreements, disagreements
