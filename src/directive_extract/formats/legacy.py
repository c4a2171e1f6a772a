"""Legacy Vietnamese 8-bit text: TCVN3 (ABC), VNI-Windows and Windows-1258, detected and converted to NFC.

Provincial archives still hold text typed with .VnTime (TCVN3) or VNI-Times fonts and saved as plain
bytes, plus some Windows-1258. None of them is labelled, and each decodes any byte, so we decode a
sample with every table and keep the one whose words read as Vietnamese (`vietnamese.score`).
The tables are data, in `resources/legacy_encodings.json`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from importlib import resources as importlib_resources

from ..errors import BinaryInputError, DecodeError, ResourceError
from ..syllables import Score, is_syllable, letters, score

_TABLE_FILE = "legacy_encodings.json"
_SAMPLE = 64 * 1024  # bytes scored per candidate; the winner then decodes the whole file
MIN_SHARE = 0.7  # below this share of well-formed words no table is believed
_MAX_CONTROL_SHARE = 0.005
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f-\x9f]")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1)
def tables() -> dict[str, dict[int, str]]:
    """The byte tables, checked: hex byte keys, non-empty values, no byte in two VNI roles."""
    try:
        raw = json.loads(
            importlib_resources.files("directive_extract").joinpath("resources", _TABLE_FILE).read_text("utf-8")
        )
        parsed = {
            name: {int(key, 16): value for key, value in raw[name].items()}
            for name in ("tcvn3", "tcvn3_punctuation", "vni_letters", "vni_marks")
        }
    except (OSError, KeyError, ValueError, AttributeError) as exc:
        raise ResourceError(f"{_TABLE_FILE}: unreadable ({exc})") from exc
    for name, table in parsed.items():
        if not all(0 <= key < 256 and isinstance(value, str) and value for key, value in table.items()):
            raise ResourceError(f"{_TABLE_FILE}: {name} needs byte keys 00-FF and non-empty strings")
    if set(parsed["vni_letters"]) & set(parsed["vni_marks"]):
        raise ResourceError(f"{_TABLE_FILE}: a VNI byte is both a letter and a mark")
    return parsed


# --- TCVN3 -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _tcvn3_maps() -> tuple[dict[int, str], re.Pattern[str], dict[str, str]]:
    table = tables()
    translate = {byte: char for byte, char in table["tcvn3"].items()}
    punctuation = {chr(byte): char for byte, char in table["tcvn3_punctuation"].items()}
    ambiguous = re.compile("[" + "".join(map(re.escape, punctuation)) + "]")
    return translate, ambiguous, punctuation


def _word_at(text: list[str], index: int) -> str:
    start = end = index
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end + 1 < len(text) and text[end + 1].isalpha():
        end += 1
    return "".join(text[start : end + 1])


_WORD = re.compile(r"\w+")


def _capitalize_h_font(match: re.Match[str]) -> str:
    """ "THôNG" -> "THÔNG": in the .VnTimeH capital fonts a toned capital is typed as the lowercase code
    (TCVN3 has no code for it) between ASCII capitals. Two ASCII capitals and no ASCII lowercase decide."""
    word = match.group()
    if word.isascii() or word.islower() or any("a" <= c <= "z" for c in word):
        return word
    if sum("A" <= c <= "Z" for c in word) < 2:
        return word
    return word.upper()


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes to NFC text. Bytes 0x85 and 0x91-0x97 are capitals in TCVN 5712 but curly quotes
    and dashes in text Word saved from a .VnTime document: a letter only inside a capitalised syllable
    ("CỘNG"); beside lowercase letters ("ra”", "“a)") or alone they are punctuation."""
    translate, ambiguous, punctuation = _tcvn3_maps()
    raw = data.decode("latin-1")
    text = raw.translate(translate)
    positions = [match.start() for match in ambiguous.finditer(raw)]
    if positions:
        chars = list(text)
        for _ in range(3):  # "HÒA…": each choice changes its neighbour's word, so settle in a few passes
            changed = False
            for index in positions:
                letter, mark, before = text[index], punctuation[raw[index]], chars[index]
                chars[index] = letter
                word = _word_at(chars, index)
                chars[index] = letter if len(word) > 1 and word.isupper() and is_syllable(word) else mark
                changed |= chars[index] != before
            if not changed:
                break
        text = "".join(chars)
    return _WORD.sub(_capitalize_h_font, _nfc(text))


