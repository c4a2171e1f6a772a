"""Task tables (issue 10, SCHEMA "Task tables"): each row a task with its lead and coordinate columns as
agencies with roles and its time column as a deadline; group rows; rows that restate a body item."""

from __future__ import annotations

from pathlib import Path

from directive_extract import extract, extract_file
from directive_extract.stages.task_tables import column_of

from .test_table_reading import make_docx_plan, make_pdf_plan

# fmt: off
COLUMNS = [
    ("TT", "number"), ("STT", "number"), ("Nội dung công việc", "content"), ("Nhiệm vụ, giải pháp", "content"),
    ("Cơ quan chủ trì", "lead"), ("CƠ QUAN, ĐƠN VỊ CHỦ TRÌ", "lead"), ("Đơn vị thực hiện", "lead"),
    ("Cơ quan phối hợp", "coordinate"), ("Thời gian hoàn thành", "time"), ("Thời hạn", "time"),
    ("Tiến độ thực hiện", "time"), ("Sản phẩm", "product"), ("Ghi chú", "note"), ("Địa bàn", None),
    # who is in charge: "Phụ trách", "Thực hiện" (not its time: "Thời gian thực hiện")
    ("Phụ trách", "lead"), ("Bộ phận phụ trách", "lead"), ("Thực hiện", "lead"), ("Thời gian thực hiện", "time"),
]
# fmt: on


def test_column_headings() -> None:
    failures = [
        f"{heading!r}: {column_of(heading)!r} != {kind!r}" for heading, kind in COLUMNS if column_of(heading) != kind
    ]
    assert not failures, failures


def _view(tasks, out=None):
    out = [] if out is None else out
    for task in tasks:
        out.append(
            (
                task.id,
                [(a.name, a.role) for a in task.agencies if not a.inherited],
                [(d.kind, d.value) for d in task.deadlines],
            )
        )
        _view(task.subtasks, out)
    return out


def test_a_docx_plan_with_a_task_table(tmp_path: Path) -> None:
    notice = extract_file(make_docx_plan(tmp_path / "plan.docx"))
    assert _view(notice.tasks) == [
        ("I.1", [("Bộ Chỉ huy Quân sự tỉnh", "lead"), ("Sở Nội vụ", "coordinate"), ("Công an tỉnh", "coordinate")],
         [("period", "2026-Q2")]),
        ("I.2", [("Các sở, ban, ngành tỉnh", "coordinate")], [("date", "2026-11-30")]),  # "Các sở, ngành": the class
        ("I.3", [("Sở Văn hóa", "lead"), ("Đài Phát thanh", "coordinate")], []),  # "Thường xuyên": no deadline
        ("I.4", [("Sở Nội vụ", "lead"), ("Ủy ban nhân dân cấp huyện", "coordinate")], [("recurring", "yearly")]),
    ]  # fmt: skip
    row_2 = notice.tasks[1]  # I.2: the group heading is no task, its rows are
    assert [(a.name, a.role, a.inherited) for a in row_2.agencies] == [
        ("Các sở, ban, ngành tỉnh", "coordinate", False),
        ("Bộ Chỉ huy Quân sự tỉnh", "lead", True),
    ]


def test_a_pdf_plan_with_a_task_table(tmp_path: Path) -> None:
    notice = extract_file(make_pdf_plan(tmp_path / "plan.pdf"))
    view = _view(notice.tasks)
    assert view[0] == (
        "1",
        [("Bộ Chỉ huy Quân sự tỉnh", "lead"), ("Sở Nội vụ", "coordinate"), ("Công an tỉnh", "coordinate")],
        [("period", "2026-Q2")],
    )
    assert view[1][0] == "2" and view[1][2] == [("date", "2026-11-30")]


HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 40/KH-UBND\nĐồng Tháp, ngày 05 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nPhòng thủ dân sự năm 2026\n\n"
)


def test_rows_that_restate_a_body_item_are_its_subtasks() -> None:
    text = HEADER + (
        "II. NHIỆM VỤ\n\n"
        "1. Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp.\n\n"
        "2. Tổ chức diễn tập phòng thủ dân sự.\n\n"
        "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ\n\n"
        "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n\n"
        "| I | KIỆN TOÀN BAN CHỈ HUY PHÒNG THỦ DÂN SỰ |  |  |  |\n\n"
        "| 1 | Rà soát thành viên Ban Chỉ huy | Sở Nội vụ | Công an tỉnh | Quý II/2026 |\n\n"
        "| 2 | Ban hành quy chế hoạt động | Bộ Chỉ huy Quân sự tỉnh | Sở Tư pháp | 2026 |\n"
    )
    view = _view(extract(text).tasks)
    assert view == [
        ("II.1", [], []),
        ("II.1.1", [("Sở Nội vụ", "lead"), ("Công an tỉnh", "coordinate")], [("period", "2026-Q2")]),
        ("II.1.2", [("Bộ Chỉ huy Quân sự tỉnh", "lead"), ("Sở Tư pháp", "coordinate")], [("period", "2026")]),
        ("II.2", [], []),
    ]


