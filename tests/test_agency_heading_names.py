"""A unit named in its item's heading line, its duties on the next lines ("2.5. Đội Kiểm tra sau thông quan" /
"Chủ động tham mưu …"): the name ends before the capitalized deed (agency_names.tsv field_closer "chủ động"), keeps
the legal term "sau thông quan" (not_a_boundary), and takes no place from the next line's first word ("Chủ" is no town
"Chũ"). A level word read from a word printed with other marks ("quần đảo Hoàng Sa", "thông quan") names no People's
Committee. Texts made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract

PLAN = (
    "CHI CỤC HẢI QUAN KHU VỰC IX\n\nSố: 41/KH-CCHQ\nQuảng Bình, ngày 3 tháng 4 năm 2027\n\n"
    "KẾ HOẠCH\nChống buôn lậu, gian lận thương mại năm 2027\n\nII. TỔ CHỨC THỰC HIỆN\n{item}\n"
)


@pytest.mark.parametrize(
    ("item", "name"),
    [
        (
            "1. Đội Kiểm soát Hải quan\nChủ động tham mưu Lãnh đạo Chi cục về công tác kiểm soát.",
            "Đội Kiểm soát hải quan",
        ),
        ("1. Đội Kiểm tra sau thông quan\nKhẩn trương rà soát hồ sơ doanh nghiệp.", "Đội Kiểm tra sau thông quan"),
        (
            "1. Đội Nghiệp vụ và Kiểm tra sau thông quan\nChủ động phối hợp với các đơn vị kiểm tra hồ sơ.",
            "Đội Nghiệp vụ và Kiểm tra sau thông quan",
        ),
    ],
)
def test_a_heading_line_names_its_unit(item: str, name: str) -> None:
    tasks = extract(PLAN.format(item=item)).tasks
    assert [a.name for a in tasks[0].agencies] == [name]


def test_a_word_that_folds_to_a_level_names_no_committee() -> None:
    notice = extract(
        PLAN.format(
            item="1. Đội Kiểm soát Hải quan phối hợp kiểm tra tàu thuyền hoạt động cách quần đảo Hoàng Sa 50 hải lý."
        )
    )
    assert [a.name for a in notice.agencies] == ["Đội Kiểm soát hải quan"]
