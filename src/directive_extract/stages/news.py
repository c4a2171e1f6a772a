"""What tells a news report from a directive, for every stage that reads one differently (tasks, sections,
signature, metrics): its header, and its photos."""

from __future__ import annotations

import re
from itertools import pairwise

from ..document import Document, Paragraph
from ..patterns import ends_with_photo_credit
from ..vn import LOWER, UPPER
from .news_orders import joined_paragraph_starts


def is_news(doc: Document) -> bool:
    """A news report: its header names no type, number or issuer (`Document.is_news`)."""
    return doc.is_news


def news_photo(text: str) -> bool:
    """A news report's photo: its image line ("[img]", "![…](…)", an image its page links to the full-size file,
    "[![…](…)](…)") or its caption: ending with a credit ("… Ảnh: T.SỸ", "Toàn cảnh hội nghị. (Nguồn: VGP)"), or a
    stock photo's ("Ảnh minh họa/Nguồn: …", "Ảnh minh họa. Nguồn: Internet")."""
    if _IMAGE_LINE.fullmatch(text) or _ILLUSTRATION.match(text) or ends_with_photo_credit(text):
        return True
    return len(text) <= _CAPTION_CHARS and "\n" not in text and bool(_SOURCE_CREDIT.search(text))


_IMAGE_LINE = re.compile(r"\[(?:img|image|ảnh|hình)\]|\[?!\[[^\]\n]*+\]\([^\n]*\)", re.IGNORECASE)
# a stock photo's caption, short: "Ảnh minh họa", "Ảnh minh hoạ/Nguồn: baochinhphu.vn"
_ILLUSTRATION = re.compile(r"Ảnh\s+minh\s+h(?:ọa|oạ)\b[^\n]{0,60}$", re.IGNORECASE)
# a caption's sentence closed by its source in brackets, "… hội nghị. (Nguồn: VGP)": a one-line paragraph at most
_SOURCE_CREDIT = re.compile(r"[.!?]\s*\(Nguồn:\s*[^()\n]{1,40}\)$")
_CAPTION_CHARS = 300


def unglued_paragraphs(doc: Document, para: Paragraph) -> list[Paragraph]:
    """A report's paragraphs a crawler glued with no separator: a sentence of a word in small letters ends and the
    next opens with a capital right after the stop ("… vẫn thi công.Văn bản do …"). Each is a paragraph of its own;
    "TP.HCM", "Tp.Hồ Chí Minh" (a capital before the stop) and "v.v." are no such end. A paragraph as long as a
    whole report's body is one a crawler joined with spaces: it is cut where a printed paragraph began
    (`news_orders.joined_paragraph_starts`), and where the crawler left its mark: a stop, then two spaces or more
    before a capital, where the sentences of one paragraph follow each other with one (a join of paragraphs whose
    text ended in a space), or a stop, then " , " before a capital (a join with ", "), when the body holds that
    mark at least twice."""
    cuts = [m.end() for m in _GLUED_STOP.finditer(doc.flat, para.start, para.end)]
    if byline := _GLUED_BYLINE.search(doc.flat, para.start, para.end):
        cuts.append(byline.start())
    if para.end - para.start >= _JOINED_BODY_CHARS:
        joined = [para.start + cut for cut in joined_paragraph_starts(doc.flat[para.start : para.end])]
        spaced = [m.end() for m in _SPACED_STOP.finditer(doc.flat, para.start, para.end)]
        commas = [m.end() for m in _COMMA_JOIN.finditer(doc.flat, para.start, para.end)]
        marked = [mark for marks in (spaced, commas) if len(marks) >= _JOIN_MARKS_MIN for mark in marks]
        cuts = sorted({*cuts, *joined, *marked})
    if not cuts:
        return [para]
    bounds = [para.start, *cuts, para.end]
    return [
        Paragraph(start, start + len(_without_join_mark(doc.flat[start:end])), para.first_line, para.last_line)
        for start, end in pairwise(bounds)
    ]


_JOINED_BODY_CHARS = 1500  # a paragraph no report prints: a body's paragraphs joined into one line
# a sentence's stop (or an ellipsis: "… chưa hoàn thành...Trước tình hình đó") after two small letters, a capital
# and a small letter glued after it
_GLUED_STOP = re.compile(rf"(?:(?<=[{LOWER}\d]{{2}}[.!?…])|(?<=[{LOWER}\d]{{2}}\.\.\.))(?=[{UPPER}][{LOWER}])")
# a sentence's stop after a small letter or a digit, two spaces or more, then a capital: paragraphs joined with a space
_SPACED_STOP = re.compile(rf"(?<=[{LOWER}\d][.!?…])[ \t]{{2,}}+(?=[{UPPER}])")
_JOIN_MARKS_MIN = 2  # a crawler's mark is one when a body holds it this often
# a sentence's stop, then " , " before a capital: paragraphs a crawler joined with ", " (no sentence goes on so)
_COMMA_JOIN = re.compile(rf"(?<=[{LOWER}\d)][.!?…:;])[ \t]++,[ \t]++(?=[{UPPER}])")


# the reporter's name a crawler glued after the body's last stop, its own line on the page: "… trái phép. Hương Dịu",
# "… kịp thời. Minh Anh (TTXVN)": up to four capitalized words, maybe an agency in brackets, then the paragraph's end
_GLUED_BYLINE = re.compile(
    rf"(?<=[{LOWER}\d)][.!?…])[ \t]++[{UPPER}][{LOWER}]*+(?:[ \t]++[{UPPER}][{LOWER}]*+){{0,3}}"
    rf"(?:[ \t]*+\([{UPPER}][^()\n]{{0,30}}\))?[ \t]*+\Z"
)


def _without_join_mark(text: str) -> str:
    """A paragraph's text without the spaces after it nor the " ," a crawler's join left at its end."""
    text = text.rstrip()
    if text.endswith(",") and text[-2:-1] in (" ", "\t"):
        text = text[:-1].rstrip()
    return text
