"""Bullets as a word processor prints them and a PDF's text layer keeps them: Wingdings and Symbol glyphs in the
private use area ("\\uf0d8" ➢, "\\uf0b7" •, "\\uf0a7" ▪), Word's second-level "o", each glyph a level of its own list;
and a line of a bullet that a hard-wrapped text broke after a stop, the same list going on after it (issue 9, after
h15). Invented text."""

from __future__ import annotations

import pytest

from directive_extract import extract

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nSố: 15/KH-UBND\n\nQuảng Trị, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\n"
    "Tập huấn cán bộ\n\nII. NỘI DUNG\n\n"
)
TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHoàng Nam\n"
BODY = (
    "1. Đối với học viên\n"
    "{arrow} Quy định chung\n"
    "{dot} Học viên phải tham dự đầy đủ các buổi học.\n"
    "{dot} Học viên cần chủ động liên hệ đơn vị tổ chức lớp.\n"
    "Đơn vị phân công cán bộ theo dõi học viên.\n"
    "{dot} Học viên phải nộp bài thu hoạch:\n"
    "{circle} Bài thu hoạch viết tay.\n"
    "{circle} Nội dung bài thu hoạch:\n"
    "{square} Kiến thức đã học.\n"
    "{square} Đề xuất áp dụng.\n"
    "{arrow} Quy định đánh giá\n"
    "{dot} Điểm tổng kết tính theo thang điểm 10.\n"
    "2. Đối với giảng viên\n"
    "- Chuẩn bị tài liệu.\n"
)
TREE = [
    "II.1",
    "II.1.1",
    "II.1.1.1",
    "II.1.1.2",
    "II.1.1.3",
    "II.1.1.3.1",
    "II.1.1.3.2",
    "II.1.1.3.2.1",
    "II.1.1.3.2.2",
    "II.1.2",
    "II.1.2.1",
    "II.2",
    "II.2.1",
]


def _ids(text: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []

    def walk(tasks) -> None:
        for task in tasks:
            rows.append((task.id, task.text))
            walk(task.subtasks)

    walk(extract(text).tasks)
    return rows


@pytest.mark.parametrize(
    "glyphs",
    [
        {"arrow": "\uf0d8", "dot": "\uf0b7", "circle": "o", "square": "\uf0a7"},  # a PDF's text layer
        {"arrow": "➢", "dot": "•", "circle": "◦", "square": "▪"},  # the glyphs themselves
    ],
    ids=["private use area", "unicode"],
)
def test_each_glyph_is_a_level_of_its_own_list(glyphs: dict[str, str]) -> None:
    rows = _ids(HEAD + BODY.format(**glyphs) + TAIL)
    assert [task_id for task_id, _ in rows] == TREE
    wrapped = dict(rows)["II.1.1.2"]
    assert wrapped.endswith("Đơn vị phân công cán bộ theo dõi học viên.")  # the bullet's broken line is its own
