"""Agencies named by a directive verb: known bodies printed all in lower case (news and OCR'd text), a set-up
body's type word alone after its full name, a supervising body (reported to), a unit with its department. One
table per form; the cases are written for the form with made-up tasks, not taken from the corpus."""

from __future__ import annotations

from .test_agency_forms import DISTRICT, PROVINCE, _check, mention_names
from .test_recognizers import check_table

# form: a lead, partner or receiver verb ("giao", "đề nghị", "yêu cầu", "phối hợp với", "gửi về"), then a known
# body's name in lower case, or a list of them behind commas and "và"; lower-case words elsewhere name no body
# fmt: off
LOWER_CASE_AFTER_A_VERB = [
    ("1. Giao công an tỉnh chủ trì kiểm tra các cơ sở kinh doanh karaoke.", [("Công an tỉnh", "lead")]),
    ("1. Giao sở y tế chủ trì triển khai tiêm chủng mở rộng.", [("Sở Y tế", "lead")]),
    ("1. Yêu cầu sở tài chính bố trí kinh phí mua sắm trang thiết bị.", [("Sở Tài chính", "lead")]),
    ("1. Sở Xây dựng chủ trì, phối hợp với công an tỉnh kiểm tra an toàn cháy nổ.",
     [("Sở Xây dựng", "lead"), ("Công an tỉnh", "coordinate")]),
    ("1. Các xã lập danh sách, gửi về công an tỉnh trước ngày 10/5/2024.", [("Công an tỉnh", "report_to")]),
    # the members after the first, behind a comma or "và", whatever their case
    ("1. Giao Công an tỉnh, ban chỉ huy quân sự tỉnh tổ chức diễn tập.",
     [("Công an tỉnh", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "lead")]),
    ("1. Đề nghị sở y tế và sở tài chính rà soát danh mục thuốc.", [("Sở Y tế", "lead"), ("Sở Tài chính", "lead")]),
    # no verb before: lower-case words in running text, a place where something happens
    ("1. Theo dõi các ca bệnh tại quận Hải Châu và báo cáo hằng tuần.", []),
    ("1. Tuyên truyền để công an tỉnh được nhân dân tin yêu.", []),
    ("1. Nâng cao chất lượng khám chữa bệnh, sở y tế là đầu mối.", []),
    ("1. Các hộ kinh doanh nộp thuế tỉnh đúng hạn.", []),
]
LOWER_CASE_AFTER_A_VERB_DISTRICT = [
    ("1. Đề nghị công an huyện, ban chỉ huy quân sự huyện phối hợp tuần tra dịp Tết.",
     [("Công an huyện", "lead"), ("Ban Chỉ huy Quân sự huyện", "lead")]),
    ("1. Yêu cầu ủy ban nhân dân các xã, công an xã rà soát người nghiện.",
     [("Ủy ban nhân dân cấp xã", "lead"), ("Công an cấp xã", "lead")]),
    # a type word that names a body with its level, then the class of a level: lower case too after the verb
    ("1. Yêu cầu đảng ủy các phường, thị trấn quán triệt nghị quyết.", [("Đảng ủy cấp xã", "lead")]),
    ("1. Trung tâm Văn hóa huyện phối hợp với bưu điện các xã tổ chức triển lãm.",
     [("Trung tâm Văn hóa huyện", "lead"), ("Bưu điện cấp xã", "coordinate")]),
    ("1. Tuyên truyền để đảng ủy các xã gần dân hơn.", []),
]
# form: "chịu sự <kiểm tra, giám sát, chỉ đạo …> của X" names the body the actor answers to: X is report_to
SUPERVISED_BY = [
    ("1. Sở Giao thông vận tải tổ chức thực hiện, chịu sự kiểm tra, giám sát của Ủy ban nhân dân tỉnh.",
     [("Sở Giao thông vận tải", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Trung tâm Kiểm soát bệnh tật tỉnh thực hiện, chịu sự giám sát của Thanh tra tỉnh và Sở Nội vụ.",
     [("Trung tâm Kiểm soát bệnh tật tỉnh", "lead"), ("Thanh tra tỉnh", "report_to"), ("Sở Nội vụ", "report_to")]),
    ("1. Ban Quản lý rừng phòng hộ tỉnh chịu sự chỉ đạo, hướng dẫn về chuyên môn của Sở Nông nghiệp và Phát triển "
     "nông thôn.",
     [("Ban Quản lý rừng phòng hộ tỉnh", "lead"), ("Sở Nông nghiệp và Phát triển nông thôn", "report_to")]),
]
# form: a unit printed with its department behind a dash is one body ("Bộ phận Một cửa - Sở X", as "Phòng Y - Sở X")
UNIT_WITH_ITS_DEPARTMENT = [
    ("1. Các đơn vị nộp hồ sơ về Bộ phận Một cửa - Sở Công Thương trước ngày 10/5/2026.",
     [("Bộ phận Một cửa Sở Công Thương", "report_to")]),
    ("1. Các trường gửi hồ sơ cho bộ phận một cửa - Sở Nội vụ trước ngày 10/5/2026.",
     [("Bộ phận Một cửa Sở Nội vụ", "report_to")]),
]
# form: a set-up body named in full once, then by its type word alone after an assigning or partner verb ("Đề nghị
# Tổ công tác …", "giao Ban Chỉ đạo …", "phối hợp với Ban Chỉ đạo"): one body, one name, the full one; with two
# bodies of that type named, or none, the type word alone names nobody
TYPE_WORD_AFTER_A_VERB = [
    ("1. Tổ Công tác triển khai Đề án 06 tỉnh hướng dẫn các xã.\n2. Đề nghị Tổ công tác phối hợp với Sở Tư pháp "
     "rà soát dữ liệu hộ tịch.\n",
     [("Tổ công tác triển khai Đề án 06 tỉnh", "lead"), ("Sở Tư pháp", "coordinate")], "2"),
    ("1. Ban Chỉ đạo phòng, chống thiên tai tỉnh chỉ đạo ứng phó bão.\n2. Giao Ban Chỉ đạo tổng hợp thiệt hại.\n",
     [("Ban Chỉ đạo phòng, chống thiên tai tỉnh", "lead")], "2"),
    ("1. Ban Chỉ đạo phòng, chống thiên tai tỉnh chỉ đạo ứng phó bão.\n2. Sở Xây dựng phối hợp với Ban Chỉ đạo "
     "kiểm tra nhà tạm.\n",
     [("Sở Xây dựng", "lead"), ("Ban Chỉ đạo phòng, chống thiên tai tỉnh", "coordinate")], "2"),
    ("1. Ban Chỉ đạo phòng, chống thiên tai tỉnh và Ban Chỉ đạo chuyển đổi số tỉnh họp.\n2. Giao Ban Chỉ đạo "
     "tổng hợp.\n", [], "2"),
    ("1. Rà soát các hộ dân vùng sạt lở.\n2. Giao Ban Chỉ đạo tổng hợp.\n", [], "2"),
]
# form: a unit of a parent printed by the parent's bare type word ("Văn phòng Bộ", "Thanh tra Sở"), then a verb that
# is no word of names: the name ends at the parent ("cập nhật", "hoàn thiện" are the verb); a two-word field still
# reads its lower-case second word ("Vụ Tổ chức cán bộ", "Phòng Y tế")
UNIT_OF_A_PARENT = [
    ("Văn phòng Bộ cập nhật dữ liệu lên cổng thông tin.", ["Văn phòng Bộ"]),
    ("Thanh tra Sở hoàn thiện hồ sơ xử phạt.", ["Thanh tra Sở"]),
    ("Văn phòng Cục cập nhật danh mục.", ["Văn phòng Cục"]),
    ("Vụ Tổ chức cán bộ thẩm định hồ sơ.", ["Vụ Tổ chức cán bộ"]),
]
# fmt: on


def test_lower_case_bodies_after_a_verb():
    _check(LOWER_CASE_AFTER_A_VERB, PROVINCE)


def test_lower_case_bodies_after_a_verb_in_a_district_letter():
    _check(LOWER_CASE_AFTER_A_VERB_DISTRICT, DISTRICT)


def test_a_supervising_body_is_reported_to():
    _check(SUPERVISED_BY, PROVINCE)


def test_a_unit_printed_with_its_department():
    _check(UNIT_WITH_ITS_DEPARTMENT, PROVINCE)


def test_a_type_word_alone_after_a_verb_is_the_body_named_in_full():
    _check(TYPE_WORD_AFTER_A_VERB, PROVINCE)


def test_a_unit_named_by_its_parents_type_word_ends_there():
    check_table(UNIT_OF_A_PARENT, mention_names)


def test_an_official_assigned_by_phan_cong_acts_for_his_body() -> None:
    # "Phân công Phó Thủ tướng … chỉ đạo …": the Deputy Prime Minister assigned (roles.tsv lead_verb "phân công") acts
    # for the Prime Minister (ANNOTATING settled 7); the item names its own actor and takes no addressee
    from directive_extract import extract

    letter = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 9120/VPCP-KTTH\nHà Nội, ngày 2 tháng 12 năm 2027\n\n"
        "Kính gửi: Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ.\n\n"
        "Để chuẩn bị cho Hội nghị, Thủ tướng Chính phủ yêu cầu:\n\n"
        "1. Bộ Tài chính xây dựng dự thảo Báo cáo trước ngày 15 tháng 12 năm 2027.\n\n"
        "2. Phân công Phó Thủ tướng Chính phủ Trần Văn Sơn chỉ đạo chuẩn bị tổ chức Hội nghị.\n"
    )
    tasks = extract(letter).tasks
    assert [(a.name, a.role) for a in tasks[1].agencies] == [("Thủ tướng Chính phủ", "lead")]
