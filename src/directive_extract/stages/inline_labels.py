"""Item labels in the middle of a line, as crawls and PDF text print them once lines are joined.

"1. Sở Tài chính bố trí kinh phí trước ngày 15/3. 2. Sở Y tế chủ trì …" and "a) Công an tỉnh bảo đảm an
ninh; b) Ban Chỉ huy Quân sự tỉnh …": one paragraph holds several items. The general form: a sentence ends
(".", ";" or ":"), then after a space an arabic number and "." or a letter and ")", then a word with a capital.
It starts a new item only where it continues the labels already read: the arabic number after the last one
(or "1." after a lead-in's ":"), the letter after the last letter under the same number (or "a)" after ":"), a word
ordinal after the one before it ("…: Thứ nhất, … Thứ hai, …", "Một là, … Hai là, …"; a first one only where its
second follows in the paragraph).
A decimal ("2.5"), a date ("15/3."), a citation ("Điều 2.", "khoản 1.": a word, not a sentence end, before
the number) or a number out of sequence is left in its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..document import Document, Paragraph
from ..item_labels import ARABIC, CARDINAL_WORDS, NOT_A_WEEKDAY, ORDINAL_WORDS, ROMAN, WORD_ORDINAL
from ..vn import UPPER

# the Vietnamese alphabet's item letters, in order (no f, j, w, z)
_LETTERS = "abcdđeghiklmnopqrstuvxy"
# the label a paragraph opens with; a roman heading or an article starts a new count
_OPENS = re.compile(
    rf"^\s*+(?:(?P<arabic>{ARABIC})\s*+[.)]|(?P<letter>[a-zđ])\s*+\)|(?P<ordinal>{WORD_ORDINAL})\s*+[,:]{NOT_A_WEEKDAY}"
    rf"|(?P<head>{ROMAN}\s*+[.\-–:]|Điều\s++\d++\s*+[.:]))\s"
)
_INLINE = re.compile(
    rf"(?P<end>[.;:])[ \t]++(?P<label>(?P<arabic>{ARABIC})\.(?=[ \t]++[{UPPER}])"
    rf"|(?P<letter>[a-zđ])\)(?=[ \t]++[{UPPER}])|(?P<ordinal>{WORD_ORDINAL})(?=[ \t]*+[,:]{NOT_A_WEEKDAY}))"
)


def _next_letter(letter: str | None) -> str:
    return "a" if letter is None else (_LETTERS[_LETTERS.index(letter) + 1 : _LETTERS.index(letter) + 2] or "-")


def _ordinal_index(printed: str) -> int:
    """0 for "Thứ nhất" and "Một là", 1 for "Thứ hai" and "Hai là" …"""
    words = printed.lower().split()
    return ORDINAL_WORDS.index(words[1]) if words[0] == "thứ" else CARDINAL_WORDS.index(words[0])


_NEXT_ORDINAL = re.compile(rf"(?<!\w)(?:{WORD_ORDINAL})(?=[ \t]*+[,:])")


class _Sequence:
    """The last arabic number and the last letter under it, or the last word ordinal."""

    def __init__(self) -> None:
        self.arabic: int | None = None
        self.letter: str | None = None
        self.ordinal: int | None = None

    def open(self, arabic: str | None, letter: str | None, head: bool = False, ordinal: str | None = None) -> None:
        if head:
            self.arabic = self.letter = self.ordinal = None
        elif ordinal is not None:
            self.ordinal = _ordinal_index(ordinal)
        elif arabic is not None:
            self.arabic, self.letter = int(arabic), None
        elif letter is not None:
            self.letter = letter

    def continues(self, found: re.Match[str]) -> bool:
        if found.group("ordinal") is not None:
            # "…: Thứ nhất, … Thứ hai, …": the next word ordinal; a first one only where its second follows
            index = _ordinal_index(found.group("ordinal"))
            if self.ordinal is not None:
                return index == self.ordinal + 1
            return index == 0 and any(
                _ordinal_index(later.group()) == 1 for later in _NEXT_ORDINAL.finditer(found.string, found.end())
            )
        after_colon = found.group("end") == ":"
        if found.group("arabic") is not None:
            number = int(found.group("arabic"))
            return number == self.arabic + 1 if self.arabic is not None else number == 1 and after_colon
        letter = found.group("letter")
        if self.letter is None:
            return letter == "a" and (after_colon or self.arabic is not None)
        return letter == _next_letter(self.letter)


def split_inline_labels(doc: Document, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs, each cut where a label in the middle of its line continues the labels read before."""
    out: list[Paragraph] = []
    sequence = _Sequence()
    line_starts: list[int] = []

    def line_of(offset: int) -> int:
        if not line_starts:
            line_starts.extend(line.start for line in doc.lines)
        return max(bisect_right(line_starts, offset) - 1, 0)

    for para in paragraphs:
        text = doc.text[para.start : para.end]
        opens = _OPENS.match(text)
        if opens is not None:
            sequence.open(
                opens.group("arabic"), opens.group("letter"), opens.group("head") is not None, opens.group("ordinal")
            )
        if not any(c in text for c in ".;:"):
            out.append(para)
            continue
        start = para.start
        for found in _INLINE.finditer(text, opens.end() if opens else 0):
            if not sequence.continues(found):
                continue
            cut = para.start + found.start("label")
            out.append(Paragraph(start, para.start + found.end("end"), line_of(start), line_of(cut)))
            sequence.open(found.group("arabic"), found.group("letter"), ordinal=found.group("ordinal"))
            start = cut
        out.append(para if start == para.start else Paragraph(start, para.end, line_of(start), para.last_line))
    return out
