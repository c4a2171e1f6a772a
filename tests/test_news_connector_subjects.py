"""A body right after a connector that goes on with the orders before it ("Bên cạnh đó, …", "Ngoài ra, …", "Cùng đó,
…") is the subject of its clause, the lead, though the verb after it names a partner ("… phối hợp với Bộ X …").
The text is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract

HEAD = (
    "Chính phủ chỉ đạo cấp nước sạch cho vùng hạn mặn\n\nThứ Sáu, 07/03/2025 - 15:20\n\n"
    "Phó Thủ tướng giao Bộ Tài chính bố trí ngay kinh phí để các tỉnh khoan giếng và mua bồn trữ nước.\n\n"
)


@pytest.mark.parametrize("connector", ["Bên cạnh đó", "Ngoài ra", "Cùng đó", "Cùng với đó"])
def test_the_body_after_a_connector_leads(connector: str) -> None:
    text = f"{connector}, Bộ Y tế phối hợp với Bộ Xây dựng lấy mẫu nước tại các trạm bơm ven kênh.\n"
    task = extract(HEAD + text).tasks[1]
    assert [(agency.name, agency.role) for agency in task.agencies] == [
        ("Bộ Y tế", "lead"),
        ("Bộ Xây dựng", "coordinate"),
    ]
