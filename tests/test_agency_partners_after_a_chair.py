"""A body whose verb is "phối hợp" after the body that chairs its sentence is that body's partner ("Thanh tra tỉnh chủ
trì …; Sở Tư pháp phối hợp"), as is one printed "là cơ quan phối hợp"; alone in its sentence, or naming its partner
after the verb, it does the work (SCHEMA.md, "Agencies"; issue 9). Every case is invented."""

from __future__ import annotations

from .test_agency_forms import PROVINCE, _leads
from .test_recognizers import check_table

# (the items under the plan's tasks, the first task's (name, role))
# fmt: off
ROLES = [
    ("1. Thanh tra tỉnh chủ trì kiểm tra việc thực hiện; Sở Tư pháp phối hợp.",
     [("Thanh tra tỉnh", "lead"), ("Sở Tư pháp", "coordinate")]),
    ("1. Sở Y tế chủ trì thực hiện; Sở Tài chính, Sở Nội vụ phối hợp thực hiện.",
     [("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate"), ("Sở Nội vụ", "coordinate")]),
    ("1. Công an tỉnh chủ trì, Bộ Chỉ huy Quân sự tỉnh tích cực phối hợp truy quét.",
     [("Công an tỉnh", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "coordinate")]),
    ("1. Sở Xây dựng là cơ quan chủ trì, Sở Tài chính là cơ quan phối hợp.",
     [("Sở Xây dựng", "lead"), ("Sở Tài chính", "coordinate")]),
    ("1. Phòng Tư pháp là đơn vị chủ trì; Phòng Nội vụ là đơn vị phối hợp tổ chức hội thi.",
     [("Phòng Tư pháp cấp huyện", "lead"), ("Phòng Nội vụ cấp huyện", "coordinate")]),
    # alone in its sentence, the body that "phối hợp" does the work
    ("1. Sở Tư pháp phối hợp tuyên truyền pháp luật.", [("Sở Tư pháp", "lead")]),
    # a partner named after the verb: its subject is the doer
    ("1. Sở Giáo dục và Đào tạo phối hợp với Sở Y tế triển khai.",
     [("Sở Giáo dục và Đào tạo", "lead"), ("Sở Y tế", "coordinate")]),
    # a sentence of its own after the chair's
    ("1. Sở Nội vụ chủ trì tham mưu. Sở Công Thương phối hợp với Sở Tài chính bố trí kinh phí.",
     [("Sở Nội vụ", "lead"), ("Sở Công Thương", "lead"), ("Sở Tài chính", "coordinate")]),
]
# fmt: on


def test_a_partner_follows_the_chair_of_its_sentence() -> None:
    check_table(ROLES, lambda items: _leads(PROVINCE + "II. NHIỆM VỤ\n", items))
