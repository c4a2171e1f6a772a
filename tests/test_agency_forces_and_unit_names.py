"""Forces listed without "lực lượng" before them: after a force printed by its whole name ("Bộ đội Biên phòng, Công an,
Quản lý thị trường") or inside a generic's bracket ("các đơn vị có liên quan (Công an, Hải quan)"), each bare name
is a force, with the role the words before the list give; the units of a body named by their kind before it ("các
đơn vị nghiệp vụ Cục X") make it the partner; a name printed in capitals keeps its roman numeral and reads "QUAN"
as "quan" where the name prints its marks ("CHI CỤC HẢI QUAN KHU VỰC VIII"), issue 9 after h42. Every case is
invented."""

from __future__ import annotations

from directive_extract.stages.agencies.canonical import canonical_upper_name

from .test_agency_forms import PROVINCE, _leads, mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    ("Phối hợp với Bộ đội Biên phòng, Công an, Quản lý thị trường, Cảnh sát biển tuần tra.",
     ["Bộ đội Biên phòng", "Công an", "Quản lý thị trường", "Cảnh sát biển"]),
    ("Phối hợp với các đơn vị có liên quan (Kiểm lâm, Công an, Quân đội) bảo vệ rừng.",
     ["Kiểm lâm", "Công an", "Quân đội"]),
    # the police's branches are forces; a word in small letters of a force's name is no force ("Trường" is a school)
    ("Phối hợp với lực lượng Công an, Cảnh sát giao thông, Cảnh sát cơ động tuần tra.",
     ["Công an", "Cảnh sát giao thông", "Cảnh sát cơ động"]),
    ("Phối hợp với lực lượng Công an, Trường Tiểu học Kim Đồng tổ chức diễn tập.", ["Công an", "Trường Tiểu học Kim Đồng"]),
    # the transport sector's inspectorates are forces a sentence names after "lực lượng"
    ("Sở Xây dựng chỉ đạo lực lượng Thanh tra giao thông và Thanh tra đường sắt kiểm tra.",
     ["Sở Xây dựng", "Thanh tra giao thông", "Thanh tra đường sắt"]),
    # a force with its level is the gazetteer's body, as before
    ("Phối hợp với Bộ đội Biên phòng tỉnh, Công an tỉnh tuần tra.", ["Bộ đội Biên phòng tỉnh", "Công an tỉnh"]),
]
ROLES = [
    ("1. Phối hợp với Bộ đội Biên phòng, Công an, Quản lý thị trường kiểm soát hàng hóa.",
     [("Bộ đội Biên phòng", "coordinate"), ("Công an", "coordinate"), ("Quản lý thị trường", "coordinate")]),
    ("1. Phối hợp với các lực lượng chức năng (Hải quan, Quản lý thị trường) kiểm soát hàng hóa.",
     [("Hải quan", "coordinate"), ("Quản lý thị trường", "coordinate")]),
    ("1. Phối hợp với các đơn vị nghiệp vụ Cục Quản lý thị trường tỉnh kiểm tra hàng hóa.",
     [("Cục Quản lý thị trường tỉnh", "coordinate")]),
]
CAPITALS = [
    ("CHI CỤC HẢI QUAN KHU VỰC VIII", "Chi cục Hải quan khu vực VIII"),
    ("KHU QUẢN LÝ ĐƯỜNG BỘ IV", "Khu Quản lý đường bộ IV"),
    ("UBND TINH HA GIANG", "Ủy ban nhân dân tỉnh Hà Giang"),  # printed without marks: "TINH" is "tỉnh"
    ("CÔNG TY CỔ PHẦN XI MĂNG", "Công ty cổ phần Xi măng"),  # no numeral at its end
]
# fmt: on


def test_forces_listed_without_their_collective_word() -> None:
    check_table(MENTIONS, mention_names)


def test_the_forces_and_units_take_the_role_of_the_words_before_them() -> None:
    check_table(ROLES, lambda items: _leads(PROVINCE + "II. NHIỆM VỤ\n", items))


def test_a_name_in_capitals_keeps_its_numeral_and_its_words() -> None:
    check_table(CAPITALS, canonical_upper_name)


def test_the_coast_guard_force_and_its_command_are_two_bodies() -> None:
    # Luật Cảnh sát biển Việt Nam (33/2018/QH14, Điều 3): "Cảnh sát biển Việt Nam" is the force, a people's armed force;
    # its command is "Bộ Tư lệnh Cảnh sát biển" (the gazetteer's source csb, org-bo)
    from directive_extract import extract

    letter = (
        "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 12/CĐ-TTg\nHà Nội, ngày 2 tháng 9 năm 2027\n\nKính gửi: Các Bộ, ngành\n\n"
        "1. Cảnh sát biển Việt Nam tăng cường tuần tra trên các vùng biển.\n\n"
        "2. Bộ Tư lệnh Cảnh sát biển Việt Nam chỉ đạo các Vùng Cảnh sát biển sẵn sàng lực lượng.\n"
    )
    tasks = extract(letter).tasks
    assert [a.name for a in tasks[0].agencies] == ["Cảnh sát biển"]
    assert [a.name for a in tasks[1].agencies][:1] == ["Bộ Tư lệnh Cảnh sát biển"]
