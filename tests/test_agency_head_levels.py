"""Shared heads of several levels, each member at its own level (issue 9): "UBND các phường, xã: A, B",
"Chủ tịch UBND các thị xã, huyện: C, D", "giao các xã, phường và thị trấn: E, F và G".

The form: a head's level words joined by "," or "và", after a body ("UBND", a leader's office before it) or a
directive verb; each member is its own division's government, at the head's level whose kind the authoritative
lists (places.csv, communes.csv) give its name, in the map (province, era) holding most of the list, the
document's era and province first; a name the map holds at none of the head's levels, or at several, takes the
first level printed. The sentences are invented; the places are real divisions of the lists (a division's name is
data).
"""

from __future__ import annotations

from directive_extract import extract, resources
from directive_extract.stages.agencies import division_levels
from directive_extract.stages.agencies.division_levels import Where
from directive_extract.stages.agencies.shared_heads import find_mentions, find_shared_head_lists

from .test_recognizers import check_table


def _members(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.name) for m in find_mentions(text, (0, len(text)))]


# (sentence, [(printed, name)])
# fmt: off
HEADS_OF_LEVELS = [
    # the committee before "các" heads the list, not the words from the chairman's committee on
    ("Chủ tịch UBND tỉnh giao UBND các huyện: Phù Cát, Tuy Phước khẩn trương khắc phục.",
     [("UBND tỉnh", "Ủy ban nhân dân tỉnh"), ("Phù Cát", "Ủy ban nhân dân huyện Phù Cát"),
      ("Tuy Phước", "Ủy ban nhân dân huyện Tuy Phước")]),
    # two levels; the second member is at the second level word
    ("Giao UBND các phường, xã: Quy Nhơn Đông, Tuy Phước Bắc hoàn thành kiểm kê đất công trước quý III.",
     [("Quy Nhơn Đông", "Ủy ban nhân dân phường Quy Nhơn Đông"),
      ("Tuy Phước Bắc", "Ủy ban nhân dân xã Tuy Phước Bắc")]),
    # three levels, "và" before the last member
    ("Yêu cầu UBND các xã, phường và thị trấn: Bảo Thành, Hưng Dũng và Quán Hành báo cáo số hộ nghèo.",
     [("Bảo Thành", "Ủy ban nhân dân xã Bảo Thành"), ("Hưng Dũng", "Ủy ban nhân dân phường Hưng Dũng"),
      ("Quán Hành", "Ủy ban nhân dân thị trấn Quán Hành")]),
    # a leader's office before UBND; district-level words, read in places.csv
    ("Chủ tịch UBND các thị xã, huyện: Cửa Lò, Nghi Lộc giải trình số liệu đã gửi.",
     [("Cửa Lò", "Ủy ban nhân dân thị xã Cửa Lò"), ("Nghi Lộc", "Ủy ban nhân dân huyện Nghi Lộc")]),
    # the first member at the second level word
    ("UBND các xã, thị trấn: Cầu Giát, Bình Hợp mở lớp bồi dưỡng tổ hòa giải.",
     [("Cầu Giát", "Ủy ban nhân dân thị trấn Cầu Giát"), ("Bình Hợp", "Ủy ban nhân dân xã Bình Hợp")]),
    # a directive verb's bare head, "và" before the last member
    ("Giao các phường, xã: Quy Nhơn Đông và Tuy Phước Bắc kiểm tra các bến cá.",
     [("Quy Nhơn Đông", "Ủy ban nhân dân phường Quy Nhơn Đông"),
      ("Tuy Phước Bắc", "Ủy ban nhân dân xã Tuy Phước Bắc")]),
    # a name the lists hold at neither level (a township under "xã, phường"), one no list holds: the first level
    ("Giao UBND các xã, phường: Trà Lân, Hưng Dũng, Khe Mây Ngàn rà soát nhà tạm.",
     [("Trà Lân", "Ủy ban nhân dân xã Trà Lân"), ("Hưng Dũng", "Ủy ban nhân dân phường Hưng Dũng"),
      ("Khe Mây Ngàn", "Ủy ban nhân dân xã Khe Mây Ngàn")]),
    # no directive verb: the places are where something happens, no body
    ("Mưa lớn kéo dài ở các phường, xã: Quy Nhơn Đông, Tuy Phước Bắc.", []),
]
# fmt: on


def test_each_member_of_a_head_of_levels_is_at_its_own_level() -> None:
    check_table(HEADS_OF_LEVELS, _members)


