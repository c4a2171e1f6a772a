"""A task table read from a PDF breaks a row across a page: the rest of its cells print on a line of their own
after the page's blank line, its number cell empty (" | 2030 |  |  |  | liên quan"). That line goes on with the
row above, its cells joined to the row's one for one: the bodies and the deadline it prints are the row's. A
group of rows may hold numbered parts ("1. Chuyển đổi số" over "1.1 | …", "2 | Công tác nhân sự" over "2.1 |
…"): each part is a task over its rows, numbered under the group (II.1, II.1.1). A group no body item restates
is no task; its rows keep the table's numbering (SCHEMA "Task tables": I.1, I.2). Invented plan, no corpus
document's text."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.tables import iter_tasks

PLAN = (
    "ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH\nTRƯỜNG ĐẠI HỌC KINH TẾ - LUẬT\n"
    "Số: 12/KH-ĐHKTL TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2026\n"
    "KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC ĐẢM BẢO CHẤT LƯỢNG NĂM 2026\n"
    "1. Mục tiêu\nNâng cao chất lượng đào tạo.\n"
    "2. Nội dung hoạt động\n"
    "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn thực hiện | Sản phẩm dự kiến\n"
    "I. Xây dựng văn bản |  |  |  |  |\n"
    "1 | Ban hành chiến lược đảm bảo chất lượng giai đoạn 2026- | Phòng Đào tạo | Khoa Kinh tế và | "
    "31/3/2026 | Bản dự thảo được lấy ý kiến các bên\n"
    "\n"
    " | 2030 |  | Phòng Tổ chức cán bộ |  | liên quan\n"
    "2 | Ban hành quy định về khảo sát người học | Phòng Thanh tra | Khoa Luật | Hoàn thành vào | Quy định\n"
    "\n"
    " | trực tuyến |  |  | 30/6/2026 |\n"
    "II. Cải tiến chất lượng |  |  |  |  |\n"
    "1. Chuyển đổi số |  |  |  |  |\n"
    "1.1 | Xây dựng kho dữ liệu người học | Phòng Đào tạo | Khoa Kinh tế | 31/5/2026 | Kho dữ liệu\n"
    "1.2 | Số hóa hồ sơ giảng viên | Phòng Tổ chức cán bộ | Khoa Luật | 31/7/2026 | Hồ sơ số\n"
    "2 | Công tác nhân sự |  |  |  |\n"
    "2.1 | Xây dựng kế hoạch tuyển dụng | Phòng Tổ chức cán bộ | Khoa Kinh tế | 15/2/2026 | Kế hoạch\n"
    "K/T HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nNguyễn Văn An\n"
)


def _walk(tasks):
    return (task for task, _parent, _top, _depth in iter_tasks(tasks))


def test_a_row_broken_across_a_page_keeps_its_bodies_and_deadline() -> None:
    notice = extract(PLAN)
    by_id = {task.id: task for task in _walk(notice.tasks)}
    first = by_id["I.1"]
    assert [(a.name, a.role) for a in first.agencies if not a.inherited] == [
        ("Phòng Đào tạo", "lead"),
        ("Khoa Kinh tế", "coordinate"),
        ("Phòng Tổ chức cán bộ", "coordinate"),  # printed after the page break
    ]
    assert PLAN[first.span[0] : first.span[1]].endswith("liên quan")  # the row ends where its last piece does
    second = by_id["I.2"]
    assert [(d.kind, d.value) for d in second.deadlines] == [("date", "2026-06-30")]  # its time cell's second piece
    assert "I.3" not in by_id and "T2" not in by_id  # the pieces are no rows of their own


def test_a_groups_numbered_parts_hold_their_rows() -> None:
    notice = extract(PLAN)
    assert [task.id for task in notice.tasks if task.id.startswith(("I", "T"))] == ["I.1", "I.2", "II.1", "II.2"]
    parts = {task.id: [sub.id for sub in task.subtasks] for task in notice.tasks if task.id.startswith("II")}
    assert parts == {"II.1": ["II.1.1", "II.1.2"], "II.2": ["II.2.1"]}
    by_id = {task.id: task for task in _walk(notice.tasks)}
    assert [(a.name, a.role) for a in by_id["II.2.1"].agencies] == [
        ("Phòng Tổ chức cán bộ", "lead"),
        ("Khoa Kinh tế", "coordinate"),
    ]
    assert not by_id["II.1"].agencies  # a part's heading names no doer


def test_every_span_of_the_plan_is_exact() -> None:
    notice = extract(PLAN)
    for task in _walk(notice.tasks):
        for item in [*task.agencies, *task.deadlines]:
            assert PLAN[item.span[0] : item.span[1]] == item.text
