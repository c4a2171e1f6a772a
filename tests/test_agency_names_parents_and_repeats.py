"""A body's name against the next words (issue 9): a unit printed with its parent's full name ("Thanh tra Sở Y tế",
"Văn phòng Bộ Xây dựng"), two bodies of one kind printed with no comma between them ("Sở Tài chính Sở Xây dựng"),
a capitalized term after an abbreviation ("Ban QLDA Giao thông tỉnh"), and the verb "ký" with its object after a
name. Every case is invented."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
PARENTS = [
    ("Thanh tra Sở Y tế kiểm tra các cơ sở.", ["Thanh tra Sở Y tế"]),
    ("Thanh tra Sở Kế hoạch và Đầu tư kiểm tra.", ["Thanh tra Sở Kế hoạch và Đầu tư"]),
    ("Thanh tra Bộ Tài nguyên và Môi trường kiểm tra.", ["Thanh tra Bộ Tài nguyên và Môi trường"]),
    ("Văn phòng Sở Xây dựng tổng hợp.", ["Văn phòng Sở Xây dựng"]),
    ("Thanh tra Sở hoàn thiện hồ sơ.", ["Thanh tra Sở"]),  # the parent's type word alone: the issuer's unit
    # an office holder's title that ends in the body's type word
    ("Trưởng phòng Phòng Tài nguyên và Môi trường huyện kiểm tra.", ["Phòng Tài nguyên và Môi trường huyện"]),
    ("Ban Chỉ đạo Phòng Thủ dân sự tỉnh họp.", ["Ban Chỉ đạo Phòng Thủ dân sự tỉnh"]),
]
# fmt: on


def test_a_unit_printed_with_its_parents_full_name() -> None:
    check_table(PARENTS, mention_names)


# fmt: off
REPEATS = [
    ("Sở Tài chính Sở Xây dựng rà soát hồ sơ.", ["Sở Tài chính", "Sở Xây dựng"]),
    ("Sở Kế hoạch và Đầu tư Sở Tài chính bố trí vốn.", ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"]),
    ("Phòng Nội vụ Phòng Tư pháp huyện rà soát.", ["Phòng Nội vụ", "Phòng Tư pháp huyện"]),
    ("Bộ Trưởng Bộ Nội vụ chỉ đạo.", ["Bộ Nội vụ"]),  # an office's title, no body "Bộ Trưởng"
]
# fmt: on


def test_two_bodies_of_one_kind_with_no_comma_between() -> None:
    check_table(REPEATS, mention_names)


# fmt: off
AFTER_A_NAME = [
    ("Ban QLDA Giao thông tỉnh đẩy nhanh tiến độ.", ["Ban QLDA Giao thông tỉnh"]),
    ("Giám đốc Trung tâm Khuyến nông ký xác nhận danh sách.", ["Trung tâm Khuyến nông"]),
    ("Chánh Thanh tra Sở Y tế ký quyết định xử phạt.", ["Thanh tra Sở Y tế"]),
    ("Trung tâm Dịch vụ việc làm ký hợp đồng với doanh nghiệp.", ["Trung tâm Dịch vụ việc làm"]),
    ("Ban Thư ký tổ chức hội nghị.", ["Ban Thư ký"]),  # "Thư ký": a term, no verb
    ("Thanh tra Sở Xây dựng phát hiện nhiều sai phạm.", ["Thanh tra Sở Xây dựng"]),
]
# fmt: on


def test_a_term_after_an_abbreviation_and_the_verb_sign_after_a_name() -> None:
    check_table(AFTER_A_NAME, mention_names)
