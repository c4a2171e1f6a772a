"""Name forms the sealed set h7 left unproduced (issue 9, round 3): Decree 30's open list of type words not yet in
the grammar's data (state groups, the armed forces' units, forest ranger posts), the Border Guard's stations named
by their line, a command board whose field lists its tasks with commas, dashes and "và" up to its level word, the
abbreviated city level printed with its period ("UBND TP. Hải Phòng"), a joint-stock company's "Công ty CP".
Every case is invented: other provinces, other units, other bodies; each failed before this round."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

_DATE_AND_TITLE = "Số: 41/KH-UBND\nPhú Yên, ngày 3 tháng 9 năm 2024\nKẾ HOẠCH\nỨng phó bão\n\n1. "
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n"


def _task_agencies(sentence: str) -> list[tuple[str, str]]:
    notice = extract(PROVINCE + _DATE_AND_TITLE + sentence + "\n")
    return [(a.text, a.name) for a in notice.tasks[0].agencies] if notice.tasks else []


# (sentence, [(printed, name)]). The forms (Decree 30/2020 Appendix I; the Law on National Defence's units):
# "Tập đoàn <Name>" (a state or private group, its name capitalized); the armed forces' units "Quân chủng <Field>",
# "Binh chủng <Field>", and those named by their number alone ("Binh đoàn 12", "Sư đoàn 312", "Trung đoàn 48")
# or by field and number ("Lữ đoàn Công binh 249"); "Hạt Kiểm lâm <level> <place>"; a directive verb ("điều
# động", "huy động", "sẵn sàng", "hỗ trợ") ends the name; a field's two terms joined by a hyphen printed without
# spaces ("Phòng không-Không quân") are one field, the name printing the hyphen spaced.
# fmt: off
TYPE_WORDS = [
    ("Tập đoàn Công nghiệp Cao su Việt Nam phối hợp trồng rừng.",
     [("Tập đoàn Công nghiệp Cao su Việt Nam", "Tập đoàn Công nghiệp Cao su Việt Nam")]),
    ("Tập đoàn Sao Mai hỗ trợ kinh phí.", [("Tập đoàn Sao Mai", "Tập đoàn Sao Mai")]),
    ("Tập đoàn Hoàng Long - Công ty CP chịu trách nhiệm di dời công trình.",
     [("Tập đoàn Hoàng Long - Công ty CP", "Tập đoàn Hoàng Long - Công ty cổ phần")]),
    ("Quân chủng Hải quân điều động tàu.", [("Quân chủng Hải quân", "Quân chủng Hải quân")]),
    ("Quân chủng Phòng không-Không quân sẵn sàng trực thăng cứu hộ.",
     [("Quân chủng Phòng không-Không quân", "Quân chủng Phòng không - Không quân")]),
    ("Binh chủng Công binh bảo đảm cầu phao.", [("Binh chủng Công binh", "Binh chủng Công binh")]),
    ("Binh đoàn 12 phối hợp khắc phục hậu quả.", [("Binh đoàn 12", "Binh đoàn 12")]),
    ("Sư đoàn 312 huy động bộ đội giúp dân.", [("Sư đoàn 312", "Sư đoàn 312")]),
    ("Quân đoàn 3 chuẩn bị lực lượng.", [("Quân đoàn 3", "Quân đoàn 3")]),
    ("Trung đoàn 48 phối hợp sơ tán dân.", [("Trung đoàn 48", "Trung đoàn 48")]),
    ("Lữ đoàn Công binh 249 bảo đảm cầu phao.", [("Lữ đoàn Công binh 249", "Lữ đoàn Công binh 249")]),
    ("Hạt Kiểm lâm huyện Đắk Mil tuần tra rừng.",
     [("Hạt Kiểm lâm huyện Đắk Mil", "Hạt Kiểm lâm huyện Đắk Mil")]),
]
# fmt: on


def test_type_words_of_groups_units_and_ranger_posts() -> None:
    check_table(TYPE_WORDS, _task_agencies)


# (sentence, [(printed, name)]). The forms: the Border Guard's stations as a class by their line ("các Đồn Biên
# phòng tuyến biển", "tuyến biên giới đất liền") and a border gate port's station ("Đồn Biên phòng cửa khẩu cảng
# <Place>"); "tuyến biển" elsewhere names no body.
# fmt: off
BORDER_STATIONS = [
    ("Các Đồn Biên phòng tuyến biển thông báo cho ngư dân.",
     [("Đồn Biên phòng tuyến biển", "Đồn Biên phòng tuyến biển")]),
    ("Các Đồn Biên phòng tuyến biên giới đất liền tăng cường tuần tra.",
     [("Đồn Biên phòng tuyến biên giới đất liền", "Đồn Biên phòng tuyến biên giới đất liền")]),
    ("Đồn Biên phòng cửa khẩu cảng Nha Trang kiểm tra tàu.",
     [("Đồn Biên phòng cửa khẩu cảng Nha Trang", "Đồn Biên phòng cửa khẩu cảng Nha Trang")]),
    ("Sở Y tế tuyên truyền trên tuyến biển.", [("Sở Y tế", "Sở Y tế")]),
]
# fmt: on


def test_border_guard_stations_by_their_line() -> None:
    check_table(BORDER_STATIONS, _task_agencies)


# (sentence, [(printed, name)]). The form: a board set up for tasks (Ban Chỉ huy, Ban Chỉ đạo) whose field lists
# them, joined by commas, spaced dashes and "và", in sentence or title case, stays whole up to its level word
# (or "TP"); a list that goes on to another body ("Sở Y tế", "Công an", "UBND") is no field of it.
# fmt: off
COMMAND_BOARDS = [
    ("Ban Chỉ huy phòng thủ dân sự - phòng, chống thiên tai và tìm kiếm cứu nạn huyện theo dõi tình hình.",
     [("Ban Chỉ huy phòng thủ dân sự - phòng, chống thiên tai và tìm kiếm cứu nạn huyện",
       "Ban Chỉ huy phòng thủ dân sự - phòng, chống thiên tai và tìm kiếm cứu nạn huyện")]),
    ("Ban Chỉ huy Tìm kiếm cứu nạn, Phòng thủ dân sự và Phòng chống thiên tai xã kiểm tra đê bao.",
     [("Ban Chỉ huy Tìm kiếm cứu nạn, Phòng thủ dân sự và Phòng chống thiên tai xã",
       "Ban Chỉ huy Tìm kiếm cứu nạn, Phòng thủ dân sự và Phòng chống thiên tai xã")]),
    ("Ban Chỉ huy Phòng thủ dân sự, Tìm kiếm cứu nạn và Phòng chống thiên tai TP Cần Thơ kiểm tra đê bao.",
     [("Ban Chỉ huy Phòng thủ dân sự, Tìm kiếm cứu nạn và Phòng chống thiên tai TP Cần Thơ",
       "Ban Chỉ huy Phòng thủ dân sự, Tìm kiếm cứu nạn và Phòng chống thiên tai thành phố Cần Thơ")]),
    ("Ban Chỉ đạo phòng chống thiên tai, Sở Xây dựng và UBND các huyện rà soát đê kè.",
     [("Ban Chỉ đạo phòng chống thiên tai", "Ban Chỉ đạo phòng chống thiên tai"), ("Sở Xây dựng", "Sở Xây dựng"),
      ("UBND các huyện", "Ủy ban nhân dân cấp huyện")]),
    ("Ban Chỉ đạo Chuyển đổi số, Sở Nội vụ tỉnh theo dõi.",
     [("Ban Chỉ đạo Chuyển đổi số", "Ban Chỉ đạo Chuyển đổi số"), ("Sở Nội vụ tỉnh", "Sở Nội vụ tỉnh")]),
]
# fmt: on


def test_command_boards_whose_field_lists_their_tasks() -> None:
    check_table(COMMAND_BOARDS, _task_agencies)


# (sentence, [(printed, name)]). The form: "TP." (the city level abbreviated, with its period) then the city's
# name, spaced or glued to the period; "TP." that ends the sentence keeps no name after it.
# fmt: off
CITY_WITH_PERIOD = [
    ("UBND TP. Cần Thơ chỉ đạo các phòng chuyên môn.",
     [("UBND TP. Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ")]),
    ("Giao UBND TP.Đà Nẵng bố trí bãi tập kết vật liệu.",  # the city's name glued to the period
     [("UBND TP.Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng")]),
    ("Sở Xây dựng trình UBND TP. Đồng thời rà soát kinh phí.",
     [("Sở Xây dựng", "Sở Xây dựng"), ("UBND TP", "Ủy ban nhân dân thành phố")]),
]
# fmt: on


def test_city_level_abbreviated_with_its_period() -> None:
    check_table(CITY_WITH_PERIOD, _task_agencies)