def _names_where(text: str, where: Where | None) -> list[str]:
    members, _ = find_shared_head_lists(text, (0, len(text)), where)
    return [m.name for m in members]


# a ward of the 2020 map and a commune of the 2025 one ("Nguyễn Nghiêm", Quảng Ngãi); a ward of one province and a
# commune of another in the 2025 map ("Thượng Hồng": Hưng Yên, Hải Phòng). (sentence, where, names)
_ONE_OF_TWO_MAPS = "Giao UBND các phường, xã: Nguyễn Nghiêm lập danh sách hộ cần di dời."
_ONE_OF_TWO_PROVINCES = "Giao UBND các phường, xã: Thượng Hồng lập danh sách hộ cần di dời."
# fmt: off
THE_DOCUMENTS_MAP = [
    (_ONE_OF_TWO_MAPS, Where.known(era="2025"), ["Ủy ban nhân dân xã Nguyễn Nghiêm"]),
    (_ONE_OF_TWO_MAPS, Where.known(era="2020"), ["Ủy ban nhân dân phường Nguyễn Nghiêm"]),
    (_ONE_OF_TWO_MAPS, None, ["Ủy ban nhân dân phường Nguyễn Nghiêm"]),  # both maps: the first level
    (_ONE_OF_TWO_PROVINCES, Where.known(province="Hải Phòng"), ["Ủy ban nhân dân xã Thượng Hồng"]),
    (_ONE_OF_TWO_PROVINCES, Where.known(province="Hưng Yên"), ["Ủy ban nhân dân phường Thượng Hồng"]),
    (_ONE_OF_TWO_PROVINCES, Where.known(province="Cà Mau"), ["Ủy ban nhân dân phường Thượng Hồng"]),
]
# fmt: on


def test_a_name_of_two_maps_is_read_in_the_documents_era_and_province() -> None:
    check_table(THE_DOCUMENTS_MAP, _names_where)


def _notice(place_line: str, date: str, item: str) -> list[tuple[str, str, str | None]]:
    header = f"ỦY BAN NHÂN DÂN\n{place_line.upper()}\n\nSố: 41/KH-UBND\n\n{date}\n\nKẾ HOẠCH\nDi dời dân cư\n\n"
    source = header + "1. " + item + "\n"
    found = []
    for task in extract(source).tasks:
        for agency in task.agencies:
            start, end = agency.span
            assert source[start:end] == agency.text
            found.append((agency.text, agency.name, agency.role))
    return found


# the era and province from the notice itself: its date line and its place; a split syllable ("D ũng") is read
# whole in the name, the span keeping the text as printed
# fmt: off
NOTICES = [
    ("TỈNH QUẢNG NGÃI", "Quảng Ngãi, ngày 17 tháng 11 năm 2025", _ONE_OF_TWO_MAPS,
     [("Nguyễn Nghiêm", "Ủy ban nhân dân xã Nguyễn Nghiêm", "lead")]),
    ("TỈNH QUẢNG NGÃI", "Quảng Ngãi, ngày 17 tháng 11 năm 2023", _ONE_OF_TWO_MAPS,
     [("Nguyễn Nghiêm", "Ủy ban nhân dân phường Nguyễn Nghiêm", "lead")]),
    ("THÀNH PHỐ HẢI PHÒNG", "Hải Phòng, ngày 3 tháng 10 năm 2025", _ONE_OF_TWO_PROVINCES,
     [("Thượng Hồng", "Ủy ban nhân dân xã Thượng Hồng", "lead")]),
    ("TỈNH NGHỆ AN", "Nghệ An, ngày 7 tháng 3 năm 2024",
     "Yêu cầu UBND các phư ờng và xã: Hưng D ũng, B ảo Thành ki ểm kê nhà tr ường.",
     [("Hưng D ũng", "Ủy ban nhân dân phường Hưng Dũng", "lead"),
      ("B ảo Thành", "Ủy ban nhân dân xã Bảo Thành", "lead")]),
]
# fmt: on


def test_a_notice_reads_its_lists_in_its_own_era_and_province() -> None:
    check_table(NOTICES, _notice)


def test_the_communes_are_read_only_for_a_head_of_a_communes_levels() -> None:
    resources.communes.cache_clear()
    division_levels._commune_divisions.cache_clear()
    extract("Giao UBND các phường: Hưng Dũng, Bến Thủy rà soát nhà tạm. Giao các huyện, thị xã: Nghi Lộc, Cửa Lò.")
    assert resources.communes.cache_info().currsize == 0
    extract("Giao UBND các xã, phường: Bảo Thành, Hưng Dũng rà soát nhà tạm.")
    assert resources.communes.cache_info().currsize == 1


