"""A body's name against the next words (issue 9): a unit printed with its parent's full name ("Thanh tra Sở Y tế",
"Văn phòng Bộ Xây dựng"), two bodies of one kind printed with no comma between them ("Sở Tài chính Sở Xây dựng"),
a capitalized term after an abbreviation ("Ban QLDA Giao thông tỉnh"), and the verb "ký" with its object after a
name. Every case is invented."""

from __future__ import annotations

from .test_agency_forms import PROVINCE, _check, mention_names
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


# (text, names): a unit printed before its parent's name, the parent's type word inside the unit's field; a field
# whose terms a comma and "và" join, the middle one of up to four words; "&" between terms written "và"; a quality
# assurance office and the education field printed by their abbreviations; a university's units and a commune's
# village boards as classes
# fmt: off
UNITS_AND_CLASSES = [
    ("Ban Giám hiệu Trường Phổ thông Dân tộc nội trú tỉnh họp.",
     ["Ban Giám hiệu Trường Phổ thông Dân tộc nội trú tỉnh"]),
    ("Ban Giám hiệu Trường Năng khiếu nghệ thuật thông báo cho phụ huynh.",
     ["Ban Giám hiệu Trường Năng khiếu nghệ thuật"]),
    ("Ban Giám hiệu Trường Tiểu học thực hành thông báo.", ["Ban Giám hiệu Trường Tiểu học thực hành"]),
    ("Phòng Hành chính Viện Nghiên cứu hải sản chuẩn bị.", ["Phòng Hành chính Viện Nghiên cứu hải sản"]),
    ("Cục Công nghệ thông tin Bộ Y tế thí điểm bệnh án điện tử.", ["Cục Công nghệ thông tin Bộ Y tế"]),
    ("Phòng Tổ chức cán bộ Cục Thuế tỉnh rà soát.", ["Phòng Tổ chức cán bộ Cục Thuế tỉnh"]),
    ("Bộ Giáo dục Đài Loan quy định.", ["Bộ Giáo dục Đài Loan"]),  # "Đài" opens no parent's name
    ("Trung tâm Tư vấn, Hỗ trợ doanh nghiệp và Xúc tiến đầu tư cung cấp thông tin.",
     ["Trung tâm Tư vấn, Hỗ trợ doanh nghiệp và Xúc tiến đầu tư"]),
    ("Phòng Quản lý & Phát triển đô thị kiểm tra.", ["Phòng Quản lý và Phát triển đô thị"]),
    ("Phòng Thanh tra & ĐBCL tổng hợp.", ["Phòng Thanh tra và Đảm bảo chất lượng"]),
    ("Phòng KT&ĐBCL chuẩn bị đề thi.", ["Phòng Khảo thí và Đảm bảo chất lượng"]),
    ("Giao Sở GD và ĐT chủ trì.", ["Sở Giáo dục và Đào tạo"]),
    ("Đề nghị các Khoa, Viện, Bộ môn rà soát.", ["Các khoa, viện, bộ môn"]),
    ("Đề nghị các khoa, viện trực thuộc rà soát.", ["Các khoa, viện"]),
    ("Đề nghị các khoa chuyên môn rà soát.", ["Các khoa"]),
    # a hospital's or a centre's departments and offices as one class; a capital after the comma opens a unit
    ("Trung tâm yêu cầu các khoa, phòng tổ chức phổ biến.", ["Các khoa, phòng"]),
    ("Giám đốc yêu cầu các phòng, khoa rà soát hồ sơ.", ["Các khoa, phòng"]),
    ("Gửi thông tin cho các Khoa, Phòng Đào tạo tổng hợp.", ["Các khoa", "Phòng Đào tạo"]),
    # the ministries' IT units, a class the e-government texts address by their office, with or without "các"
    ("Đề nghị các đơn vị chuyên trách về CNTT của các Bộ, ngành cập nhật số liệu.",
     ["Các đơn vị chuyên trách về công nghệ thông tin của các bộ, ngành"]),
    ("Kính gửi: Đơn vị chuyên trách về công nghệ thông tin của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
     ["Các đơn vị chuyên trách về công nghệ thông tin của các bộ, ngành"]),
    # a university's departments as a class; "bộ môn" as a discipline is none
    ("Đề nghị các bộ môn hoàn thiện lịch trình giảng dạy.", ["Các bộ môn"]),
    ("Tổ chức thi đấu các bộ môn thể thao trong tháng 3.", []),
    ("Ban nhân dân các thôn, buôn ra quân dọn vệ sinh.", ["Ban nhân dân các thôn"]),
    ("Ban nhân dân các tổ dân phố ra quân dọn vệ sinh.", ["Ban nhân dân các thôn"]),
]
# fmt: on


def test_units_before_their_parent_fields_joined_by_a_comma_and_classes_of_units() -> None:
    check_table(UNITS_AND_CLASSES, mention_names)


# (item, (name, role) of its bodies): "sẽ do" lays a deed on the body after it, in the future; a relative clause's
# "do" names who does a thing, no actor
# fmt: off
FUTURE_AGENTS = [
    ("1. Các biểu mẫu hợp đồng sẽ do Sở Tư pháp chuẩn bị và hướng dẫn.", [("Sở Tư pháp", "lead")]),
]
# fmt: on


def test_a_deed_laid_on_a_body_by_se_do() -> None:
    _check(FUTURE_AGENTS, PROVINCE)
