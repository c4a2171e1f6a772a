"""A standing board printed before the first body of a list is that of each council and party committee after it
(issue 9): "Thường trực Tỉnh ủy, HĐND, UBND tỉnh" names the standing boards of the party committee and of the
council, and the people's committee (which has no standing board by law); a body printed with its own standing board
keeps it. A level word printed after a list is still not added to the heads before it (ANNOTATING, settled 9): "báo
cáo HĐND, UBND tỉnh" is the council as printed. The plan is made up for the test."""

from __future__ import annotations

from directive_extract import extract

PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ

Số: 41/KH-UBND

KẾ HOẠCH
Chuyển đổi số năm 2027

1. Sở Nội vụ tổng hợp, báo cáo Thường trực Tỉnh ủy, HĐND, UBND tỉnh trước ngày 15/12/2027.
2. Sở Tài chính tham mưu, báo cáo HĐND và UBND tỉnh kết quả thực hiện.
3. Các sở báo cáo Ban Thường vụ Tỉnh ủy, Thường trực HĐND tỉnh.
"""


def test_a_standing_board_is_shared_along_a_list() -> None:
    got = {task.id: [(a.name, a.role) for a in task.agencies] for task in extract(PLAN).tasks}
    assert got["1"] == [
        ("Sở Nội vụ", "lead"),
        ("Thường trực Tỉnh ủy", "report_to"),
        ("Thường trực Hội đồng nhân dân tỉnh", "report_to"),
        ("Ủy ban nhân dân tỉnh", "report_to"),
    ]
    assert got["2"] == [
        ("Sở Tài chính", "lead"),
        ("Hội đồng nhân dân", "report_to"),
        ("Ủy ban nhân dân tỉnh", "report_to"),
    ]
    assert got["3"][1:] == [("Ban Thường vụ Tỉnh ủy", "report_to"), ("Thường trực Hội đồng nhân dân tỉnh", "report_to")]