# a body's list of places with no colon: "UBND các huyện A, B và C" names each place's own body, while the lists
# hold each name at the head's level; the first member's mention holds the head; a blank line after a comma (a
# wrapped title) does not end the list; a region ("các tỉnh Tây Nguyên") or a lower-case kind ("các xã vùng cao")
# is no place: the localities with that feature (ANNOTATING, "Classes of localities with a feature")
# fmt: off
NAMED_PLACES = [
    ("Giao Ủy ban nhân dân các huyện Phù Cát, Tuy Phước và thị xã An Nhơn rà soát diện tích lúa bị ngập.",
     [("Ủy ban nhân dân các huyện Phù Cát", "Ủy ban nhân dân huyện Phù Cát"),
      ("Tuy Phước", "Ủy ban nhân dân huyện Tuy Phước"), ("thị xã An Nhơn", "Ủy ban nhân dân thị xã An Nhơn")]),
    ("Chủ tịch UBND các phường Tràng Tiền, Hàng Bạc và Lý Thái Tổ chịu trách nhiệm về trật tự vỉa hè.",
     [("Chủ tịch UBND các phường Tràng Tiền", "Ủy ban nhân dân phường Tràng Tiền"),
      ("Hàng Bạc", "Ủy ban nhân dân phường Hàng Bạc"), ("Lý Thái Tổ", "Ủy ban nhân dân phường Lý Thái Tổ")]),
    ("Điều 9. Phân công cho Ủy ban nhân dân các phường Tràng Tiền,\n\nHàng Bạc và Lý Thái Tổ",
     [("Ủy ban nhân dân các phường Tràng Tiền", "Ủy ban nhân dân phường Tràng Tiền"),
      ("Hàng Bạc", "Ủy ban nhân dân phường Hàng Bạc"), ("Lý Thái Tổ", "Ủy ban nhân dân phường Lý Thái Tổ")]),
    ("Đề nghị UBND các tỉnh Tây Nguyên chủ động dự trữ nước tưới cho cây cà phê.",
     [("UBND các tỉnh Tây Nguyên", "Ủy ban nhân dân các tỉnh Tây Nguyên")]),
    ("Giao Ủy ban nhân dân các xã vùng cao tổ chức tiêm phòng cho đàn gia súc.",
     [("Ủy ban nhân dân các xã vùng cao", "Ủy ban nhân dân các xã vùng cao")]),
    # Hồ Chí Minh City's districts by number; a piece that prints its own level of the list's tier goes on with
    # that level ("các huyện …", "TP Thủ Đức"); the committee before "các" is the head, not the chairman's
    ("Chủ tịch UBND TP giao UBND các quận 4, 12, Gò Vấp, các huyện Cần Giờ, Nhà Bè và TP Thủ Đức bám sát kế hoạch.",
     [("UBND TP", "Ủy ban nhân dân thành phố"), ("UBND các quận 4", "Ủy ban nhân dân quận 4"),
      ("12", "Ủy ban nhân dân quận 12"), ("Gò Vấp", "Ủy ban nhân dân quận Gò Vấp"),
      ("các huyện Cần Giờ", "Ủy ban nhân dân huyện Cần Giờ"), ("Nhà Bè", "Ủy ban nhân dân huyện Nhà Bè"),
      ("TP Thủ Đức", "Ủy ban nhân dân thành phố Thủ Đức")]),
    ("Chủ tịch UBND tỉnh giao UBND các huyện Phù Cát, Tuy Phước khẩn trương khắc phục.",
     [("UBND tỉnh", "Ủy ban nhân dân tỉnh"), ("UBND các huyện Phù Cát", "Ủy ban nhân dân huyện Phù Cát"),
      ("Tuy Phước", "Ủy ban nhân dân huyện Tuy Phước")]),
    # a higher level printed after the places says where they are: no member ("…, tỉnh Lai Châu")
    ("Giao UBND các huyện Mường Tè, Sìn Hồ, tỉnh Lai Châu rà soát.",
     [("UBND các huyện Mường Tè", "Ủy ban nhân dân huyện Mường Tè"), ("Sìn Hồ", "Ủy ban nhân dân huyện Sìn Hồ")]),
]
# fmt: on


def test_a_bodys_places_named_with_no_colon_are_each_its_own() -> None:
    check_table(NAMED_PLACES, _members)
