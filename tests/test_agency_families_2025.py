"""Name families of the 2025 reorganisation and of elections (issue 9, sealed set h3): the commune's
specialised offices (Nghị định 150/2025/NĐ-CP) and one-stop centre, the commune Party committee's organs
(Quy định 298/299-QĐ/TW 2025), the National Assembly's committees as renamed in 2025, the election bodies
(Luật Bầu cử), and the boundaries a name stops at. Every case is invented: other communes, other names."""

from __future__ import annotations

from directive_extract import extract

from .test_agency_names import joined
from .test_recognizers import check_table


def _task_agencies(issuer_lines: str, sentence: str) -> list[tuple[str, str]]:
    text = (
        issuer_lines
        + "Số: 21/KH-UBND\nXã Mỹ Lộc, ngày 12 tháng 9 năm 2025\nKẾ HOẠCH\nTriển khai nhiệm vụ\n\n1. "
        + sentence
        + "\n"
    )
    notice = extract(text)
    return [(a.name, a.role) for a in notice.tasks[0].agencies] if notice.tasks else []


COMMUNE = "ỦY BAN NHÂN DÂN\nXÃ MỸ LỘC\n"
COMMUNE_PARTY = "ĐẢNG BỘ TỈNH NAM ĐỊNH\nĐẢNG ỦY XÃ MỸ LỘC\n"

