"""Normalize the text into the one internal form, keeping the offset map exact.

- line endings: CRLF, CR, form feed, Unicode line/paragraph separators become "\\n";
- odd spaces (NBSP, thin and ideographic spaces, tabs) become " ";
- invisible characters (zero-width, soft hyphen, BOM), markdown bold markers and a scan's specks read as single
  guillemets ("Giám đốc các › Sở: Nội vụ", "Quyết ‹ định"; Vietnamese text prints none) are dropped;
- markdown heading marks opening a line ("## 1. Kế hoạch …", "# II. NỘI DUNG", a text converted from a PDF
  or a web page) are dropped, so the line reads as the numbered heading it prints;
- margin line numbers, printed at the start of line after line ("12  Các sở, ngành …"), are dropped
  (stages/furniture.py);
- the Icelandic eth "Ð"/"ð" (U+00D0/U+00F0), which legacy font converters (TCVN3, VNI) and OCR print for
  the Vietnamese "Đ"/"đ" it looks the same as ("Ðiều 2.", "Ðề nghị"), becomes "Đ"/"đ";
- the Latin letter OI "Ƣ"/"ƣ" (U+01A2/U+01A3), which some PDF fonts print for "Ư"/"ư" ("HƢỚNG DẪN",
  "ngƣời"), becomes "Ư"/"ư" (before NFC, so a mark combined after it composes: "ƣ" + hook -> "ử");
- Unicode NFC;
- a word segmenter's output ("Bộ Lao_động - Thương_binh và Xã_hội , …") is read as printed text: its joins
  become spaces, the spaces it put around punctuation are dropped (stages/word_segmented.py);
- a syllable a PDF text layer split before its marked vowel ("Sở Xây d ựng", "phư ờng") is joined
  (stages/split_syllables.py);
- syllables a PDF text layer printed with no space between them ("Ban Chỉhuy Quân sựxã", "vụĐảng") get it back
  (stages/glued_syllables.py);
- tone-mark placement in open oa/oe/uy syllables follows the traditional rule used in official
  names ("hoà" becomes "hòa", "thuỷ" becomes "thủy"), so one spelling matches the gazetteer.
"""

from __future__ import annotations

import re
import unicodedata

from ..document import Document
from ..vn import LOWER
from .furniture import line_number_spans
from .glued_syllables import glued_ends
from .split_syllables import SPACE_BEFORE_MARKED, mended_spaces
from .word_segmented import JOIN, SPACED_PUNCTUATION, is_word_segmented

# Each pattern opens with a character class, so `re` skips ahead to the characters it can start with
# (an alternation of a class and a literal, or a leading look-behind, makes it try every offset):
# "\r\n" or a line break; an invisible character or "**".
_NEWLINES = re.compile(r"[\r\f\v\u2028\u2029\x85](?:(?<=\r)\n)?")
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\u2039\u203a*](?:(?<=\*)\*|(?<!\*))")
# every character the three above can begin with: a text with none (most) is not scanned by each
_ANY_LINE_BREAK_SPACE_OR_INVISIBLE = re.compile(
    r"[\r\f\v\u2028\u2029\x85\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b-\u200d\u2060\ufeff\u00ad\u2039\u203a*]"
)
# one letter for one, so every offset stays where it was
_LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u01a2": "\u01af", "\u01a3": "\u01b0"}
_LOOKALIKE = re.compile("[" + "".join(_LOOKALIKES) + "]")
_LOWER_LETTER = re.compile(f"[{LOWER}]")  # where a lost space may be put back after (glued_syllables)
_COMBINING = re.compile(r".[\u0300-\u036f]+", re.DOTALL)
_HEADING_MARKS = re.compile(r"^#{1,6}[ \t]+(?=\S)", re.MULTILINE)
_LINE_START_NUMBER = re.compile(r"^\d{1,4}[ \t]+", re.MULTILINE)


def _tone_table() -> dict[str, tuple[str, str]]:
    """Toned a/e/y -> (plain vowel, combining tone mark)."""
    table = {}
    for base in "aeyAEY":
        for mark in "\u0300\u0301\u0309\u0303\u0323":
            table[unicodedata.normalize("NFC", base + mark)] = (base, mark)
    return table


_TONED = _tone_table()
_TONED_AE = "".join(c for c, (b, _) in _TONED.items() if b in "aeAE")
_TONED_Y = "".join(c for c, (b, _) in _TONED.items() if b in "yY")
# an open syllable ending in oa/oe/uy with the tone on the last vowel; "qu" + y keeps its tone on y
_NEW_STYLE_TONE = re.compile(rf"[oOuU](?:(?<=[oO])[{_TONED_AE}]|(?<=[uU])(?<![qQ].)[{_TONED_Y}])(?![^\W\d_])")


# the consonants a Vietnamese syllable may open with: a word opening otherwise is a foreign name ("CHLOÉ"), its accent
# its own
_ONSET = re.compile(r"(?:[bcdđghklmnprstvx]|ch|gh|gi|kh|ng|ngh|nh|ph|th|tr)?", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]{0,3}$")  # the word's letters before the vowels: three at most


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group()
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 3), match.start())
    if before is None or not _ONSET.fullmatch(before.group()):
        return match.group()
    base, mark = _TONED[second]
    return unicodedata.normalize("NFC", first + mark) + base


def normalize(doc: Document) -> Document:
    """Reads `doc.text` (the source); writes `doc.text`, `doc.flat` and the offset map (`starts`, `ends`)."""
    if _ANY_LINE_BREAK_SPACE_OR_INVISIBLE.search(doc.text):
        doc.rewrite(_NEWLINES, lambda m: "\n")
        doc.rewrite(_SPACES, lambda m: " ")
        doc.rewrite(_INVISIBLE, lambda m: "")
    if "#" in doc.text:
        doc.rewrite(_HEADING_MARKS, lambda m: "")
    margin_numbers = {start for start, _ in line_number_spans(doc.text)}
    if margin_numbers:
        doc.rewrite(_LINE_START_NUMBER, lambda m: "" if m.start() in margin_numbers else m.group())
    if _LOOKALIKE.search(doc.text):
        doc.rewrite(_LOOKALIKE, lambda m: _LOOKALIKES[m.group()])
    if not unicodedata.is_normalized("NFC", doc.text):
        doc.rewrite(_COMBINING, lambda m: unicodedata.normalize("NFC", m.group()))
    if is_word_segmented(doc.text):
        doc.rewrite(JOIN, lambda m: " ")
        doc.rewrite(SPACED_PUNCTUATION, lambda m: "")
    split = set(mended_spaces(doc.text))
    if split:
        doc.rewrite(SPACE_BEFORE_MARKED, lambda m: "" if m.start() in split else m.group())
    glued = set(glued_ends(doc.text))
    if glued:
        doc.rewrite(_LOWER_LETTER, lambda m: m.group() + " " if m.start() in glued else m.group())
    doc.rewrite(_NEW_STYLE_TONE, _move_tone)
    return doc
