"""Syllables a PDF text layer split before their marked vowel, joined: "Sở Xây d ựng", "nhi ệm vụ", "phư ờng".

Some PDF fonts draw a marked vowel as a glyph of its own, and the text layer then prints a space before it:
"Giao UBND các phư ờng, xã: B ạch Đằng", "ch ịu trách nhi ệm thi hành". Every reader of the document (names,
cues, dates) then meets words that do not exist. The space is dropped, so the internal text reads the
syllable whole while every other character keeps its exact place in the source. Two splits are mended
(`resources/split_syllables.json`): a fragment that is a bare onset ("d", "ch", "ngh") before a marked
vowel, and a fragment ending in the first vowel of a pair ("nhi"+"ệm", "phư"+"ờng", "thu"+"ộc") whose
second fragment is that pair's marked vowel and a final, which no word is on its own. A word that ends in a
vowel before a vowel-initial word ("do ảnh hưởng", "thư ở", "các ủy ban") is left alone. A one-letter fragment
may also be a letter of its own ("nhóm B ưu tiên", "Khu B ấp Tân Hòa"): it is joined only in a text where a
font split shows itself, in at least `MIN_PLAIN_SPLITS` splits no letter of its own could make (two letters or
more: "ch ịu", "phư ờng"); such a font splits syllables by the dozen.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..errors import ResourceError
from ..resources import read_json

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_SHAPE_MARKS = "\u0302\u0306\u031b"  # circumflex, breve, horn
MIN_PLAIN_SPLITS = 2
_KEYS = frozenset({"about", "onsets", "label_words", "glide_pairs", "numerals_alone"})


def _marked_vowels() -> str:
    """Every precomposed Vietnamese vowel that carries a tone or shape mark, both cases."""
    out = []
    for code in range(0xC0, 0x1F00):
        char = chr(code)
        base, *marks = unicodedata.normalize("NFD", char)
        if base.lower() in "aeiouy" and marks and all(m in _TONE_MARKS + _SHAPE_MARKS for m in marks):
            out.append(char)
    return "".join(out)


MARKED_VOWELS = _marked_vowels()
# the space before a marked vowel: a plain literal first, so `re` skips ahead to the spaces
SPACE_BEFORE_MARKED = re.compile(f" (?=[{MARKED_VOWELS}])")
_WORD_AFTER = re.compile(r"[^\W\d_]+")


def _strip_tone(char: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", char) if c not in _TONE_MARKS))


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], tuple[tuple[str, str, frozenset[str]], ...], frozenset[str], frozenset[str]]:
    data = read_json("split_syllables.json")
    if set(data) != _KEYS:
        raise ResourceError(
            f"split_syllables.json: keys {sorted(data)}, expected about, onsets, label_words, glide_pairs,"
            " numerals_alone"
        )
    try:
        onsets = frozenset(data["onsets"])
        label_words = frozenset(data["label_words"])
        numerals = frozenset(data["numerals_alone"])
        pairs = tuple((p["ends"], p["opens"], frozenset(p["finals"])) for p in data["glide_pairs"])
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"split_syllables.json: {exc!r}") from exc
    words = [*onsets, *label_words, *numerals, *(w for p in pairs for w in (p[0], p[1], *p[2]))]
    if any(w != w.lower() or not unicodedata.is_normalized("NFC", w) for w in words):
        raise ResourceError("split_syllables.json: every letter group is lower case NFC")
    if not onsets or not pairs or any(len(ends) != 1 or len(opens) != 1 for ends, opens, _ in pairs):
        raise ResourceError("split_syllables.json: onsets and glide pairs of one vowel each are needed")
    if any(len(n) != 1 or n not in onsets for n in numerals):
        raise ResourceError("split_syllables.json: numerals_alone holds one-letter onsets")
    return onsets, pairs, label_words, numerals


def _cased_alike(head: str, tail: str) -> bool:
    """ "d ựng", "B ạch", "TR ƯỜNG" are one word's case; "Tr ƯỜNG" is not."""
    if tail[0].isupper():
        return head.isupper()
    return head[1:].islower() or len(head) == 1


def _is_split(head: str, tail: str) -> bool:
    if not head or not tail or not _cased_alike(head, tail):
        return False
    if any(m in _TONE_MARKS for m in unicodedata.normalize("NFD", head)):
        return False  # a syllable has one tone: a toned first fragment is a word of its own
    onsets, pairs, _, numerals = _rules()
    low_head, low_tail = head.lower(), tail.lower()
    if low_head in onsets:
        return not (head.isupper() and low_head in numerals)  # "Quân khu V ở phía tây": a numeral
    rest = low_head
    for size in (3, 2, 1):
        if low_head[:size] in onsets and len(low_head) > size:
            rest = low_head[size:]
            break
    for ends, opens, finals in pairs:
        if rest in (ends, "u" + ends) and _strip_tone(low_tail[0]) == opens and low_tail[1:] in finals:
            return True
    return False


def _after_a_label_word(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower().rstrip(",") in _rules()[2]


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Every first fragment a split may leave, lower case: an onset, or an onset or "u" before the first vowel
    of a glide pair ("nhi", "thu", "nguy", "đư"); a bare vowel alone is no head ("Tru ng ư ơng" stays)."""
    onsets, pairs, _, _ = _rules()
    return onsets | {o + g + ends for o in onsets | {""} for g in ("", "u") for ends, _, _ in pairs if o + g}


def mended_spaces(text: str) -> list[int]:
    """Offsets of the spaces inside split syllables."""
    spaces = []
    plain = 0  # splits of two letters or more before the space
    heads = _heads()
    for match in SPACE_BEFORE_MARKED.finditer(text):
        at = match.start()
        if not text[at - 1 : at].isalpha():
            continue
        start = at
        while start > 0 and at - start < 5 and text[start - 1].isalpha():
            start -= 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "./&-_"):
            continue  # more than a syllable's letters, or a piece of an abbreviation or a code
        if text[start:at].lower() not in heads:
            continue
        if at - start == 1 and _after_a_label_word(text, start):
            continue  # "điểm c ở khoản 2": a list letter
        tail = _WORD_AFTER.match(text, at + 1)
        if tail and _is_split(text[start:at], tail.group()):
            spaces.append(at)
            if at - start > 1:
                plain += 1
    if plain >= MIN_PLAIN_SPLITS:
        return spaces
    return [at for at in spaces if text[at - 2 : at - 1].isalpha()]
