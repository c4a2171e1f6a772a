"""The people's committees named by the levels of government they sit at (issue 9, SCHEMA "Agencies": a list that
shares its head gives one agency per member): "UBND cấp huyện, xã" and "chính quyền cấp tỉnh, huyện và xã" name
the committee at each level printed; "chính quyền cấp X" is the committee at that level ("chính quyền" is the
local government's executive); "xã hội" after a level is no level. And a name ends before "lãnh đạo", the verb a
Party board leads with ("Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo …"), where a field still holds it in small
letters ("Trường Bồi dưỡng cán bộ lãnh đạo tỉnh"). Every case is invented."""

from __future__ import annotations

from directive_extract import extract

from .test_agency_every_level_forms import _agencies
from .test_recognizers import check_table

PROVINCE = "Ủy ban nhân dân tỉnh"
DISTRICT = "Ủy ban nhân dân cấp huyện"

# fmt: off
LEVEL_LISTS = [
    ("Giao chính quyền cấp huyện, cấp xã rà soát hộ nghèo trước ngày 30/6.",
     [("Ủy ban nhân dân cấp huyện", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    ("Đề nghị UBND cấp huyện, xã tiếp tục rà soát các công trình thủy lợi xuống cấp.",
     [("Ủy ban nhân dân cấp huyện", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    ("Yêu cầu chính quyền cấp tỉnh, huyện và xã niêm yết công khai thủ tục hành chính.",
     [("Ủy ban nhân dân cấp tỉnh", "lead"), ("Ủy ban nhân dân cấp huyện", "lead"),
      ("Ủy ban nhân dân cấp xã", "lead")]),
    ("Giao chính quyền cấp xã lập danh sách hộ có nhà tạm.",
     [("Ủy ban nhân dân cấp xã", "lead")]),
    ("Giao UBND cấp xã, xã hội hóa nguồn lực sửa chữa nhà văn hóa.",
     [("Ủy ban nhân dân cấp xã", "lead")]),
    ("Giao Trường Bồi dưỡng cán bộ lãnh đạo tỉnh mở lớp bồi dưỡng.",
     [("Trường Bồi dưỡng cán bộ lãnh đạo tỉnh", "lead")]),
]
# fmt: on


def test_committees_named_by_their_levels_and_a_board_that_leads() -> None:
    check_table(LEVEL_LISTS, _agencies)


def test_a_board_s_name_ends_before_the_verb_it_leads_with() -> None:
    # the board's level is read from the document; the name never takes the verb
    names = [name for name, _ in _agencies("Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo tổ chức đại hội chi bộ.")]
    assert len(names) == 1 and names[0].startswith("Ban Thường vụ Đảng ủy") and "lãnh đạo" not in names[0], names


def test_a_list_closed_by_a_generic_member_still_leads() -> None:
    # "… và các đơn vị liên quan" names no body; the verb after it is the named bodies' as well
    letter = (
        "Ban Chỉ huy Phòng thủ dân sự tỉnh đề nghị:\n\n"
        "Các đơn vị quân đội, các sở, ban, ngành, UBND các xã, phường và các đơn vị liên quan tiếp tục rà soát các "
        "hồ chứa xung yếu.\n\n"
        "Sở Nông nghiệp và Môi trường, các cơ quan, đơn vị có liên quan chủ động kiểm tra các tuyến đê.\n"
    )
    found = [[(a.name, a.role) for a in task.agencies] for task in extract(letter).tasks]
    assert found == [
        [("Các sở, ban, ngành tỉnh", "lead"), ("Ủy ban nhân dân cấp xã", "lead")],
        [("Sở Nông nghiệp và Môi trường", "lead")],
    ], found


# fmt: off
LIST_ENDS = [
    # a list of examples ends with an ellipsis before its verb
    ("Các đơn vị giải ngân thấp gồm Sở Giao thông vận tải, Sở Y tế… cần rà soát lại kế hoạch giải ngân.",
     [("Sở Giao thông vận tải", "lead"), ("Sở Y tế", "lead")]),
    ("Các đơn vị chậm tiến độ như Sở Xây dựng, Sở Công Thương... phải báo cáo giải trình.",
     [("Sở Xây dựng", "lead"), ("Sở Công Thương", "lead")]),
    # "đã" in a condition whose consequence the bodies must draw; a deed done names no actor
    ("Sở Tài chính, Sở Nội vụ đã trễ hạn thì phải báo cáo, giải trình với UBND tỉnh.",
     [("Sở Tài chính", "lead"), ("Sở Nội vụ", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("Sở Tài chính đã ban hành hướng dẫn thanh toán.", []),
]
# fmt: on


def test_a_list_ended_by_an_ellipsis_and_a_past_in_a_condition() -> None:
    check_table(LIST_ENDS, _agencies)


def test_the_provinces_secretaries_and_chairmen_are_their_party_committees_and_peoples_committees() -> None:
    # the "Bí thư và Chủ tịch UBND các tỉnh": each office of the class names its body's class
    for item in (
        "Yêu cầu Bí thư và Chủ tịch các tỉnh, thành tăng tốc khắc phục hậu quả bão.",
        "Đề nghị Bí thư, Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát nhà tạm.",
    ):
        assert _agencies(item) == [("Tỉnh ủy, thành ủy", "lead"), ("Ủy ban nhân dân cấp tỉnh", "lead")], item


# a count of the units of a level names every unit's committee ("UBND 11 phường", "Chủ tịch UBND 9 huyện, thành
# phố"), not when their names follow ("UBND 3 xã: …", a shared head of its own)
# fmt: off
COUNTED_UNITS = [
    ("Giao UBND 15 xã, thị trấn rà soát hộ nghèo trước ngày 30/6.", [("Ủy ban nhân dân cấp xã", "lead")]),
    ("Các phòng chuyên môn và Ủy ban nhân dân 11 phường tổ chức tuyên truyền.",
     [("Ủy ban nhân dân cấp xã", "lead")]),
    ("Chủ tịch UBND 9 huyện, thành phố chỉ đạo kiểm tra các hồ chứa.", [("Ủy ban nhân dân cấp huyện", "lead")]),
]
# fmt: on


def test_a_count_of_a_level_s_units_names_their_committees() -> None:
    check_table(COUNTED_UNITS, _agencies)


def test_a_class_with_no_header_takes_the_level_word_its_speaker_prints() -> None:
    # no header: the body that speaks says the level, and the word it prints ("quận", not "huyện") names the class
    text = (
        "Chỉ thị về việc phòng, chống tác hại của thuốc lá.\n"
        "Ủy ban nhân dân quận yêu cầu các phòng, ban, ngành thực hiện các nội dung sau:\n"
        "1. Các phòng, ban, ngành, đoàn thể xây dựng kế hoạch của ngành mình.\n"
    )
    found = [(a.name, a.role) for task in extract(text).tasks for a in task.agencies]
    assert ("Các phòng, ban, ngành, đoàn thể quận", "lead") in found, found


# a district's governments and party committees named by their places' level ("chính quyền các huyện, thị xã" is the
# committees, as "chính quyền cấp huyện" is; "cấp ủy các huyện" the party committees; "cấp ủy, chính quyền các
# huyện" both); "cấp ủy, chính quyền" with no level names no one
# fmt: off
GOVERNMENTS_OF_PLACES = [
    ("Chính quyền các huyện, thị xã xây dựng phương án bảo vệ mục tiêu trọng yếu.",
     [("Ủy ban nhân dân cấp huyện", "lead")]),
    ("Cấp ủy các huyện, thành phố lãnh đạo công tác bảo đảm an ninh.", [("Huyện ủy, thành ủy, thị ủy", "lead")]),
    ("Cấp ủy, chính quyền các huyện, thị xã chủ động huy động lực lượng quần chúng.",
     [("Huyện ủy, thành ủy, thị ủy", "lead"), ("Ủy ban nhân dân cấp huyện", "lead")]),
    ("Nâng cao trách nhiệm của cấp ủy, chính quyền trong giữ gìn an ninh.", []),
]
# fmt: on


def test_the_governments_and_party_committees_of_a_level_s_places() -> None:
    check_table(GOVERNMENTS_OF_PLACES, _agencies)
