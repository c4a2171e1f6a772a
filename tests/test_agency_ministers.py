"""A ministry named by its minister's title and field ("Bộ trưởng Công an", "Thứ trưởng Y tế"), as news and the
Government's texts print it: the office holder stands for the ministry. A person's name after the title, a class
("Bộ trưởng, Thủ trưởng cơ quan ngang bộ") or a field that is no ministry's own name names no ministry; the head's
title before the body's full name ("Cục trưởng Cục Thuế") is no type word alone. Cases invented."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

NEWS = "Tin tức\n\n{}\n"

# fmt: off
ROWS = [  # (an order in a news text, the (name, printed text) of its task's agencies)
    ("Giao Bộ trưởng Công an rà soát các điểm đen giao thông.", [("Bộ Công an", "Bộ trưởng Công an")]),
    ("Giao Thứ trưởng Y tế kiểm tra các bệnh viện.", [("Bộ Y tế", "Thứ trưởng Y tế")]),
    ("Đề nghị Bộ trưởng Giáo dục và Đào tạo chỉ đạo các trường.",
     [("Bộ Giáo dục và Đào tạo", "Bộ trưởng Giáo dục và Đào tạo")]),
    ("Thủ tướng yêu cầu Bộ trưởng Nguyễn Văn An kiểm tra.", []),
    ("Yêu cầu Thủ trưởng Công an các đơn vị tăng cường tuần tra.", []),  # "Thủ trưởng": the head of any body
    ("Giao Thứ trưởng Y tế các tỉnh rà soát.", []),  # a field before "các": no one ministry
    ("Giao Bộ trưởng Bộ Y tế chỉ đạo các bệnh viện.", [("Bộ Y tế", "Bộ Y tế")]),
    ("Giao Cục trưởng Cục Thuế chỉ đạo các chi cục.", [("Cục Thuế", "Cục Thuế")]),
]
# fmt: on


def _agencies(order: str) -> list[tuple[str, str]]:
    notice = extract(NEWS.format(order))
    return [(a.name, a.text) for task in notice.tasks for a in task.agencies]


def test_a_minister_names_the_ministry() -> None:
    check_table(ROWS, _agencies)