def test_rows_that_restate_nothing_keep_the_table_numbering() -> None:
    text = HEADER + (
        "Ủy ban nhân dân tỉnh phân công như sau:\n\n"
        "TT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện\n\n"
        "I. CÔNG TÁC TUYÊN TRUYỀN\n\n"
        "1 | Tuyên truyền trên báo chí | Báo Đồng Tháp | Trước ngày 15/4/2026\n\n"
        "2 | Tuyên truyền trên mạng xã hội | Sở Văn hóa, Thể thao và Du lịch | Tháng 5/2026\n"
    )
    view = _view(extract(text).tasks)
    assert view == [
        ("I.1", [("Báo Đồng Tháp", "lead")], [("date", "2026-04-15")]),
        ("I.2", [("Sở Văn hóa, Thể thao và Du lịch", "lead")], [("period", "2026-05")]),
    ]


def test_a_table_inside_an_item_holds_its_subtasks() -> None:
    text = HEADER + (
        "III. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Xây dựng chương trình truyền hình:\n\n"
        "a) Chương trình đối thoại, phát sóng hằng tháng:\n\n"
        "TT | Nội dung | Trách nhiệm thực hiện | Thời gian\n\n"
        "1 | Giải đáp vướng mắc về thủ tục đất đai | Sở Nông nghiệp và Môi trường | Tháng 3/2026\n\n"
        "2 | Giải đáp vướng mắc về hộ tịch | Sở Tư pháp | Tháng 4/2026\n\n"
        "b) Chương trình phóng sự.\n"
    )
    view = _view(extract(text).tasks)
    assert view == [
        ("III.1", [], []),
        ("III.1.a", [], []),
        ("III.1.a.1", [("Sở Nông nghiệp và Môi trường", "lead")], [("period", "2026-03")]),
        ("III.1.a.2", [("Sở Tư pháp", "lead")], [("period", "2026-04")]),
        ("III.1.b", [], []),
    ]


def test_an_item_that_points_to_the_appendix_holds_its_rows() -> None:
    """ "2. NHIỆM VỤ TRỌNG TÂM" then only "(Chi tiết tại Phụ lục kèm theo)": the appendix's table is that
    item's detail, its rows its subtasks numbered as printed, the table's groups no tasks; the numbered title
    of the appendix ("4. PHỤ LỤC") is none either."""
    text = HEADER + (
        "1. MỤC TIÊU\n\nNâng cao chất lượng dịch vụ bưu chính.\n\n"
        "2. NHIỆM VỤ TRỌNG TÂM\n\n(Chi tiết tại Phụ lục kèm theo)\n\n"
        "3. TỔ CHỨC THỰC HIỆN\n\nSở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc.\n\n"
        "4. PHỤ LỤC\n\n"
        "TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện\n\n"
        "I | Mở rộng mạng lưới bưu cục\n\n"
        "1 | Rà soát điểm phục vụ bưu chính | Bưu điện tỉnh | Ủy ban nhân dân cấp huyện | Quý III/2026\n\n"
        "II | Chuyển đổi số dịch vụ\n\n"
        "2 | Số hóa dữ liệu địa chỉ | Sở Khoa học và Công nghệ | Công an tỉnh | Năm 2026\n"
    )
    assert [t.id for t in extract(text).tasks] == ["2", "3"]
    assert [t.id for t in extract(text).tasks[0].subtasks] == ["2.1", "2.2"]


def test_a_table_whose_lead_column_is_headed_phu_trach() -> None:
    plan = (
        "KẾ HOẠCH\nTổ chức lễ trao bằng tốt nghiệp\n\nPhân công thực hiện\n\n"
        "TT | Công việc | Phụ trách | Ghi chú\n"
        "1 | Chuẩn bị hội trường | Phòng Quản trị thiết bị | Trước 7 giờ\n"
        "2 | In bằng tốt nghiệp | Phòng Đào tạo |\n"
    )
    rows = [(t.id, [(a.name, a.role) for a in t.agencies]) for t in extract(plan).tasks]
    assert rows == [("1", [("Phòng Quản trị thiết bị", "lead")]), ("2", [("Phòng Đào tạo", "lead")])]
