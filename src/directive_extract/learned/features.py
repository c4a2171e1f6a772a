"""What the CRF sees of each syllable: the word itself with and without diacritics, its shape, its
neighbours, and membership in the project's own vocabularies (the type words that open an agency
name, level words, month and time words). Optionally the word boundaries of underthesea's
segmenter (`word_boundaries=True`) and the open-class features of open_class.py (`open_class=True`),
both measured in scripts/crossval.py.

Features are plain strings ("w=sở", "f-1=giao", "shape=Xx"): python-crfsuite takes them as they are.
"""

from __future__ import annotations

import re
from functools import cache

from ..cues import load_cues
from ..stages.agencies.grammar import NAME_CUE_KINDS
from ..vn import fold_keep_case
from ..vocab import LEVEL_WORDS
from .open_class import open_class_features
from .tokens import Token

_TIME_WORDS = frozenset(
    [
        "ngay",
        "thang",
        "nam",
        "tuan",
        "quy",
        "gio",
        "phut",
        "truoc",
        "han",
        "cham",
        "nhat",
        "hang",
        "dinh",
        "ky",
        "tu",
        "den",
    ]
)
_COUNT_WORDS = frozenset(["nguoi", "ca", "truong", "hop", "mau", "lieu", "mui", "%", "ty", "le", "so", "luong", "tong"])


@cache
def type_words(accented: bool = False) -> frozenset[str]:
    """First syllables of the type words that open a body's name ("sở", "ủy", "ban", "phòng" …), folded
    (or, with `accented`, as written)."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    firsts = {cue.phrase.split()[0].lower() for cue in cues if cue.kind.startswith("type_word")}
    firsts |= {"ủy", "ubnd", "hđnd", "bch", "bcđ", "mttq"}
    return frozenset(firsts if accented else {fold_keep_case(word) for word in firsts})


@cache
def _level_words() -> frozenset[str]:
    return frozenset(fold_keep_case(syllable).lower() for word in LEVEL_WORDS for syllable in word.split()) | {"tp"}


def shape(word: str) -> str:
    if word.isdigit():
        return "d" if len(word) < 3 else "dddd" if len(word) == 4 else "dd+"
    if any(ch.isdigit() for ch in word):
        return "d/d" if any(ch in "/⁄-" for ch in word) else "d.d"
    if not word[0].isalpha():
        return "p" + word if len(word) == 1 else "p"
    if word.isupper():
        return "XX" if len(word) > 1 else "X"
    return "Xx" if word[0].isupper() else "x"


def token_features(
    tokens: list[Token], folded: str, boundaries: list[str] | None = None, open_class: bool = False
) -> list[list[str]]:
    """One feature list per token of a sequence; `folded` is the text without diacritics (same offsets).
    With `open_class`, the features of open_class.py are added."""
    types, levels = type_words(), _level_words()
    lower = [t.text.lower() for t in tokens]
    fold = [folded[t.start : t.end].lower() for t in tokens]
    shapes = [shape(t.text) for t in tokens]
    n = len(tokens)
    out: list[list[str]] = []
    for i in range(n):
        f = fold[i]
        feats = ["b", "w=" + lower[i], "f=" + f, "s=" + shapes[i]]
        if f in types:
            feats.append("type")
        if f in levels:
            feats.append("level")
        if f in _TIME_WORDS:
            feats.append("time")
        if f in _COUNT_WORDS:
            feats.append("count")
        if i == 0:
            feats.append("bos")
        if i == n - 1:
            feats.append("eos")
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < n:
                feats.append(f"f{k:+d}={fold[j]}")
                feats.append(f"s{k:+d}={shapes[j]}")
                if fold[j] in types:
                    feats.append(f"type{k:+d}")
        if i > 0:
            feats.append(f"f-1|f={fold[i - 1]}|{f}")
        if i + 1 < n:
            feats.append(f"f|f+1={f}|{fold[i + 1]}")
        if boundaries is not None:
            feats.append("ws=" + boundaries[i])
            if i + 1 < n:
                feats.append("ws+1=" + boundaries[i + 1])
        out.append(feats)
    if open_class:
        for feats, extra in zip(out, open_class_features(tokens, lower, fold, shapes, types), strict=True):
            feats.extend(extra)
    return out


def word_boundaries(text: str, tokens: list[Token]) -> list[str]:
    """B (a word starts here) or I (inside a word) for each token, from underthesea's word segmenter."""
    from underthesea import word_tokenize  # a dev dependency: only the measured variant uses it

    if not tokens:
        return []
    line = text[tokens[0].start : tokens[-1].end]
    base = tokens[0].start
    inside: set[int] = set()
    pos = 0
    for word in word_tokenize(line):
        at = line.find(word, pos)
        if at < 0:
            continue
        pos = at + len(word)
        for m in re.finditer(r"\s+", word):  # a syllable after a space inside a word continues it
            inside.add(base + at + m.end())
    return ["I" if t.start in inside else "B" for t in tokens]
