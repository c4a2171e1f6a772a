"""A task table a web page printed a cell a line: its heading's column names one a line, then each row's cells one a
line, a blank line between rows (issue 9, after h15). Invented text."""

from __future__ import annotations

from directive_extract import extract

REPORT = """Đẩy nhanh tiến độ các dự án điện

Văn phòng Chính phủ có Thông báo số 653 ngày 28/11/2025 về ý kiến chỉ đạo của Phó Thủ tướng tại buổi làm việc.

• Hoàn thành thi công cải tạo cầu cảng.

Lộ trình thực hiện chi tiết

{heading}

Sở Công Thương
Đẩy nhanh đàm phán hợp đồng mua bán điện
Tháng 12/2025

Sở Xây dựng
Hướng dẫn thủ tục cấp phép xây dựng
Tháng 01/2026
"""


def _rows(text: str) -> list[tuple[str, list[tuple[str, str]], list[str]]]:
    rows = []

    def walk(tasks) -> None:
        for task in tasks:
            if task.text.startswith("Sở "):
                rows.append((task.id, [(a.name, a.role) for a in task.agencies], [d.value for d in task.deadlines]))
            walk(task.subtasks)

    walk(extract(text).tasks)
    return rows


def test_a_table_printed_a_cell_a_line_gives_a_task_per_row() -> None:
    rows = _rows(REPORT.format(heading="Đơn vị thực hiện\nNhiệm vụ\nThời hạn"))
    assert [(agencies, deadlines) for _, agencies, deadlines in rows] == [
        ([("Sở Công Thương", "lead")], ["2025-12"]),
        ([("Sở Xây dựng", "lead")], ["2026-01"]),
    ]


def test_lines_that_name_no_columns_make_no_table() -> None:
    assert _rows(REPORT.format(heading="Các nội dung\nnhư sau\nđây")) == []
