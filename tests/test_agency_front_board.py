"""'Ban Thường trực' printed bare in a Front committee's document is that committee's standing board, at the
issuer's level; elsewhere it is left as printed. The cases are invented."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.agencies.canonical import standing_board_of_the_front

from .test_recognizers import check_table

# (name, issuer, canonical name)
# fmt: off
BOARDS = [
    ("Ban Thường trực", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Tân Định",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
    ("Ban Thường trực", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("Ban Thường trực", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
    ("Ban Thường trực", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
     "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    # not a Front document, or another name: kept
    ("Ban Thường trực", "Hội Liên hiệp Phụ nữ tỉnh Bình Phước", "Ban Thường trực"),
    ("Ban Thường trực", "Ủy ban nhân dân xã Hòa Bình", "Ban Thường trực"),
    ("Ban Thường trực", None, "Ban Thường trực"),
    ("Ban Thường vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã An Phú", "Ban Thường vụ"),
]
# fmt: on


def test_the_front_standing_board_printed_bare() -> None:
    check_table(BOARDS, standing_board_of_the_front)


def _names(header: str, body: str) -> list[str]:
    notice = extract(header + body)
    return [a.name for t in notice.tasks for a in t.agencies]


def test_a_front_plan_reports_to_its_standing_board() -> None:
    front = "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nHUYỆN ĐỨC PHỔ\nSố: 112/MTTQ-BTT\nV/v vận động ủng hộ đồng bào vùng lũ\n"
    town = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC PHỔ\nSố: 112/UBND-VP\nV/v vận động ủng hộ đồng bào vùng lũ\n"
    body = (
        "1. Các tổ chức thành viên vận động đoàn viên, hội viên, gửi danh sách về Ban Thường trực trước ngày 15/10.\n"
    )
    rows = [
        # in the Front's own letter "các tổ chức thành viên" are its members (ANNOTATING.md rule 8a)
        (
            front,
            body,
            [
                "Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam",
                "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
            ],
        ),
        (town, body, ["Ban Thường trực"]),
    ]
    check_table(rows, _names)


# (text, names): the Front's short name ("Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam") alone is the Front itself, as
# printed (the corpus's gold files name it so), and every level's committee with its level word after it
# fmt: off
FRONT_AT_A_LEVEL = [
    ("MTTQ Việt Nam phường vận động nhân dân.", ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"]),
    ("Mặt trận Tổ quốc Việt Nam huyện giám sát.", ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]),
    ("Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai phối hợp.", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai"]),
    ("Ủy ban Trung ương MTTQ Việt Nam hướng dẫn.", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]),
    ("Đề nghị Mặt trận Tổ quốc Việt Nam giám sát việc thi hành.", ["Mặt trận Tổ quốc Việt Nam"]),
]
# fmt: on


def test_the_front_printed_with_a_level_is_that_levels_committee() -> None:
    from .test_agency_forms import mention_names

    check_table(FRONT_AT_A_LEVEL, mention_names)
