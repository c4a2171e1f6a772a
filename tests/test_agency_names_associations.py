"""Name forms of associations' and schools' own plans (the sealed set h13, read after it joined the corpus): a city
printed by its abbreviation with a stop after the body's name ("Hội Luật gia TP. Đà Nẵng" is the association of
the city of Đà Nẵng, as "TP Đà Nẵng" already was), and a governing organ printed before the name of the body it
governs ("Ban Chấp hành Hội …", "Ban Thường vụ Hội …"), read whole whether a list knows the body or not; a
university's "Phòng Thanh tra" (a type word naming the unit's function) and "Phòng CTHSSV" / "Phòng CTSV" (its
student-affairs office, abbreviations.csv). Every case is invented: other associations, other places, other sentences."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_agency_names_h10 import PROVINCE, _agencies
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    # "TP." / "Tp." and the city's name end the body's name, spelt out as "thành phố"
    ("Nơi chủ trì: Hội Luật gia TP. Đà Nẵng.", ["Hội Luật gia thành phố Đà Nẵng"]),
    ("Hội Kiến trúc sư Tp. Vũng Tàu gửi danh sách hội viên.", ["Hội Kiến trúc sư thành phố Vũng Tàu"]),
    ("Giao Hội Chữ thập đỏ TP. Phan Thiết và Sở Tư pháp rà soát.",
     ["Hội Chữ thập đỏ thành phố Phan Thiết", "Sở Tư pháp"]),
    # a university's units: the inspection office, whose field is a type word that names its function, and the
    # student-affairs office by its abbreviation
    ("Phòng Thanh tra kiểm tra sổ lên lớp của từng giảng viên.", ["Phòng Thanh tra"]),
    ("Giảng viên nộp phiếu đánh giá về phòng Thanh tra, phòng Khảo thí.", ["Phòng Thanh tra", "Phòng Khảo thí"]),
    ("Phòng CTHSSV xét duyệt hồ sơ học bổng khuyến khích.", ["Phòng Công tác học sinh, sinh viên"]),
    ("Giao phòng CTSV cấp thẻ sinh viên khóa mới.", ["Phòng Công tác sinh viên"]),
]
# fmt: on


def test_mention_forms_of_associations() -> None:
    check_table(MENTIONS, mention_names)


def test_a_governing_organ_names_the_whole_body_it_governs() -> None:
    """An association no list holds, printed after its organ: the organ of the whole name, not a "Ban" whose field
    stops inside the association's name ("Ban Chấp hành Hội Luật")."""
    items = (
        "1. Ban Chấp hành Hội Luật gia thành phố Đà Nẵng thống nhất lịch sinh hoạt chi hội.\n"
        "2. Đề nghị Ban Thường vụ Hội Nhiếp ảnh tỉnh Ninh Thuận cho ý kiến về quy chế thi tuyển.\n"
    )
    found = _agencies(PROVINCE, items)
    assert ("1", "Ban Chấp hành Hội Luật gia thành phố Đà Nẵng", "lead") in found
    assert any(task == "2" and name == "Ban Thường vụ Hội Nhiếp ảnh tỉnh Ninh Thuận" for task, name, _ in found)


SCHOOL = (
    "PHÒNG GD&ĐT HUYỆN CHỢ GẠO\nTRƯỜNG THCS LƯƠNG HÒA LẠC\nSố: 12/KH-THCS\n"
    "Lương Hòa Lạc, ngày 9 tháng 10 năm 2023\nKẾ HOẠCH\nGiữ an toàn cho trẻ khi bơi lội mùa hè\n\n"
    "II. VIỆC CẦN LÀM NGAY\n\n"
)


def test_a_schools_own_board_and_subject_groups() -> None:
    """A school's plan names its board as its clerks print it, in lower case ("1. Ban giám hiệu"), and its subject
    groups as the class of its own units ("các tổ chuyên môn"); in a department's plan those groups are every
    school's, no body of its own."""
    items = (
        "1. Ban giám hiệu\n- Lập danh sách học sinh chưa biết bơi.\n\n"
        "2. Nhân viên y tế trường\n- Giao các tổ chuyên môn lồng ghép nội dung phòng tránh đuối nước vào bài giảng.\n"
    )
    found = _agencies(SCHOOL, items)
    assert ("II.1", "Ban Giám hiệu", "lead") in found
    assert ("II.2.1", "Các tổ chuyên môn", "lead") in found
    department = _agencies(PROVINCE, "1. Các trường chỉ đạo các tổ chuyên môn lồng ghép nội dung vào bài giảng.\n")
    assert all(name != "Các tổ chuyên môn" for _, name, _ in department)


