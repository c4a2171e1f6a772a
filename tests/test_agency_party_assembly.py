"""The Party's and the National Assembly's organs, and an issuer's own units (issue 9; corpus/ANNOTATING.md, "Party
and National Assembly organs, and a body's own units"). Names as the Party Charter (Điều lệ Đảng) and the Law on
the Organization of the National Assembly print them; a unit of the issuer printed bare stays bare. Every case is
invented: other provinces, committees, verbs and orders than any corpus document; the only runs of seven words or
more a case shares with a document are official names (the Law's own name of the group "Hội đồng Dân tộc, các Ủy
ban của Quốc hội" among them), never a sentence."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

_DATE_AND_TITLE = "Số: 12/KH-ĐĐQH\nHà Nội, ngày 3 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai nhiệm vụ\n\n1. "


def _task_agencies(issuer_lines: str, sentence: str) -> list[tuple[str, str, str]]:
    notice = extract(issuer_lines + _DATE_AND_TITLE + sentence + "\n")
    return [(a.text, a.name, a.role) for a in notice.tasks[0].agencies] if notice.tasks else []


CENTRAL_COMMITTEE = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\n"
ASSEMBLY = "QUỐC HỘI\n"
MINISTRY = "BỘ NỘI VỤ\n"
DEPARTMENT = "UBND TỈNH LÂM ĐỒNG\nSỞ Y TẾ\n"

# The Party's central organs by the Charter's names ("Trung ương Đảng" after them is a way of printing); an organ of
# an organ is the organ's words and the body's name; the subcommittees of a congress are one class.
# fmt: off
PARTY_ORGANS = [
    (MINISTRY, "Sáu tháng một lần báo cáo tiến độ về Ban Bí thư Trung ương Đảng.",
     [("Ban Bí thư Trung ương Đảng", "Ban Bí thư", "report_to")]),
    (CENTRAL_COMMITTEE, "Bộ Chính trị trình Ban Chấp hành Trung ương Đảng tại Hội nghị lần thứ ba.",
     [("Bộ Chính trị", "Bộ Chính trị", "lead"),
      ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "report_to")]),
    (CENTRAL_COMMITTEE, "Văn phòng Trung ương Đảng chủ trì, phối hợp với Ban Tổ chức Trung ương theo dõi.",
     [("Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng", "lead"),
      ("Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", "coordinate")]),
    (CENTRAL_COMMITTEE, "Thường trực Ban Bí thư cho ý kiến về đề án.",
     [("Thường trực Ban Bí thư", "Thường trực Ban Bí thư", "lead")]),
    (CENTRAL_COMMITTEE, "Ban cán sự đảng Bộ Tài chính lãnh đạo thực hiện.",
     [("Ban cán sự đảng Bộ Tài chính", "Ban cán sự đảng Bộ Tài chính", "lead")]),
    # the subcommittees of a congress, named as a class, in either case
    (CENTRAL_COMMITTEE, "Giao các Tiểu ban Đại hội XVI rà soát văn kiện; Bộ Chính trị cho ý kiến.",
     [("các Tiểu ban Đại hội XVI", "Các Tiểu ban Đại hội XVI", "lead"), ("Bộ Chính trị", "Bộ Chính trị", "lead")]),
    (CENTRAL_COMMITTEE, "Giao các tiểu ban Đại hội tiếp thu ý kiến.",
     [("các tiểu ban Đại hội", "Các Tiểu ban Đại hội", "lead")]),
    # one subcommittee is a body of its own
    (CENTRAL_COMMITTEE, "Giao Tiểu ban Văn kiện tiếp thu ý kiến.",
     [("Tiểu ban Văn kiện", "Tiểu ban Văn kiện", "lead")]),
]
# fmt: on


def test_party_organs() -> None:
    check_table(PARTY_ORGANS, _task_agencies)


# The National Assembly's bodies; its committees listed after a unit of the Council of Ethnic Affairs are the same
# unit of each ("Thường trực Hội đồng Dân tộc, các Ủy ban của Quốc hội"), and only they; "các Ủy ban khác của Quốc
# hội" is the committees as a class.
# fmt: off
ASSEMBLY_BODIES = [
    # "Hội đồng Dân tộc, các Ủy ban của Quốc hội" is the Law's own name of the group, the one run any such case shares
    (ASSEMBLY, "Giao Thường trực Hội đồng Dân tộc, các Ủy ban khác của Quốc hội giám sát.",
     [("Thường trực Hội đồng Dân tộc", "Thường trực Hội đồng Dân tộc", "lead"),
      ("các Ủy ban khác của Quốc hội", "Thường trực các Ủy ban của Quốc hội", "lead")]),
    (ASSEMBLY, "Chi bộ Thường trực Hội đồng Dân tộc, Ủy ban Quốc phòng, An ninh và Đối ngoại, Ủy ban Văn hóa và Xã "
               "hội nắm tình hình.",
     [("Chi bộ Thường trực Hội đồng Dân tộc", "Chi bộ Thường trực Hội đồng Dân tộc", "lead"),
      ("Ủy ban Quốc phòng, An ninh và Đối ngoại", "Chi bộ Thường trực Ủy ban Quốc phòng, An ninh và Đối ngoại", "lead"),
      ("Ủy ban Văn hóa và Xã hội", "Chi bộ Thường trực Ủy ban Văn hóa và Xã hội", "lead")]),
    # another body ends the shared list; bare bodies share nothing
    (ASSEMBLY, "Thường trực Hội đồng Dân tộc, Văn phòng Quốc hội, Ủy ban Văn hóa và Xã hội phối hợp.",
     [("Thường trực Hội đồng Dân tộc", "Thường trực Hội đồng Dân tộc", "lead"),
      ("Văn phòng Quốc hội", "Văn phòng Quốc hội", "lead"),
      ("Ủy ban Văn hóa và Xã hội", "Ủy ban Văn hóa và Xã hội", "lead")]),
    (ASSEMBLY, "Đề nghị Hội đồng Dân tộc và các Ủy ban của Quốc hội cho ý kiến.",
     [("Hội đồng Dân tộc", "Hội đồng Dân tộc", "lead"), ("các Ủy ban của Quốc hội", "Các Ủy ban của Quốc hội", "lead")]),
    (ASSEMBLY, "Ủy ban Xã hội chủ trì thẩm tra, phối hợp với các Ủy ban khác của Quốc hội.",
     [("Ủy ban Xã hội", "Ủy ban Xã hội", "lead"),
      ("các Ủy ban khác của Quốc hội", "Các Ủy ban của Quốc hội", "coordinate")]),
    # "của Quốc hội" printed after a committee, its short form or a unit of it is part of the name as printed
    (ASSEMBLY, "Đề nghị Thường trực Ủy ban KHCN&MT của Quốc hội thẩm tra, phối hợp với Hội đồng Dân tộc.",
     [("Thường trực Ủy ban KHCN&MT của Quốc hội",
       "Thường trực Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", "lead"),
      ("Hội đồng Dân tộc", "Hội đồng Dân tộc", "coordinate")]),
    (ASSEMBLY, "Ủy ban Văn hóa và Xã hội của Quốc hội chủ trì giám sát.",
     [("Ủy ban Văn hóa và Xã hội của Quốc hội", "Ủy ban Văn hóa và Xã hội của Quốc hội", "lead")]),
    (ASSEMBLY, "Gửi Tổng thư ký Quốc hội trước ngày 10/5/2026.",
     [("Tổng thư ký Quốc hội", "Tổng Thư ký Quốc hội", "report_to")]),
    # only the Assembly's own committees share the unit: a people's committee, the Front's, a state committee
    # of the Government listed after it are bodies of their own
    (ASSEMBLY, "Thường trực Hội đồng Dân tộc và Ủy ban KHCN&MT thẩm tra.",
     [("Thường trực Hội đồng Dân tộc", "Thường trực Hội đồng Dân tộc", "lead"),
      ("Ủy ban KHCN&MT", "Thường trực Ủy ban Khoa học, Công nghệ và Môi trường", "lead")]),
    (ASSEMBLY, "Chi bộ Thường trực Hội đồng Dân tộc, Ủy ban nhân dân các tỉnh miền núi giám sát.",
     [("Chi bộ Thường trực Hội đồng Dân tộc", "Chi bộ Thường trực Hội đồng Dân tộc", "lead"),
      ("Ủy ban nhân dân các tỉnh miền núi", "Ủy ban nhân dân các tỉnh miền núi", "lead")]),
    (ASSEMBLY, "Thường trực Hội đồng Dân tộc và Ủy ban MTTQ tỉnh đôn đốc.",
     [("Thường trực Hội đồng Dân tộc", "Thường trực Hội đồng Dân tộc", "lead"),
      ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh", "lead")]),
    (ASSEMBLY, "Thường trực Hội đồng Dân tộc, Ủy ban Quản lý vốn nhà nước cho ý kiến.",
     [("Thường trực Hội đồng Dân tộc", "Thường trực Hội đồng Dân tộc", "lead"),
      ("Ủy ban Quản lý vốn nhà nước", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", "lead")]),
    # a provincial council's standing board is no committee of the Assembly: nothing is shared
    (DEPARTMENT, "Thường trực Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh chỉ đạo thực hiện.",
     [("Thường trực Hội đồng nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh", "lead"),
      ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", "lead")]),
]
# fmt: on


def test_national_assembly_bodies() -> None:
    check_table(ASSEMBLY_BODIES, _task_agencies)


# A unit of the issuer printed bare stays bare (not completed from the header), printed with its body it keeps it;
# a ministry's department whose field holds a verb ("có") is read whole from the list of the ministry's departments.
# fmt: off
OWN_UNITS = [
    (DEPARTMENT, "Các đơn vị gửi báo cáo về Văn phòng Sở trước ngày 20/3/2026.",
     [("Văn phòng Sở", "Văn phòng Sở", "report_to")]),
    (DEPARTMENT, "Thanh tra Sở chủ trì, phối hợp với Phòng Nghiệp vụ Y kiểm tra.",
     [("Thanh tra Sở", "Thanh tra Sở", "lead"), ("Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Y", "coordinate")]),
    (MINISTRY, "Giao Cục Người có công chủ trì, phối hợp với Cục Việc làm tổng hợp.",
     [("Cục Người có công", "Cục Người có công", "lead"), ("Cục Việc làm", "Cục Việc làm", "coordinate")]),
    # a unit printed with its department or ministry behind a dash is one body, named by both
    (DEPARTMENT, "Gửi báo cáo về phòng Tổ chức cán bộ - Sở Nội vụ trước ngày 10/5/2026.",
     [("phòng Tổ chức cán bộ - Sở Nội vụ", "Phòng Tổ chức cán bộ Sở Nội vụ", "report_to")]),
    (MINISTRY, "Vụ Pháp chế – Bộ Tư pháp chủ trì thẩm định.",
     [("Vụ Pháp chế – Bộ Tư pháp", "Vụ Pháp chế Bộ Tư pháp", "lead")]),
    # a dash inside a unit's field is no body's: the name ends before the verb ("dự trù")
    (DEPARTMENT, "Thanh tra Sở đôn đốc Phòng Tổ chức - Hành chính dự trù chi phí.",
     [("Thanh tra Sở", "Thanh tra Sở", "lead"), ("Phòng Tổ chức - Hành chính", "Phòng Tổ chức - Hành chính", "lead")]),
]
# fmt: on


def test_units_of_the_issuer_and_departments() -> None:
    check_table(OWN_UNITS, _task_agencies)


PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n"

# A body set up for a task carries its purpose after "về" past its level, where a bracket (its short form) or a
# directive's verb closes it; a report's topic after "về" is no purpose. A short form defined in brackets is the
# body wherever printed later; with a level after it, it is another body.
# fmt: off
PURPOSES_AND_SHORT_FORMS = [
    (PROVINCE, "Ban Chỉ đạo tỉnh về phát triển kinh tế tập thể, hợp tác xã chủ trì.",
     [("Ban Chỉ đạo tỉnh về phát triển kinh tế tập thể, hợp tác xã",
       "Ban Chỉ đạo tỉnh về phát triển kinh tế tập thể, hợp tác xã", "lead")]),
    (CENTRAL_COMMITTEE, "Ban Chỉ đạo quốc gia về chống buôn lậu, gian lận thương mại và hàng giả chỉ đạo các địa "
                        "phương.",
     [("Ban Chỉ đạo quốc gia về chống buôn lậu, gian lận thương mại và hàng giả",
       "Ban Chỉ đạo quốc gia về chống buôn lậu, gian lận thương mại và hàng giả", "lead")]),
    (CENTRAL_COMMITTEE, "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực chỉ đạo xử lý.",
     [("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
       "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực", "lead")]),
    # an office's body in a list of offices: the item's semicolon closes the purpose, a term of its own inside it
    (CENTRAL_COMMITTEE, "Đồng chí A làm nhiệm vụ: Trưởng Ban Chỉ đạo nhà nước về du lịch; Trưởng Ban Chỉ đạo "
                        "quốc gia về tăng trưởng xanh và Cơ chế một cửa ASEAN; Chủ tịch các Hội đồng.",
     [("Ban Chỉ đạo nhà nước về du lịch", "Ban Chỉ đạo nhà nước về du lịch", "lead"),
      ("Ban Chỉ đạo quốc gia về tăng trưởng xanh và Cơ chế một cửa ASEAN",
       "Ban Chỉ đạo quốc gia về tăng trưởng xanh và Cơ chế một cửa ASEAN", "lead")]),
    # in such an item a function word is the purpose's ("trên"), the semicolon still closes it
    (CENTRAL_COMMITTEE, "Đồng chí C làm nhiệm vụ: Trưởng Ban Chỉ đạo nhà nước về phân giới cắm mốc biên giới trên "
                        "đất liền; Chủ tịch các Hội đồng.",
     [("Ban Chỉ đạo nhà nước về phân giới cắm mốc biên giới trên đất liền",
       "Ban Chỉ đạo nhà nước về phân giới cắm mốc biên giới trên đất liền", "lead")]),
    # a disease's name with its number inside the purpose
    (PROVINCE, "Ban Chỉ đạo tỉnh về phòng, chống dịch Covid-19 chủ trì kiểm tra.",
     [("Ban Chỉ đạo tỉnh về phòng, chống dịch Covid-19", "Ban Chỉ đạo tỉnh về phòng, chống dịch Covid-19",
       "lead")]),
    # a national council read by the grammar takes its purpose the same way
    (CENTRAL_COMMITTEE, "Đồng chí B làm nhiệm vụ: Chủ tịch Hội đồng quốc gia về tài nguyên nước; Chủ tịch các Hội "
                        "đồng.",
     [("Hội đồng quốc gia về tài nguyên nước", "Hội đồng quốc gia về tài nguyên nước", "lead")]),
    # a report's topic, or a bracket that is no short form: the name ends at the level
    (PROVINCE, "Sở Y tế báo cáo Ban Chỉ đạo tỉnh về công tác tiêm chủng; Sở Tài chính bố trí kinh phí.",
     [("Sở Y tế", "Sở Y tế", "lead"), ("Ban Chỉ đạo tỉnh", "Ban Chỉ đạo tỉnh", "report_to"),
      ("Sở Tài chính", "Sở Tài chính", "lead")]),
    (PROVINCE, "Sở Y tế báo cáo Ban Chỉ đạo tỉnh về kết quả thực hiện.",
     [("Sở Y tế", "Sở Y tế", "lead"), ("Ban Chỉ đạo tỉnh", "Ban Chỉ đạo tỉnh", "report_to")]),
    (PROVINCE, "Sở Y tế báo cáo Ban Chỉ đạo tỉnh về công tác tiêm chủng (qua Văn phòng Sở).",
     [("Sở Y tế", "Sở Y tế", "lead"), ("Ban Chỉ đạo tỉnh", "Ban Chỉ đạo tỉnh", "report_to"),
      ("Văn phòng Sở", "Văn phòng Sở", "report_to")]),
    (PROVINCE, "Sở Y tế báo cáo Ban Chỉ đạo tỉnh về công tác tiêm chủng theo quy định.",
     [("Sở Y tế", "Sở Y tế", "lead"), ("Ban Chỉ đạo tỉnh", "Ban Chỉ đạo tỉnh", "report_to")]),
    # the short form, printed later in either case; "Ban Chỉ đạo huyện" is another body
    (PROVINCE, "Ban Chỉ đạo tỉnh về chuyển đổi số, cải cách hành chính (gọi tắt là Ban Chỉ đạo) điều phối; "
               "Ban Chỉ đạo phân công các thành viên; Ban Chỉ đạo huyện báo cáo kết quả.",
     [("Ban Chỉ đạo tỉnh về chuyển đổi số, cải cách hành chính",
       "Ban Chỉ đạo tỉnh về chuyển đổi số, cải cách hành chính", "lead"),
      ("Ban Chỉ đạo", "Ban Chỉ đạo tỉnh về chuyển đổi số, cải cách hành chính", "lead"),
      ("Ban Chỉ đạo huyện", "Ban Chỉ đạo cấp huyện", "lead")]),
    (PROVINCE, "Ban Chỉ đạo tỉnh về phát triển du lịch (Ban Chỉ đạo) chủ trì; Ban Chỉ đạo các huyện báo cáo kết quả.",
     [("Ban Chỉ đạo tỉnh về phát triển du lịch", "Ban Chỉ đạo tỉnh về phát triển du lịch", "lead"),
      ("Ban Chỉ đạo các huyện", "Ban Chỉ đạo cấp huyện", "lead")]),
]
# fmt: on


def test_purposes_after_ve_and_short_forms() -> None:
    check_table(PURPOSES_AND_SHORT_FORMS, _task_agencies)


def _short_form_names(text: str) -> list[tuple[str, str]]:
    notice = extract(PROVINCE + _DATE_AND_TITLE + text + "\n")
    return [
        (a.text, a.name) for task in notice.tasks for a in task.agencies if a.text.lower().startswith("ban chỉ đạo")
    ]


_DEFINED = "Ban Chỉ đạo tỉnh về bình đẳng giới (gọi tắt là Ban Chỉ đạo) điều phối.\n2. "
_DEFINED_NAME = "Ban Chỉ đạo tỉnh về bình đẳng giới"

# A short form stands for the defined body only where the name ends after it: a boundary word that opens no
# purpose, a stop or the line's end. Printed as the head of a longer name (a purpose in lower case, a number, a
# name ending in a level) it is the head of another body set up for another task, never the defined one.
# fmt: off
SHORT_FORM_HEADS = [
    # the short form closed by a directive's verb or a stop: the defined body
    (_DEFINED + "Ban Chỉ đạo đôn đốc các xã.",
     [("Ban Chỉ đạo", _DEFINED_NAME)]),
    (_DEFINED + "Gửi báo cáo về Ban Chỉ đạo.",
     [("Ban Chỉ đạo", _DEFINED_NAME)]),
    (_DEFINED + "Ban chỉ đạo không chỉ điều phối mà còn giám sát các sở.",
     [("Ban chỉ đạo", _DEFINED_NAME)]),
    # another body whose name opens with the short form's words
    (_DEFINED + "Ban Chỉ đạo phòng, chống ma túy tỉnh kiểm tra cơ sở cai nghiện.",
     [("Ban Chỉ đạo phòng, chống ma túy tỉnh", "Ban Chỉ đạo phòng, chống ma túy tỉnh")]),
    (_DEFINED + "Ban Chỉ đạo giảm nghèo bền vững huyện rà soát hộ nghèo.",
     [("Ban Chỉ đạo giảm nghèo bền vững huyện", "Ban Chỉ đạo giảm nghèo bền vững huyện")]),
    (_DEFINED + "Ban Chỉ đạo 127 huyện rà soát hồ sơ.",  # named by its decision's number: another body
     [("Ban Chỉ đạo 127 huyện", "Ban Chỉ đạo 127 huyện")]),
]
# fmt: on


def test_short_form_only_where_the_name_ends() -> None:
    failures = []
    for text, expected in SHORT_FORM_HEADS:
        got = [pair for pair in _short_form_names(text) if pair[0] != _DEFINED_NAME]
        if got != expected:
            failures.append((text, expected, got))
    assert not failures, "\n".join(f"{t!r}\n  want {e}\n  got  {g}" for t, e, g in failures)
