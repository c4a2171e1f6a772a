"""Forms and report outlines printed inside a body or an appendix ("MẪU SỐ 02", "ĐỀ CƯƠNG BÁO CÁO"): what the
addressees will fill in, whose headings ("I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về nguồn lực: ……") order nothing. The tasks stage
drops the items inside them."""

from __future__ import annotations

import re

from ..document import Document
from ..vn import is_upper_text

# the title of a form or an outline to be filled by the addressees, in capitals at a line's start, maybe after "Phụ
# lục:": "[MẪU] BÁO CÁO KẾT QUẢ …", "MẪU BÁO CÁO", "BIỂU MẪU SỐ 01", "ĐỀ CƯƠNG BÁO CÁO" (OCR drops or swaps its
# marks: "ĐÈ CƯƠNG BẢO CÁO"); its headings ("I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về nguồn lực: ……") are what the report will
# say, no orders. A title stands alone: its whole line in capitals, or after a blank line or an appendix's title
# line (`template_titles`); a sentence wrapped before its "Mẫu số 01" cites the form, it prints none
_TEMPLATE_TITLE = re.compile(
    r"^[^\S\n]*+(?:(?i:phụ\s+lục)[^\n:]{0,12}:\s*+)?"
    r"(?:\[?MẪU\]?\s++(?:BÁO\s+CÁO|SỐ)|BIỂU\s+MẪU|Đ[ỀÈEỂ]\s+C[ƯU][ƠO]NG\s+B[ÁẢA]O\s+C[ÁẢA]O)(?!\w)",
    re.MULTILINE,
)
# an appendix's title line: "Phụ lục II", "PHỤ LỤC 2"
_APPENDIX_LINE = re.compile(r"^[^\S\n]*+(?i:phụ\s+lục)(?!\w)", re.MULTILINE)


def template_titles(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The form titles (`_TEMPLATE_TITLE`) in `text[start:end]` that stand alone: their line in capitals, or after a
    blank line or a line that opens with "Phụ lục"."""
    titles = []
    for title in _TEMPLATE_TITLE.finditer(text, start, end):
        line_end = text.find("\n", title.start())
        if is_upper_text(text[title.start() : line_end if line_end >= 0 else len(text)]):
            titles.append(title)
            continue
        above_end = text.rfind("\n", 0, title.start())
        above = text[text.rfind("\n", 0, max(above_end, 0)) + 1 : max(above_end, 0)]
        if above_end < 0 or not above.strip() or _APPENDIX_LINE.match(above):
            titles.append(title)
    return titles


def template_spans(doc: Document, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Where a form or a report outline printed inside the body runs: from its title (`_TEMPLATE_TITLE`) to the next
    appendix title or the span's end (an attachment the signature stage could not cut off, OCR'd)."""
    spans = []
    for title in template_titles(doc.text, span[0], span[1]):
        after = _APPENDIX_LINE.search(doc.text, title.end(), span[1])
        spans.append((title.start(), after.start() if after else span[1]))
    return spans
