"""Bodies of public service and their lists as unseen letters print them (issue 9, round h16): libraries, museums,
national parks, children's houses; a school or party school named after a person; a board of every zone of a kind
("Ban Quản lý các khu kinh tế tỉnh"); a body of two places ("liên huyện A - B"); a type word and its field printed as
one abbreviation ("TTYT Dự phòng tỉnh", "BVĐK tỉnh"); schools after one shared head with no colon; a one-syllable
head ("Báo") never read from another word its letters spell ("Bảo tàng"). Every case is invented."""

from __future__ import annotations

from .test_agency_forms import _check, mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    # type words of public service units (Decree 30's form: type word, capitalized field or level)
    ("Thư viện tỉnh tổ chức hoạt động hè.", ["Thư viện tỉnh"]),
    ("Bảo tàng Hồ Chí Minh tổ chức triển lãm.", ["Bảo tàng Hồ Chí Minh"]),
    ("Bảo tàng tỉnh trưng bày hiện vật.", ["Bảo tàng tỉnh"]),
    ("Vườn quốc gia Bạch Mã kiểm tra lâm phần.", ["Vườn quốc gia Bạch Mã"]),
    ("Nhà Thiếu nhi tỉnh tổ chức hoạt động hè.", ["Nhà Thiếu nhi tỉnh"]),
    ("Nhà văn hóa Lao Bảo mở cửa.", []),  # a building: "văn hóa" in small letters names no unit
    ("Khu bảo tồn thiên nhiên Bắc Hướng Hóa tuần tra.", ["Khu bảo tồn thiên nhiên Bắc Hướng Hóa"]),
    ("Nhà văn hóa thôn được sửa chữa.", []),  # a building, in small letters
    ("Bệnh viện Phục hồi chức năng tỉnh chuẩn bị giường bệnh.", ["Bệnh viện Phục hồi chức năng tỉnh"]),
    # a name of its own after a head the list knows only with its place
    ("Trường Chính trị Lê Duẩn mở lớp bồi dưỡng.", ["Trường Chính trị Lê Duẩn"]),
    ("Ban Quản lý khu kinh tế Vân Phong cấp phép.", ["Ban Quản lý Khu kinh tế Vân Phong"]),
    ("Báo Tuổi Trẻ đưa tin.", ["Báo Tuổi Trẻ"]),
    ("Trường Chính trị tỉnh Quảng Trị mở lớp.", ["Trường Chính trị tỉnh Quảng Trị"]),
    ("Phó giám đốc Sở Y tế Nguyễn Hoài Nam cho biết.", ["Sở Y tế"]),  # the holder's name, no body's
    ("Sở Tài chính Hướng dẫn các đơn vị.", ["Sở Tài chính"]),  # a duty printed capitalized
    ("Sở Y tế HCM thông báo.", ["Sở Y tế Hồ Chí Minh"]),  # a place abbreviated: the list's body of it
    # every zone of a kind, one board
    ("Ban Quản lý các khu kinh tế tỉnh hướng dẫn doanh nghiệp.", ["Ban Quản lý các khu kinh tế tỉnh"]),
    ("Ban Quản lý các khu công nghiệp tỉnh Bình Dương cấp phép.", ["Ban Quản lý các Khu công nghiệp tỉnh Bình Dương"]),
    # a body of two places
    ("Hạt Kiểm lâm liên huyện Hướng Hóa - Đakrông tuần tra rừng.", ["Hạt Kiểm lâm liên huyện Hướng Hóa - Đakrông"]),
    ("Trạm Y tế liên xã Tân Hợp - Tân Lập khám bệnh.", ["Trạm Y tế liên xã Tân Hợp - Tân Lập"]),
    ("Hạt Kiểm lâm huyện Hướng Hóa - Đakrông tuần tra.", ["Hạt Kiểm lâm huyện Hướng Hóa"]),  # no "liên": one place
    # a type word and its first field as one abbreviation
    ("TTYT Dự phòng tỉnh giám sát dịch.", ["Trung tâm Y tế Dự phòng tỉnh"]),
    ("TTYT các huyện giám sát dịch.", ["Trung tâm Y tế cấp huyện"]),
    ("BVĐK tỉnh tiếp nhận bệnh nhân.", ["Bệnh viện Đa khoa tỉnh"]),
    ("BV Đa khoa khu vực Triệu Hải tiếp nhận.", ["Bệnh viện Đa khoa khu vực Triệu Hải"]),
    ("BQL Khu kinh tế Dung Quất cấp phép.", ["Ban Quản lý Khu kinh tế Dung Quất"]),
    ("TTYT chủ trì.", []),
    # schools after one shared head, no colon
    ("Các trường THPT Lê Quý Đôn, Đông Hà và Cồn Tiên tổ chức ôn thi.",
     ["Trường Trung học phổ thông Lê Quý Đôn", "Trường Trung học phổ thông Đông Hà",
      "Trường Trung học phổ thông Cồn Tiên"]),
    ("Trường THCS Nguyễn Du, Lê Lợi, Trần Phú tổ chức ôn thi.",
     ["Trường Trung học cơ sở Nguyễn Du", "Trường Trung học cơ sở Lê Lợi", "Trường Trung học cơ sở Trần Phú"]),
    ("Trường THCS Nguyễn Du và Lê Lợi tổ chức ôn thi.",
     ["Trường Trung học cơ sở Nguyễn Du", "Trường Trung học cơ sở Lê Lợi"]),
    ("Các trường mầm non Hoa Sen, Sơn Ca phối hợp.", ["Trường mầm non Hoa Sen", "Trường mầm non Sơn Ca"]),
    ("Trường THCS Nguyễn Du, Hà Nội tổ chức ôn thi.", ["Trường Trung học cơ sở Nguyễn Du"]),  # its place
    ("Trường Tiểu học Kim Đồng, Phòng Giáo dục và Đào tạo phối hợp.",
     ["Trường Tiểu học Kim Đồng", "Phòng Giáo dục và Đào tạo"]),
    # a branch of a body, its name the body's after "Chi nhánh"
    ("Chi nhánh Văn phòng Đăng ký đất đai huyện Gio Linh cập nhật biến động.",
     ["Chi nhánh Văn phòng Đăng ký đất đai huyện Gio Linh"]),
    ("Chi nhánh Ngân hàng Chính sách xã hội huyện Gio Linh giải ngân.",
     ["Chi nhánh Ngân hàng Chính sách xã hội huyện Gio Linh"]),
    ("Các chi nhánh ngân hàng trên địa bàn giải ngân.", []),
    # a one-syllable head printed as another word
    ("Bão số 3 gây thiệt hại.", []),
    ("Bao Quang Tri dua tin.", ["Báo Quảng Trị"]),  # a scan without tone marks may still be the paper
]
# fmt: on


