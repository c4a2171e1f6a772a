"""Where the header part ends, for the sections stage (ANNOTATION.md "Sections": the header holds the
issuer, motto, number, date, urgency stamp, type, trích yếu and the "Kính gửi" list).

The header stage reads the fields it needs and may stop early: a trích yếu that opens like the body
("KẾ HOẠCH / Thực hiện nhiệm vụ pháp chế năm học 2020-2021"), a "Kính gửi" list with blank lines
between its items, the issuer printed again above the bases of a decree ("CHÍNH PHỦ / Căn cứ …"). This
module carries the header part on over such lines, line by line, and stops at the first line of running
text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..document import Document
from ..vn import is_upper_text
from ..vocab import DOC_TYPES
from .paragraph_reading import section_cues
from .section_parts import section_parts
from .tasks import marker_of

# "Kính gửi:", "- Kính gửi:", "(Q5 Kinh gửi:" (stamp noise before it), "Đồng kính gửi:"; a reprinted
# telegram's "Công điện gửi: …", "Điện gửi:"
_ADDRESSEE_LABEL = re.compile(
    r"^\W{0,3}(?:\S{1,4}\s+)?(?:(?:Đồng\s+)?K[íi]nh\s+g[ửưuởở]i(?!\w)|(?:Công\s+)?[ĐD]i[ệe]n\s+g[ửưu]i\s*:)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[-–—+•·*~]\s*")
_RULE = re.compile(r"^[\s*_\-–—=~.·]*$")
# a line of running text is long; an addressee is a short line that ends its item
_ADDRESSEE_MAX = 90
_SHORT_LINE = 60
# a trích yếu is a few short lines that end no sentence
_SUBJECT_MAX = 300
_HEADING_MAX = 100
_TYPES = sorted((name.upper() for name in DOC_TYPES), key=len, reverse=True)
_TYPE_AT_END = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _TYPES)) + r")$")
_LABEL_REACH = 8  # lines of the header above its end where a "Kính gửi" label still opens the list


def addressee_label(text: str) -> bool:
    """A line that opens the "Kính gửi" list ("Kính gửi:", "Công điện gửi: Thủ trưởng các đơn vị: …")."""
    return bool(_ADDRESSEE_LABEL.match(text))


def _opens_body(text: str) -> bool:
    """ "Căn cứ …", "Thực hiện …", "Trước tình hình …", "Ngày 08/5/2021, …": the body has begun."""
    cues = section_cues()
    return bool(cues.basis_opening.match(text) or cues.situation_opening.match(text))


def _addressee_line(text: str) -> bool:
    """An item of the "Kính gửi" list, or its stamp-damaged remains: a bullet or a short line."""
    body = _BULLET.sub("", text)
    if _opens_body(body) or len(text) > _ADDRESSEE_MAX:
        return False
    return bool(_BULLET.match(text)) or text.endswith((";", ".", ",")) or len(text) < _SHORT_LINE


def list_left_open(above: str, text: str) -> bool:
    """A line of bodies after an addressee line closed by ";": the list goes on, however long the line ("…; Cục
    Y tế;" then "Ban Chỉ huy … Công an các tỉnh, thành phố: Quảng Ninh, Hải Phòng, …")."""
    return above.endswith(";") and text[:1].isupper() and not text.endswith(":") and not _opens_body(text)


def _heading_line(text: str) -> bool:
    """A short line in capitals that is no numbered heading: the issuer printed again ("CHÍNH PHỦ",
    "HỘI ĐỒNG NHÂN DÂN TỈNH …") or a trích yếu in capitals; "QUYẾT NGHỊ:" opens the body."""
    return len(text) < _HEADING_MAX and is_upper_text(text, 0.85) and not text.endswith(":") and marker_of(text) is None


def _type_line(text: str) -> bool:
    """The document's type in capitals on its own line ("KẾ HOẠCH", "QUYÉT ĐỊNH" as OCR reads it), or at the
    end of a line a stamp printed over ("DEN i: : _¬ CHỈ THỊ"): what a trích yếu follows."""
    words = text.split()
    if 1 <= len(words) <= 4 and is_upper_text(text) and not any(c.isdigit() for c in text):
        return True
    return bool(_TYPE_AT_END.search(text))


def _subject_block(doc: Document, first: int, limit: int) -> int | None:
    """The trích yếu under a type line: the lines from `first` to a blank line or a line that opens the body,
    short and ending no sentence. Returns its last line."""
    lines = doc.lines
    last, size = None, 0
    for i in range(first, limit):
        text = lines[i].stripped
        if not text:
            break
        if last is not None and _opens_body(text):
            break
        last, size = i, size + len(text)
    if last is None or size > _SUBJECT_MAX or lines[last].stripped.endswith((".", ";", ":")):
        return None
    return last


def _addressees_end(doc: Document) -> int | None:
    """Where the "Kính gửi" list the header stage read really ends, when it read on into the body: the
    first line after an item closed by a full stop that is no item itself ("- Văn phòng Ban chỉ đạo … quốc
    gia. / Vừa qua tại khu vực Nam Trung Bộ …")."""
    start, stop = doc.header.evidence["addressees"]
    lines = [line for line in doc.lines if start <= line.start and line.end <= stop]
    for above, line in pairwise(lines):
        text = line.stripped
        if above.stripped.endswith(".") and text and not _BULLET.match(text) and not text[0].islower():
            return line.start
    return None


def header_end(doc: Document, limit: int) -> int:
    """The offset where the header part ends: `doc.header.end` carried on over the header's own lines that
    follow it, up to `limit` (the first item or the tail), or cut back to where the addressees end."""
    header, lines = doc.header, doc.lines
    end = header.end
    if end == 0:
        return end  # no header block (a news text): its title is found elsewhere
    if "addressees" in header.evidence and (cut := _addressees_end(doc)) is not None:
        return cut
    i = next((k for k, line in enumerate(lines) if line.start >= end), len(lines))
    # the "Kính gửi" label among the header's last lines, read or not (OCR: "(Q5 Kinh gửi:")
    in_addressees = any(_ADDRESSEE_LABEL.match(line.stripped) for line in lines[max(0, i - _LABEL_REACH) : i])
    after_type = i > 0 and _type_line(lines[i - 1].stripped) and "subject_vv" not in header.evidence
    last_header = i - 1
    while i < len(lines) and lines[i].start < limit:
        text = lines[i].stripped
        if not text or _RULE.match(text) or i in doc.furniture:
            i += 1
            continue
        if after_type and (block_end := _subject_block(doc, i, len(lines))) is not None:
            last_header = i = block_end
        elif _ADDRESSEE_LABEL.match(text):
            in_addressees = True
            last_header = i
        elif section_parts().attached_note.match(text):
            last_header = i  # "(Ban hành kèm theo …)" under a title: its wrapped lines go on in small letters
        elif in_addressees and (_addressee_line(text) or list_left_open(lines[last_header].stripped, text)):
            last_header = i
        elif text[0].islower() and i - last_header <= 2:
            last_header = i  # a wrapped trích yếu or addressee goes on in small letters
        elif _heading_line(text):
            last_header = i
        else:
            break
        after_type = False
        i += 1
    if last_header >= 0 and lines[last_header].end > end:
        return lines[last_header].end
    return end
