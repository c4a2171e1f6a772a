"""Mass organisations of an institution (issuer_level.py): in a document of no administrative level (a university's
or a school's plan, or a text whose issuer is not printed), "Đoàn Thanh niên", "Hội Cựu chiến binh" printed without
level or place are the institution's own, named as printed (ANNOTATING settled 9: a level not printed is not
added); a type word alone ("Thanh tra") stays a word of the sentence. Every document below is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract

UNIVERSITY = (
    "TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG\nSố: 12/KH-ĐHKT\nĐà Nẵng, ngày 2 tháng 4 năm 2024\nKẾ HOẠCH\nTriển khai\n\n"
)
NO_HEADER = "KẾ HOẠCH\n\n"


@pytest.mark.parametrize("head", [UNIVERSITY, NO_HEADER])
def test_an_institutions_unions_are_read_as_printed(head: str) -> None:
    tasks = extract(
        head + "1. Giao Đoàn Thanh niên, Hội Cựu chiến binh phối hợp tuyên truyền.\n2. Thanh tra chủ trì kiểm tra.\n"
    ).tasks
    assert [[(a.name, a.role) for a in task.agencies] for task in tasks] == [
        [("Đoàn Thanh niên", "lead"), ("Hội Cựu chiến binh", "lead")],
        [],
    ]


# a news report (no level): a vertical system's provincial unit printed by its type word and field is read as
# printed; a steering committee every level sets up, printed bare, is not
NEWS = "Tăng cường thi hành án dân sự\n\nSáng 4/4, tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2019.\n\n"


def test_a_vertical_systems_unit_printed_bare_in_news() -> None:
    tasks = extract(
        NEWS + "Phát biểu kết luận, Phó Chủ tịch UBND tỉnh đề nghị Cục Thi hành án dân sự, Cục Quản lý thị trường "
        "tăng cường kiểm tra, xử lý vi phạm.\n"
    ).tasks
    names = [a.name for task in tasks for a in task.agencies]
    assert "Cục Thi hành án dân sự" in names and "Cục Quản lý thị trường" in names


# a commune's letter: the Front's member organisations and the Red Cross printed bare are the commune's own (the
# gazetteer holds each at the commune level: Luật Mặt trận Tổ quốc Việt Nam, Luật Hoạt động chữ thập đỏ), named as
# printed or by their name without the level
COMMUNE = "ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nSố: 12/KH-UBND\nTân Hòa, ngày 2 tháng 4 năm 2024\nKẾ HOẠCH\nTriển khai\n\n"


def test_a_communes_mass_organisations_printed_bare() -> None:
    tasks = extract(
        COMMUNE + "1. Giao Hội Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Hội Chữ thập đỏ phối hợp tuyên truyền.\n"
    ).tasks
    assert [(a.name, a.role) for a in tasks[0].agencies] == [
        ("Hội Liên hiệp Phụ nữ", "lead"),
        ("Hội Nông dân", "lead"),
        ("Hội Cựu chiến binh", "lead"),
        ("Hội Chữ thập đỏ", "lead"),
    ]


def test_an_institutions_unions_printed_in_small_letters() -> None:
    tasks = extract(UNIVERSITY + "1. Phối hợp với Đoàn thanh niên – Hội sinh viên xây dựng kế hoạch.\n").tasks
    assert [(a.name, a.role) for a in tasks[0].agencies] == [
        ("Đoàn Thanh niên", "coordinate"),
        ("Hội Sinh viên", "coordinate"),
    ]


# the Youth Union's full name printed bare is the organisation itself (as "Hội Liên hiệp Phụ nữ Việt Nam"), named as
# printed; its central committee only where printed ("Trung ương Đoàn")
PROVINCE = "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 12/CT-UBND\nKon Tum, ngày 2 tháng 4 năm 2024\nCHỈ THỊ\nVề hôn nhân\n\n"


def test_the_youth_union_printed_bare_is_not_its_central_committee() -> None:
    tasks = extract(
        PROVINCE + "1. Sở Tư pháp phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh tuyên truyền pháp luật.\n"
        "2. Đề nghị Trung ương Đoàn hỗ trợ tài liệu tuyên truyền.\n"
        "3. Sở Y tế chủ trì tổ chức khám sức khỏe tiền hôn nhân.\n"
    ).tasks
    names = [[a.name for a in task.agencies] for task in tasks]
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh" in names[0]
    assert "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" in names[1]


# the institution's trade union printed bare is its grassroots union (the gazetteer's "Công đoàn cơ sở", Luật Công
# đoàn), named as printed; not in small letters (a word of the sentence: "kinh phí công đoàn"), nor before the rest
# of a name ("Công đoàn Tổng Công ty …", "Công đoàn trường", "Công đoàn các cấp"), nor in a district's letter (no
# level of the union is printed so); and a list opened by a class of units' heads is still the items' subject
def test_an_institutions_trade_union_printed_bare() -> None:
    tasks = extract(
        UNIVERSITY + "1. Trưởng các đơn vị, Công đoàn, Đoàn Thanh niên phổ biến đến cán bộ, viên chức.\n"
        "2. Phòng Tổ chức chủ trì, phối hợp với Công đoàn tổ chức lễ phát động.\n"
        "3. Phòng Tài chính trích kinh phí công đoàn theo quy định.\n"
        "4. Công đoàn Tổng Công ty Điện lực miền Trung phối hợp tuyên truyền.\n"
    ).tasks
    assert [[(a.name, a.role) for a in task.agencies] for task in tasks[:3]] == [
        [("Công đoàn", "lead"), ("Đoàn Thanh niên", "lead")],
        [("Phòng Tổ chức", "lead"), ("Công đoàn", "coordinate")],
        [("Phòng Tài chính", "lead")],
    ]
    assert "Công đoàn" not in [a.name for a in tasks[3].agencies]


def test_a_trade_union_printed_bare_in_a_districts_letter_is_not_read() -> None:
    district = (
        "ỦY BAN NHÂN DÂN\nHUYỆN NAM ĐÀN\nSố: 12/KH-UBND\nNam Đàn, ngày 2 tháng 4 năm 2024\nKẾ HOẠCH\nTriển khai\n\n"
    )
    tasks = extract(district + "1. Phòng Nội vụ phối hợp với Công đoàn tổ chức lễ phát động.\n").tasks
    assert [a.name for a in tasks[0].agencies] == ["Phòng Nội vụ"]
