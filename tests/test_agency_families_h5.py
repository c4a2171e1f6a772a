"""Name families the folded sealed batches (h2-h4) still lost after the class and party merges (issue 9): a
commune whose name holds a type word's syllable, communes listed after one commune's body, the police of every
level as a class, partners named by the channel the work goes through or after "phối hợp, trao đổi với".
Every case is invented: other provinces, other communes, other bodies."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

_DATE_AND_TITLE = "Số: 35/KH-UBND\nTây Ninh, ngày 12 tháng 4 năm 2024\nKẾ HOẠCH\nTriển khai nhiệm vụ\n\n1. "


def _task_agencies(issuer_lines: str, sentence: str) -> list[tuple[str, str, str]]:
    notice = extract(issuer_lines + _DATE_AND_TITLE + sentence + "\n")
    return [(a.text, a.name, a.role) for a in notice.tasks[0].agencies] if notice.tasks else []


DISTRICT = "ỦY BAN NHÂN DÂN\nHUYỆN TÂN CHÂU\n"
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n"

# (issuer, sentence, (printed, name, role)). The forms: a commune's name that ends with a type word's syllable
# ("xã Vĩnh Trường", "xã Phú Hội": nothing capitalized follows, so no body opens there), while a body printed
# after the commune still opens at its type word ("xã Tân Hòa Trường Tiểu học …"); more communes after one
# commune's body, each with its level word ("UBND xã A và xã B", "Trạm Y tế phường 2, phường C và thị trấn D"),
# are the same body of each; "xã hội" after "và" is no commune.
# fmt: off
COMMUNES = [
    (DISTRICT, "UBND xã Vĩnh Trường kiểm tra.",
     [("UBND xã Vĩnh Trường", "Ủy ban nhân dân xã Vĩnh Trường", "lead")]),
    (DISTRICT, "Ủy ban nhân dân xã Tân Hòa và xã Vĩnh Trường có trách nhiệm bàn giao mặt bằng.",
     [("Ủy ban nhân dân xã Tân Hòa", "Ủy ban nhân dân xã Tân Hòa", "lead"),
      ("xã Vĩnh Trường", "Ủy ban nhân dân xã Vĩnh Trường", "lead")]),
    (DISTRICT, "UBND xã Phú Hội, xã Tân Hội kiểm tra.",
     [("UBND xã Phú Hội", "Ủy ban nhân dân xã Phú Hội", "lead"),
      ("xã Tân Hội", "Ủy ban nhân dân xã Tân Hội", "lead")]),
    (DISTRICT, "Trạm Y tế phường Hưng Dũng và thị trấn Tân Châu báo cáo.",
     [("Trạm Y tế phường Hưng Dũng", "Trạm Y tế phường Hưng Dũng", "lead"),
      ("thị trấn Tân Châu", "Trạm Y tế thị trấn Tân Châu", "lead")]),
    (DISTRICT, "Giao UBND xã Suối Ngô và xã hội hóa nguồn lực.",
     [("UBND xã Suối Ngô", "Ủy ban nhân dân xã Suối Ngô", "lead")]),
    # a type word's syllable opening a commune's name, where no body opens
    (DISTRICT, "Ủy ban nhân dân phường Trường Tây có trách nhiệm bàn giao.",
     [("Ủy ban nhân dân phường Trường Tây", "Ủy ban nhân dân phường Trường Tây", "lead")]),
    (DISTRICT, "UBND xã Hội Nghĩa kiểm tra.", [("UBND xã Hội Nghĩa", "Ủy ban nhân dân xã Hội Nghĩa", "lead")]),
    # ... and where one does: a body known to the gazetteer, a school by its level or abbreviation
    (DISTRICT, "Ủy ban nhân dân xã Hội Nông dân xã phối hợp.",
     [("Ủy ban nhân dân xã", "Ủy ban nhân dân cấp xã", "lead"), ("Hội Nông dân xã", "Hội Nông dân cấp xã", "lead")]),
    (DISTRICT, "UBND xã Trường Tiểu học Kim Đồng phối hợp.",
     [("UBND xã", "Ủy ban nhân dân cấp xã", "lead"), ("Trường Tiểu học Kim Đồng", "Trường Tiểu học Kim Đồng", "lead")]),
    (DISTRICT, "UBND phường Trường THCS Lê Lợi phối hợp.",
     [("UBND phường", "Ủy ban nhân dân cấp xã", "lead"),
      ("Trường THCS Lê Lợi", "Trường Trung học cơ sở Lê Lợi", "lead")]),
]
# fmt: on


def test_communes_with_a_type_words_syllable_and_commune_lists() -> None:
    check_table(COMMUNES, _task_agencies)


# (issuer, sentence, (printed, name, role)). The forms: the police of every level as a class, also in lower case
# after "lực lượng"; a partner named as the channel of the work ("thông qua các cơ quan thông tấn, báo chí",
# "thông qua Đài Phát thanh - Truyền hình tỉnh"), but "thông qua" that passes a law names no partner; a report
# "thông qua" a body goes to it; "phối hợp, trao đổi (thông tin) với" a list of forces makes them partners.
# fmt: off
PARTNERS = [
    (PROVINCE, "Chỉ đạo lực lượng công an các cấp chủ động nắm tình hình.",
     [("công an các cấp", "Công an các cấp", "lead")]),
    (PROVINCE, "Sở Y tế cung cấp thông tin thông qua các cơ quan thông tấn, báo chí.",
     [("Sở Y tế", "Sở Y tế", "lead"),
      ("các cơ quan thông tấn, báo chí", "Các cơ quan thông tấn, báo chí", "coordinate")]),
    (PROVINCE, "Sở Thông tin và Truyền thông tuyên truyền thông qua Đài Phát thanh - Truyền hình tỉnh.",
     [("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "lead"),
      ("Đài Phát thanh - Truyền hình tỉnh", "Đài Phát thanh - Truyền hình tỉnh", "coordinate")]),
    (PROVINCE, "Sở Tư pháp trình Hội đồng nhân dân tỉnh xem xét, thông qua tại Kỳ họp thứ ba, Hội đồng nhân dân tỉnh.",
     [("Sở Tư pháp", "Sở Tư pháp", "lead"), ("Hội đồng nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "report_to")]),
    (PROVINCE, "Sở Nội vụ báo cáo UBND tỉnh thông qua Sở Tài chính.",
     [("Sở Nội vụ", "Sở Nội vụ", "lead"), ("UBND tỉnh", "Ủy ban nhân dân tỉnh", "report_to"),
      ("Sở Tài chính", "Sở Tài chính", "report_to")]),
    (PROVINCE, "Sở Công Thương chủ trì, phối hợp, trao đổi thông tin với lực lượng Quân đội, Dân quân tự vệ.",
     [("Sở Công Thương", "Sở Công Thương", "lead"), ("Quân đội", "Quân đội", "coordinate"),
      ("Dân quân tự vệ", "Dân quân tự vệ", "coordinate")]),
]
# fmt: on


def test_police_of_every_level_and_partners_by_channel() -> None:
    check_table(PARTNERS, _task_agencies)


PROVINCE_DEPARTMENT = "UBND TỈNH TÂY NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n"

# (issuer, sentence, (printed, name, role)). The form: the level's press printed bare by a name of more words than
# its type word is the issuer's level's and keeps its bare name (ANNOTATING 9), in either spelling; the partner
# list it opens stays one list; in a district's letter no district has such a station, so it is no body.
# fmt: off
PRESS = [
    (PROVINCE_DEPARTMENT, "Phối hợp với Đài Phát thanh và Truyền hình, Báo Tây Ninh tổ chức tuyên truyền.",
     [("Đài Phát thanh và Truyền hình", "Đài Phát thanh và Truyền hình", "coordinate"),
      ("Báo Tây Ninh", "Báo Tây Ninh", "coordinate")]),
    (PROVINCE_DEPARTMENT, "Phối hợp với Đài Phát thanh - Truyền hình đưa tin.",
     [("Đài Phát thanh - Truyền hình", "Đài Phát thanh - Truyền hình", "coordinate")]),
    (DISTRICT, "Phối hợp với Đài Phát thanh và Truyền hình đưa tin.", []),
]
# fmt: on


def test_the_press_of_the_issuers_level_printed_bare() -> None:
    check_table(PRESS, _task_agencies)


# (issuer, sentence, (printed, name, role)). The forms: the Front's committee printed bare before its member
# organisations and a level word ("Ủy ban MTTQ Việt Nam và các tổ chức chính trị xã hội huyện") is that level's
# committee; with no level word printed it stays bare (ANNOTATING 9); "xã hội hóa" after the list is no level; the
# organisations printed without the hyphen ("chính trị xã hội") are the same class.
# fmt: off
FRONT = [
    (DISTRICT, "Đề nghị Ủy ban MTTQ Việt Nam và các tổ chức chính trị xã hội huyện tuyên truyền.",
     [("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "lead"),
      ("các tổ chức chính trị xã hội", "Các đoàn thể chính trị - xã hội", "lead")]),
    (PROVINCE, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội tuyên truyền.",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam", "lead"),
      ("các đoàn thể chính trị - xã hội", "Các đoàn thể chính trị - xã hội", "lead")]),
    (DISTRICT, "Ủy ban MTTQ Việt Nam, các đoàn thể chính trị - xã hội xã hội hóa nguồn lực.",
     [("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam", "lead"),
      ("các đoàn thể chính trị - xã hội", "Các đoàn thể chính trị - xã hội", "lead")]),
]
# fmt: on


def test_the_fronts_committee_takes_the_level_after_its_organisations() -> None:
    check_table(FRONT, _task_agencies)


COMMUNE = "ỦY BAN MTTQ VIỆT NAM\nXÃ TÂN HÒA\n"

# (issuer, sentence, (printed, name, role)). The form: the Front's work committees of the villages as a class
# (Luật Mặt trận Tổ quốc Việt Nam 2015: "Ban công tác Mặt trận ở khu dân cư"), printed "các thôn", "ở các thôn,
# tổ dân phố"; one village's keeps its own name.
# fmt: off
VILLAGE_COMMITTEES = [
    (COMMUNE, "Ban công tác Mặt trận các thôn tổ chức hội nghị cử tri.",
     [("Ban công tác Mặt trận các thôn", "Ban Công tác Mặt trận các thôn", "lead")]),
    (COMMUNE, "Ban Công tác Mặt trận ở các thôn, tổ dân phố lập danh sách.",
     [("Ban Công tác Mặt trận ở các thôn, tổ dân phố", "Ban Công tác Mặt trận các thôn", "lead")]),
    (COMMUNE, "Ban Công tác Mặt trận thôn 3 lập danh sách.",
     [("Ban Công tác Mặt trận thôn 3", "Ban Công tác Mặt trận thôn 3", "lead")]),
]
# fmt: on


def test_the_fronts_village_committees_as_a_class() -> None:
    check_table(VILLAGE_COMMITTEES, _task_agencies)


# (issuer, sentence, (printed, name, role)). The form: a body printed bare with "cùng cấp" is that body at the level
# of its sentence's subject: a class's level makes it a class ("cấp xã"), a single body's level its level word; a
# list's ";" does not end the sentence; a head no level has in the gazetteer stays as read.
# fmt: off
SAME_LEVEL = [
    (PROVINCE, "Ủy ban nhân dân các xã chủ trì, phối hợp với Liên đoàn Lao động cùng cấp tuyên truyền.",
     [("Ủy ban nhân dân các xã", "Ủy ban nhân dân cấp xã", "lead"),
      ("Liên đoàn Lao động", "Liên đoàn Lao động cấp xã", "coordinate")]),
    (PROVINCE, "Ủy ban nhân dân các huyện chủ trì, phối hợp với Ban Dân tộc tỉnh; Liên đoàn Lao động cùng cấp.",
     [("Ủy ban nhân dân các huyện", "Ủy ban nhân dân cấp huyện", "lead"),
      ("Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh", "coordinate"),
      ("Liên đoàn Lao động", "Liên đoàn Lao động cấp huyện", "coordinate")]),
    (DISTRICT, "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Liên đoàn Lao động cùng cấp tuyên truyền.",
     [("Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin", "lead"),
      ("Liên đoàn Lao động", "Liên đoàn Lao động huyện", "coordinate")]),
]
# fmt: on


def test_a_body_of_the_same_level_as_its_subject() -> None:
    check_table(SAME_LEVEL, _task_agencies)


# The form: an addressee of a lower level than the issuer, printed with no place ("Kính gửi: Giám đốc TT GDNN-GDTX"
# in a Sở's letter), is every unit of that level when the items inherit it, as it is in the items' own text.
DEPARTMENT_LETTER = (
    "UBND TỈNH NAM ĐỊNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 120/SGDĐT-GDTrH\nNam Định, ngày 3 tháng 2 năm 2021\n"
    "V/v phòng, chống dịch\n\nKính gửi: - Giám đốc TT GDNN-GDTX;\n- Trưởng phòng GDĐT huyện/thành phố.\n\n"
    "Sở GDĐT đề nghị thủ trưởng các đơn vị thực hiện như sau:\n\n1. Rà soát học viên, báo cáo trước ngày 10/2.\n"
    "2. Tổ chức vệ sinh lớp học.\n"
)


def test_an_addressee_below_the_issuer_inherited_is_every_unit_of_its_level() -> None:
    notice = extract(DEPARTMENT_LETTER)
    got = {(t.id, a.name, a.role) for t in notice.tasks for a in t.agencies}
    expected = {
        (task, name, "lead")
        for task in ("1", "2")
        for name in (
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện",
            "Phòng Giáo dục và Đào tạo cấp huyện",
        )
    }
    assert got == expected, sorted(got ^ expected)


MINISTRY = "BỘ Y TẾ\n"

# (issuer, sentence, (printed, name, role)). The forms: the ministries in charge of a sector or field ("các bộ
# quản lý ngành, lĩnh vực", "bộ quản lý chuyên ngành liên quan") and "các cơ quan chức năng ở Trung ương" are the
# class of ministries (ANNOTATING 8: `Các bộ, ngành Trung ương`); "các cơ quan chức năng" with no level is generic.
# fmt: off
MINISTRIES = [
    (MINISTRY, "Gửi báo cáo về Bộ Y tế, các bộ quản lý ngành, lĩnh vực trước ngày 30/6.",
     [("Bộ Y tế", "Bộ Y tế", "report_to"),
      ("các bộ quản lý ngành, lĩnh vực", "Các bộ, ngành Trung ương", "report_to")]),
    (MINISTRY, "Báo cáo Bộ Y tế, bộ quản lý chuyên ngành liên quan.",
     [("Bộ Y tế", "Bộ Y tế", "report_to"),
      ("bộ quản lý chuyên ngành liên quan", "Các bộ, ngành Trung ương", "report_to")]),
    (MINISTRY, "Chỉ đạo các cơ quan chức năng ở Trung ương phối hợp với các địa phương.",
     [("các cơ quan chức năng ở Trung ương", "Các bộ, ngành Trung ương", "lead")]),
    (MINISTRY, "Chỉ đạo các cơ quan chức năng phối hợp với các địa phương.", []),
]
# fmt: on


def test_the_ministries_by_their_sector() -> None:
    check_table(MINISTRIES, _task_agencies)


# (issuer, sentence, (printed, name, role)). The form: a lower level's body printed bare right after one unit of
# that level named with its place, in the same sentence, is that unit's and keeps its bare name; with no such unit
# before it, it is every unit's ("cấp xã").
# fmt: off
NAMED_UNIT = [
    (PROVINCE_DEPARTMENT, "Ủy ban nhân dân phường Long Hoa cử lãnh đạo dự và chỉ đạo Phòng Văn hóa - Xã hội chuẩn bị.",
     [("Ủy ban nhân dân phường Long Hoa", "Ủy ban nhân dân phường Long Hoa", "lead"),
      ("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", "lead")]),
    (PROVINCE_DEPARTMENT, "Ủy ban nhân dân cấp xã chỉ đạo Phòng Văn hóa - Xã hội chuẩn bị.",
     [("Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp xã", "lead"),
      ("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội cấp xã", "lead")]),
]
# fmt: on


def test_a_lower_body_after_one_named_unit_is_that_units() -> None:
    check_table(NAMED_UNIT, _task_agencies)
