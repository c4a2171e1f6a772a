"""A decision's last article listing the heads of units by the title that ends in their type word ("Các Ông, Bà
Trưởng phòng: Đào tạo, Tổ chức - Cán bộ, …"): one unit per field, full name each. A field joined by a dash
("Tổ chức - Chính trị") is a name though its first words are a verb; a "và" inside a field the list goes on after
("Khảo thí và Kiểm định chất lượng, …") joins one name; a dash printed with a space on one side only is spaced on
both in the name. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract
from directive_extract.names import spaced_dashes

HEAD = (
    "TRƯỜNG ĐẠI HỌC HÒA BÌNH\nSố: 15/QĐ-ĐHHB\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy định công tác văn thư\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định công tác văn thư của Trường.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
)

ROWS = [
    (
        "Điều 3. Các Ông, Bà Trưởng phòng: Tổ chức - Cán bộ, Đào tạo, Quản trị -Thiết bị, Thanh tra và Pháp chế, "
        "Công tác sinh viên và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        [
            "Phòng Tổ chức - Cán bộ",
            "Phòng Đào tạo",
            "Phòng Quản trị - Thiết bị",
            "Phòng Thanh tra và Pháp chế",
            "Phòng Công tác sinh viên",
        ],
    ),
    (
        "Điều 3. Các Trưởng khoa: Ngoại ngữ, Công nghệ thông tin chịu trách nhiệm thi hành Quyết định này./.",
        ["Khoa Ngoại ngữ", "Khoa Công nghệ thông tin"],
    ),
]


@pytest.mark.parametrize(("article", "expected"), ROWS)
def test_the_heads_of_units_name_their_units(article: str, expected: list[str]) -> None:
    notice = extract(HEAD + article + "\n")
    tasks = [t for t in notice.tasks if t.id == "Điều 3"]
    assert tasks, [t.id for t in notice.tasks]
    assert [(a.name, a.role) for a in tasks[0].agencies] == [(name, "lead") for name in expected]


def test_a_committee_member_list_is_no_list_of_units() -> None:
    # "Trưởng ban: Ông …" names a person, and no "các" makes it the heads of several units
    notice = extract(HEAD + "Điều 3. Trưởng ban: Ông Nguyễn Văn An, Hiệu trưởng.\n")
    assert not [a.name for a in notice.agencies if a.name.startswith("Ban Ông")]


def test_a_list_of_places_keeps_its_last_and() -> None:
    # the members are places: its last "và" ends the list, whatever follows
    notice = extract("Giao Sở Xây dựng các tỉnh: Gia Lai, Đắk Lắk và Khánh Hòa, phối hợp rà soát.\n")
    assert {a.name for a in notice.agencies} >= {"Sở Xây dựng tỉnh Đắk Lắk", "Sở Xây dựng tỉnh Khánh Hòa"}


@pytest.mark.parametrize(
    ("printed", "named"),
    [
        ("Phòng Hành chính -Tổng hợp", "Phòng Hành chính - Tổng hợp"),
        ("Phòng Kế hoạch- Tài vụ", "Phòng Kế hoạch - Tài vụ"),
        ("Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu"),
        ("Phòng Văn hóa - Thông tin", "Phòng Văn hóa - Thông tin"),
    ],
)
def test_a_dash_spaced_on_one_side_is_spaced_on_both(printed: str, named: str) -> None:
    assert spaced_dashes(printed) == named
