"""A ministry's departments named in its organisation decree (agencies.csv, source `org-bo`) are read whole, commas
and all ("Cục Hộ tịch, quốc tịch, chứng thực", "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên"), where the
name grammar alone stops at the comma; and a verb printed after a body never goes on its name, though a department's
name holds the word ("xử lý", "giúp", "ngoài": `not_field_term`). Issue 9; the sentences are made up for the test."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

LETTER_HEAD = "BỘ TƯ PHÁP\n\nSố: 12/BTP-VP\n\nCÔNG VĂN\n\n"


def mention_names(sentence: str) -> list[str]:
    notice = extract(LETTER_HEAD + "1. " + sentence + "\n")
    return [a.name for t in notice.tasks for a in t.agencies]


# fmt: off
DEPARTMENTS = [
    ("Đề nghị Sở Tư pháp báo cáo về Cục Hộ tịch, quốc tịch, chứng thực trước ngày 15/12.",
     ["Sở Tư pháp cấp tỉnh", "Cục Hộ tịch, quốc tịch, chứng thực"]),
    ("Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên chủ trì rà soát chương trình.",
     ["Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên"]),
    ("Giao Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý hướng dẫn các địa phương.",
     ["Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"]),
    # a verb after a body the gazetteer names: the name stops before it
    ("Đề nghị Ngân hàng Nhà nước xử lý nghiêm các vi phạm.", ["Ngân hàng Nhà nước Việt Nam"]),
    ("Văn phòng Chính phủ giúp Thủ tướng Chính phủ theo dõi việc thực hiện.",
     ["Văn phòng Chính phủ", "Thủ tướng Chính phủ"]),
]
# fmt: on


def test_a_ministry_s_departments_are_read_whole() -> None:
    check_table(DEPARTMENTS, mention_names)
