"""A task table printed right under a roman part heading of its own ("IV. TIẾN ĐỘ THỰC HIỆN"), after the lettered
items of the part before it, is that part's content: its rows are numbered under the part (IV.1, IV.2), not read as
sub-items of the last item above (SCHEMA "Task tables": rows keep the table's numbering as printed); a
department printed short in a cell ("Vụ KHTC") is named in full (issue 9, after h19). The plan is made up for the test."""

from __future__ import annotations

from directive_extract import extract

PLAN = """BỘ GIÁO DỤC VÀ ĐÀO TẠO

Số: 15/KH-BGDĐT

KẾ HOẠCH
Triển khai sổ điểm điện tử

III. TỔ CHỨC THỰC HIỆN
1. Cục Quản lý chất lượng chủ trì, phối hợp với Cục Công nghệ thông tin hướng dẫn các trường.
2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện.
IV. TIẾN ĐỘ THỰC HIỆN
TT | Nội dung công việc | Thời hạn hoàn thành | Đơn vị chủ trì | Đơn vị phối hợp
1. | Xây dựng tài liệu hướng dẫn sổ điểm điện tử | Tháng 3/2026 | Cục Công nghệ thông tin | Vụ Pháp chế, Vụ KHTC
2. | Tập huấn cho các Sở Giáo dục và Đào tạo | Tháng 5/2026 | Cục QLCL | Cục CNTT
V. KINH PHÍ
Kinh phí thực hiện từ nguồn ngân sách nhà nước.
"""


def test_a_table_under_its_own_part_heading_is_numbered_under_it() -> None:
    notice = extract(PLAN)
    tasks = {task.id: task for task in notice.tasks}
    assert [task.id for task in notice.tasks] == ["III.1", "III.2", "IV.1", "IV.2"]
    assert tasks["III.2"].subtasks == []
    assert [(a.name, a.role) for a in tasks["IV.1"].agencies] == [
        ("Cục Công nghệ thông tin", "lead"),
        ("Vụ Pháp chế", "coordinate"),
        ("Vụ Kế hoạch - Tài chính", "coordinate"),
    ]
    assert [d.text for d in tasks["IV.2"].deadlines] == ["Tháng 5/2026"]
