"""Bodies named at every level, of the localities, or as a force (issue 9, round 2).

Forms (SCHEMA "Agencies": a list that shares its head or level gives one agency per member, full name each;
sector nouns used as actors; ANNOTATING class names):
- "các cấp" after the last body of a list is every member's: "Viện kiểm sát, Tòa án các cấp" ->
  `Viện kiểm sát nhân dân các cấp`, `Tòa án nhân dân các cấp`; a class there ("các đoàn thể … các cấp")
  keeps its level to itself;
- "các cơ quan" before heads printed bare names every body of those kinds ("phối hợp với các cơ quan Viện
  kiểm sát, Tòa án"), and "(các) cơ quan", "(các) lực lượng" before a body are no words of the role cue;
- a kind's bodies of the ministry's units and the localities, "công an các đơn vị, địa phương", and of the
  localities, "công an địa phương": the class as printed;
- a lower-case body a directive verb names as a force ("yêu cầu lực lượng công an tỉnh");
- a class keeps the type word printed: "Ban Chỉ huy Quân sự các huyện" is the districts' Ban, not the
  province's Bộ Chỉ huy.
Not bodies: "lực lượng công an" with no level (a trade, as gold writes it), "người dân", "các hộ gia đình",
"các đơn vị, địa phương" alone (generic actors). Every case is invented (other provinces, sentences and
bodies than any corpus document); each table collects every failing row and fails once.
"""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

PROVINCE_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 27/KH-UBND\n\nNinh Thuận, ngày 3 tháng 4 năm 2024\n\n"
    "KẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n\nI. NHIỆM VỤ\n"
)


def _agencies(item: str) -> list[tuple[str, str | None]]:
    plan = extract(PROVINCE_PLAN + "1. " + item + "\n")
    found: list[tuple[str, str | None]] = []

    def walk(tasks) -> None:
        for task in tasks:
            found.extend((a.name, a.role) for a in task.agencies)
            walk(task.subtasks)

    walk(plan.tasks)
    return found


# fmt: off
EVERY_LEVEL = [
    # the short forms of the court and the procuracy, "các cấp" after the last
    ("Đề nghị Viện kiểm sát, Tòa án các cấp đẩy nhanh việc xét xử các vụ án về buôn lậu.",
     [("Viện kiểm sát nhân dân các cấp", "lead"), ("Tòa án nhân dân các cấp", "lead")]),
    # a head awaiting its place before a body named at every level
    ("Giao Công an, Ủy ban nhân dân các cấp kiểm tra việc chấp hành lệnh cấm biển.",
     [("Công an các cấp", "lead"), ("Ủy ban nhân dân các cấp", "lead")]),
    ("Giao Công an, Viện kiểm sát nhân dân các cấp xử lý các vụ việc phát sinh.",
     [("Công an các cấp", "lead"), ("Viện kiểm sát nhân dân các cấp", "lead")]),
    # a short form with its level printed
    ("Đề nghị Tòa án tỉnh đưa vụ án ra xét xử lưu động.", [("Tòa án nhân dân tỉnh", "lead")]),
    # "các cơ quan" before the heads: every body of those kinds, the partners of the lead
    ("Sở Tư pháp chủ trì, phối hợp với các cơ quan Viện kiểm sát, Tòa án rà soát các bản án chưa thi hành.",
     [("Sở Tư pháp", "lead"), ("Viện kiểm sát nhân dân các cấp", "coordinate"),
      ("Tòa án nhân dân các cấp", "coordinate")]),
    # "cơ quan" in apposition before a body printed with its level
    ("Sở Công Thương chủ trì, phối hợp với cơ quan Công an tỉnh kiểm tra các cửa hàng xăng dầu.",
     [("Sở Công Thương", "lead"), ("Công an tỉnh", "coordinate")]),
]

LOCALITIES_AND_FORCES = [
    # the police of the ministry's units and of the localities, lower case after a directive verb
    ("Giao Công an tỉnh chỉ đạo công an các đơn vị, địa phương tăng cường tuần tra ban đêm.",
     [("Công an tỉnh", "lead"), ("Công an các đơn vị, địa phương", "lead")]),
    # the localities' police named as a force
    ("Chỉ đạo lực lượng công an địa phương chủ động nắm tình hình trên tuyến biên giới.",
     [("Công an địa phương", "lead")]),
    # lower-case bodies with their level after "yêu cầu lực lượng"
    ("Yêu cầu lực lượng công an tỉnh, ban chỉ huy quân sự tỉnh sẵn sàng phương án cứu hộ.",
     [("Công an tỉnh", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "lead")]),
    # the districts' military commands: the type word printed is kept
    ("Giao Ban Chỉ huy Quân sự các huyện tổ chức huấn luyện dân quân.",
     [("Ban Chỉ huy Quân sự cấp huyện", "lead")]),
    ("Chỉ đạo Ban chỉ huy quân sự địa phương phối hợp tìm kiếm cứu nạn.",
     [("Ban Chỉ huy Quân sự địa phương", "lead")]),
    # no bodies: a force with no level, people, households, the localities at large
    ("Phối hợp với lực lượng công an giải tỏa các điểm ùn tắc.", []),
    ("Yêu cầu người dân, các hộ gia đình chằng chống nhà cửa.", []),
    ("Yêu cầu các đơn vị, địa phương triển khai ngay phương án sơ tán.", []),
]
# fmt: on


