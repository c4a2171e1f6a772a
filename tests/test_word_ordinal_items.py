"""Items opened by a word ordinal (ANNOTATING, task conventions 4: ids as printed): "Thứ nhất, …", "Thứ hai, …" at
the start of their paragraphs, and run into one paragraph as a crawl keeps a report ("Bộ trưởng yêu cầu: Thứ nhất,
… Thứ hai, …"), like "Một là, … Hai là, …"; a weekday with its date ("Thứ năm, 21/3/2027", "Thứ hai, ngày 5/4") opens
no item, nor a lone "Thứ nhất" no second ordinal follows. Texts made up for the test."""

from __future__ import annotations

from directive_extract import extract

LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Số: 812/BNNMT-VP
Hà Nội, ngày 12 tháng 3 năm 2027

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Bộ Nông nghiệp và Môi trường đề nghị:

Thứ nhất, Sở Nông nghiệp và Môi trường các tỉnh rà soát diện tích lúa bị hạn.

Thứ hai, Cục Thủy lợi hướng dẫn các địa phương điều tiết nước trước ngày 30/3/2027.

Thứ ba, Trung tâm Quốc gia Dự báo khí tượng thủy văn cập nhật bản tin hằng tuần.
"""

REPORT = (
    "Thứ năm, 21/3/2027, 08:00 (GMT+7)\n\n"
    "Bộ trưởng chỉ đạo xử lý hạn mặn\n\n"
    "Tại cuộc họp, Bộ trưởng yêu cầu: Thứ nhất, Cục Thủy lợi khẩn trương hướng dẫn các địa phương lấy nước. "
    "Thứ hai, Tổng cục Khí tượng Thủy văn tăng tần suất bản tin dự báo mặn. "
    "Thứ ba, các địa phương rà soát công trình thủy lợi trước ngày 15/4/2027.\n"
)


def test_ordinals_at_the_start_of_paragraphs_are_items() -> None:
    notice = extract(LETTER)
    assert [task.id for task in notice.tasks] == ["Thứ nhất", "Thứ hai", "Thứ ba"]
    assert [a.name for a in notice.tasks[1].agencies] == ["Cục Thủy lợi"]
    assert [d.text for d in notice.tasks[1].deadlines] == ["trước ngày 30/3/2027"]


def test_ordinals_run_into_one_paragraph_are_items() -> None:
    notice = extract(REPORT)
    assert [task.id for task in notice.tasks] == ["Thứ nhất", "Thứ hai", "Thứ ba"]
    assert notice.tasks[0].text.startswith("Thứ nhất, Cục Thủy lợi")
    assert notice.tasks[1].text.startswith("Thứ hai, Tổng cục Khí tượng Thủy văn")


def test_a_weekday_and_a_lone_first_open_no_item() -> None:
    lone = REPORT.replace(" Thứ hai, Tổng cục", " Tổng cục").replace(" Thứ ba, các địa phương", " Các địa phương")
    ids = [task.id for task in extract(lone).tasks]
    assert not any(i.startswith("Thứ") for i in ids)
