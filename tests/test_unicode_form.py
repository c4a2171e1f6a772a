"""A text not in Unicode NFC (base letters followed by combining marks, as some converters and OCR tools
write Vietnamese) reads the same as its NFC copy: every stage, from the header to the signature and the
distribution list, sees one internal form. Only offsets and the printed `text` slices may differ."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from directive_extract import extract

DOCS = Path(__file__).resolve().parent.parent / "corpus" / "docs"
# one document of each printed form: a công văn with "Kính gửi", a plan, a Party resolution, an OCR'd scan with
# "KT. CHỦ TỊCH", a công điện, a news report
STEMS = [
    "002_",
    "hoangluong_10",
    "h4_01_bchtw_nq60",
    "h2_17_krongno_cv808",
    "tvpl25_03",
    "h6_09_vnn_bao4_hue_qtri_dnang",
]
_OFFSET_KEYS = {"span", "text", "source", "evidence"}


def _without_offsets(value):
    if isinstance(value, dict):
        return {k: _without_offsets(v) for k, v in value.items() if k not in _OFFSET_KEYS}
    if isinstance(value, list):
        return [_without_offsets(v) for v in value]
    return value


def _reading(text: str) -> dict:
    return _without_offsets(extract(text).model_dump(mode="json"))


def test_decomposed_text_reads_as_its_composed_copy() -> None:
    failures = []
    for stem in STEMS:
        path = next(DOCS.glob(f"{stem}*.txt"))
        composed = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        decomposed = unicodedata.normalize("NFD", composed)
        assert decomposed != composed
        nfc, nfd = _reading(composed), _reading(decomposed)
        differing = [key for key in nfc if nfc[key] != nfd.get(key)]
        if differing:
            failures.append((stem, differing))
    assert not failures, failures


def test_decomposed_spans_slice_the_decomposed_source() -> None:
    path = next(DOCS.glob("002_*.txt"))
    decomposed = unicodedata.normalize("NFD", path.read_text(encoding="utf-8"))
    notice = extract(decomposed)
    sliced = [(t.text, decomposed[t.span[0] : t.span[1]]) for t in notice.tasks]
    assert sliced and all(text == piece for text, piece in sliced)
