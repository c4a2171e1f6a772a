"""A body's name that opens a concept's ("Chính phủ số", "chính quyền điện tử": the digital government a plan
builds) names no agency, and a system named after the body its reports go to ("Hệ thống thông tin báo cáo Chính
phủ") makes no receiver of it; the body printed alone still acts or receives. The texts are made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract

PLAN = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nKẾ HOẠCH\nChuyển đổi số năm 2026\n\nII. NHIỆM VỤ\n"


def _names(items: str) -> list[tuple[str, str, str | None]]:
    tasks = []

    def walk(found):
        for task in found:
            tasks.append(task)
            walk(task.subtasks)

    walk(extract(PLAN + items).tasks)
    return [(t.id, a.name, a.role) for t in tasks for a in t.agencies]


@pytest.mark.parametrize(
    "items",
    [
        "3. Chính phủ số\n3.1. Sở Khoa học và Công nghệ vận hành nền tảng tích hợp dữ liệu.\n",
        "3. Phát triển chính quyền điện tử, Chính phủ điện tử trên địa bàn tỉnh.\n",
        "3. Sở Nội vụ bảo đảm dữ liệu báo cáo được kết nối với Hệ thống thông tin báo cáo Chính phủ.\n",
    ],
)
def test_a_concept_or_a_system_named_after_the_government_is_no_agency(items: str) -> None:
    assert all(name != "Chính phủ" for _, name, _ in _names(items))


def test_the_government_printed_alone_still_receives() -> None:
    names = _names("3. Sở Tư pháp tham mưu, báo cáo Chính phủ số liệu về hộ tịch.\n")
    assert ("II.3", "Chính phủ", "report_to") in names, names
