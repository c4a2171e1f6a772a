"""Bodies named in a text layer that an OCR damaged past its accents: "Giao Sâ Xây dirng báo cáo …", "Giao S& Nông
nghip và Phát trin nông thôn …", "Cijc Thông kê tinh", "Các Scy: Tài chInh, Y tê, Du ljch;", "Giao UBND các huyn,
thj xã, thành ph …".

Such a text drops letters and turns others into look-alikes ("ư" → "ir", "ơ" → "cy"), so neither the gazetteer
nor the name grammar finds its bodies, though a reader does. Read only in a document whose words are mostly no
Vietnamese syllable (`is_damaged`): there a word that opens with the capital of a known body's type word ("S",
"Sâ", "Scy" for "Sở"; not a type word of its own, as "Ban" is) and is followed by a capital is read as that type
word, and the words after it as the known body's field closest to them, compared letter by letter with the
accents folded away (rapidfuzz's normalized Indel similarity): "xay dirng" is "xay dung" at 82. A head with a
colon lists its fields ("Các Scy: Tài chInh, Y tê"), one body each. A committee's "UBND" over a damaged list of
level words ("các huyn, thj xã, thành ph") is the level's class, as place_classes.py reads the undamaged list.
Clean documents never reach this reading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Indel

from ...resources import agency_rows
from ...syllables import COMMON, is_syllable
from ...vn import fold_keep_case
from .mentions import RawMention

DAMAGED_SHARE = 0.2  # of a document's words in lower or mixed case: no Vietnamese syllable
SAMPLE_WORDS = 600  # the words read to judge it (a document's first page says it)
MIN_WORDS = 150  # fewer words say nothing
FIELD_SIMILARITY = 0.8  # a field printed damaged and the known field, letters only, accents folded away
MIN_FIELD_LETTERS = 3  # a shorter field matches too much when damaged ("Y tế" has three)
TYPE_SLACK = 2  # a damaged type word may be this many characters longer than the word ("Scy" for "Sở")
TYPE_SIMILARITY = 0.4  # and keeps this much of its letters ("Scy" of "so"; not "CHiT" of "cuc")

_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTERS = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"\S+")
_ADDRESS = re.compile(r"(?<!\S)[^\s/_@]*+[/_@]\S*+")  # a whole token: "https://…", "logo_header.png", "a@b.vn"
_EDGE_PUNCTUATION = "(),.;:\"'“”"
# "UBND" or its full name, then "các" (often damaged to "the", "cac") and up to six words of levels
_COMMITTEE = re.compile(r"(?<!\w)(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uy\s+ban\s+nhan\s+dan)\s++", re.IGNORECASE)
# the undamaged lists place_classes.py reads, letters only: the class each names
_LEVEL_LISTS = {
    "cac huyen thi xa thanh pho": "Ủy ban nhân dân cấp huyện",
    "cac huyen thanh pho": "Ủy ban nhân dân cấp huyện",
    "cac huyen thi xa": "Ủy ban nhân dân cấp huyện",
    "cac xa phuong thi tran": "Ủy ban nhân dân cấp xã",
    "cac xa thi tran": "Ủy ban nhân dân cấp xã",
    "cac tinh thanh pho": "Ủy ban nhân dân cấp tỉnh",
}


def _skeleton(text: str) -> str:
    """The letters of `text`, accents folded away, lower case, words joined by one space."""
    return " ".join(_LETTERS.findall(fold_keep_case(text).lower()))


@lru_cache(maxsize=4)
def is_damaged(flat: str) -> bool:
    """Whether most words of the text are no Vietnamese syllable: a damaged OCR layer, not a clean text with a
    few foreign words and abbreviations (words in capitals are left out)."""
    if len(flat) < MIN_WORDS * 3:  # a line or a short text: too few words to say (and most calls are these)
        return False
    sample = _ADDRESS.sub(" ", flat[: SAMPLE_WORDS * 12])  # a web page's links and file names are no words
    words = [w for w in _WORD.findall(sample) if not w.isupper()][:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return False
    return sum(not _is_syllable(word) for word in words) >= DAMAGED_SHARE * len(words)


_is_syllable = lru_cache(maxsize=16384)(is_syllable)  # the same few thousand words, document after document


@lru_cache(maxsize=1)
def _known_fields() -> dict[str, tuple[tuple[str, int, str], ...]]:
    """For each type word of the gazetteer (as its skeleton: "so", "cuc"), its bodies' fields printed with a
    capital: (field skeleton, words of the field, canonical name)."""
    fields: dict[str, list[tuple[str, int, str]]] = {}
    for row in agency_rows():
        name = row["name"]
        head, _, field = name.partition(" ")
        skeleton = _skeleton(field)
        if field[:1].isupper() and len(skeleton.replace(" ", "")) >= MIN_FIELD_LETTERS:
            fields.setdefault(_skeleton(head), []).append((skeleton, len(field.split()), name))
    return {head: tuple(items) for head, items in fields.items()}


def _type_words_of(token: str, shared: bool = False) -> list[str]:
    """The type words (their skeletons) a damaged token may stand for: those whose capital it opens with, at most
    TYPE_SLACK characters longer; only its own when the token is a type word printed whole ("Sở", "BAN"), none
    when it is another word of the language printed whole ("Sau", "Các"). `shared`: the head of a list after
    "các", printed in small letters ("Các sâ: Cong thuong, …")."""
    word = token.strip(_EDGE_PUNCTUATION)
    if not word or not (word[0].isupper() or shared):
        return []
    own = _skeleton(word).replace(" ", "")
    heads = _known_fields()
    if own in heads:
        return [own]
    if len(own) >= 3 and own in _common_words():
        return []
    first = fold_keep_case(word[0]).lower()
    return [
        head
        for head in heads
        if head[0] == first
        and len(word) <= len(head) + TYPE_SLACK
        and Indel.normalized_similarity(head, own) >= TYPE_SIMILARITY
    ]


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(_skeleton(word) for word in COMMON)


def _best_field(heads: list[str], tokens: list[re.Match[str]], at: int) -> tuple[float, str, int] | None:
    """The known field of one of `heads` closest to the tokens from index `at`: (similarity, name, tokens it
    spans), None below FIELD_SIMILARITY."""
    best: tuple[float, str, int] | None = None
    printed: dict[int, str] = {}  # the tokens' skeleton, by how many are read
    for head in heads:
        for skeleton, words, name in _known_fields()[head]:
            for count in (words - 1, words, words + 1):
                if count < 1 or at + count > len(tokens):
                    continue
                if count not in printed:
                    printed[count] = _skeleton(" ".join(t.group() for t in tokens[at : at + count]))
                score = Indel.normalized_similarity(skeleton, printed[count])
                # a tie goes to the longer name: "Thông kê tinh" is "Cục Thống kê tỉnh", not "Cục Thống kê"
                if best is None or (score, count) > (best[0], best[2]):
                    best = (score, name, count)
    return best if best is not None and best[0] >= FIELD_SIMILARITY else None


def _field_end(token: re.Match[str]) -> int:
    return token.start() + len(token.group().rstrip(_EDGE_PUNCTUATION))


def find_damaged_names(flat: str, region: tuple[int, int]) -> list[RawMention]:
    """Every known body a damaged text names in `region` (none in a clean text)."""
    if not is_damaged(flat):
        return []
    lo, hi = region
    tokens = list(_TOKEN.finditer(flat, lo, hi))
    found: list[RawMention] = []
    k = 0
    while k < len(tokens) - 1:
        shared = k > 0 and tokens[k].group().endswith(":") and _skeleton(tokens[k - 1].group()) == "cac"
        heads = _type_words_of(tokens[k].group(), shared)
        nxt = tokens[k + 1].group().lstrip(_EDGE_PUNCTUATION)
        if not heads or not nxt[:1].isupper():
            k += 1
            continue
        if tokens[k].group().endswith(":"):  # "Các Scy: Tài chInh, Nông nghip …;": one body per field
            members, k = _listed_fields(heads, tokens, k + 1)
            found += members
            continue
        best = _best_field(heads, tokens, k + 1)
        if best is None:
            k += 1
            continue
        _, name, count = best
        last = tokens[k + count]
        found.append(RawMention(tokens[k].start(), _field_end(last), name, "agency.gazetteer+damaged"))
        k += count + 1
    return found + _level_classes(flat, lo, hi)


def _listed_fields(heads: list[str], tokens: list[re.Match[str]], at: int) -> tuple[list[RawMention], int]:
    """The fields a head with a colon lists, parted by commas up to a ";" or a full stop, each the known body it
    comes closest to (a piece that is none is tried as two parted at "và": "Xây dmg và Y tê"); the index of the
    token after the list."""
    found: list[RawMention] = []
    piece: list[re.Match[str]] = []
    k = at
    while k < len(tokens):
        token = tokens[k]
        piece.append(token)
        if token.group().endswith((",", ";", ".")) or k + 1 == len(tokens):
            found += _pieces_named(heads, piece)
            piece = []
            if token.group().endswith((";", ".")):
                return found, k + 1
        k += 1
    return found, k


def _pieces_named(heads: list[str], piece: list[re.Match[str]]) -> list[RawMention]:
    best = _best_field(heads, piece, 0)
    if best is not None and best[2] == len(piece):
        return [RawMention(piece[0].start(), _field_end(piece[-1]), best[1], "agency.gazetteer+damaged")]
    joints = [k for k, token in enumerate(piece) if token.group() == "và" and 0 < k < len(piece) - 1]
    if len(joints) != 1:
        return []
    return _pieces_named(heads, piece[: joints[0]]) + _pieces_named(heads, piece[joints[0] + 1 :])


def _level_classes(flat: str, lo: int, hi: int) -> list[RawMention]:
    """ "UBND các huyn, thj xã, thành ph": the committees of every place of the levels a damaged list names."""
    found = []
    for committee in _COMMITTEE.finditer(flat, lo, hi):
        tokens = list(_TOKEN.finditer(flat, committee.end(), min(hi, committee.end() + 60)))
        best: tuple[float, str, int] | None = None
        for count in range(2, min(len(tokens), 6) + 1):
            printed = _skeleton(" ".join(t.group() for t in tokens[:count]))
            for listed, name in _LEVEL_LISTS.items():
                score = Indel.normalized_similarity(listed, printed)
                if score >= FIELD_SIMILARITY and (best is None or score > best[0]):
                    best = (score, name, count)
        if best is not None:
            found.append(RawMention(committee.start(), _field_end(tokens[best[2] - 1]), best[1], "agency.class"))
    return found