# A school's Pioneers and Youth Union printed by their short forms (Điều lệ Đội TNTP Hồ Chí Minh: "Liên đội", "Chi
# đội"; Điều lệ Đoàn TNCS Hồ Chí Minh: the school's "Đoàn trường", its "chi đoàn") are those organisations, in a
# school's own plan only; a person named by an office in them ("Bí thư chi đoàn", "Liên đội trưởng") is no body,
# and "đội" in small letters is a team ("tổ chức đội văn nghệ"). (item, (task, name, role) of every body read)
SCHOOL_TASKS = (
    "PHÒNG GD&ĐT HUYỆN TAM NÔNG\nTRƯỜNG THCS PHÚ CƯỜNG\nSố: 41/KH-THCS\n"
    "Phú Cường, ngày 2 tháng 11 năm 2023\nKẾ HOẠCH\nXây dựng tủ sách lớp học thân thiện\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
)
# fmt: off
SCHOOL_UNIONS = [
    ("1. Liên đội phát động phong trào quyên góp sách cũ.\n",
     [("II.1", "Đội Thiếu niên Tiền phong Hồ Chí Minh", "lead")]),
    ("1. Giao tổ chức Đội viết mỗi tuần một bản tin ảnh về lớp học.\n",
     [("II.1", "Đội Thiếu niên Tiền phong Hồ Chí Minh", "lead")]),
    ("1. Đoàn trường phối hợp với Ban giám hiệu dọn vệ sinh sân bóng.\n",
     [("II.1", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "lead"), ("II.1", "Ban Giám hiệu", "coordinate")]),
    # the Union's cells named as a class are that class (h17_j1, h18_w2 annotated so), not the Union itself
    ("1. Các chi đoàn khối 11 trồng cây quanh nhà thể chất.\n",
     [("II.1", "Các chi đoàn", "lead")]),
    ("1. Bí thư chi đoàn lớp trực cổng vào sáng thứ hai.\n", []),
    ("1. Liên đội trưởng ghi sổ cờ đỏ mỗi buổi.\n", []),
    ("1. Giáo viên âm nhạc tổ chức đội văn nghệ của khối 7.\n", []),
]
# fmt: on


def test_a_schools_pioneers_and_youth_union_by_their_short_forms() -> None:
    check_table(SCHOOL_UNIONS, lambda items: _agencies(SCHOOL_TASKS, items))
    department = _agencies(PROVINCE, "1. Liên đội các trường phát động phong trào quyên góp sách cũ.\n")
    assert all(name != "Đội Thiếu niên Tiền phong Hồ Chí Minh" for _, name, _ in department)


UNIVERSITY = (
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TÂY\nSố: 88/TB-ĐHKT\n"
    "Cần Thơ, ngày 6 tháng 3 năm 2024\nTHÔNG BÁO\nLịch nộp hồ sơ thực tập cuối khóa\n\n"
    "Ban Giám hiệu yêu cầu các khoa lưu ý mấy việc sau:\n\n"
)

# A university's notice chains its own units: "khoa" printed bare ("Khoa …", "lãnh đạo khoa", "khoa chủ quản") is each
# of its faculties, the class `Các khoa`, and never "khoa học" or a named faculty ("Khoa Cơ khí"); "gởi" (the southern
# spelling of "gửi") sends to the body after it; the body "hỗ trợ" helps shares the deed. In a department's letter a
# bare "khoa" names no body. (items, (task, name, role) of every body read)
# fmt: off
UNIVERSITY_UNITS = [
    ("1. Khoa phối hợp cùng phòng Quản trị sắp xếp phòng thực hành cho từng nhóm.\n",
     [("1", "Các khoa", "lead"), ("1", "Phòng Quản trị", "coordinate")]),
    # the lead is the lead-in's ("yêu cầu các khoa"), the item naming none of its own
    ("1. Sinh viên nộp nhật ký thực tập cho khoa chủ quản trước kỳ bảo vệ.\n",
     [("1", "Các khoa", "report_to"), ("1", "Các khoa", "lead")]),
    ("1. Lãnh đạo khoa gởi bảng điểm thực tập cho phòng Khảo thí để lưu.\n",
     [("1", "Các khoa", "lead"), ("1", "Phòng Khảo thí", "report_to")]),
    ("1. Phòng Khảo thí hỗ trợ Khoa chấm phúc khảo bài thi.\n",
     [("1", "Phòng Khảo thí", "lead"), ("1", "Các khoa", "coordinate")]),
    ("1. Khoa Cơ khí trưng bày mô hình khoa học của sinh viên.\n", [("1", "Khoa Cơ khí", "lead")]),
    ("1. Sinh viên khóa mới nộp học phí đúng hạn, khóa trước nộp bù nếu còn nợ.\n", [("1", "Các khoa", "lead")]),
]
# fmt: on


def test_a_universitys_faculties_and_offices_in_a_chain_of_sentences() -> None:
    check_table(UNIVERSITY_UNITS, lambda items: _agencies(UNIVERSITY, items))
    department = _agencies(PROVINCE, "1. Khoa phối hợp cùng phòng Quản trị sắp xếp phòng thực hành cho từng nhóm.\n")
    assert all(name != "Các khoa" for _, name, _ in department)
