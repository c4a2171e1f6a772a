"""Name forms of issue 9's sixth round (sealed batch h5 read after scoring). Every case is invented: other
bodies, places and sentences than any corpus document prints.

The form of the first table: a level word inside a known body's own name is no level. "xã" closing the compound
"hợp tác xã" (cooperative) or "thông tấn xã" (news agency), opening "xã hội" (society) or "xã viên", says no
commune: the body keeps its own row's level ("Thông tấn xã Việt Nam" is a central body, in any issuer's letter).
A two-word level word ("thị xã", "thị trấn") is read whole, never as its last syllable."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

_DATE_AND_TITLE = "Số: 41/KH-UBND\nHà Nội, ngày 9 tháng 5 năm 2024\nKẾ HOẠCH\nTriển khai nhiệm vụ\n\n1. "

MINISTRY = "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n"
DISTRICT = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG XUÂN\n"


def _task_agencies(issuer_lines: str, sentence: str) -> list[tuple[str, str, str]]:
    notice = extract(issuer_lines + _DATE_AND_TITLE + sentence + "\n")
    return [(a.text, a.name, a.role) for a in notice.tasks[0].agencies] if notice.tasks else []


# (issuer, sentence, [(printed, name, role)])
# fmt: off
LEVEL_WORD_IN_A_NAME = [
    # "thông tấn xã": a central body, not "… cấp xã", whoever writes
    (MINISTRY, "Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam đưa tin về đợt kiểm tra.",
     [("Đài Tiếng nói Việt Nam", "Đài Tiếng nói Việt Nam", "lead"),
      ("Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam", "lead")]),
    (PROVINCE, "Thông tấn xã Việt Nam được mời phối hợp đưa tin.",
     [("Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam", "lead")]),
    # "hợp tác xã": the alliance of a province is the province's, printed in its own plan
    (PROVINCE, "Liên minh Hợp tác xã tỉnh hướng dẫn các hợp tác xã kiện toàn bộ máy.",
     [("Liên minh Hợp tác xã tỉnh", "Liên minh Hợp tác xã tỉnh", "lead")]),
    # ... and every province's in a ministry's letter: the level is "tỉnh", not the "xã" of "hợp tác xã"
    (MINISTRY, "Liên minh Hợp tác xã tỉnh hướng dẫn các hợp tác xã kiện toàn bộ máy.",
     [("Liên minh Hợp tác xã tỉnh", "Liên minh Hợp tác xã cấp tỉnh", "lead")]),
    (MINISTRY, "Liên minh Hợp tác xã Việt Nam hướng dẫn các hợp tác xã.",
     [("Liên minh Hợp tác xã Việt Nam", "Liên minh Hợp tác xã Việt Nam", "lead")]),
    # "xã hội" in a department's field
    (PROVINCE, "Sở Lao động - Thương binh và Xã hội chủ trì rà soát hộ nghèo.",
     [("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", "lead")]),
    (MINISTRY, "Ngân hàng Chính sách xã hội phối hợp giải ngân vốn vay.",
     [("Ngân hàng Chính sách xã hội", "Ngân hàng Chính sách xã hội", "lead")]),
    # "thị xã" read whole: a town's committee with its place is one body, printed bare in a province's plan every
    # district-level one (never "Ủy ban nhân dân thị cấp huyện")
    (PROVINCE, "Ủy ban nhân dân thị xã Sông Cầu kiểm tra các bến bãi.",
     [("Ủy ban nhân dân thị xã Sông Cầu", "Ủy ban nhân dân thị xã Sông Cầu", "lead")]),
    (PROVINCE, "Ủy ban nhân dân thị xã phối hợp kiểm tra các bến bãi.",
     [("Ủy ban nhân dân thị xã", "Ủy ban nhân dân cấp huyện", "lead")]),
    # negative rows: a level word that is one still names the level below
    (DISTRICT, "Ủy ban nhân dân xã, Hội Nông dân xã phối hợp kiểm tra.",
     [("Ủy ban nhân dân xã", "Ủy ban nhân dân cấp xã", "lead"), ("Hội Nông dân xã", "Hội Nông dân cấp xã", "lead")]),
    (PROVINCE, "Công an xã phối hợp kiểm tra.", [("Công an xã", "Công an cấp xã", "lead")]),
]
# fmt: on


def test_a_level_word_inside_a_bodys_own_name_is_no_level() -> None:
    check_table(LEVEL_WORD_IN_A_NAME, _task_agencies)


# The forms of the second table: a ministry's or a directorate's departments named as a class, each maybe after its
# head's title ("Vụ trưởng các Vụ, Cục trưởng các Cục trực thuộc Bộ X", "các Cục thuộc Tổng cục Y"), are one class
# `Các Vụ, Cục trực thuộc Bộ X`; "các vụ" in lower case are cases, no departments. The office holders of a
# decision's last article, after the courtesy "Các Ông, Bà", are the subject of "chịu trách nhiệm thi hành" even when
# a generic holder closes the list. A field's lower-case run never ends on a bound prefix ("đa", "liên").
DECISION = "BỘ TƯ PHÁP\nSố: 88/QĐ-BTP\nHà Nội, ngày 2 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n\n"


def _article_agencies(issuer_lines: str, article: str) -> list[tuple[str, str, str]]:
    notice = extract(issuer_lines + "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n" + article + "\n")
    return [(a.text, a.name, a.role) for t in notice.tasks for a in t.agencies]


# fmt: off
DEPARTMENTS_AND_OFFICE_HOLDERS = [
    (DECISION, "Điều 2. Các Ông, Bà Chánh Văn phòng Bộ Tư pháp, Vụ trưởng Vụ Pháp luật quốc tế và Vụ trưởng các "
     "Vụ, Cục trưởng các Cục trực thuộc Bộ Tư pháp, Giám đốc Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương "
     "và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     [("Văn phòng Bộ Tư pháp", "Văn phòng Bộ Tư pháp", "lead"),
      ("Vụ Pháp luật quốc tế", "Vụ Pháp luật quốc tế", "lead"),
      ("Vụ trưởng các Vụ, Cục trưởng các Cục trực thuộc Bộ Tư pháp", "Các Vụ, Cục trực thuộc Bộ Tư pháp", "lead"),
      ("Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương", "Sở Tư pháp cấp tỉnh", "lead")]),
    (DECISION, "Điều 2. Các ông, bà Chánh Văn phòng Bộ Tư pháp, Giám đốc Sở Tư pháp các tỉnh và Thủ trưởng các đơn "
     "vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
     [("Văn phòng Bộ Tư pháp", "Văn phòng Bộ Tư pháp", "lead"), ("Sở Tư pháp các tỉnh", "Sở Tư pháp cấp tỉnh", "lead")]),
    (DECISION, "Điều 2. Cục trưởng các Cục thuộc Bộ Công Thương chịu trách nhiệm thi hành Quyết định này.",
     [("Cục trưởng các Cục thuộc Bộ Công Thương", "Các Cục thuộc Bộ Công Thương", "lead")]),
    (DECISION, "Điều 2. Các Vụ, Cục thuộc Bộ Tài chính chủ trì rà soát các văn bản.",
     [("Các Vụ, Cục thuộc Bộ Tài chính", "Các Vụ, Cục thuộc Bộ Tài chính", "lead")]),
    # lower-case "các vụ" are cases: no class
    (DECISION, "Điều 2. Thanh tra Bộ chủ trì kiểm tra các vụ thuộc Cục Thi hành án dân sự.",
     [("Thanh tra Bộ", "Thanh tra Bộ", "lead")]),
    # a bound prefix takes its word
    (DECISION, "Điều 2. Trung tâm Giám định và Thanh toán đa tuyến thực hiện phân quyền.",
     [("Trung tâm Giám định và Thanh toán đa tuyến", "Trung tâm Giám định và Thanh toán đa tuyến", "lead")]),
    (DECISION, "Điều 2. Đội Kiểm tra liên ngành chống buôn lậu thực hiện kiểm tra.",
     [("Đội Kiểm tra liên ngành chống buôn lậu", "Đội Kiểm tra liên ngành chống buôn lậu", "lead")]),
]
# fmt: on


def test_a_ministrys_departments_as_a_class_and_office_holders_after_the_courtesy() -> None:
    check_table(DEPARTMENTS_AND_OFFICE_HOLDERS, _article_agencies)


# The forms of the third table: "Tổ công tác" is a type word (Decree 30 names working groups so), and a group set
# up for a programme is named by one purpose verb and the programme's kind and number ("Tổ công tác triển khai Đề án
# 06", "Ban Chỉ đạo thực hiện Chương trình 135 tỉnh"), read so only where a mark, a dash before its parent body,
# "về việc", a closer or a level follows: "Ban Chỉ đạo triển khai Đề án 06 đến các xã" is the committee carrying
# the plan out. Named once in full, a letter reports to it by its type word alone ("báo cáo về Tổ Công tác").
LETTER = "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 77/UBND-VP\nHà Nam, ngày 3 tháng 11 năm 2025\n"


def _letter_agencies(body: str) -> list[tuple[str, str, str, str]]:
    notice = extract(LETTER + body + "\n")
    return [(t.id, a.text, a.name, a.role) for t in notice.tasks for a in t.agencies]


# fmt: off
WORKING_GROUPS = [
    ("1. Tổ công tác thực hiện Đề án 12 huyện chủ trì, phối hợp với Sở Tư pháp rà soát hồ sơ.",
     [("1", "Tổ công tác thực hiện Đề án 12 huyện", "Tổ công tác thực hiện Đề án 12 huyện", "lead"),
      ("1", "Sở Tư pháp", "Sở Tư pháp", "coordinate")]),
    ("1. Báo cáo kết quả về Ban Chỉ đạo thực hiện Chương trình 135 tỉnh trước ngày 15/12/2025.",
     [("1", "Ban Chỉ đạo thực hiện Chương trình 135 tỉnh", "Ban Chỉ đạo thực hiện Chương trình 135 tỉnh",
       "report_to")]),
    # the verb's object, no name: nothing that ends a name follows the programme
    ("1. Ban Chỉ đạo triển khai Đề án 12 đến các xã trong tháng 12.", []),
    # named in full as a letter's author, then by the type word alone
    ("Thực hiện Công văn số 45/TCT ngày 2/10/2025 của Tổ Công tác thực hiện Đề án 12 về việc rà soát dữ liệu, UBND "
     "tỉnh có ý kiến như sau:\n1. Sở Tư pháp rà soát dữ liệu, báo cáo về Tổ Công tác trước ngày 30/11/2025.",
     [("1", "Sở Tư pháp", "Sở Tư pháp", "lead"),
      ("1", "Tổ Công tác", "Tổ công tác thực hiện Đề án 12", "report_to")]),
]
# fmt: on


def test_working_groups_named_after_a_programme() -> None:
    check_table(WORKING_GROUPS, _letter_agencies)
