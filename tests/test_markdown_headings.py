"""A letter converted to markdown ("# II. NỘI DUNG", "## 1. …"): its numbered headings read as the plain letter's."""

from __future__ import annotations

import pytest

from directive_extract import extract

PLAIN = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG

Số: 12/UBND-VX

V/v hướng dẫn tổ chức ngày hội đọc sách

Lâm Đồng, ngày 03 tháng 3 năm 2026

Kính gửi: Sở Văn hóa, Thể thao và Du lịch.

{h1}I. MỤC ĐÍCH

Nâng cao văn hóa đọc trong cộng đồng.

{h1}II. NỘI DUNG

{h2}1. Chuẩn bị sách

a) Sách của ngày hội là sách do các nhà xuất bản tặng.

b) Thư viện tỉnh lập danh mục sách trước ngày 20 tháng 3 năm 2026.

{h2}2. Tổ chức ngày hội

a) Ngày hội là hoạt động thường niên của tỉnh.

b) Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức ngày hội tại các huyện.

{h1}III. TỔ CHỨC THỰC HIỆN

1. Sở Thông tin và Truyền thông tuyên truyền về ngày hội.

2. Ủy ban nhân dân các huyện bố trí địa điểm.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""


def _tree(notice) -> list[tuple[str, str, list[str]]]:
    rows = []

    def walk(tasks) -> None:
        for task in tasks:
            rows.append((task.id, task.text.split("\\n")[0][:40], sorted(a.name for a in task.agencies)))
            walk(task.subtasks)

    walk(notice.tasks)
    return rows


def test_markdown_heading_marks_leave_the_tasks_of_the_plain_letter() -> None:
    plain = extract(PLAIN.format(h1="", h2=""))
    marked = extract(PLAIN.format(h1="# ", h2="## "))
    assert [row[0] for row in _tree(plain)][:2] == ["II.1", "II.1.b"]  # a) defines a term, no subtask
    assert _tree(marked) == _tree(plain)


def test_every_span_of_the_marked_letter_is_its_source_text() -> None:
    source = PLAIN.format(h1="# ", h2="## ")
    notice = extract(source)
    for task in notice.tasks:
        assert source[task.span[0] : task.span[1]] == task.text
        assert not task.text.startswith("#")


DECISION = """THỦ TƯỚNG CHÍNH PHỦ

Số: 15/2026/QĐ-TTg

Hà Nội, ngày 10 tháng 3 năm 2026

QUYẾT ĐỊNH

Về tín dụng đối với học sinh, sinh viên

**Điều 5. Tổ chức thực hiện**

1. Ngân hàng Chính sách xã hội hướng dẫn hồ sơ vay vốn.

2. Bộ Tài chính bố trí nguồn vốn cho vay.

{label}
- Ban Bí thư Trung ương Đảng;
- Các bộ, cơ quan ngang bộ;
- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;
- Lưu: VT, KTTH.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Nguyễn Văn An
"""


@pytest.mark.parametrize("label", ["**_Nơi nhận:_**", "*Nơi nhận*:", "__Nơi nhận:__", "Nơi nhận:"])
def test_a_distribution_label_set_in_emphasis_closes_the_last_article(label: str) -> None:
    notice = extract(DECISION.format(label=label))
    assert [t.id for t in notice.tasks] == ["Điều 5.1", "Điều 5.2"]
    assert notice.distribution[:2] == ["Ban Bí thư Trung ương Đảng", "Các bộ, cơ quan ngang bộ"]
