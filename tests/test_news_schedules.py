"""A news report that tells a text's orders as a schedule ("Theo đó, … như sau: … trước 17h ngày 22/8; …", then a
paragraph per step, each with its time limit), and a page exported with its front matter's date (issue 9, after
h15). Invented text."""

from __future__ import annotations

from directive_extract import extract

REPORT = """---
date: 2024-07-31
---

# Điều chỉnh lịch thi nghề

Ngày 30/7, Sở Lao động tỉnh có công văn gửi các trung tâm giáo dục nghề nghiệp về kỳ thi nghề.

Theo đó, lịch thi được điều chỉnh như sau: các trung tâm gửi danh sách thí sinh trước 17h ngày 12/8; thí sinh nộp lệ phí trước ngày 15/8.

Trước 17h ngày 20/8, Phòng Giáo dục nghề nghiệp hoàn tất việc xếp phòng thi.

Từ ngày 26/8 đến ngày 28/8, các trung tâm tổ chức thi thực hành.

Kỳ thi năm ngoái có hơn 3.000 thí sinh dự thi.
"""


def test_a_schedule_told_in_news_gives_a_task_per_dated_step() -> None:
    notice = extract(REPORT)
    assert notice.header.date == "2024-07-31"  # the front matter's date: no line of the text prints one
    tasks = notice.tasks
    assert [task.text.split(",")[0] for task in tasks] == [
        "Theo đó",
        "Trước 17h ngày 20/8",
        "Từ ngày 26/8 đến ngày 28/8",
    ]
    assert [d.value for d in tasks[0].deadlines] == ["2024-08-12", "2024-08-15"]
    assert [(a.name, a.role) for a in tasks[1].agencies] == [("Phòng Giáo dục nghề nghiệp", "lead")]


def test_dates_in_a_report_that_tells_no_text_are_no_schedule() -> None:
    told = REPORT.replace("Theo đó, lịch thi được điều chỉnh như sau:", "Năm trước,").replace(
        "Ngày 30/7, Sở Lao động tỉnh có công văn gửi", "Ngày 30/7, phóng viên đã làm việc với"
    )
    assert extract(told).tasks == []
