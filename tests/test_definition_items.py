"""A guidance's lettered line that defines a term orders nothing: it is its item's text, not a subtask."""

from __future__ import annotations

import pytest

from directive_extract import extract

LETTER = """BỘ Y TẾ

Số: 45/BYT-KCB

V/v hướng dẫn lập sổ theo dõi sức khỏe

Hà Nội, ngày 10 tháng 4 năm 2026

Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.

I. NỘI DUNG

1. Sổ theo dõi sức khỏe

a) {first}

b) Trạm Y tế xã lập sổ cho người cao tuổi trên địa bàn trước ngày 30 tháng 6 năm 2026.

2. Báo cáo

Sở Y tế tổng hợp và báo cáo Bộ Y tế trước ngày 15 tháng 12 năm 2026.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Trần Văn Bình
"""


def _ids(first: str) -> list[str]:
    ids: list[str] = []

    def walk(tasks) -> None:
        for task in tasks:
            ids.append(task.id)
            walk(task.subtasks)

    walk(extract(LETTER.format(first=first)).tasks)
    return ids


@pytest.mark.parametrize(
    "definition",
    [
        "Sổ theo dõi sức khỏe là sổ ghi các lần khám, chữa bệnh của một người.",
        "Sổ theo dõi sức khỏe điện tử, sổ giấy là hai hình thức của cùng một hồ sơ.",
    ],
)
def test_a_line_that_defines_its_term_is_no_subtask(definition: str) -> None:
    assert _ids(definition) == ["I.1", "I.1.b", "I.2"]


@pytest.mark.parametrize(
    "order",
    [
        "Trung tâm Y tế huyện là đơn vị chủ trì, hướng dẫn các trạm y tế lập sổ.",  # a body given a duty
        "Rà soát danh sách người cao tuổi là việc đầu tiên cần làm.",  # opens with a deed
    ],
)
def test_a_line_that_orders_stays_a_subtask(order: str) -> None:
    assert _ids(order) == ["I.1", "I.1.a", "I.1.b", "I.2"]