def test_public_service_bodies_and_their_lists() -> None:
    check_table(MENTIONS, mention_names)


PROVINCE_LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 15/UBND-VX\nQuảng Trị, ngày 3 tháng 4 năm 2024\nV/v ra quân hè\n\n"
)
# (items, the first task's agencies): a body printed by an alias of the issuer's level's body without its level word
# ("Đoàn Thanh niên" of "Đoàn Thanh niên tỉnh") is that body, its name bare as printed (ANNOTATING, settled 9)
# fmt: off
ISSUERS_LEVEL = [
    ("1. Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân tham gia ra quân.",
     [("Đoàn Thanh niên", "lead"), ("Hội Liên hiệp Phụ nữ", "lead"), ("Hội Nông dân", "lead")]),
    ("1. Đoàn Thanh niên tham gia ra quân.", [("Đoàn Thanh niên", "lead")]),
]
# fmt: on


def test_an_alias_of_the_issuers_level_body_printed_bare() -> None:
    _check(ISSUERS_LEVEL, PROVINCE_LETTER)


# (text, names): a head whose colon is followed by a duty labels its bodies and names no members; a field that is a
# verb ("Xây dựng") and makes a known body with the head is a member still; fields of the information industry
# fmt: off
LABELS_AND_FIELDS = [
    ("UBND các huyện, thành phố: Lựa chọn địa điểm tổ chức đào tạo.", ["Ủy ban nhân dân cấp huyện"]),
    ("Các Bộ: Xây dựng, Công Thương theo chức năng chỉ đạo.", ["Bộ Xây dựng", "Bộ Công Thương"]),
    ("Viện Công nghiệp phần mềm và Nội dung số Việt Nam phối hợp.",
     ["Viện Công nghiệp phần mềm và Nội dung số Việt Nam"]),
    ("Trung tâm Ứng cứu khẩn cấp máy tính Việt Nam phối hợp.", ["Trung tâm Ứng cứu khẩn cấp máy tính Việt Nam"]),
]
# fmt: on


