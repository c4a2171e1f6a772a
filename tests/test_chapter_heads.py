"""A regulation in chapters: "Chương I / QUY ĐỊNH CHUNG" heads the part its articles make (a title OCR printed
above the marker too), the chapter's title is no type line of the header, and the note "(Ban hành kèm theo …)"
under the text's title is the header's. The text is invented, no corpus document."""

from __future__ import annotations

from directive_extract import extract

REGULATION = (
    "ỦY BAN NHÂN DÂN\nTHỊ XÃ BẾN CÁT\n\n"
    "BỘ TIÊU CHÍ CHỢ ĐÊM VĂN MINH\n(Ban hành kèm theo Đề án 12/ĐA-UBND ngày 03/4/2025\n"
    "của UBND thị xã Bến Cát)\n\n"
    "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Bộ tiêu chí này áp dụng cho các chợ đêm trên địa bàn thị xã.\n\n"
    "TRÁCH NHIỆM THỰC HIỆN\nChương II\n\n"
    "Điều 2. Phòng Kinh tế chủ trì kiểm tra vệ sinh các chợ đêm hằng tháng.\n\n"
    "Điều 3. Ban Quản lý chợ thu gom rác sau mỗi phiên chợ đêm.\n"
)


def _parts(text: str) -> list[tuple[str, str]]:
    notice = extract(text)
    return [(s.kind, text[s.span[0] : s.span[1]].lstrip().split("\n", 1)[0]) for s in notice.sections]


def test_a_chapter_heading_opens_the_part_of_its_articles() -> None:
    assert _parts(REGULATION) == [
        ("header", "ỦY BAN NHÂN DÂN"),
        ("preamble", "Chương I"),
        ("tasks", "TRÁCH NHIỆM THỰC HIỆN"),
    ]


def test_a_chapter_title_is_no_type_line() -> None:
    assert extract(REGULATION).header.doc_type is None  # "QUY ĐỊNH CHUNG" titles chapter I


def test_a_chapter_numbered_in_arabic_reads_as_one_in_roman() -> None:
    arabic = REGULATION.replace("Chương II\n", "Chương 2\n").replace("Chương I\n", "Chương 1\n")
    assert _parts(arabic) == [
        ("header", "ỦY BAN NHÂN DÂN"),
        ("preamble", "Chương 1"),
        ("tasks", "TRÁCH NHIỆM THỰC HIỆN"),
    ]
