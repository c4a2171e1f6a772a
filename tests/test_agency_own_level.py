"""A level's own departments named as a class (ANNOTATING.md rule 8a, own_level.py).

"các sở, ban, ngành", "các phòng, ban", "các ban, ngành, đoàn thể cùng cấp", "các cơ quan chức năng của
huyện": the level is the one printed, else the issuer's; the name is the level's ("Các sở, ban, ngành" of a
province, "Các phòng, ban, ngành" of a district, "Các ban, ngành" of a commune), with ", đoàn thể" when
printed, and the issuer's own level word ("thị xã", "quận", "phường") or "cấp huyện" / "cấp xã" below it.
Issuers and places are made up or taken from other provinces than the corpus's; every row is one form.
"""

from __future__ import annotations

from directive_extract import extract

from .test_agency_forms import DISTRICT, PROVINCE
from .test_recognizers import check_table

TOWN = "ỦY BAN NHÂN DÂN\nTHỊ XÃ BA ĐỒN\nSố: 12/UBND-VP\nBa Đồn, ngày 2 tháng 4 năm 2024\nV/v triển khai nhiệm vụ\n\n"
PROVINCIAL_CITY = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐỒNG HỚI\nSố: 12/KH-UBND\nĐồng Hới, ngày 2 tháng 4 năm 2024\nKẾ HOẠCH\nTriển khai\n\n"
)
URBAN_DISTRICT = (
    "ỦY BAN NHÂN DÂN\nQUẬN NINH KIỀU\nSố: 12/UBND\nCần Thơ, ngày 2 tháng 4 năm 2024\nV/v triển khai nhiệm vụ\n\n"
)
WARD = "ỦY BAN NHÂN DÂN\nPHƯỜNG NAM LÝ\nSố: 12/UBND\nNam Lý, ngày 2 tháng 4 năm 2024\nV/v triển khai nhiệm vụ\n\n"
COMMUNE = "ỦY BAN NHÂN DÂN\nXÃ HẢI NINH\nSố: 12/UBND\nHải Ninh, ngày 2 tháng 4 năm 2024\nV/v triển khai nhiệm vụ\n\n"
CITY = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 12/KH-UBND\nCần Thơ, ngày 2 tháng 4 năm 2024\nKẾ HOẠCH\nTriển khai\n\n"
MINISTRY = "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 12/BNN-VP\nHà Nội, ngày 2 tháng 4 năm 2024\nV/v triển khai nhiệm vụ\n\n"
DEPARTMENT = (
    "UBND TỈNH QUẢNG BÌNH\nSỞ Y TẾ\nSố: 12/SYT-VP\nQuảng Bình, ngày 2 tháng 4 năm 2024\nV/v triển khai nhiệm vụ\n\n"
)