def test_a_level_printed_after_a_list_or_every_body_of_a_kind_names_each_member() -> None:
    check_table(EVERY_LEVEL, _agencies)


def test_bodies_of_the_localities_and_forces_a_verb_names() -> None:
    check_table(LOCALITIES_AND_FORCES, _agencies)


def test_a_class_at_every_level_keeps_its_level_to_itself() -> None:
    found = _agencies("Giao Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội các cấp tuyên truyền.")
    assert ("Các đoàn thể chính trị - xã hội", "lead") in found
    assert not any(name.startswith("Ủy ban Mặt trận") and name.endswith("các cấp") for name, _ in found), found


NEWS_REPORT = (
    "Các địa phương ứng phó với bão số 5\n\nThứ Hai, 12/08/2025 - 10:15\n\n"
    "Theo ghi nhận, mưa lớn kéo dài nhiều ngày.\n\n"
)


def _news_classes(sentence: str) -> list[str]:
    report = extract(NEWS_REPORT + sentence + "\n")
    return [a.name for task in report.tasks for a in task.agencies if a.name.startswith("Các ")]


# fmt: off
CITY_SPEAKS = [
    # a centrally-run city named after "thành phố": its departments are the city's
    ("Chủ tịch UBND thành phố Hải Phòng đề nghị các sở, ban, ngành chủ động theo dõi sát diễn biến của bão.",
     ["Các sở, ban, ngành thành phố"]),
    ("Ban Chỉ huy phòng thủ dân sự TP Cần Thơ yêu cầu các sở, ngành kiểm tra hệ thống đê bao.",
     ["Các sở, ban, ngành thành phố"]),
    # "thành phố" with no name, speaking to "các sở": only a centrally-run city has them
    ("Trưởng Ban Chỉ huy phòng thủ dân sự thành phố đề nghị các sở, ban, ngành chủ động theo dõi diễn biến.",
     ["Các sở, ban, ngành thành phố"]),
    # a province speaks; a city named earlier in the sentence is no speaker
    ("Chủ tịch UBND tỉnh Nghệ An đề nghị các sở, ban, ngành chủ động theo dõi sát diễn biến của bão.",
     ["Các sở, ban, ngành tỉnh"]),
    ("Tại TP Cần Thơ, UBND tỉnh Hậu Giang đề nghị các sở, ban, ngành chủ động theo dõi.",
     ["Các sở, ban, ngành tỉnh"]),
]
# fmt: on


def test_in_a_news_report_a_class_takes_the_level_word_of_the_city_speaking() -> None:
    check_table(CITY_SPEAKS, _news_classes)


# fmt: off
PLACES_AS_ACTORS = [
    # an island district: "đảo" between the level and the name
    ("Giao huyện đảo Lý Sơn chuẩn bị lực lượng, phương tiện cứu hộ.", [("Ủy ban nhân dân huyện Lý Sơn", "lead")]),
    ("Huyện đảo Bạch Long Vĩ khẩn trương kêu gọi tàu thuyền về nơi trú ẩn.",
     [("Ủy ban nhân dân huyện Bạch Long Vĩ", "lead")]),
    # one level in the plural with the kind of land, opening a clause after ";" or named by "giao"
    ("Sở Nông nghiệp và Phát triển nông thôn theo dõi sát diễn biến; các huyện ven biển và huyện đảo Cô Tô phối "
     "hợp chặt chẽ với Bộ đội Biên phòng kiểm đếm tàu thuyền.",
     [("Sở Nông nghiệp và Phát triển nông thôn", "lead"), ("Ủy ban nhân dân cấp huyện", "lead"),
      ("Ủy ban nhân dân huyện Cô Tô", "lead"), ("Bộ đội Biên phòng", "coordinate")]),
    ("Giao các xã biên giới phối hợp với Đồn Biên phòng tuần tra đường mòn, lối mở.",
     [("Ủy ban nhân dân cấp xã", "lead"), ("Đồn Biên phòng", "coordinate")]),
    # locations: no actor
    ("Tổ chức sơ tán dân tại các huyện miền núi và huyện đảo Cô Tô.", []),
    ("Hỗ trợ người dân các xã vùng sâu, vùng xa ổn định cuộc sống.", []),
]
# fmt: on


def test_island_districts_and_levels_named_by_their_land_as_actors() -> None:
    check_table(PLACES_AS_ACTORS, _agencies)
