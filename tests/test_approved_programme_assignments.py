"""A decision's enacting article that approves a programme ("Điều 1. Phê duyệt Chương trình … với những nội dung chủ
yếu sau:") states content in its parts (targets, solutions: ANNOTATING, decisions 2), but the part that gives the work
out to bodies ("TỔ CHỨC THỰC HIỆN" over "1. Bộ …") orders: its items are tasks, numbered under the article that holds
them ("Điều 1.III.1"). The decision is made up for the test."""

from __future__ import annotations

from directive_extract import extract

DECISION = """THỦ TƯỚNG CHÍNH PHỦ

Số: 91/QĐ-TTg
Hà Nội, ngày 14 tháng 01 năm 2027

QUYẾT ĐỊNH
Phê duyệt Chương trình phát triển thư viện số

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Chương trình phát triển thư viện số với những nội dung chủ yếu sau:

I. MỤC TIÊU

Đến năm 2030, 100% thư viện công cộng được số hóa.

II. GIẢI PHÁP

1. Hoàn thiện thể chế về thư viện.

2. Phát triển hạ tầng thư viện số.

III. TỔ CHỨC THỰC HIỆN

1. Bộ Văn hóa, Thể thao và Du lịch chủ trì tổ chức thực hiện Chương trình, báo cáo Thủ tướng Chính phủ trước
ngày 15 tháng 12 hằng năm.

2. Bộ Tài chính bố trí kinh phí.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định này.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Văn Sơn
"""


def test_the_assignment_part_of_an_approved_programme_orders() -> None:
    tasks = {task.id: task for task in extract(DECISION).tasks}
    assert list(tasks) == ["Điều 1.III.1", "Điều 1.III.2", "Điều 3"]
    assert [(a.name, a.role) for a in tasks["Điều 1.III.1"].agencies] == [
        ("Bộ Văn hóa, Thể thao và Du lịch", "lead"),
        ("Thủ tướng Chính phủ", "report_to"),
    ]
    assert [(a.name, a.role) for a in tasks["Điều 1.III.2"].agencies] == [("Bộ Tài chính", "lead")]


# an article that issues the programme in its own body ("Ban hành Chương trình …, gồm những nội dung sau:", no "kèm
# theo": the text is the article's parts, not attached after it) holds its parts as an approving article does
ISSUED_INLINE = DECISION.replace(
    "Điều 1. Phê duyệt Chương trình phát triển thư viện số với những nội dung chủ yếu sau:",
    "Điều 1. Ban hành Chương trình phát triển thư viện số (sau đây gọi tắt là Chương trình), gồm những nội dung sau:",
)


def test_a_programme_issued_in_the_article_holds_its_parts() -> None:
    tasks = {task.id: task for task in extract(ISSUED_INLINE).tasks}
    assert list(tasks) == ["Điều 1.III.1", "Điều 1.III.2", "Điều 3"]
    assert [(a.name, a.role) for a in tasks["Điều 1.III.2"].agencies] == [("Bộ Tài chính", "lead")]


# its funding part states where the money comes from, and orders where an item binds bodies (ANNOTATING, decisions 6)
WITH_FUNDS = DECISION.replace(
    "Điều 2. Quyết định này",
    "IV. KINH PHÍ THỰC HIỆN\n\n1. Kinh phí thực hiện Chương trình do ngân sách nhà nước bảo đảm.\n\n"
    "2. Hằng năm, Bộ Văn hóa, Thể thao và Du lịch có trách nhiệm lập dự toán kinh phí thực hiện Chương trình.\n\n"
    "Điều 2. Quyết định này",
)


def test_the_funding_part_of_an_approved_programme_orders_where_it_binds() -> None:
    ids = [task.id for task in extract(WITH_FUNDS).tasks]
    assert ids == ["Điều 1.III.1", "Điều 1.III.2", "Điều 1.IV.2", "Điều 3"]
