"""One letter, its orders marked every way clerks and converters print a list: the same tasks, each with its own
body as lead (issue 9: unseen documents print lists in forms the corpus holds few of). Invented text."""

from __future__ import annotations

import pytest

from directive_extract import extract

HEAD = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

Số: 15/UBND-NN

V/v phòng chống hạn hán

Quảng Trị, ngày 3 tháng 4 năm 2024

Kính gửi: Các sở, ban, ngành; UBND các huyện, thị xã, thành phố.

Để chủ động ứng phó với hạn hán, Ủy ban nhân dân tỉnh yêu cầu:

"""
ORDERS = [
    ("Sở Nông nghiệp và Phát triển nông thôn chủ trì rà soát nguồn nước, báo cáo UBND tỉnh trước ngày 15/4/2024.",
     "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở Tài chính bố trí kinh phí hỗ trợ các địa phương bị hạn.", "Sở Tài chính"),
    ("Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo các xã xây dựng phương án chống hạn.",
     "Ủy ban nhân dân cấp huyện"),
    ("Đài Phát thanh và Truyền hình tỉnh tuyên truyền để nhân dân sử dụng nước tiết kiệm.",
     "Đài Phát thanh và Truyền hình tỉnh"),
]  # fmt: skip
TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Nam\n"

MARKERS = {
    "1.": lambda i: f"{i + 1}. ",
    "1)": lambda i: f"{i + 1}) ",
    "1/": lambda i: f"{i + 1}/ ",  # a slash and a space
    "(1)": lambda i: f"({i + 1}) ",
    "a)": lambda i: f"{'abcd'[i]}) ",
    "-": lambda i: "- ",
    "–": lambda i: "– ",  # an en dash
    "•": lambda i: "• ",
    "Một là": lambda i: ["Một là, ", "Hai là, ", "Ba là, ", "Bốn là, "][i],  # ordinals
    "none": lambda i: "",  # unmarked paragraphs after the lead-in "… yêu cầu:": one order each
}


@pytest.mark.parametrize("separator", ["\n\n", "\n"], ids=["blank line", "line break"])
@pytest.mark.parametrize("marker", list(MARKERS))
def test_every_order_is_a_task_led_by_its_own_body(marker: str, separator: str) -> None:
    text = HEAD + separator.join(MARKERS[marker](i) + order for i, (order, _) in enumerate(ORDERS)) + TAIL
    notice = extract(text)
    leads = [[a.name for a in task.agencies if a.role == "lead"] for task in notice.tasks]
    assert leads == [[body] for _, body in ORDERS]


def test_a_date_or_a_run_in_number_opens_no_item() -> None:
    text = HEAD + "15/4/2024 là hạn cuối.\n\n1/Phân bổ thời lượng các môn học.\n" + TAIL
    assert all(task.id.startswith("p") for task in extract(text).tasks)
