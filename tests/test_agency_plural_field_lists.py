"""A plural head printed in small letters before the fields it shares ("các sở Tài chính, Xây dựng", "các bộ Công an,
Quốc phòng", "các phòng Nội vụ, Tư pháp"): one body per field, the first one included, as the capitalized head
("các Sở Tài chính, Xây dựng") reads them; a word that is no field of such a body ends the list (issue 9). Every case
is invented."""

from __future__ import annotations

from .test_agency_forms import PROVINCE, _leads, mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    ("Giao các sở Tài chính, Kế hoạch và Đầu tư thẩm định hồ sơ.", ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"]),
    ("Các sở Công Thương, Nông nghiệp và Phát triển nông thôn hướng dẫn.",
     ["Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn"]),
    ("Đề nghị các bộ Công an, Quốc phòng và Ngoại giao chỉ đạo lực lượng.", ["Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao"]),
    ("Các phòng Nội vụ, Tư pháp tham mưu.", ["Phòng Nội vụ", "Phòng Tư pháp"]),
    # a field holding a comma stays whole
    ("Giao các sở Văn hóa, Thể thao và Du lịch, Y tế phối hợp.", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]),
    # the capitalized head, as before
    ("Giao các Sở Tài chính, Xây dựng thẩm định.", ["Sở Tài chính", "Sở Xây dựng"]),
    # no capital field after the head: a class, not these lists
    ("Các sở, ngành liên quan phối hợp.", ["Các sở, ban, ngành tỉnh"]),
]
# (items under the plan's tasks, the first task's (name, role))
ROLES = [
    ("1. Sở Y tế chủ trì, phối hợp với các sở Nội vụ, Tư pháp rà soát quy trình.",
     [("Sở Y tế", "lead"), ("Sở Nội vụ", "coordinate"), ("Sở Tư pháp", "coordinate")]),
    ("1. Giao các sở Xây dựng, Giao thông vận tải kiểm tra công trình.",
     [("Sở Xây dựng", "lead"), ("Sở Giao thông vận tải", "lead")]),
]
# fmt: on


def test_a_plural_head_in_small_letters_names_one_body_per_field() -> None:
    check_table(MENTIONS, mention_names)


def test_the_fields_take_the_role_of_the_list() -> None:
    check_table(ROLES, lambda items: _leads(PROVINCE + "II. NHIỆM VỤ\n", items))
