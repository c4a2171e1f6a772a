"""Bodies named at every level, of the localities, or as a force (issue 9, round 2).

Forms (SCHEMA "Agencies": a list that shares its head or level gives one agency per member, full name each;
sector nouns used as actors; ANNOTATING class names):
- "các cấp" after the last body of a list is every member's: "Tòa án, Viện kiểm sát các cấp" ->
  `Tòa án nhân dân các cấp`, `Viện kiểm sát nhân dân các cấp`; a class there ("các đoàn thể … các cấp")
  keeps its level to itself;
- "các cơ quan" before heads printed bare names every body of those kinds ("phối hợp với các cơ quan Tòa
  án, Viện kiểm sát"), and "(các) cơ quan", "(các) lực lượng" before a body are no words of the role cue;
- a kind's bodies of the ministry's units and the localities, "công an các đơn vị, địa phương", and of the
  localities, "công an địa phương": the class as printed;
- a lower-case body a directive verb names as a force ("đề nghị lực lượng công an tỉnh");
- a class keeps the type word printed: "Ban Chỉ huy Quân sự các huyện" is the districts' Ban, not the
  province's Bộ Chỉ huy;
- in a news report, a class takes the level word of the body speaking in its sentence: "thành phố" for a
  centrally-run city's ("Chủ tịch UBND TP. Hồ Chí Minh yêu cầu các sở, ban, ngành …", the stop of "TP." no
  sentence end).
Not bodies: "lực lượng công an" with no level (a trade, as gold writes it), "người dân", "các hộ gia đình",
"các đơn vị, địa phương" alone (generic actors). Every case is invented (other provinces, sentences and
bodies than any corpus document); each table collects every failing row and fails once.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.tables import iter_tasks

from .test_recognizers import check_table

PROVINCE_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 27/KH-UBND\n\nNinh Thuận, ngày 3 tháng 4 năm 2024\n\n"
    "KẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n\nI. NHIỆM VỤ\n"
)


def _agencies(item: str) -> list[tuple[str, str | None]]:
    plan = extract(PROVINCE_PLAN + "1. " + item + "\n")
    return [(a.name, a.role) for task, _parent, _top, _depth in iter_tasks(plan.tasks) for a in task.agencies]


# fmt: off
EVERY_LEVEL = [
    # the short forms of the court and the procuracy, "các cấp" after the last
    ("Đề nghị Tòa án, Viện kiểm sát các cấp ưu tiên xét xử các tranh chấp đất rừng.",
     [("Tòa án nhân dân các cấp", "lead"), ("Viện kiểm sát nhân dân các cấp", "lead")]),
    # a head awaiting its place before a body named at every level
    ("Yêu cầu Công an, Ủy ban nhân dân các cấp xử lý dứt điểm việc lấn chiếm vỉa hè.",
     [("Công an các cấp", "lead"), ("Ủy ban nhân dân các cấp", "lead")]),
    ("Giao Công an, Viện kiểm sát nhân dân các cấp thụ lý kịp thời các tin báo về tội phạm.",
     [("Công an các cấp", "lead"), ("Viện kiểm sát nhân dân các cấp", "lead")]),
    # a short form with its level printed
    ("Đề nghị Tòa án tỉnh mở phiên tòa lưu động tại các xã vùng cao.", [("Tòa án nhân dân tỉnh", "lead")]),
    # "các cơ quan" before the heads: every body of those kinds, the partners of the lead
    ("Ban Tiếp công dân tỉnh chủ trì, phối hợp với các cơ quan Tòa án, Viện kiểm sát đối chiếu hồ sơ khiếu nại.",
     [("Ban Tiếp công dân tỉnh", "lead"), ("Tòa án nhân dân các cấp", "coordinate"),
      ("Viện kiểm sát nhân dân các cấp", "coordinate")]),
    # "cơ quan" in apposition before a body printed with its level
    ("Sở Xây dựng chủ trì, phối hợp với cơ quan Công an tỉnh lập chốt cân tải trọng xe.",
     [("Sở Xây dựng", "lead"), ("Công an tỉnh", "coordinate")]),
]

LOCALITIES_AND_FORCES = [
    # the police of the ministry's units and of the localities, lower case after a directive verb
    ("Đề nghị Công an tỉnh yêu cầu công an các đơn vị, địa phương thống kê người nước ngoài tạm trú.",
     [("Công an tỉnh", "lead"), ("Công an các đơn vị, địa phương", "lead")]),
    # the localities' police named as a force
    ("Yêu cầu lực lượng công an địa phương bảo vệ an toàn các điểm bỏ phiếu.",
     [("Công an địa phương", "lead")]),
    # lower-case bodies with their level after "yêu cầu lực lượng"
    ("Đề nghị lực lượng công an tỉnh, ban chỉ huy quân sự tỉnh bố trí người trực tại các bến đò.",
     [("Công an tỉnh", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "lead")]),
    # the districts' military commands: the type word printed is kept
    ("Giao Ban Chỉ huy Quân sự các huyện rà soát quân số dự bị động viên.",
     [("Ban Chỉ huy Quân sự cấp huyện", "lead")]),
    ("Đề nghị Ban chỉ huy quân sự địa phương cử người canh gác các ngầm tràn.",
     [("Ban Chỉ huy Quân sự địa phương", "lead")]),
    # a body in lower case named by its head after the verb
    ("Giao trách nhiệm cho trưởng công an xã, phường, thị trấn kiểm tra các quán karaoke.",
     [("Công an cấp xã", "lead")]),
    ("Yêu cầu giám đốc công an tỉnh chỉ đạo xử lý dứt điểm.", [("Công an tỉnh", "lead")]),
    # no bodies: a force with no level, people, households, the localities at large
    ("Huy động lực lượng công an hỗ trợ phân luồng tại các nút giao.", []),
    ("Vận động người dân, các hộ gia đình dọn vệ sinh kênh mương.", []),
    ("Giao các đơn vị, địa phương kiểm kê ngay kho vật tư dự phòng.", []),
]
# fmt: on


def test_a_level_printed_after_a_list_or_every_body_of_a_kind_names_each_member() -> None:
    check_table(EVERY_LEVEL, _agencies)


def test_bodies_of_the_localities_and_forces_a_verb_names() -> None:
    check_table(LOCALITIES_AND_FORCES, _agencies)


def test_a_class_at_every_level_keeps_its_level_to_itself() -> None:
    found = _agencies(
        "Giao Ủy ban Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội các cấp vận động hội viên."
    )
    assert ("Các đoàn thể chính trị - xã hội", "lead") in found
    assert not any(name.startswith("Ủy ban Mặt trận") and name.endswith("các cấp") for name, _ in found), found


NEWS_REPORT = (
    "Nhiều nơi gia cố đê trước đợt triều cường\n\nThứ Hai, 12/08/2025 - 10:15\n\n"
    "Theo ghi nhận, nước sông lên nhanh từ chiều qua.\n\n"
)


def _news_classes(sentence: str) -> list[str]:
    report = extract(NEWS_REPORT + sentence + "\n")
    return [a.name for task in report.tasks for a in task.agencies if a.name.startswith("Các ")]


# fmt: off
CITY_SPEAKS = [
    # a centrally-run city named after "thành phố": its departments are the city's
    ("Chủ tịch UBND thành phố Hải Phòng yêu cầu các sở, ban, ngành rà soát ngay các cần trục trên công trường.",
     ["Các sở, ban, ngành thành phố"]),
    ("UBND TP Cần Thơ vừa yêu cầu các sở, ngành gia cố đê bao trước mùa lũ.",
     ["Các sở, ban, ngành thành phố"]),
    # "TP." with its full stop: an abbreviation, not the end of the sentence
    ("Chủ tịch UBND TP. Hồ Chí Minh yêu cầu các sở, ban, ngành khơi thông cống thoát nước.",
     ["Các sở, ban, ngành thành phố"]),
    # "thành phố" with no name, speaking to "các sở": only a centrally-run city has them
    ("Giám đốc Công an thành phố yêu cầu các sở, ban, ngành bảo đảm an ninh tại các lễ hội.",
     ["Các sở, ban, ngành thành phố"]),
    # a province speaks; a city named earlier in the sentence is no speaker
    ("Chủ tịch UBND tỉnh Nghệ An giao các sở, ban, ngành kiểm đếm thiệt hại sau đợt lũ.",
     ["Các sở, ban, ngành tỉnh"]),
    ("Tại TP Cần Thơ, UBND tỉnh Hậu Giang giao các sở, ban, ngành cung cấp số liệu.",
     ["Các sở, ban, ngành tỉnh"]),
]
# fmt: on


def test_in_a_news_report_a_class_takes_the_level_word_of_the_city_speaking() -> None:
    check_table(CITY_SPEAKS, _news_classes)


# fmt: off
PLACES_AS_ACTORS = [
    # an island district: "đảo" between the level and the name
    ("Giao huyện đảo Lý Sơn dự trữ lương thực cho người dân trên đảo.", [("Ủy ban nhân dân huyện Lý Sơn", "lead")]),
    ("Huyện đảo Bạch Long Vĩ khẩn trương kêu gọi tàu thuyền về nơi trú ẩn.",
     [("Ủy ban nhân dân huyện Bạch Long Vĩ", "lead")]),
    # one level in the plural with the kind of land, opening a clause after ";" or named by "giao": those
    # localities, the kind kept (ANNOTATING, classes of localities with a feature)
    ("Sở Tài nguyên và Môi trường quan trắc mực nước biển; các xã ven sông và huyện đảo Cô Tô phối hợp với Bộ "
     "đội Biên phòng đưa tàu thuyền vào nơi neo đậu.",
     [("Sở Tài nguyên và Môi trường", "lead"), ("Ủy ban nhân dân các xã ven sông", "lead"),
      ("Ủy ban nhân dân huyện Cô Tô", "lead"), ("Bộ đội Biên phòng", "coordinate")]),
    ("Giao các xã biên giới phối hợp với Đồn Biên phòng tuần tra đường mòn, lối mở.",
     [("Ủy ban nhân dân các xã biên giới", "lead"), ("Đồn Biên phòng", "coordinate")]),
    # locations: no actor
    ("Bố trí nơi tạm trú cho dân tại các huyện miền núi và huyện đảo Cô Tô.", []),
    ("Hỗ trợ người dân các xã vùng sâu, vùng xa ổn định cuộc sống.", []),
]
# fmt: on


def test_island_districts_and_levels_named_by_their_land_as_actors() -> None:
    check_table(PLACES_AS_ACTORS, _agencies)
