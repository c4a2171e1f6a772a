"""Name families the sealed set h4 showed missing (issue 9): the trade-union system (Luật Công đoàn 50/2024/QH15,
Điều lệ Công đoàn Việt Nam), education units and a Sở's or Bộ's own units, customs and border forces, the Party's
central organs printed short. Every case is invented: other provinces, other unions, other schools."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

_DATE_AND_TITLE = "Số: 35/KH-CĐN\nNghệ An, ngày 12 tháng 4 năm 2024\nKẾ HOẠCH\nTriển khai nhiệm vụ\n\n1. "


def _task_agencies(issuer_lines: str, sentence: str) -> list[tuple[str, str, str]]:
    notice = extract(issuer_lines + _DATE_AND_TITLE + sentence + "\n")
    return [(a.text, a.name, a.role) for a in notice.tasks[0].agencies] if notice.tasks else []


PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n"
SECTOR_UNION = "LĐLĐ TỈNH NGHỆ AN\nCÔNG ĐOÀN NGÀNH Y TẾ\n"
MINISTRY = "BỘ Y TẾ\n"

# (issuer, sentence, (printed, name, role) of the task's bodies). The forms: a sector union printed bare in its
# own letters and by the unions under it ("Công đoàn Ngành", "CĐ ngành"); the grassroots unions as a class ("các
# Công đoàn cơ sở", "CĐCS"), which has no territorial level (no "cấp xã" is added below a province's issuer);
# a school's or an agency's union ("Công đoàn trường …", "Công đoàn Viên chức tỉnh"); the federations at every
# level, the commune's since 2025.
# fmt: off
TRADE_UNIONS = [
    (SECTOR_UNION, "Các Công đoàn cơ sở tổ chức hội nghị người lao động, báo cáo về Công đoàn Ngành trước ngày 15/5.",
     [("Công đoàn cơ sở", "Công đoàn cơ sở", "lead"), ("Công đoàn Ngành", "Công đoàn ngành", "report_to")]),
    (SECTOR_UNION, "Đề nghị CĐCS các bệnh viện gửi danh sách về CĐ ngành.",
     [("CĐCS", "Công đoàn cơ sở", "lead"), ("CĐ ngành", "Công đoàn ngành", "report_to")]),
    (PROVINCE, "Các Công đoàn cơ sở tổ chức thăm hỏi đoàn viên, báo cáo Liên đoàn Lao động tỉnh.",
     [("Công đoàn cơ sở", "Công đoàn cơ sở", "lead"), ("Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh", "report_to")]),
    (SECTOR_UNION, "Công đoàn trường THCS Nguyễn Du tổ chức Lễ phát động.",
     [("Công đoàn trường THCS Nguyễn Du", "Công đoàn Trường Trung học cơ sở Nguyễn Du", "lead")]),
    (SECTOR_UNION, "Công đoàn Trường Tiểu học Võ Thị Sáu phối hợp với chính quyền đồng cấp.",
     [("Công đoàn Trường Tiểu học Võ Thị Sáu", "Công đoàn Trường Tiểu học Võ Thị Sáu", "lead")]),
    (PROVINCE, "Công đoàn Viên chức tỉnh phối hợp với Công đoàn ngành Xây dựng tỉnh.",
     [("Công đoàn Viên chức tỉnh", "Công đoàn Viên chức tỉnh", "lead"),
      ("Công đoàn ngành Xây dựng tỉnh", "Công đoàn ngành Xây dựng tỉnh", "coordinate")]),
    (PROVINCE, "Ban Chấp hành Công đoàn cơ sở lấy ý kiến người lao động.",
     [("Ban Chấp hành Công đoàn cơ sở", "Ban Chấp hành Công đoàn cơ sở", "lead")]),
    (PROVINCE, "Liên đoàn Lao động phường Hưng Dũng vận động đoàn viên, báo cáo Tổng Liên đoàn Lao động Việt Nam.",
     [("Liên đoàn Lao động phường Hưng Dũng", "Liên đoàn Lao động phường Hưng Dũng", "lead"),
      ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", "report_to")]),
    (PROVINCE, "LĐLĐ xã phối hợp tổ chức.", [("LĐLĐ xã", "Liên đoàn Lao động cấp xã", "lead")]),  # a lower level bare: all of them
    # a ministry's letter: a sector union printed bare is every province's
    (MINISTRY, "Công đoàn ngành phối hợp tuyên truyền.", [("Công đoàn ngành", "Công đoàn ngành cấp tỉnh", "lead")]),
]
# fmt: on


def test_trade_union_bodies() -> None:
    check_table(TRADE_UNIONS, _task_agencies)


PROVINCE_DEPARTMENT = "UBND TỈNH HÀ GIANG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n"

# (issuer, sentence, (printed, name, role)). The forms: the district's continuing-education centre and the
# province's, printed in full or abbreviated ("TT GDNN-GDTX", "Trung tâm GDTX tỉnh"), bare below a Sở's issuer
# (every district's: "cấp huyện"); a Sở's own rooms printed bare with their field, which a clipped list name
# ("Phòng Giáo dục" of "Phòng Giáo dục và Đào tạo") must not swallow, while a level or a place after the clipped
# name keeps it; the Sở's rooms as a class ("các Phòng của Sở …", "các phòng thuộc Cục …").
# fmt: off
EDUCATION_UNITS = [
    (PROVINCE_DEPARTMENT, "Giám đốc TT GDNN-GDTX chỉ đạo rà soát học viên.",
     [("TT GDNN-GDTX", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện", "lead")]),
    (PROVINCE_DEPARTMENT, "Trung tâm GDTX tỉnh tổ chức ôn tập cho học viên.",
     [("Trung tâm GDTX tỉnh", "Trung tâm Giáo dục thường xuyên tỉnh", "lead")]),
    (PROVINCE, "Trung tâm GDNN-GDTX huyện Bắc Mê tuyển sinh lớp nghề.",
     [("Trung tâm GDNN-GDTX huyện Bắc Mê", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Bắc Mê",
       "lead")]),
    (PROVINCE_DEPARTMENT, "Giao Phòng Giáo dục Tiểu học chủ trì, phối hợp với Phòng Tổ chức cán bộ tham mưu.",
     [("Phòng Giáo dục Tiểu học", "Phòng Giáo dục Tiểu học", "lead"),
      ("Phòng Tổ chức cán bộ", "Phòng Tổ chức cán bộ", "coordinate")]),
    (PROVINCE_DEPARTMENT, "Phòng Giáo dục phổ thông tổng hợp, báo cáo Giám đốc Sở.",
     [("Phòng Giáo dục phổ thông", "Phòng Giáo dục phổ thông", "lead")]),
    (PROVINCE_DEPARTMENT, "Phòng Giáo dục huyện Quản Bạ chỉ đạo các trường.",
     [("Phòng Giáo dục huyện Quản Bạ", "Phòng Giáo dục và Đào tạo huyện Quản Bạ", "lead")]),
    (PROVINCE, "Sở Giáo dục tỉnh chủ trì.", [("Sở Giáo dục tỉnh", "Sở Giáo dục và Đào tạo tỉnh", "lead")]),
    (PROVINCE_DEPARTMENT, "Phòng Khảo thí chủ trì, phối hợp với các Phòng của Sở GDĐT tổ chức kỳ thi.",
     [("Phòng Khảo thí", "Phòng Khảo thí", "lead"),
      ("các Phòng của Sở GDĐT", "Các phòng thuộc Sở Giáo dục và Đào tạo", "coordinate")]),
    (MINISTRY, "Giao các phòng thuộc Cục Quản lý Dược thực hiện.",
     [("các phòng thuộc Cục Quản lý Dược", "Các phòng thuộc Cục Quản lý Dược", "lead")]),
]
# fmt: on


def test_education_units_and_a_departments_own_rooms() -> None:
    check_table(EDUCATION_UNITS, _task_agencies)


CUSTOMS = "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\n"

# (issuer, sentence, (printed, name, role)). The forms: the customs departments (Quyết định 65/2015/QĐ-TTg) and
# the provincial customs departments as a class, printed in any case ("các cục hải quan tỉnh, thành phố"); a
# list of forces after "lực lượng", one agency each by its name ("Biên phòng" is the Bộ đội Biên phòng), ending
# at the first piece that names no force; a force printed with its level is the gazetteer's body; the border
# guard printed bare is the national force, with its place the province's.
# fmt: off
CUSTOMS_AND_FORCES = [
    (CUSTOMS, "Cục Kiểm tra sau thông quan chủ trì, phối hợp với Cục Điều tra chống buôn lậu rà soát.",
     [("Cục Kiểm tra sau thông quan", "Cục Kiểm tra sau thông quan", "lead"),
      ("Cục Điều tra chống buôn lậu", "Cục Điều tra chống buôn lậu", "coordinate")]),
    (CUSTOMS, "Yêu cầu các cục hải quan tỉnh, thành phố tăng cường kiểm soát tại cửa khẩu.",
     [("các cục hải quan tỉnh, thành phố", "Cục Hải quan cấp tỉnh", "lead")]),
    (CUSTOMS, "Đội Kiểm soát hải quan chủ trì kiểm tra hành lý.",
     [("Đội Kiểm soát hải quan", "Đội Kiểm soát hải quan", "lead")]),
    (CUSTOMS, "Cục Quản lý rủi ro phối hợp với lực lượng Công an, Biên phòng và Cảnh sát biển trao đổi thông tin.",
     [("Cục Quản lý rủi ro", "Cục Quản lý rủi ro", "lead"), ("Công an", "Công an", "coordinate"),
      ("Biên phòng", "Bộ đội Biên phòng", "coordinate"), ("Cảnh sát biển", "Cảnh sát biển", "coordinate")]),
    (PROVINCE, "Sở Nông nghiệp và Môi trường phối hợp với lực lượng Kiểm lâm, Quản lý thị trường kiểm tra.",
     [("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", "lead"),
      ("Kiểm lâm", "Kiểm lâm", "coordinate"), ("Quản lý thị trường", "Quản lý thị trường", "coordinate")]),
    (PROVINCE, "Ủy ban nhân dân huyện phối hợp với các lực lượng Quân đội, Dân quân tự vệ và nhân dân.",
     [("Ủy ban nhân dân huyện", "Ủy ban nhân dân cấp huyện", "lead"), ("Quân đội", "Quân đội", "coordinate"),
      ("Dân quân tự vệ", "Dân quân tự vệ", "coordinate")]),
    (PROVINCE, "Huy động lực lượng Công an xã tham gia.", [("Công an xã", "Công an cấp xã", "lead")]),
    (CUSTOMS, "Cục Hải quan tỉnh phối hợp với Bộ đội Biên phòng kiểm soát.",
     [("Cục Hải quan tỉnh", "Cục Hải quan cấp tỉnh", "lead"), ("Bộ đội Biên phòng", "Bộ đội Biên phòng", "coordinate")]),
    (PROVINCE, "Công an tỉnh phối hợp với Bộ đội Biên phòng tỉnh tuần tra.",
     [("Công an tỉnh", "Công an tỉnh", "lead"), ("Bộ đội Biên phòng tỉnh", "Bộ đội Biên phòng tỉnh", "coordinate")]),
    # the bodies of a function named by their kind, then their forces; "Quản" opening a name is no "Hải quan"
    (PROVINCE, "Ủy ban nhân dân các huyện chỉ đạo các đơn vị chức năng như Hải quan, Kiểm lâm, Quản lý đê điều "
     "tuần tra dọc sông Lam.",
     [("Ủy ban nhân dân các huyện", "Ủy ban nhân dân cấp huyện", "lead"), ("Hải quan", "Hải quan", "lead"),
      ("Kiểm lâm", "Kiểm lâm", "lead")]),
]
# fmt: on


def test_customs_bodies_and_lists_of_forces() -> None:
    check_table(CUSTOMS_AND_FORCES, _task_agencies)


CENTRAL_COMMITTEE = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\n"

# (issuer, sentence, (printed, name, role)). The forms (Điều lệ Đảng): the Party's central organs printed with
# "Trung ương Đảng" are the gazetteer's names ("Ban Bí thư", "Ban Chấp hành Trung ương"); the provincial-level
# Party committees as a class, with or without their standing boards ("Ban Thường vụ các tỉnh ủy, thành ủy, đảng
# ủy trực thuộc Trung ương", "Ban Thường vụ Tỉnh ủy, Thành ủy"); one province's board keeps its place.
# fmt: off
PARTY_CENTRAL = [
    (CENTRAL_COMMITTEE, "Bộ Chính trị chỉ đạo, báo cáo Ban Chấp hành Trung ương Đảng tại hội nghị cuối năm.",
     [("Bộ Chính trị", "Bộ Chính trị", "lead"),
      ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "report_to")]),
    (MINISTRY, "Bộ Nội vụ tổng hợp, báo cáo Ban Bí thư Trung ương Đảng.",
     [("Bộ Nội vụ", "Bộ Nội vụ", "lead"), ("Ban Bí thư Trung ương Đảng", "Ban Bí thư", "report_to")]),
    (CENTRAL_COMMITTEE, "Ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương tổ chức quán triệt.",
     [("Ban thường vụ các tỉnh uỷ, thành uỷ, đảng ủy trực thuộc Trung ương",
       "Ban Thường vụ tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", "lead")]),
    (MINISTRY, "Đề nghị Ban Thường vụ Tỉnh ủy, Thành ủy chỉ đạo cấp ủy các cấp.",
     [("Ban Thường vụ Tỉnh ủy, Thành ủy", "Ban Thường vụ Tỉnh ủy, Thành ủy", "lead")]),
    (CENTRAL_COMMITTEE, "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương xây dựng kế hoạch.",
     [("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", "Tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
       "lead")]),
    (PROVINCE, "Ban Thường vụ Tỉnh ủy Nghệ An chỉ đạo.",
     [("Ban Thường vụ Tỉnh ủy Nghệ An", "Ban Thường vụ Tỉnh ủy Nghệ An", "lead")]),
]
# fmt: on


def test_party_central_organs_and_provincial_committees_as_a_class() -> None:
    check_table(PARTY_CENTRAL, _task_agencies)