# --- VNI-Windows ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vni_maps() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex over the Latin-1 view of the bytes: a base vowel with its mark byte, or one high byte."""
    table = tables()
    vietnamese = letters()
    singles: dict[str, str] = {}
    for byte in range(0x80, 0x100):
        try:
            singles[chr(byte)] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            singles[chr(byte)] = chr(byte)
    singles.update({chr(byte): char for byte, char in table["vni_letters"].items()})
    singles.update({chr(byte): marks for byte, marks in table["vni_marks"].items()})  # a stray mark stays a mark
    bases = {c: c for c in "aeouyAEOUY"} | {chr(b): table["vni_letters"][b] for b in (0xF4, 0xF6, 0xD4, 0xD6)}
    pairs: dict[str, str] = {}
    for base_key, base in bases.items():
        for mark_byte, marks in table["vni_marks"].items():
            combined = _nfc(base + marks)
            if len(combined) == 1 and combined in vietnamese:
                pairs[base_key + chr(mark_byte)] = combined
    base_class = "".join(map(re.escape, bases))
    mark_class = "".join(re.escape(chr(b)) for b in table["vni_marks"])
    pattern = re.compile(f"[{base_class}][{mark_class}]|[\x80-\xff]")
    return pattern, pairs | singles


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes to NFC text: "aù" is á, "ñ" is đ, "ôø" is ờ."""
    pattern, mapping = _vni_maps()

    def replace(match: re.Match[str]) -> str:
        found = match.group()
        return mapping.get(found) or "".join(mapping.get(c, c) for c in found)

    return _nfc(pattern.sub(replace, data.decode("latin-1")))


# --- Windows-1258 --------------------------------------------------------------------------------


def decode_cp1258(data: bytes) -> str:
    """Windows-1258 writes most toned letters as base letter + combining tone mark: NFC joins them."""
    return _nfc(data.decode("cp1258"))


# --- encoders (used by the tests, and to make sample files) ---------------------------------------


@lru_cache(maxsize=2)
def _inverse(name: str) -> dict[str, bytes]:
    """Unicode -> bytes, derived from the decoding tables so that the two always agree."""
    table = tables()
    if name == "tcvn3":
        inverse = {char: bytes([byte]) for byte, char in table["tcvn3_punctuation"].items()}
        inverse.update({char: bytes([byte]) for byte, char in table["tcvn3"].items()})
        return inverse
    _, mapping = _vni_maps()
    inverse = {char: key.encode("latin-1") for key, char in mapping.items() if len(key) == 1 and len(char) == 1}
    for key, char in mapping.items():
        if len(key) == 2 and (key[1] > "\xdf") == char.islower():  # a capital takes the capital mark byte
            inverse[char] = key.encode("latin-1")
    inverse.update({char: bytes([byte]) for byte, char in table["vni_letters"].items()})  # ỵ is "î", not "yï"
    return inverse


def encode(text: str, name: str, errors: str = "strict") -> bytes:
    """Encode text as "tcvn3" or "vni-windows". A character with no code raises ValueError, or
    becomes "?" with errors="replace"."""
    inverse = _inverse("tcvn3" if name == "tcvn3" else "vni")
    out = bytearray()
    for char in _nfc(text):
        if char.isascii():
            out += char.encode("ascii")
        elif char in inverse:
            out += inverse[char]
        elif errors == "replace":
            out += b"?"
        else:
            raise ValueError(f"{char!r} has no {name} code")
    return bytes(out)


# --- detection ----------------------------------------------------------------------------------

CANDIDATES: dict[str, Callable[[bytes], str]] = {
    # order breaks ties: TCVN3 is by far the most common in the archives, Windows-1258 the rarest
    "tcvn3": decode_tcvn3,
    "vni-windows": decode_vni,
    "windows-1258": decode_cp1258,
}


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _sample(data: bytes) -> bytes:
    """The bytes scored: a window from the first non-ASCII byte (only those tell the tables apart; a file
    plain ASCII for its first 64 KB would otherwise be scored on ASCII alone), cut at spaces."""
    if len(data) <= _SAMPLE:
        return data
    high = _HIGH_BYTE.search(data)
    start = data.rfind(b" ", 0, high.start()) + 1 if high else 0
    end = start + _SAMPLE
    if end >= len(data):
        return data[max(0, len(data) - _SAMPLE) :] if start > len(data) - _SAMPLE else data[start:]
    cut = data.rfind(b" ", start, end)
    return data[start : cut if cut > start else end]


def score_readings(
    data: bytes, decoders: dict[str, Callable[[bytes], str]], prepare: Callable[[str], str] = str
) -> dict[str, Score]:
    """The score of every decoder that reads the sample; `prepare` turns a reading into the text shown
    (a web page resolves its character references "&#7873;" first: Word writes the letters its declared
    charset lacks that way, and they must count)."""
    sample = _sample(data)
    scores: dict[str, Score] = {}
    for name, decoder in decoders.items():
        try:
            scores[name] = score(prepare(decoder(sample)))
        except UnicodeDecodeError:
            continue
    return scores


def score_candidates(data: bytes) -> dict[str, Score]:
    """The score of every table that decodes the sample."""
    return score_readings(data, CANDIDATES)


def too_many_controls(text: str) -> bool:
    """Control characters beyond a few strays: the bytes were not text in this encoding."""
    return len(_CONTROL.findall(text[:_SAMPLE])) > _MAX_CONTROL_SHARE * min(len(text), _SAMPLE) + 1


def detect(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8 with the legacy table that reads best; returns (text, label)."""
    scores = score_candidates(data)
    order = list(CANDIDATES)
    name = max(scores, key=lambda n: (scores[n].rank, -order.index(n)))
    best = scores[name]
    if best.valid + best.invalid == 0:
        name = "windows-1258" if "windows-1258" in scores else name  # no accented word at all: plain Windows text
    elif best.share < MIN_SHARE:
        raise DecodeError(
            "not UTF-8, and no Vietnamese encoding (TCVN3, VNI, Windows-1258) reads it as Vietnamese; "
            "save it as UTF-8 text"
        )
    text = CANDIDATES[name](data)
    if too_many_controls(text):
        raise BinaryInputError("binary content (control bytes): not a text document")
    return text, name
