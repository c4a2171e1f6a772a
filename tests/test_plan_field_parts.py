"""A plan's parts in sentence case that state its fields — when and where, who attends — are no tasks when they order
nothing ("I. Thời gian và địa điểm" over "- Thời gian: …", "- Địa điểm: …"; "II. Thành phần" over the attendees);
one whose bullets order bodies stays a task, and the part that assigns ("III. Phân công thực hiện") holds the tasks
(ANNOTATING.md: purposes and fields of a plan are not tasks). Each plan is made up for the test. Every failing row
is collected, then the test fails once."""

from __future__ import annotations

from .test_decision_article_forms import top_ids
from .test_recognizers import check_table

PLAN = (
    "TRƯỜNG CAO ĐẲNG Y TẾ\nSố: 45/KH-CĐYT\nNghệ An, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
    "Tổ chức ngày hội việc làm năm 2025\n\nĐể ngày hội đạt kết quả, Hiệu trưởng yêu cầu các đơn vị thực hiện:\n\n"
    "{parts}\nNơi nhận:\n- Các đơn vị;\n- Lưu: VT.\n\nHIỆU TRƯỞNG\n\nLê Văn Nam\n"
)
ASSIGN = (
    "III. Phân công thực hiện\n1. Phòng Công tác học sinh\n- Liên hệ các doanh nghiệp tham gia ngày hội.\n"
    "2. Phòng Quản trị\n- Bố trí hội trường và bàn ghế.\n"
)


# (text, top-level task ids)
# fmt: off
PARTS = [
    (PLAN.format(parts="I. Thời gian và địa điểm\n- Thời gian: 8 giờ ngày 20/3/2025.\n- Địa điểm: Hội trường B.\n"
                       "II. Thành phần\n- Đại diện các doanh nghiệp.\n- Học sinh năm cuối các lớp.\n" + ASSIGN),
     ["III.1", "III.2"]),
    # an attendance part whose bullet orders bodies is a task
    (PLAN.format(parts="I. Thời gian và địa điểm\n- Thời gian: 8 giờ ngày 20/3/2025.\n- Địa điểm: Hội trường B.\n"
                       "II. Thành phần\n- Các đơn vị tổ chức cho học sinh năm cuối tham dự đầy đủ.\n" + ASSIGN),
     ["II", "III.1", "III.2"]),
]
# fmt: on


def test_a_plans_field_parts_in_sentence_case_are_no_tasks_unless_they_order() -> None:
    check_table(PARTS, top_ids)
