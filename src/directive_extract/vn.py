"""Vietnamese number and date forms shared by the taggers.

Numbers: "1.312" is 1312 (dot groups thousands), "96,4" is 96.4 (comma is the decimal mark), "03" is 3;
number words "một" … "mười"; OCR'd digits "I5"/"O1" are read as 15/01 when a real digit is beside them.
Dates: "ngày 05 tháng 01 năm 2020", "05/01/2020", "5-1-2020", "5.1.2020", "15/6" (year from the base).
"""

from __future__ import annotations

import datetime
import re

NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười lăm": 15,
    "hai mươi": 20,
    "ba mươi": 30,
    "bốn mươi tám": 48,
    "bảy mươi hai": 72,
}
ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
}

# a count: grouped thousands, or plain digits with an optional decimal comma
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))

DMY_WORDS = r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
DMY_NUMERIC = r"(?P<d2>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<y2>\d{4})"
DM_NUMERIC = r"(?P<d3>\d{1,2})\s*/\s*(?P<m3>\d{1,2})(?![/\d])"
DATE = rf"(?:{DMY_WORDS}|(?:ngày\s+)?{DMY_NUMERIC}|(?:ngày\s+)?{DM_NUMERIC})"


def parse_number(text: str) -> float | int | None:
    text = text.strip()
    word = NUMBER_WORDS.get(text.lower())
    if word is not None:
        return word
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def iso_date(y: int, m: int, d: int) -> str | None:
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def date_from_match(match: re.Match[str], base_year: int | None) -> str | None:
    """The ISO date of a match of DATE; a day/month without year takes `base_year` (None: no date)."""
    groups = match.groupdict()
    if groups.get("d"):
        return iso_date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    if groups.get("d2"):
        return iso_date(int(groups["y2"]), int(groups["m2"]), int(groups["d2"]))
    if groups.get("d3") and base_year:
        return iso_date(base_year, int(groups["m3"]), int(groups["d3"]))
    return None


def _letters(predicate) -> str:
    chars = [chr(c) for c in range(0xC0, 0x1F00) if chr(c).isalpha() and predicate(chr(c))]
    return "".join(chars)


# character classes for Vietnamese capital and small letters (a range like À-Ỹ mixes the two)
UPPER = "A-Z" + _letters(str.isupper)
LOWER = "a-z" + _letters(str.islower)


def _fold_table() -> dict[int, str]:
    import unicodedata

    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


FOLD_TABLE = _fold_table()
# the same as a list indexed by code point, every character up to the general punctuation ("…", "–") in
# it: str.translate then never looks a character up in vain (a missed dict key costs an exception inside)
_FOLD_LIST = [FOLD_TABLE.get(code, chr(code)) for code in range(0x2070)]


def fold_keep_case(text: str) -> str:
    """Drop Vietnamese diacritics character by character: same length, so offsets are shared."""
    return text.translate(_FOLD_LIST)


def is_upper_text(text: str, share: float = 1.0) -> bool:
    """At least two letters, and at least `share` of them capitals ("ỦY BAN NHÂN DÂN"; OCR noise may
    leave a few small letters in a heading, hence a share below 1)."""
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= share * len(letters)


# OCR look-alikes inside a word printed in capitals, each impossible in Vietnamese spelling: "Q" stands only
# before "U" (between letters, before another, it is a misread "Ộ"/"Ợ": "NQI", "HQP"); a digit between letters
# is a misread "Ố"/"Ộ" ("PH6I", "D()NG"); "V" opens a syllable and never follows "H" or "R" ("THVC" is THỰC);
# no syllable doubles "I" ("PIIAN" is PHÂN); "¢" is a misread "Ệ" whose dot OCR printed as a colon ("HI:¢N")
_OCR_CAPITAL_MENDS = (
    (re.compile(r"(?<=[A-Z])Q(?=[A-TV-Z])"), "O"),
    (re.compile(r"(?<=[A-Z])(?:[068]|\(\))(?=[A-Z])"), "O"),
    (re.compile(r"(?<=[HR])V"), "U"),
    (re.compile(r"(?<=[BCDGKLMNPST])II(?=[AEOUY])"), "H"),
    (re.compile(r"(?<=[A-Z]):?¢"), "E"),
)


def mend_ocr_capitals(text: str) -> str:
    """`text` with the OCR look-alikes of `_OCR_CAPITAL_MENDS` read back as letters, for matching the words of a
    heading printed in capitals ("NQI DUNG PH6I HQP" reads as NOI DUNG PHOI HOP). Not the same length."""
    if not any(c in text for c in "Q0681()V¢I"):
        return text
    for pattern, letter in _OCR_CAPITAL_MENDS:
        text = pattern.sub(letter, text)
    return text