# (issuer, sentence, the task's bodies and roles): a commune's letter names its own offices bare
# fmt: off
COMMUNE_BODIES = [
    (COMMUNE, "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Phòng Kinh tế rà soát hộ nghèo.",
     [("Phòng Văn hóa - Xã hội", "lead"), ("Phòng Kinh tế", "coordinate")]),
    (COMMUNE, "Giao Văn phòng HĐND và UBND xã tổng hợp, báo cáo kết quả.",
     [("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead")]),
    (COMMUNE, "Văn phòng HĐND-UBND theo dõi, đôn đốc các bộ phận.",
     [("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "lead")]),
    (COMMUNE, "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì thẩm định hồ sơ cấp phép.",
     [("Phòng Kinh tế, Hạ tầng và Đô thị", "lead")]),
    (COMMUNE, "Trung tâm Phục vụ hành chính công xã tiếp nhận, trả kết quả hồ sơ.",
     [("Trung tâm Phục vụ hành chính công xã", "lead")]),
    (COMMUNE, "Trung tâm PVHCC hướng dẫn người dân nộp hồ sơ trực tuyến.",
     [("Trung tâm Phục vụ hành chính công", "lead")]),
    (COMMUNE_PARTY, "Ban Xây dựng Đảng chủ trì, phối hợp với Văn phòng Đảng ủy xã tham mưu.",
     [("Ban Xây dựng Đảng", "lead"), ("Văn phòng Đảng ủy xã", "coordinate")]),
    (COMMUNE_PARTY, "Ủy ban Kiểm tra Đảng ủy giám sát việc thực hiện.", [("Ủy ban Kiểm tra Đảng ủy", "lead")]),
]
# fmt: on


def test_the_communes_offices_and_party_organs_of_2025() -> None:
    check_table(COMMUNE_BODIES, _task_agencies)


# (sentence, (printed, name) of every body read in it)
# fmt: off
ELECTION_BODIES = [
    ("Ủy ban bầu cử xã Hòa Bình chỉ đạo.", [("Ủy ban bầu cử xã Hòa Bình", "Ủy ban bầu cử xã Hòa Bình")]),
    ("Ủy ban bầu cử tỉnh hướng dẫn.", [("Ủy ban bầu cử tỉnh", "Ủy ban bầu cử tỉnh")]),
    ("Ủy ban bầu cử phường tổng hợp.", [("Ủy ban bầu cử phường", "Ủy ban bầu cử phường")]),
    ("theo hướng dẫn của Hội đồng Bầu cử Quốc gia.", [("Hội đồng Bầu cử Quốc gia", "Hội đồng bầu cử quốc gia")]),
    ("Ban bầu cử niêm yết danh sách.", [("Ban bầu cử", "Ban bầu cử")]),
    ("Tổ bầu cử kiểm phiếu.", [("Tổ bầu cử", "Tổ bầu cử")]),
    # a ward's specialised office, named with its level
    ("Phòng Văn hóa - Xã hội phường phối hợp.", [("Phòng Văn hóa - Xã hội phường", "Phòng Văn hóa - Xã hội phường")]),
]
# fmt: on


def test_election_bodies() -> None:
    check_table(ELECTION_BODIES, joined)


# (sentence, (printed, name)): a name stops before the verb of its sentence; a province whose name holds a
# dash is one place
# fmt: off
BOUNDARIES = [
    ("Trung tâm Dịch vụ nông nghiệp ban hành Phiếu đánh giá.",
     [("Trung tâm Dịch vụ nông nghiệp", "Trung tâm Dịch vụ nông nghiệp")]),
    ("Trung tâm Khảo thí thông báo lịch thi.", [("Trung tâm Khảo thí", "Trung tâm Khảo thí")]),
    ("Sở Xây dựng công bố giá vật liệu.", [("Sở Xây dựng", "Sở Xây dựng")]),
    ("Ban Tổ chức ký ban hành Quy chế.", [("Ban Tổ chức", "Ban Tổ chức")]),
    ("Tỉnh ủy Bà Rịa - Vũng Tàu lãnh đạo.", [("Tỉnh ủy Bà Rịa - Vũng Tàu", "Tỉnh ủy Bà Rịa - Vũng Tàu")]),
    ("Sở Y tế tỉnh Bà Rịa - Vũng Tàu hướng dẫn.", [("Sở Y tế tỉnh Bà Rịa - Vũng Tàu", "Sở Y tế tỉnh Bà Rịa - Vũng Tàu")]),
    # "ký" inside a field is no boundary; "Đăng ký" is no "Đảng ủy"
    ("Văn phòng Đăng ký đất đai tỉnh cấp giấy.", [("Văn phòng Đăng ký đất đai tỉnh", "Văn phòng Đăng ký đất đai tỉnh")]),
]
# fmt: on


def test_a_name_stops_before_its_verb_and_keeps_a_dashed_place() -> None:
    check_table(BOUNDARIES, joined)


# (sentence, (printed, name)): "Khoa" (a university's or a hospital's faculty or department) and "Bộ phận" (a
# commune's or an agency's section, the one-stop desk) open a name only before a capitalized field, or as the
# one-stop desk's listed name; "khoa học", "bộ phận cơ thể", "một bộ phận học sinh" name nothing
# fmt: off
FACULTIES_AND_SECTIONS = [
    ("Khoa Kinh tế - Luật chủ trì.", [("Khoa Kinh tế - Luật", "Khoa Kinh tế - Luật")]),
    ("Khoa Hồi sức tích cực tiếp nhận người bệnh.", [("Khoa Hồi sức tích cực", "Khoa Hồi sức tích cực")]),
    ("Khoa Ngoại ngữ - Tin học phối hợp với các khoa chuyên môn.",
     [("Khoa Ngoại ngữ - Tin học", "Khoa Ngoại ngữ - Tin học"), ("các khoa chuyên môn", "Các khoa")]),
    ("Giao các khoa tổ chức đánh giá.", [("các khoa", "Các khoa")]),
    ("Bộ phận Địa chính - Xây dựng kiểm tra hiện trạng.",
     [("Bộ phận Địa chính - Xây dựng", "Bộ phận Địa chính - Xây dựng")]),
    ("Bộ phận một cửa tiếp nhận hồ sơ.", [("Bộ phận một cửa", "Bộ phận Một cửa")]),
    ("Bộ phận Một cửa Phường 7 trả kết quả.", [("Bộ phận Một cửa Phường 7", "Bộ phận Một cửa phường 7")]),
    ("Bộ phận tiếp nhận và trả kết quả hướng dẫn.",
     [("Bộ phận tiếp nhận và trả kết quả", "Bộ phận Tiếp nhận và Trả kết quả")]),
    ("Giao các Tổ bầu cử niêm yết danh sách cử tri.", [("các Tổ bầu cử", "Các Tổ bầu cử")]),
    # non-bodies
    ("Khoa học và công nghệ là động lực phát triển.", []),
    ("Các khoa học xã hội được chú trọng.", []),
    ("Một bộ phận học sinh còn lơ là.", []),
    ("Bộ phận cơ thể bị tổn thương được sơ cứu.", []),
    # a number alone names a ward, no commune
    ("UBND Phường 4 tuyên truyền.", [("UBND Phường 4", "Ủy ban nhân dân phường 4")]),
    ("UBND xã 2 lần kiểm tra.", [("UBND xã", "Ủy ban nhân dân xã")]),
]
# fmt: on


def test_faculties_sections_and_the_one_stop_desk() -> None:
    check_table(FACULTIES_AND_SECTIONS, joined)


# (issuer, sentence, the task's bodies): a city of a province (a district's rank until 2025-07-01) names its
# own offices bare; a centrally-run city's bare "Phòng …" is every district's
# fmt: off
CITY_ISSUERS = [
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ LẠT\n", "Phòng Y tế chủ trì, phối hợp với Trung tâm Y tế thành phố.",
     [("Phòng Y tế", "lead"), ("Trung tâm Y tế thành phố", "coordinate")]),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ THANH HÓA\n", "Phòng Giáo dục và Đào tạo hướng dẫn các trường.",
     [("Phòng Giáo dục và Đào tạo", "lead")]),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n", "Phòng Y tế chủ trì rà soát.", [("Phòng Y tế cấp huyện", "lead")]),
]
# fmt: on


def test_a_city_of_a_province_is_of_a_districts_level() -> None:
    check_table(CITY_ISSUERS, _task_agencies)
