"""A crawler that glued a report's paragraphs together leaves a stop right before the next paragraph's capital; a
paragraph that ends with a date or a figure ("… trước ngày 20/11.Việc xây mới …") is cut there as one that ends
with a word is ("… bữa ăn.Người đứng đầu …"). The report is made up for the test."""

from __future__ import annotations

from directive_extract import extract

REPORT = (
    "Hoàn thành sửa chữa nhà cho người dân vùng lũ trước Tết\n\nThứ hai, 17/11/2025, 08:10 (GMT+7)\n\n"
    "Ngày 16/11, Thủ tướng gửi công điện chỉ đạo các địa phương khắc phục hậu quả mưa lũ.Thủ tướng yêu cầu các "
    "tỉnh hoàn thành sửa chữa nhà bị tốc mái trước ngày 25/11.Việc xây mới nhà bị sập hoàn toàn phải hoàn thành "
    "trước ngày 15/1/2026, các tỉnh báo cáo tiến độ hằng tuần.\n"
)


def test_a_paragraph_ending_with_a_date_is_cut_at_its_glued_stop() -> None:
    openings = [task.text[:12] for task in extract(REPORT).tasks]
    assert "Việc xây mới" in openings, openings
