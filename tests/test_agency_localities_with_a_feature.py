"""A class of localities named by a feature not every locality of its level has is the People's Committees of those
localities, the feature kept (ANNOTATING, "Classes of localities with a feature"); the whole level without one; no
body after a locative. Every sentence is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract

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
    ("Tăng cường tuần tra tại các xã ven biển trong mùa mưa bão.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_localities_with_a_feature(sentence: str, expected: list[tuple[str, str]]) -> None:
    got = [(agency.name, agency.role) for task in extract(sentence).tasks for agency in task.agencies]
    assert got == expected