# (issuer's header, the item, the names of the classes of departments it names)
# fmt: off
ROWS = [
    # no level printed: the issuer's own, with its level word
    (PROVINCE, "1. Giao các sở, ban, ngành chủ trì triển khai.", ["Các sở, ban, ngành tỉnh"]),
    (PROVINCE, "1. Các Sở, Ban, Ngành và UBND các huyện triển khai.", ["Các sở, ban, ngành tỉnh"]),
    (DISTRICT, "1. Giao các phòng, ban chuyên môn rà soát, báo cáo.", ["Các phòng, ban, ngành huyện"]),
    (TOWN, "1. Các phòng, ban, ngành tổ chức quán triệt.", ["Các phòng, ban, ngành thị xã"]),
    (DISTRICT, "1. Đề nghị các phòng, ngành chuyển tài liệu tuyên truyền.", ["Các phòng, ban, ngành huyện"]),
    (DISTRICT, "1. Các phòng, đoàn thể vận động nhân dân.", ["Các phòng, ban, ngành, đoàn thể huyện"]),
    (PROVINCIAL_CITY, "1. Đề nghị các ban, ngành, đoàn thể tích cực tuyên truyền.",
     ["Các phòng, ban, ngành, đoàn thể thành phố"]),
    (URBAN_DISTRICT, "1. Các ban, ngành, đoàn thể liên quan phối hợp thực hiện.", ["Các phòng, ban, ngành, đoàn thể quận"]),
    (WARD, "1. Đề nghị các ban, ngành, đoàn thể vận động nhân dân.", ["Các ban, ngành, đoàn thể phường"]),
    (COMMUNE, "1. Các ban ngành, đoàn thể có liên quan hỗ trợ.", ["Các ban, ngành, đoàn thể xã"]),
    (CITY, "1. Các ban, ngành, đoàn thể liên quan hỗ trợ.", ["Các sở, ban, ngành, đoàn thể thành phố"]),
    # "cùng cấp", "của huyện", "thuộc tỉnh": the level printed, still the issuer's
    (DISTRICT, "1. Các ban ngành, đoàn thể cùng cấp phối hợp thực hiện.", ["Các phòng, ban, ngành, đoàn thể huyện"]),
    (DISTRICT, "1. Giao các cơ quan chức năng của huyện kiểm tra.", ["Các phòng, ban, ngành huyện"]),
    (DISTRICT, "1. Các cơ quan, ban, ngành, đoàn thể của huyện tổ chức thực hiện.",
     ["Các phòng, ban, ngành, đoàn thể huyện"]),
    (PROVINCE, "1. Thủ trưởng các cơ quan, ban, ngành thuộc tỉnh chỉ đạo.", ["Các sở, ban, ngành tỉnh"]),
    (PROVINCE, "1. Các cơ quan chuyên môn thuộc UBND tỉnh tham mưu.", ["Các sở, ban, ngành tỉnh"]),
    # "cùng cấp" after a body of another level in its sentence: that body's level
    (DISTRICT, "1. Giao Công an xã cùng các cơ quan chức năng cùng cấp tuần tra.",
     ["Các ban, ngành cấp xã"]),
    (PROVINCE, "1. UBND các huyện phối hợp với các ban, ngành, đoàn thể cùng cấp tuyên truyền.",
     ["Các phòng, ban, ngành, đoàn thể cấp huyện"]),
    # a level below the issuer's: every unit of it ("cấp huyện", "cấp xã")
    (DISTRICT, "1. Đề nghị các ban, ngành xã khẩn trương rà soát.", ["Các ban, ngành cấp xã"]),
    (DISTRICT, "1. Giao các ban, ngành, đoàn thể địa phương vận động nhân dân.", ["Các ban, ngành, đoàn thể cấp xã"]),
    (PROVINCE, "1. Giao các phòng, ban, ngành, đoàn thể cấp huyện rà soát.", ["Các phòng, ban, ngành, đoàn thể cấp huyện"]),
    # "sở" is a province's whatever the issuer; every level
    (DISTRICT, "1. Phối hợp với các sở, ngành liên quan.", ["Các sở, ban, ngành tỉnh"]),
    (PROVINCE, "1. Ban ngành, đoàn thể các cấp tích cực tham gia.", ["Các ban, ngành, đoàn thể các cấp"]),
    (DISTRICT, "1. Đề nghị các sở hướng dẫn thủ tục.", ["Các sở, ban, ngành tỉnh"]),
    # no class: generic actors, a ministry's, a department's own rooms, a named body, "số" (number)
    (PROVINCE, "1. Giao các số liệu thống kê cho các ban tổng hợp.", []),
    (PROVINCE, "1. Giao các Sở: Tài chính, Nội vụ rà soát.", []),
    (PROVINCE, "1. Giao các cơ quan, đơn vị rà soát, báo cáo.", []),
    (PROVINCE, "1. Các cơ quan chức năng tăng cường kiểm tra.", []),
    (MINISTRY, "1. Đề nghị các ban, ngành, đoàn thể phối hợp tuyên truyền.", []),
    (DEPARTMENT, "1. Các phòng, ban thuộc Sở triển khai thực hiện.", []),
    (DEPARTMENT, "1. Các phòng, ngành triển khai thực hiện.", []),
    (DISTRICT, "1. Các phòng tổ chức thực hiện.", []),
    (DISTRICT, "1. Chánh Văn phòng Ban Chỉ huy quân sự huyện theo dõi.", []),
    (PROVINCE, "1. Tiếp tục phát huy vai trò của một số địa phương, ban ngành.", []),
    # "quản" (to manage) after "cơ quan chức năng" folds as "quận": no level printed, no class; "quận" is one
    (PROVINCE, "1. Phối hợp cơ quan chức năng quản lý sát các cơ sở karaoke.", []),
    (PROVINCE, "1. Phối hợp cơ quan chức năng quận kiểm tra các cơ sở karaoke.", ["Các phòng, ban, ngành cấp huyện"]),
]
# fmt: on


def _classes(header: str, item: str) -> list[str]:
    notice = extract(header + item + "\n")
    names = [a.name for t in notice.tasks for a in t.agencies]
    return [n for n in names if " ban, ngành" in n]


def test_a_levels_own_departments_take_the_printed_level_or_the_issuers() -> None:
    check_table(ROWS, _classes)


# "các đoàn thể" alone is the mass organisations; "các tổ chức thành viên" are the Front's only where the Front is
# named with them or is the issuer
FRONT_COMMITTEE = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ HẢI NINH\nSố: 12/KH-MTTQ\nHải Ninh, ngày 2 tháng 4 năm 2024\n"
    "KẾ HOẠCH\nTriển khai\n\n"
)
FRONT_MEMBERS = "Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam"
MASS_ORGANISATIONS = "Các đoàn thể chính trị - xã hội"
# fmt: off
MEMBER_ROWS = [
    (PROVINCE, "1. Các đoàn thể tích cực tuyên truyền, vận động.", [MASS_ORGANISATIONS]),
    (DISTRICT, "1. Đề nghị các đoàn thể các cấp vận động hội viên.", [MASS_ORGANISATIONS]),
    (PROVINCE, "1. Đề nghị Mặt trận Tổ quốc và các tổ chức thành viên giám sát.", [FRONT_MEMBERS]),
    (DISTRICT, "1. Đề nghị MTTQ huyện phối hợp với các tổ chức thành viên vận động.", [FRONT_MEMBERS]),
    (PROVINCE, "1. Các tổ chức thành viên của Ủy ban MTTQ tỉnh tuyên truyền.", [FRONT_MEMBERS]),
    (FRONT_COMMITTEE, "1. Giao các tổ chức thành viên giám sát tại các điểm bỏ phiếu.", [FRONT_MEMBERS]),
    # another body's members, the social organisations at large
    (PROVINCE, "1. Hiệp hội Du lịch hướng dẫn các tổ chức thành viên thực hiện.", []),
    (PROVINCE, "1. Phát huy vai trò của gia đình và các đoàn thể xã hội.", []),
]
# fmt: on


def test_the_mass_organisations_and_the_fronts_members() -> None:
    failures = []
    for header, item, expected in MEMBER_ROWS:
        notice = extract(header + item + "\n")
        got = [a.name for t in notice.tasks for a in t.agencies if a.name in (FRONT_MEMBERS, MASS_ORGANISATIONS)]
        if got != expected:
            failures.append(f"{item!r}: {got} != {expected}")
    assert not failures, "\n".join(failures)
