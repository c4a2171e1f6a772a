"""A class of localities named by a feature not every locality of its level has is the People's Committees of those
localities, the feature kept (ANNOTATING, "Classes of localities with a feature"); the whole level without one; no
body after a locative. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract
from directive_extract.stages.paragraph_reading import is_directive_paragraph

ROWS = [
    (
        "Bộ Công Thương đề nghị các tỉnh biên giới siết chặt việc kiểm soát hàng lậu qua đường mòn.",
        [("Ủy ban nhân dân các tỉnh biên giới", "lead")],
    ),
    (
        "Yêu cầu UBND các huyện ven biển lập danh sách tàu cá chưa vào bờ.",
        [("Ủy ban nhân dân các huyện ven biển", "lead")],
    ),
    (
        "Chủ tịch Ủy ban nhân dân các xã miền núi chịu trách nhiệm kiểm đếm số hộ phải di dời.",
        [("Ủy ban nhân dân các xã miền núi", "lead")],
    ),
    (
        "Giao các xã vùng sâu, vùng xa báo cáo số học sinh bỏ học trước ngày 20.",
        [("Ủy ban nhân dân các xã vùng sâu, vùng xa", "lead")],
    ),
    ("Đề nghị các tỉnh, thành phố hoàn thành việc rà soát trong quý III.", [("Ủy ban nhân dân cấp tỉnh", "lead")]),
    # the places' leaders named between the verb and the places
    (
        "Thủ tướng yêu cầu lãnh đạo các tỉnh, thành phố hoàn thành việc rà soát trong quý III.",
        [("Ủy ban nhân dân cấp tỉnh", "lead")],
    ),
    (
        "Chủ tịch tỉnh đề nghị người đứng đầu các huyện, thị xã kiểm tra các điểm sạt lở.",
        [("Ủy ban nhân dân cấp huyện", "lead")],
    ),
    ("Tăng cường tuần tra tại các xã ven biển trong mùa mưa bão.", []),
    # a region is such a feature: "các tỉnh phía bắc", "các tỉnh miền Trung"
    ("Cục Thú y yêu cầu các tỉnh phía bắc phun thuốc tiêu độc ngay.", [("Ủy ban nhân dân các tỉnh phía bắc", "lead")]),
    (
        "Đề nghị các tỉnh miền Trung sẵn sàng phương án sơ tán dân.",
        [("Ủy ban nhân dân các tỉnh miền Trung", "lead")],
    ),
    # every province, counted or printed as "tỉnh thành"
    ("Đề nghị các tỉnh thành rà soát số hộ nghèo trong quý III.", [("Ủy ban nhân dân cấp tỉnh", "lead")]),
    ("Đề nghị 63 tỉnh, thành phố rà soát số hộ nghèo trong quý III.", [("Ủy ban nhân dân cấp tỉnh", "lead")]),
    ("Đề nghị 64 tỉnh thành rà soát số hộ nghèo trong quý III.", [("Ủy ban nhân dân cấp tỉnh", "lead")]),
    # the levels joined by a space, as news prints them, also after another class the "các" serves
    ("Đề nghị các quận huyện rà soát số hộ nghèo trong quý III.", [("Ủy ban nhân dân cấp huyện", "lead")]),
    (
        "Giao các sở ngành, quận huyện rà soát số hộ nghèo trong quý III.",
        [("Các sở, ban, ngành tỉnh", "lead"), ("Ủy ban nhân dân cấp huyện", "lead")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_localities_with_a_feature(sentence: str, expected: list[tuple[str, str]]) -> None:
    got = [(agency.name, agency.role) for task in extract(sentence).tasks for agency in task.agencies]
    assert got == expected


def test_a_count_of_places_is_an_addressee_but_a_committees_name_is_no_order() -> None:
    report = (
        "Tin dịch cúm gia cầm\n\nSáng 21/12, Cục Thú y họp với các địa phương.\n\n"
        "Cục Thú y yêu cầu 63 tỉnh, thành phố tăng cường tiêu độc, khử trùng.\n"
    )
    tasks = extract(report).tasks
    assert [(t.text[:16], [(a.name, a.role) for a in t.agencies]) for t in tasks] == [
        ("Cục Thú y yêu cầ", [("Ủy ban nhân dân cấp tỉnh", "lead")])
    ]
    # "ban chỉ đạo" is a committee's name: its count of places is no addressee of an order
    assert is_directive_paragraph("Ban chỉ đạo yêu cầu 24 huyện báo cáo kết quả rà soát.")
    assert not is_directive_paragraph("Cuộc họp do đồng chí Nguyễn Văn A, Trưởng ban chỉ đạo 24 huyện chủ trì.")


ONE_LEVEL_ROWS = [
    (
        "Bộ Xây dựng đề nghị các tỉnh rà soát các công trình hết niên hạn sử dụng.",
        [("Ủy ban nhân dân cấp tỉnh", "lead")],
    ),
    (
        "Giao Sở Y tế phối hợp với các huyện kiểm tra bếp ăn tập thể.",
        [("Sở Y tế", "lead"), ("Ủy ban nhân dân cấp huyện", "coordinate")],
    ),
    # where, not who; a noun after it is read with its kind or not at all
    ("Tăng cường kiểm tra tại các xã trong mùa lũ.", []),
    ("Kinh phí hỗ trợ các xã nghèo được bố trí từ ngân sách tỉnh.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ONE_LEVEL_ROWS)
def test_one_level_in_the_plural_acting_is_its_class(sentence: str, expected: list[tuple[str, str]]) -> None:
    got = [(agency.name, agency.role) for task in extract(sentence).tasks for agency in task.agencies]
    assert got == expected
