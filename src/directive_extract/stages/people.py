"""People: named persons with the title printed beside them.

A personal name is 2–5 capitalized syllables starting with a Vietnamese family name (a data list).
Its title is the office printed right before it ("Chủ tịch UBND tỉnh Nguyễn Văn Út") or the list of
offices right after it ("đồng chí Nguyễn Tiến Hải, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư
Tỉnh ủy, …"). A name with no title beside it is left out.
"""

from __future__ import annotations

import re

from ..document import Document
from ..findings import Finding
from ..names import name_pattern, squash
from ..vn import UPPER

_OFFICE_WORDS = (
    r"Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chủ\s+tịch|Tổng\s+Bí\s+thư|Bí\s+thư|Bộ\s+trưởng|Thứ\s+trưởng"
    r"|Giám\s+đốc|Chánh\s+Văn\s+phòng|Chánh\s+văn\s+phòng|Trưởng\s+[Bb]an|Trưởng\s+[Pp]hòng|Chủ\s+nhiệm|Tổng\s+cục\s+trưởng"
    r"|Cục\s+trưởng|Vụ\s+trưởng|Hiệu\s+trưởng|Viện\s+trưởng|Tổng\s+Giám\s+đốc|Chánh\s+Thanh\s+tra|Tư\s+lệnh|Chỉ\s+huy\s+trưởng"
    r"|Ủy\s+viên|Tỉnh\s+ủy\s+viên|Thành\s+ủy\s+viên|Đại\s+biểu|Trưởng\s+đoàn|Người\s+phát\s+ngôn"
)
_OFFICE = rf"(?:Phó\s+)?(?:{_OFFICE_WORDS})"
# what may follow an office word inside a title: bodies and levels, not verbs
_TITLE_TAIL = (
    rf"(?:\s+(?:[{UPPER}][^\s,;:.()]*|tỉnh|thành\s+phố|huyện|quận|xã|phường|thị\s+xã|nhân\s+dân|ủy|Trung\s+ương"
    r"|phòng,\s+chống|dịch|bệnh|COVID-19|Covid-19|[Cc]ovid|Quốc\s+gia|cấp\s+tỉnh|thường\s+trực|lâm\s+thời))*"
)
# _OFFICE with each branch opening with a letter, so that re skips to those letters (an optional first word
# stops it): the same matches, tried in the same order
_OFFICE_RE = re.compile(rf"Phó\s+(?:{_OFFICE_WORDS})|{_OFFICE_WORDS}")
_TAIL_RE = re.compile(_TITLE_TAIL + r"\s+")
_STOP_AFTER = re.compile(  # from the start of a run of spaces only: linear where it is tried at every position
    r"(?<!\s)\s+(?:có|đã|chủ\s+trì|và|với|làm|tại|về|kết\s+luận|phát\s+biểu|cùng|dự|tham\s+dự|cho|đến|thăm)\b"
)


def _is_capitalized_name(text: str) -> bool:
    return all(w[0].isupper() and w[1:].islower() for w in text.split())


def _title_before(window: str) -> str | None:
    """The office printed right before a name: the last office word whose tail reaches the name."""
    for office in reversed(list(_OFFICE_RE.finditer(window))):
        if _TAIL_RE.fullmatch(window[office.end() :]):
            return squash(window[office.start() :])
    return None


def _title_after(text: str, end: int) -> str | None:
    """', Ủy viên …, Bí thư Tỉnh ủy, …' right after a name: the comma-separated offices."""
    rest = text[end : end + 400]
    if not rest.startswith(","):
        return None
    items: list[str] = []
    pos = 1
    while True:
        segment = re.match(
            rf"\s*({_OFFICE}[^,;:.()]*?(?:phòng,\s+chống[^,;:.()]*?)?)(?=,|;|:|\.|\(|$|{_STOP_AFTER.pattern})",
            rest[pos:],
        )
        if not segment:
            break
        items.append(squash(segment.group(1)))
        pos += segment.end()
        if not rest[pos:].startswith(","):
            break
        pos += 1
    return ", ".join(items) if items else None


def recognize_people(doc: Document) -> list[Finding]:
    """Recognizer: reads `doc.flat`."""
    return find_people(doc.flat)


def find_people(text: str) -> list[Finding]:
    """Named persons with the title printed beside them, each once, in a plain text."""
    found: dict[str, Finding] = {}
    for m in name_pattern().finditer(text):
        name = squash(m.group())
        if not _is_capitalized_name(name):
            continue
        before = _title_before(text[max(0, m.start() - 160) : m.start()])
        title = before or _title_after(text, m.end())
        if not title or name in found:
            continue
        rule = "person.title_before" if before else "person.title_after"
        found[name] = Finding(m.start(), m.end(), "person", name, title, rule)
    return sorted(found.values(), key=lambda p: p.start)
