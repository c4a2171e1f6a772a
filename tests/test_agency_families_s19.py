"""Name forms issue 9's round 19 found unproduced or cut wrong across sources: a duty printed capitalized right
after its body (a label's form, OCR'd headings), the branch of a known body ("… chi nhánh tỉnh X"), the head of a
type-word body by its title ("Đồn trưởng Đồn Biên phòng …"), units of the armed forces named by several numbers
after one head ("Bộ Tư lệnh các Quân khu 1, 2 và 3"). Every case is invented: other provinces, bodies, numbers."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

_DATE_AND_TITLE = "Số: 12/KH-UBND\nKon Tum, ngày 5 tháng 8 năm 2024\nKẾ HOẠCH\nPhòng, chống thiên tai\n\n1. "
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n"


def _task_agencies(sentence: str) -> list[tuple[str, str]]:
    notice = extract(PROVINCE + _DATE_AND_TITLE + sentence + "\n")
    return [(a.text, a.name) for a in notice.tasks[0].agencies] if notice.tasks else []


# (sentence, [(printed, name)]). The form: a body's duty printed capitalized right after its name, as a label
# prints it ("Chi cục Thống kê Chịu trách nhiệm …", "Phòng Y tế Chủ trì, …"): the duty ends the name, and is no place
# ("Chủ" is not the town "Chũ"); a field that opens with such a word still reads ("Trung tâm Phối hợp …").
# The vertical system's field after its type word is a field ("Chi cục Thống kê", "Cục Hải quan").
# fmt: off
CAPITALIZED_DUTIES = [
    ("Chi cục Thống kê Chịu trách nhiệm cung cấp số liệu dân số cho Phòng Tư pháp.",
     [("Chi cục Thống kê", "Chi cục Thống kê"), ("Phòng Tư pháp", "Phòng Tư pháp cấp huyện")]),
    ("Phòng Văn hóa và Thông tin Chủ trì, phối hợp với Công an xã kiểm tra.",
     [("Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin cấp huyện"), ("Công an xã", "Công an cấp xã")]),
    ("Ban Quản lý Khu kinh tế Có trách nhiệm hướng dẫn doanh nghiệp.",
     [("Ban Quản lý Khu kinh tế", "Ban Quản lý Khu kinh tế")]),
    ("Trung tâm Phối hợp Tìm kiếm cứu nạn tỉnh điều động tàu.",
     [("Trung tâm Phối hợp Tìm kiếm cứu nạn tỉnh", "Trung tâm Phối hợp Tìm kiếm cứu nạn tỉnh")]),
]
# fmt: on


def test_a_capitalized_duty_ends_the_name() -> None:
    check_table(CAPITALIZED_DUTIES, _task_agencies)


# (sentence, [(printed, name)]). The form: a known body's branch, its name then "chi nhánh" and the branch's level
# or place, is a body of its own, named whole; without "chi nhánh" the known body stays.
# fmt: off
BRANCHES = [
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Kon Tum bố trí vốn vay.",
     [("Ngân hàng Chính sách xã hội chi nhánh tỉnh Kon Tum", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Kon Tum")]),
    ("Báo Kon Tum; Ngân hàng Nhà nước và Ngân hàng Chính sách xã hội chi nhánh Kon Tum cùng giám sát nguồn vốn.",
     [("Báo Kon Tum", "Báo Kon Tum"), ("Ngân hàng Nhà nước", "Ngân hàng Nhà nước Việt Nam"),
      ("Ngân hàng Chính sách xã hội chi nhánh Kon Tum", "Ngân hàng Chính sách xã hội chi nhánh Kon Tum")]),
    ("Ngân hàng Chính sách xã hội bố trí vốn vay.",
     [("Ngân hàng Chính sách xã hội", "Ngân hàng Chính sách xã hội")]),
]
# fmt: on


def test_a_known_bodys_branch_is_named_whole() -> None:
    check_table(BRANCHES, _task_agencies)


# (sentence, [(printed, name)]). The form: the head of a body printed by the title its type word makes with
# "trưởng" (the Law on Border Guard's "Đồn trưởng", the forest rangers' "Hạt trưởng", "Trạm trưởng", "Đội
# trưởng", "Tổ trưởng", "Chi hội trưởng"), then the body's name: the body acts.
# fmt: off
TYPE_WORD_TITLES = [
    ("Đồn trưởng Đồn Biên phòng Mô Rai huy động lực lượng.",
     [("Đồn Biên phòng Mô Rai", "Đồn Biên phòng Mô Rai")]),
    ("Hạt trưởng Hạt Kiểm lâm huyện Sa Thầy tổ chức tuần tra rừng.",
     [("Hạt Kiểm lâm huyện Sa Thầy", "Hạt Kiểm lâm huyện Sa Thầy")]),
    ("Chi hội trưởng Chi hội Nông dân thôn 5 vận động hội viên.",
     [("Chi hội Nông dân thôn 5", "Chi hội Nông dân thôn 5")]),
    ("Trạm trưởng Trạm Y tế xã Ia Chim theo dõi sức khỏe người dân.",
     [("Trạm Y tế xã Ia Chim", "Trạm Y tế xã Ia Chim")]),
]
# fmt: on


def test_a_body_acts_through_its_heads_title() -> None:
    check_table(TYPE_WORD_TITLES, _task_agencies)


# (sentence, [(printed, name)]). The form: one unit word, then two numbers at least parted by "," or "và": one
# unit per number; "Bộ Tư lệnh các …" (its abbreviation maybe in brackets) the command of each; one number is
# one unit, as before.
# fmt: off
NUMBERED_UNITS = [
    ("Các Quân khu 4, 5 và 7 điều động lực lượng.",
     [("Quân khu 4", "Quân khu 4"), ("5", "Quân khu 5"), ("7", "Quân khu 7")]),
    ("Bộ Tư lệnh các Quân khu 5 và 7 chỉ đạo lực lượng vũ trang địa phương.",
     [("Bộ Tư lệnh các Quân khu 5", "Bộ Tư lệnh Quân khu 5"), ("7", "Bộ Tư lệnh Quân khu 7")]),
    ("Bộ tư lệnh (BTL) các Quân khu 7, 9 sẵn sàng lực lượng.",
     [("Bộ tư lệnh (BTL) các Quân khu 7", "Bộ Tư lệnh Quân khu 7"), ("9", "Bộ Tư lệnh Quân khu 9")]),
    ("Sư đoàn 304, 325 và 968 huy động bộ đội giúp dân.",
     [("Sư đoàn 304", "Sư đoàn 304"), ("325", "Sư đoàn 325"), ("968", "Sư đoàn 968")]),
    ("Lữ đoàn 293 và 550 bảo đảm cầu phao.", [("Lữ đoàn 293", "Lữ đoàn 293"), ("550", "Lữ đoàn 550")]),
    ("Quân khu 5 sẵn sàng lực lượng.", [("Quân khu 5", "Quân khu 5")]),
    # the command without "các", or as its abbreviation, the numbers maybe unspaced
    ("Bộ Tư lệnh Quân khu 1, 2 duy trì lực lượng.",
     [("Bộ Tư lệnh Quân khu 1", "Bộ Tư lệnh Quân khu 1"), ("2", "Bộ Tư lệnh Quân khu 2")]),
    ("BTL Quân khu 7,9 duy trì lực lượng.",
     [("BTL Quân khu 7", "Bộ Tư lệnh Quân khu 7"), ("9", "Bộ Tư lệnh Quân khu 9")]),
    # the services' commands (Decree 164/2017), the later one by its field after the head's, abbreviated
    ("BTL Quân chủng Hải quân, PK-KQ duy trì lực lượng.",
     [("BTL Quân chủng Hải quân", "Bộ Tư lệnh Quân chủng Hải quân"),
      ("PK-KQ", "Bộ Tư lệnh Quân chủng Phòng không - Không quân")]),
    # a verb of doing ends an item's name after ";"
    ("BTL Quân khu 9; Quân chủng Hải quân, Binh đoàn 12 duy trì lực lượng.",
     [("BTL Quân khu 9", "Bộ Tư lệnh Quân khu 9"), ("Quân chủng Hải quân", "Quân chủng Hải quân"),
      ("Binh đoàn 12", "Binh đoàn 12")]),
]
# fmt: on


def test_units_named_by_several_numbers() -> None:
    check_table(NUMBERED_UNITS, _task_agencies)


# (sentence, [(printed, name)]). The forms of a field: a profession's noun ending in "sư" ("Hội Kỹ sư", "Đoàn
# Luật sư", "Hội Kiến trúc sư"); a region "miền" + its name, or "miền núi", goes on the field ("Tổng công ty Điện
# lực miền Nam", "Trung tâm Khuyến nông miền núi"); the editorial board of a body ("Ban Biên tập | Báo …", "Ban Biên
# tập | Cổng Thông tin điện tử tỉnh") is one body, the board's words and the body's name.
# fmt: off
FIELD_FORMS = [
    ("Chủ tịch Hội Kỹ sư xây dựng tỉnh tham gia đoàn.",
     [("Hội Kỹ sư xây dựng tỉnh", "Hội Kỹ sư xây dựng tỉnh")]),
    ("Tổng công ty Điện lực miền Nam bảo đảm cấp điện.",
     [("Tổng công ty Điện lực miền Nam", "Tổng công ty Điện lực miền Nam")]),
    ("Trung tâm Khuyến nông miền núi tổ chức tập huấn.",
     [("Trung tâm Khuyến nông miền núi", "Trung tâm Khuyến nông miền núi")]),
    ("Ban Biên tập Cổng Thông tin điện tử tỉnh đăng tải thông tin.",
     [("Ban Biên tập Cổng Thông tin điện tử tỉnh", "Ban Biên tập Cổng Thông tin điện tử tỉnh")]),
]
# fmt: on


def test_field_forms_of_professions_regions_and_boards() -> None:
    check_table(FIELD_FORMS, _task_agencies)


# (sentence, [(printed, name)]). The form: a committee set up for a task ("Ban Chỉ huy", "Ban Chỉ đạo") whose
# purpose runs into a known body's name is that body's committee, named whole with the body's level and place;
# a comma before the body parts them.
# fmt: off
COMMITTEES_OF_A_BODY = [
    ("Ban Chỉ huy Phòng thủ dân sự Bộ Y tế triển khai lực lượng.",
     [("Ban Chỉ huy Phòng thủ dân sự Bộ Y tế", "Ban Chỉ huy Phòng thủ dân sự Bộ Y tế")]),
    ("Ban Chỉ huy PCTT Công an tỉnh Kon Tum triển khai lực lượng.",
     [("Ban Chỉ huy PCTT Công an tỉnh Kon Tum", "Ban Chỉ huy phòng, chống thiên tai Công an tỉnh Kon Tum")]),
    ("Ban Chỉ đạo Chuyển đổi số Sở Tài chính họp định kỳ.",
     [("Ban Chỉ đạo Chuyển đổi số Sở Tài chính", "Ban Chỉ đạo Chuyển đổi số Sở Tài chính")]),
    ("Ban Chỉ đạo tỉnh, Sở Y tế triển khai.", [("Ban Chỉ đạo tỉnh", "Ban Chỉ đạo tỉnh"), ("Sở Y tế", "Sở Y tế")]),
]
# fmt: on


def test_a_committee_of_a_known_body_is_named_whole() -> None:
    check_table(COMMITTEES_OF_A_BODY, _task_agencies)


# (sentence, [(printed, name)]). The form: a centrally-run city printed by its short name after the abbreviated
# level, glued or spaced ("UBND TP.HCM", "Sở Y tế TP HCM": abbreviations.csv's "TP.HCM"), is that city; the
# abbreviated level with its period before a full name reads as before.
# fmt: off
CITY_SHORT_NAMES = [
    ("UBND TP HCM chỉ đạo các quận, huyện.",
     [("UBND TP HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"), ("các quận, huyện", "Ủy ban nhân dân cấp huyện")]),
    ("Sở Giáo dục và Đào tạo TP.HCM hướng dẫn các trường.",
     [("Sở Giáo dục và Đào tạo TP.HCM", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh")]),
    ("Công an TP. Cần Thơ tăng cường tuần tra.", [("Công an TP. Cần Thơ", "Công an thành phố Cần Thơ")]),
]
# fmt: on


def test_a_city_by_its_short_name() -> None:
    check_table(CITY_SHORT_NAMES, _task_agencies)


# (sentence, [(printed, name)]). The form: one body named at two levels ("cấp huyện, cấp xã", "cấp tỉnh và cấp
# xã"): the body at each level, the second spanning its own level's words; a task force named after its programme's
# number as printed ("Đề án 06/CP", the symbol's letters kept) and a level class ("cấp xã") is one body.
# fmt: off
LEVEL_PAIRS = [
    ("Ủy ban nhân dân cấp huyện, cấp xã tổ chức thực hiện.",
     [("Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp huyện"), ("cấp xã", "Ủy ban nhân dân cấp xã")]),
    ("UBND cấp tỉnh và cấp xã công khai thủ tục hành chính.",
     [("UBND cấp tỉnh", "Ủy ban nhân dân cấp tỉnh"), ("cấp xã", "Ủy ban nhân dân cấp xã")]),
    ("Tổ công tác triển khai Đề án 06/CP cấp xã rà soát dữ liệu dân cư.",
     [("Tổ công tác triển khai Đề án 06/CP cấp xã", "Tổ công tác triển khai Đề án 06/CP cấp xã")]),
    ("Ban Chỉ đạo chuyển đổi số cấp huyện, cấp xã kiện toàn thành viên.",
     [("Ban Chỉ đạo chuyển đổi số cấp huyện", "Ban Chỉ đạo chuyển đổi số cấp huyện"),
      ("cấp xã", "Ban Chỉ đạo chuyển đổi số cấp xã")]),
    # "cấp quận" is the district level too (vocab.CLASS_LEVEL_WORDS), named by its plain word
    ("UBND cấp tỉnh, cấp quận niêm yết thủ tục cấp phép xây dựng.",
     [("UBND cấp tỉnh", "Ủy ban nhân dân cấp tỉnh"), ("cấp quận", "Ủy ban nhân dân cấp huyện")]),
    ("Tổ công tác triển khai Đề án 06/CP cấp quận đối soát thẻ căn cước.",
     [("Tổ công tác triển khai Đề án 06/CP cấp quận", "Tổ công tác triển khai Đề án 06/CP cấp quận")]),
]
# fmt: on


def test_one_body_at_two_levels() -> None:
    check_table(LEVEL_PAIRS, _task_agencies)


# (sentence, the rule of each agency): a body read at a second level, a unit read off a list of numbers, says so
# fmt: off
RULES_OF_READ_MEMBERS = [
    ("UBND cấp tỉnh, cấp quận niêm yết thủ tục cấp phép xây dựng.", ["agency.class", "agency.level_pair"]),
    ("Ban Chỉ đạo chuyển đổi số cấp huyện, cấp xã kiện toàn thành viên.", ["agency.level_pair", "agency.level_pair"]),
    ("Lữ đoàn 293 và 550 bảo đảm cầu phao.", ["agency.numbered_units", "agency.numbered_units"]),
]
# fmt: on


def test_level_pairs_and_numbered_units_name_their_rule() -> None:
    def rules(sentence: str) -> list[str]:
        notice = extract(PROVINCE + _DATE_AND_TITLE + sentence + "\n")
        return [a.rule for a in notice.tasks[0].agencies] if notice.tasks else []

    check_table(RULES_OF_READ_MEMBERS, rules)
