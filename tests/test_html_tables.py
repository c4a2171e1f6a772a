"""A web page's assignment table read as a table: one row a line, cells joined by " | ", as the docx and pdf
readers print a data table (test_table_reading.py); a layout table (the two-column header block, the
signature block) still gives one block per cell's paragraph.

Form: legal-text sites (vbpl.vn, provincial portals) print a resolution's or a plan's assignment as an HTML
table "STT | Tên đề án | Cơ quan trình | Cơ quan chủ trì thẩm định | Cơ quan tham gia | Thời gian trình", a
cell's lines often in several <p> or split by <br> ("Sở" / "Tư pháp", the heading "Cơ quan chủ trì" /
"thẩm định"). Read one cell per paragraph, the rows could not be told apart from the body's paragraphs; read
as rows, the task-table stage gives each row as a subtask with its lead and coordinate bodies and its time.
The page is made up for the test (no corpus document). Every failing row is collected, then the test fails once.
"""

from __future__ import annotations

from pathlib import Path

from directive_extract import extract_file
from directive_extract.formats.html import decode_html, plain_text
from directive_extract.read import read_file

from .test_recognizers import check_table

HEAD = (
    "<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH HÀ NAM</p><p>Số: 41/NQ-UBND</p></td>"
    "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
    "<p>Hà Nam, ngày 12 tháng 3 năm 2025</p></td></tr></table>"
)
BODY = (
    "<p>KẾ HOẠCH</p><p>Xây dựng văn bản quy phạm pháp luật năm 2025</p>"
    "<p>Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015;</p>"
    "<p>I. NHIỆM VỤ</p>"
    "<p>1. Giao các sở chuẩn bị các đề án theo bảng dưới đây:</p>"
)
TABLE = (
    "<table><tr><th>STT</th><th>Tên đề án</th><th>Cơ quan trình</th><th><p>Cơ quan chủ trì</p><p>thẩm định</p></th>"
    "<th>Cơ quan tham gia</th><th>Thời gian trình</th></tr>"
    "<tr><td>1.</td><td><p>Quy định giá dịch vụ thoát nước</p></td><td>Sở Xây dựng</td>"
    "<td><p>Sở</p><p>Tư pháp</p></td><td>Sở Tài chính</td><td>Tháng 6/2025</td></tr>"
    "<tr><td>2.</td><td>Quy định mức thu học phí<br/>năm học 2025-2026</td><td>Sở Giáo dục và Đào tạo</td>"
    "<td>Sở Tư pháp</td><td>Sở Tài chính, Sở Lao động - Thương binh và Xã hội</td><td>Tháng 8/2025</td></tr>"
    "</table>"
)
TAIL = (
    "<p>II. TỔ CHỨC THỰC HIỆN</p><p>Các sở, ngành tổ chức thực hiện Kế hoạch này./.</p>"
    "<table><tr><td><p>Nơi nhận:</p><p>- Như trên;</p><p>- Lưu: VT.</p></td>"
    "<td><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Trần Văn Phúc</p></td></tr></table>"
)
PAGE = f"<html><head><meta charset='utf-8'></head><body><article>{HEAD}{BODY}{TABLE}{TAIL}</article></body></html>"

# (what, the block expected in the text)
# fmt: off
BLOCKS = [
    ("heading row, a heading cell in two paragraphs joined",
     "STT | Tên đề án | Cơ quan trình | Cơ quan chủ trì thẩm định | Cơ quan tham gia | Thời gian trình"),
    ("a row, a cell in two paragraphs joined",
     "1. | Quy định giá dịch vụ thoát nước | Sở Xây dựng | Sở Tư pháp | Sở Tài chính | Tháng 6/2025"),
    ("a row, a <br> inside a cell a space",
     "2. | Quy định mức thu học phí năm học 2025-2026 | Sở Giáo dục và Đào tạo | Sở Tư pháp"
     " | Sở Tài chính, Sở Lao động - Thương binh và Xã hội | Tháng 8/2025"),
    ("layout header: a cell's paragraph a block", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("layout signature: a cell's paragraph a block", "TM. ỦY BAN NHÂN DÂN"),
    ("layout signature: the name", "Trần Văn Phúc"),
]
# fmt: on


def _page(tmp_path: Path) -> Path:
    path = tmp_path / "plan.html"
    path.write_text(PAGE, "utf-8")
    return path


def _missing(text: str) -> list[str]:
    blocks = text.split("\n\n")
    return [what for what, block in BLOCKS if block not in blocks]


def test_a_data_table_of_a_page_reads_one_row_a_line(tmp_path) -> None:
    page = _page(tmp_path)
    readers = [
        ("main text (trafilatura)", read_file(page)[0]),
        ("fallback (every visible block)", plain_text(decode_html(page.read_bytes()))),
    ]
    check_table([(name, text, []) for name, text in readers], lambda name, text: _missing(text))


def _rows(path: Path) -> list[tuple[str, list[tuple[str, str]], list[str]]]:
    notice = extract_file(path)
    subtasks = [sub for task in notice.tasks for sub in task.subtasks]
    return [(sub.id, [(a.name, a.role) for a in sub.agencies], [d.text for d in sub.deadlines]) for sub in subtasks]


def test_the_rows_of_a_page_table_are_subtasks_with_their_columns_roles(tmp_path) -> None:
    expected = [
        ("I.1.1", [("Sở Xây dựng", "lead"), ("Sở Tư pháp", "lead"), ("Sở Tài chính", "coordinate")], ["Tháng 6/2025"]),
        (
            "I.1.2",
            [
                ("Sở Giáo dục và Đào tạo", "lead"),
                ("Sở Tư pháp", "lead"),
                ("Sở Tài chính", "coordinate"),
                ("Sở Lao động - Thương binh và Xã hội", "coordinate"),
            ],
            ["Tháng 8/2025"],
        ),
    ]
    check_table([(_page(tmp_path), expected)], _rows)


# a portal's page frame: one row of three cells (menu | content | links) is layout, its content read as blocks
FRAME = (
    "<html><head><meta charset='utf-8'></head><body><table><tr>"
    "<td><p>Trang chủ</p><p>Giới thiệu</p><p>Tin tức</p></td>"
    "<td><p>ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG</p><p>Số: 15/KH-UBND</p>"
    "<p>Đức Trọng, ngày 3 tháng 4 năm 2024</p><p>KẾ HOẠCH</p><p>Phòng chống cháy rừng mùa khô</p>"
    "<p>I. NHIỆM VỤ</p><p>1. Hạt Kiểm lâm huyện tuần tra các khu rừng trọng điểm.</p>"
    "<p>2. Ủy ban nhân dân các xã tổ chức trực 24/24 giờ.</p>"
    "<p>3. Phòng Nông nghiệp và Phát triển nông thôn tổng hợp báo cáo.</p></td>"
    "<td><p>Liên kết</p><p>Cổng dịch vụ công</p><p>Thư điện tử</p></td>"
    "</tr></table></body></html>"
)


def test_a_page_frame_of_one_row_is_no_data_table(tmp_path) -> None:
    page = tmp_path / "frame.html"
    page.write_text(FRAME, encoding="utf-8")
    text = plain_text(decode_html(page.read_bytes()))
    assert " | " not in text
    assert [task.id for task in extract_file(page).tasks] == ["I.1", "I.2", "I.3"]