def test_a_label_after_a_heads_colon_and_fields_of_the_information_industry() -> None:
    check_table(LABELS_AND_FIELDS, mention_names)


# (text, names): a unit printed right before the body it belongs to, which a list knows, is one body named with both
# fmt: off
UNITS_OF_LISTED_BODIES = [
    ("Phòng Kế hoạch - Tài chính Sở Thông tin và Truyền thông thẩm định.",
     ["Phòng Kế hoạch - Tài chính Sở Thông tin và Truyền thông"]),
    ("phòng Kế hoạch tài chính Sở Y tế thẩm định.", ["Phòng Kế hoạch tài chính Sở Y tế"]),
    ("Trung tâm Tin học thuộc Sở Y tế chuẩn bị lực lượng.", ["Trung tâm Tin học thuộc Sở Y tế"]),
    ("Văn phòng Công nghệ thông tin thuộc Bộ Khoa học và Công nghệ hướng dẫn.",
     ["Văn phòng Công nghệ thông tin thuộc Bộ Khoa học và Công nghệ"]),
    ("Công đoàn Cơ quan Bộ Giáo dục và Đào tạo tổ chức.", ["Công đoàn Cơ quan Bộ Giáo dục và Đào tạo"]),
    ("Bộ Trưởng Bộ Nội vụ chỉ đạo.", ["Bộ Nội vụ"]),  # an office's title, no unit
]
# fmt: on


def test_a_unit_printed_before_its_listed_body_is_one_body() -> None:
    check_table(UNITS_OF_LISTED_BODIES, mention_names)


# (text, names): a member joined over "và" whose last piece runs on into the sentence; a district's departments named
# by their fields after one "Phòng"; a commune's Youth Union by its level and place
# fmt: off
MORE_LISTS = [
    ("Giao các Sở: Y tế, Giáo dục và Đào tạo phối hợp.", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
    # the list ends in the piece that ran on: the places after it are no departments
    ("Giao các Sở: Y tế, Giáo dục và Đào tạo phối hợp với Hà Nội, Huế kiểm tra.", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
    ("UBND huyện chỉ đạo Phòng Y tế, Giáo dục và Đào tạo triển khai.",
     ["Ủy ban nhân dân huyện", "Phòng Y tế", "Phòng Giáo dục và Đào tạo"]),
    # in the plural a clerk may print the fields in small letters too: each must still make a known body
    ("UBND các huyện chỉ đạo các phòng nội vụ, tư pháp, văn hóa và thông tin rà soát.",
     ["Ủy ban nhân dân cấp huyện", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Văn hóa và Thông tin"]),
    ("Bố trí các phòng học, thư viện và phòng thí nghiệm.", []),
    ("Gửi về Đoàn xã Phúc Thịnh trong thời gian quy định.", ["Đoàn xã Phúc Thịnh"]),
    ("Đoàn kiểm tra liên ngành huyện làm việc.", []),  # a delegation, no Youth Union
]
# fmt: on


def test_more_lists_and_a_communes_youth_union() -> None:
    check_table(MORE_LISTS, mention_names)


# (text, names): a school's trade union is no Youth Union (a class pattern read "đoàn trường" inside it); a school's
# parents' board (Thông tư 55/2011/TT-BGDĐT), in small letters or with its field's capital
# fmt: off
SCHOOL_BOARDS = [
    ("Công đoàn trường phối hợp.", []),
    ("Ban đại diện cha mẹ học sinh phối hợp.", ["Ban đại diện cha mẹ học sinh"]),
    ("Ban Đại diện cha mẹ học sinh trường phối hợp tổ chức.", ["Ban Đại diện cha mẹ học sinh trường"]),
]
# fmt: on


def test_a_schools_trade_union_and_parents_board() -> None:
    check_table(SCHOOL_BOARDS, mention_names)
