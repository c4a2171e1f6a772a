"""A task table printed one cell a paragraph, as docx2txt and HTML-to-text conversions print one (SCHEMA "Task
tables"): the number column delimits the rows; groups, a roman row that is a task, a cell wrapped over two
paragraphs, a heading wrapped in small letters, a row with an empty cell and the paragraph after the table. The
table is made up for the test."""

from __future__ import annotations

from directive_extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC LINH\n\nSố: 41/KH-UBND\n\nKẾ HOẠCH\nTổng điều tra đất đai năm 2025\n\n"
CELLS = [
    "TT", "Nội dung công việc", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối", "hợp",
    "I", "Chuẩn bị",
    "1", "Lập danh sách các thửa đất công", "Trước 15/3/2025", "Phòng Tài nguyên và Môi trường", "Ủy ban",
    "Mặt trận Tổ quốc huyện",
    "2", "Tập huấn cho cán bộ địa chính", "Trước 30/3/2025", "Phòng Nội vụ",
    "II", "Rà soát hồ sơ đất của các trường học", "Trước 30/4/2025", "Phòng Giáo dục và Đào tạo",
    "Phòng Tài chính - Kế hoạch",
    "III", "Tổng hợp, báo cáo",
    "1", "Tổng hợp số liệu của các xã và lập", "biểu mẫu báo cáo", "Trước 15/5/2025", "Phòng Thống kê",
    "Phòng Tài nguyên và Môi trường",
    "Ủy ban nhân dân huyện yêu cầu các đơn vị nghiêm túc triển khai thực hiện Kế hoạch này.",
]  # fmt: skip
TABLE = HEAD + "\n\n".join(CELLS) + "\n"


def _tasks() -> list[tuple[str, list[tuple[str, str]], list[str]]]:
    return [(t.id, [(a.name, a.role) for a in t.agencies], [d.text for d in t.deadlines]) for t in extract(TABLE).tasks]


def test_each_row_is_a_task_numbered_under_its_group() -> None:
    assert [task_id for task_id, _, _ in _tasks()][:4] == ["I.1", "I.2", "II", "III.1"]


def test_the_columns_give_roles_and_deadlines() -> None:
    found = {task_id: (agencies, deadlines) for task_id, agencies, deadlines in _tasks()}
    # "Ủy ban" / "Mặt trận Tổ quốc huyện": a type word alone was wrapped before its field
    assert found["I.1"] == (
        [("Phòng Tài nguyên và Môi trường", "lead"), ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "coordinate")],
        ["Trước 15/3/2025"],
    )
    assert found["I.2"] == ([("Phòng Nội vụ", "lead")], ["Trước 30/3/2025"])  # the partner's cell left empty
    assert found["II"] == (
        [("Phòng Giáo dục và Đào tạo", "lead"), ("Phòng Tài chính - Kế hoạch", "coordinate")],
        ["Trước 30/4/2025"],
    )
    # the content wrapped in small letters onto a paragraph of its own stays one cell
    assert found["III.1"] == (
        [("Phòng Thống kê", "lead"), ("Phòng Tài nguyên và Môi trường", "coordinate")],
        ["Trước 15/5/2025"],
    )


def test_the_paragraph_after_the_table_is_no_cell_of_its_last_row() -> None:
    last = next(t for t in extract(TABLE).tasks if t.id == "III.1")
    assert "nghiêm túc triển khai" not in last.text


def test_a_number_column_name_with_no_table_after_it_changes_nothing() -> None:
    text = HEAD + "II. NHIỆM VỤ\n\n1. Phòng Nội vụ rà soát biên chế.\n\nSTT\n\n2. Phòng Tài chính bố trí kinh phí.\n"
    assert [t.id for t in extract(text).tasks] == ["II.1", "II.2"]
