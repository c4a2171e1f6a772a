"""Office holders in lists, and where a shared-head list ends.

Every case is invented for its form (other provinces, other names, other orders than any corpus document);
each table collects every failing row and fails once.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.agencies.canonical import level_word_in_lower_case
from directive_extract.stages.agencies.shared_heads import find_mentions

from .test_recognizers import check_table


def mention_names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text, (0, len(text)))]


# a shared-head list ("Giám đốc các sở: A, B, C") ends where a member opens with an office's title (the next
# office holder of the sentence), and at a ";" when its members are parted by "," or "và"; a list parted by
# ";" goes on past ";", and a name holding "và" or "," stays one member
# fmt: off
SHARED_HEAD_ENDS = [
    # ";" then an office title: the committee's chairman, not a department
    ("Giám đốc các sở: Tư pháp, Nội vụ, Y tế; Chủ tịch UBND các huyện, thị xã chịu trách nhiệm thi hành",
     ["Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Ủy ban nhân dân cấp huyện"]),
    # "," then an office title
    ("Giám đốc các Sở: Công Thương, Xây dựng, Chủ tịch UBND thành phố Vinh chịu trách nhiệm",
     ["Sở Công Thương", "Sở Xây dựng", "Ủy ban nhân dân thành phố Vinh"]),
    ("Giám đốc các sở: Nội vụ, Tài chính, Giám đốc Công an tỉnh thực hiện", ["Sở Nội vụ", "Sở Tài chính", "Công an tỉnh"]),
    ("Thủ trưởng các sở: Tài chính, Công Thương; Trưởng Ban Quản lý Khu kinh tế tỉnh thực hiện",
     ["Sở Tài chính", "Sở Công Thương", "Ban Quản lý Khu kinh tế tỉnh"]),
    ("Giám đốc các sở: Tài chính, Xây dựng; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Chủ tịch UBND các huyện thi hành",
     ["Sở Tài chính", "Sở Xây dựng", "Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân cấp huyện"]),
    # "và" then an office title
    ("Giám đốc các sở: Y tế, Giáo dục và Đào tạo và Chủ tịch UBND các xã thực hiện",
     ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân cấp xã"]),
    ("các Bộ: Y tế, Tài chính; Thống đốc Ngân hàng Nhà nước Việt Nam thực hiện",
     ["Bộ Y tế", "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam"]),
    # a ";" list goes on past ";"; the first member's "và" is no separator of the list
    ("Giám đốc các sở: Nông nghiệp và Môi trường; Văn hóa, Thể thao và Du lịch; Xây dựng thực hiện",
     ["Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng"]),
    ("các Bộ: Tài chính và Xây dựng thực hiện", ["Bộ Tài chính", "Bộ Xây dựng"]),
    # heads by level and place: the same ends
    ("Chủ tịch UBND các xã: Tân Lập, Phú Hòa và Trưởng Công an huyện thực hiện",
     ["Ủy ban nhân dân xã Tân Lập", "Ủy ban nhân dân xã Phú Hòa", "Công an huyện"]),
    ("UBND các phường: Tân An, Hòa Bình; Giám đốc Trung tâm Y tế thành phố thực hiện",
     ["Ủy ban nhân dân phường Tân An", "Ủy ban nhân dân phường Hòa Bình", "Trung tâm Y tế thành phố"]),
    ("Sở Y tế các tỉnh: Phú Yên, Ninh Thuận, Giám đốc Công an tỉnh Khánh Hòa phối hợp",
     ["Sở Y tế tỉnh Phú Yên", "Sở Y tế tỉnh Ninh Thuận", "Công an tỉnh Khánh Hòa"]),
    ("UBND các xã: Tân Lập; Phú Hòa; Minh Đức thực hiện",
     ["Ủy ban nhân dân xã Tân Lập", "Ủy ban nhân dân xã Phú Hòa", "Ủy ban nhân dân xã Minh Đức"]),
    # a whole execution article: office, shared head, offices of their own
    ("Chánh Văn phòng UBND tỉnh, Giám đốc các sở: Tư pháp, Tài chính; Cục trưởng Cục Thuế tỉnh; "
     "Giám đốc Kho bạc Nhà nước tỉnh; Chủ tịch UBND các huyện chịu trách nhiệm thi hành",
     ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Sở Tài chính", "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh",
      "Ủy ban nhân dân cấp huyện"]),
]
# fmt: on


def test_a_shared_head_list_ends_at_an_office_holder_or_a_stronger_separator() -> None:
    check_table(SHARED_HEAD_ENDS, mention_names)


DISTRICT_DECISION = (
    "ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ\n\nSố: 112/QĐ-UBND\n\nHương Khê, ngày 9 tháng 5 năm 2024\n\nQUYẾT ĐỊNH\n\n"
    "Về việc thu hồi đất\n\nỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ\n\nCăn cứ Luật Đất đai ngày 18/01/2024;\n\n"
    "QUYẾT ĐỊNH:\n\nĐiều 1. Thu hồi 1.500 m2 đất tại xã Phúc Đồng.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
)


def _task_agencies_in(header: str):
    """(name, role) of every top-level task's agencies in `header` and the text read after it."""

    def read(text: str) -> list[tuple[str, str | None]]:
        notice = extract(header + text + "\n")
        return [(a.name, a.role) for t in notice.tasks for a in t.agencies]

    return read


_article_leads = _task_agencies_in(DISTRICT_DECISION)


# an execution article names office holders; every office's body is a lead, whatever title it opens with and
# whether the holders are parted by "," or ";"
# fmt: off
EXECUTION_ARTICLES = [
    ("Điều 4. Chánh Văn phòng HĐND và UBND huyện; Trưởng Phòng Kinh tế và Hạ tầng; Trưởng Phòng Tư pháp; "
     "Thủ trưởng các ngành liên quan và Chủ tịch UBND các xã chịu trách nhiệm thi hành.",
     [("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "lead"), ("Phòng Kinh tế và Hạ tầng", "lead"),
      ("Phòng Tư pháp", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    ("Điều 3. Trưởng phòng Tài chính - Kế hoạch, Giám đốc Trung tâm Y tế huyện, Chủ tịch UBND xã Phúc Đồng "
     "chịu trách nhiệm thi hành Quyết định này./.",
     [("Phòng Tài chính - Kế hoạch", "lead"), ("Trung tâm Y tế huyện", "lead"), ("Ủy ban nhân dân xã Phúc Đồng", "lead")]),
    ("Điều 3. Chánh Thanh tra huyện; Trưởng Công an huyện và Chỉ huy trưởng Ban Chỉ huy Quân sự huyện "
     "chịu trách nhiệm thi hành Quyết định này./.",
     [("Thanh tra huyện", "lead"), ("Công an huyện", "lead"), ("Ban Chỉ huy Quân sự huyện", "lead")]),
    # the members of a body opening the list act for it, a holder the recognizer does not read among them
    ("Điều 3. Các thành viên Ban Chỉ huy Quân sự huyện, Trưởng Công an huyện, Trưởng Đoàn kiểm tra liên ngành "
     "chịu trách nhiệm thi hành Quyết định này./.",
     [("Ban Chỉ huy Quân sự huyện", "lead"), ("Công an huyện", "lead")]),
]
# fmt: on


def test_every_office_holder_of_an_execution_article_leads() -> None:
    check_table(EXECUTION_ARTICLES, _article_leads)


DISTRICT_LETTER = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 77/UBND-VP\nĐức Thọ, ngày 4 tháng 6 năm 2024\nV/v triển khai nhiệm vụ\n\n"
)


def _first_task_agencies(items: str) -> list[tuple[str, str | None]]:
    notice = extract(DISTRICT_LETTER + items + "\n")
    return [(a.name, a.role) for a in notice.tasks[0].agencies]


# bare heads before a class share its level and its role: joined by ",", "và" or a spaced hyphen; a tone mark OCR
# moved or dropped ("Đảng úy", "Đang ủy") is read as the matcher reads names, folded; a syllable changed ("Đăng
# ký") is another word
# fmt: off
SHARED_LEVEL_HEADS = [
    ("1. Đề nghị Đảng ủy - UBND các xã, thị trấn tập trung chỉ đạo.",
     [("Đảng ủy cấp xã", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Đề nghị Đảng úy, UBND các xã tập trung chỉ đạo.", [("Đảng ủy cấp xã", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Đề nghị Đang ủy, HĐND, UBND các phường chỉ đạo.",
     [("Đảng ủy cấp xã", "lead"), ("Hội đồng nhân dân cấp xã", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Đề nghị Đảng ủy - HĐND - UBND các xã chỉ đạo.",
     [("Đảng ủy cấp xã", "lead"), ("Hội đồng nhân dân cấp xã", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Phối hợp với Ủy ban MTTQ Việt Nam, UBND các xã tuyên truyền.",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "coordinate"), ("Ủy ban nhân dân cấp xã", "coordinate")]),
    ("1. Hướng dẫn Đăng ký, UBND các xã thực hiện.", [("Ủy ban nhân dân cấp xã", "lead")]),
    # a body printed bare that every locality of the class's level has shares it too; one each has not (a Sở)
    ("1. Giao Trung tâm Y tế, Phòng Văn hóa và Thông tin các huyện, thị xã rà soát.",
     [("Trung tâm Y tế cấp huyện", "lead"), ("Phòng Văn hóa và Thông tin cấp huyện", "lead")]),
    ("1. Giao Sở Y tế, UBND các xã rà soát.", [("Sở Y tế", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
]
# fmt: on


def test_bare_heads_share_the_level_of_the_class_after_them() -> None:
    check_table(SHARED_LEVEL_HEADS, _first_task_agencies)


WARD_LETTER = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN HIỆP\nSố: 31/UBND-VP\nTân Hiệp, ngày 4 tháng 6 năm 2024\nV/v triển khai nhiệm vụ\n\n"
)
PROVINCE_LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 920/UBND-VX\nHà Tĩnh, ngày 4 tháng 6 năm 2024\nV/v triển khai nhiệm vụ\n\n"
)


def _first_task_agencies_in(header: str):
    def read(items: str) -> list[tuple[str, str | None]]:
        notice = extract(header + items + "\n")
        return [(a.name, a.role) for a in notice.tasks[0].agencies] if notice.tasks else []

    return read


# short forms of the local political system's bodies (abbreviations.csv, agencies.csv with their sources); printed
# bare, they name the body of the issuer's own level, when every locality of that level has one, and keep their
# bare name; a list "… các cấp" is every level's, no one body
# fmt: off
BARE_AT_THE_ISSUERS_LEVEL = [
    (WARD_LETTER, "1. Đề nghị HĐND, Đảng ủy và UBMTTQVN cùng vận động nhân dân.",
     [("Hội đồng nhân dân", "lead"), ("Đảng ủy", "lead"), ("Ủy ban Mặt trận Tổ quốc Việt Nam", "lead")]),
    # a level word printed after the list is not added to the heads before it (ANNOTATING, settled 9)
    (WARD_LETTER, "1. Báo cáo kết quả về Đảng ủy, HĐND phường.",
     [("Đảng ủy", "report_to"), ("Hội đồng nhân dân phường", "report_to")]),
    (WARD_LETTER, "1. Giao Ban CHQS chủ trì, phối hợp với UBMTTQ thực hiện.",
     [("Ban Chỉ huy Quân sự", "lead"), ("Ủy ban Mặt trận Tổ quốc Việt Nam", "coordinate")]),
    (DISTRICT_LETTER, "1. Giao Ban CHQS phối hợp với Hội NCT, Hội CCB, Hội LHPN rà soát.",
     [("Ban Chỉ huy Quân sự", "lead"), ("Hội Người cao tuổi", "coordinate"), ("Hội Cựu chiến binh", "coordinate"),
      ("Hội Liên hiệp Phụ nữ", "coordinate")]),
    (DISTRICT_LETTER, "1. Hội NCT huyện, Hội CCB huyện phối hợp rà soát.",
     [("Hội Người cao tuổi huyện", "lead"), ("Hội Cựu chiến binh huyện", "lead")]),
    # a district has no "Đảng ủy" (its committee is the Huyện ủy): no body of the issuer's level
    (DISTRICT_LETTER, "1. Đề nghị Đảng ủy chỉ đạo các chi bộ thực hiện.", []),
    (PROVINCE_LETTER, "1. Giao Hội NCT tỉnh, Hội Cựu chiến binh tổ chức thăm hỏi.",
     [("Hội Người cao tuổi tỉnh", "lead"), ("Hội Cựu chiến binh", "lead")]),
    # every level's bodies
    (PROVINCE_LETTER, "1. Đề nghị Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội các cấp tuyên truyền.",
     [("Các đoàn thể chính trị - xã hội", "lead")]),
    # the Front printed in full words, no committee, no level: the organisation (ANNOTATING, settled 9); the list
    # opens after the generic "cấp ủy, chính quyền"
    (PROVINCE_LETTER, "1. Đề nghị cấp ủy, chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội tuyên truyền.",
     [("Mặt trận Tổ quốc Việt Nam", "lead"), ("Các đoàn thể chính trị - xã hội", "lead")]),
    # its short form in a ward's letter is the ward's committee, as before
    (WARD_LETTER, "1. Đề nghị UBMTTQVN phối hợp vận động nhân dân.", [("Ủy ban Mặt trận Tổ quốc Việt Nam", "lead")]),
    # bodies inside the matter a clause opens with, its list ending the clause: no subject
    (PROVINCE_LETTER, "1. Về cơ cấu, bảo đảm số người ở cơ quan đảng, lực lượng vũ trang, Mặt trận Tổ quốc; tăng đại biểu.",
     []),
]
# fmt: on


def test_a_body_printed_bare_is_the_issuers_levels() -> None:
    failures = []
    for header, items, expected in BARE_AT_THE_ISSUERS_LEVEL:
        got = _first_task_agencies_in(header)(items)
        if got != expected:
            failures.append(f"{items!r}: expected {expected!r}, got {got!r}")
    assert not failures, "\n".join(failures)


# a level word that closes a name, no place after it, is the level: lower case as a level word is written; a
# number after it makes a ward's proper name, a place after it a city's ("Thành phố Huế"), and a school is named
# after its place; one body so has one name, however its level word was printed
# fmt: off
CLOSING_LEVEL_WORDS = [
    ("Trung tâm Y tế Thành phố", "Trung tâm Y tế thành phố"),
    ("Đài Truyền thanh Huyện", "Đài Truyền thanh huyện"),
    ("Ban Quản lý dự án Thị Xã", "Ban Quản lý dự án thị xã"),
    ("Đội Quản lý trật tự đô thị Quận", "Đội Quản lý trật tự đô thị quận"),
    ("Ủy ban nhân dân Phường 7", "Ủy ban nhân dân Phường 7"),
    ("Sở Y tế Thành phố Huế", "Sở Y tế Thành phố Huế"),
    ("Trường Tiểu học Thị Trấn", "Trường Tiểu học Thị Trấn"),
    ("Tỉnh ủy", "Tỉnh ủy"),
]
# fmt: on


def test_a_closing_level_word_is_written_in_lower_case() -> None:
    check_table(CLOSING_LEVEL_WORDS, level_word_in_lower_case)


CITY_LETTER = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ NHA TRANG\nSố: 88/UBND-VX\nNha Trang, ngày 4 tháng 6 năm 2024\n"
    "V/v triển khai nhiệm vụ\n\n"
)


def test_one_body_one_name_whatever_the_case_of_its_level_word() -> None:
    notice = extract(
        CITY_LETTER + "1. Giao Trung tâm Y tế Thành phố chủ trì rà soát.\n"
        "2. Trung tâm Y tế thành phố phối hợp với Đài Truyền thanh Thành phố tuyên truyền.\n"
    )
    names = sorted({a.name for t in notice.tasks for a in t.agencies})
    assert names == ["Trung tâm Y tế thành phố", "Đài Truyền thanh thành phố"], names


def test_a_ministrys_departments_named_as_a_class() -> None:
    # "Kính gửi: - Các Vụ, Cục trực thuộc Bộ; …" in a ministry's letter: the class of its departments, one agency,
    # with the ministry's name where printed (agency_classes.json); its items inherit it
    from directive_extract import extract

    letter = (
        "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n\nSố: 41/BTNMT-VP\nHà Nội, ngày 20 tháng 01 năm 2027\n\n"
        "Kính gửi:\n- Các Vụ, Cục trực thuộc Bộ;\n- Tổng cục Khí tượng Thủy văn.\n\n"
        "Để chuẩn bị nội dung cho Bộ trưởng, Bộ trưởng yêu cầu:\n\n"
        "1. Các đơn vị căn cứ chức năng, nhiệm vụ báo cáo tình hình quản lý nhà nước tháng 01.\n"
    )
    notice = extract(letter)
    assert [a.name for a in notice.tasks[0].agencies] == ["Các Vụ, Cục trực thuộc Bộ", "Tổng cục Khí tượng Thủy văn"]
    named = extract(letter.replace("trực thuộc Bộ;", "trực thuộc Bộ Tài nguyên và Môi trường;"))
    assert named.tasks[0].agencies[0].name == "Các Vụ, Cục trực thuộc Bộ Tài nguyên và Môi trường"


MINISTRY_DECISION = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 431/QĐ-BNNMT\n\nHà Nội, ngày 3 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n\n"
    "Về việc tổ chức Hội thi\n\nBỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\n"
    "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25/02/2025 của Chính phủ;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Tổ chức Hội thi năm 2025.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
)


_ministry_article_leads = _task_agencies_in(MINISTRY_DECISION)


# a ministry's execution article opens with the head of its own office or inspectorate, printed with no name after
# the title: the issuer's unit printed bare (ANNOTATING, a body's own units 3); a name ends before "và" and the next
# holder's title
# fmt: off
MINISTRY_EXECUTION_ARTICLES = [
    ("Điều 3. Chánh Văn phòng, Vụ trưởng Vụ Tổ chức cán bộ, Cục trưởng Cục Trồng trọt và Thủ trưởng các đơn vị có "
     "liên quan chịu trách nhiệm thi hành Quyết định này./.",
     [("Văn phòng", "lead"), ("Vụ Tổ chức cán bộ", "lead"), ("Cục Trồng trọt", "lead")]),
    ("Điều 3. Chánh Thanh tra, Chánh Văn phòng Bộ và Vụ trưởng Vụ Pháp chế chịu trách nhiệm thi hành Quyết định này.",
     [("Thanh tra", "lead"), ("Văn phòng Bộ", "lead"), ("Vụ Pháp chế", "lead")]),
    ("Điều 3. Cục trưởng Cục Chăn nuôi và Thú y và Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.",
     [("Cục Chăn nuôi và Thú y", "lead"), ("Văn phòng", "lead")]),
    # "Chánh Văn phòng" as one holder's title before a name of its own stays that body
    ("Điều 3. Chánh Văn phòng Ban Chỉ đạo, Vụ trưởng Vụ Kế hoạch chịu trách nhiệm thi hành Quyết định này.",
     [("Văn phòng Ban Chỉ đạo", "lead"), ("Vụ Kế hoạch", "lead")]),
]
# fmt: on


def test_a_ministry_execution_article_names_its_own_office_bare() -> None:
    check_table(MINISTRY_EXECUTION_ARTICLES, _ministry_article_leads)


# a head of a type word and a verb ("Ban Quản lý", "Ban Chỉ đạo", "Bộ Chỉ huy"): its verb printed again in small
# letters after the field is the body's deed, no part of its name
# fmt: off
VERB_AFTER_THE_NAME = [
    ("1. Giao Ban Quản lý Di tích lịch sử quản lý hiệu quả các điểm di tích.",
     [("Ban Quản lý Di tích lịch sử", "lead")]),
    ("1. Đề nghị Ban Chỉ huy Phòng thủ dân sự chỉ huy lực lượng dân quân.",
     [("Ban Chỉ huy Phòng thủ dân sự", "lead")]),
    # the verb once, inside the name, stays in it
    ("1. Giao Ban Quản lý dự án đầu tư xây dựng huyện rà soát.", [("Ban Quản lý dự án đầu tư xây dựng huyện", "lead")]),
]
# fmt: on


def test_the_heads_verb_again_ends_the_name() -> None:
    check_table(VERB_AFTER_THE_NAME, _first_task_agencies)


# the generic bodies the laws name by their function ("cơ quan thú y": Luật Thú y; "cơ quan khí tượng thủy văn":
# Luật Khí tượng thủy văn; "cơ quan điều tra": Bộ luật Tố tụng hình sự; "cơ quan thi hành án dân sự": Luật Thi
# hành án dân sự), as "cơ quan thuế" is a class; a proper name after "cơ quan điều tra" is that body's own
# fmt: off
STATUTORY_BODIES = [
    ("1. Cơ quan thú y các cấp lấy mẫu giám sát đàn vịt.", [("Cơ quan thú y các cấp", "lead")]),
    ("1. Chủ cơ sở báo cáo cơ quan thú y địa phương trước khi vận chuyển.", [("Cơ quan thú y", "report_to")]),
    ("1. Cơ quan khí tượng thủy văn cập nhật bản tin dự báo.", [("Cơ quan khí tượng thủy văn", "lead")]),
    ("1. Công an huyện phối hợp với cơ quan thi hành án dân sự cưỡng chế.",
     [("Công an huyện", "lead"), ("Cơ quan thi hành án dân sự", "coordinate")]),
    ("1. Viện kiểm sát nhân dân huyện phối hợp với cơ quan điều tra xử lý.",
     [("Viện kiểm sát nhân dân huyện", "lead"), ("Cơ quan điều tra", "coordinate")]),
]
# fmt: on


def test_the_bodies_a_law_names_by_function_are_classes() -> None:
    check_table(STATUTORY_BODIES, _first_task_agencies)


_news_agencies = _task_agencies_in("")  # a report: no header


# in a report, a list under one head of a lower level than the body speaking is every one of them, as in that
# body's own letter: a city's department speaking of "các phòng y tế, giáo dục" means every district's
# fmt: off
REPORTED_LISTS = [
    ("Đà Nẵng tăng tốc tiêm vắc xin\n\nĐể đẩy nhanh tiến độ, Sở Y tế Đà Nẵng đề nghị UBND các quận, huyện chỉ đạo "
     "các phòng y tế, giáo dục và đào tạo rà soát đối tượng tiêm.\n",
     [("Ủy ban nhân dân cấp huyện", "lead"), ("Phòng Y tế cấp huyện", "lead"),
      ("Phòng Giáo dục và Đào tạo cấp huyện", "lead")]),
]
# fmt: on


def test_a_reported_list_under_one_head_is_read_at_the_speakers_level() -> None:
    check_table(REPORTED_LISTS, _news_agencies)


# a lead-in whose verb of two words a scan printed without a tone mark ("điện khân", "yêu câu") still names the
# bodies its items inherit; a company printed by its name, its legal form left out, is a body (ANNOTATING settled 8)
# fmt: off
SCANNED_LEAD_INS = [
    ("Trước tình hình trên, Chủ tịch UBND huyện điện khân Thủ trưởng các phòng, ban, đoàn thể; Chủ tịch UBND các "
     "xã tập trung thực hiện các nhiệm vụ sau:\n\n1. Chuẩn bị nhân lực, vật tư, phương tiện.",
     [("Các phòng, ban, ngành, đoàn thể huyện", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
    ("Để triển khai kịp thời, UBND huyện yêu câu Chủ tịch UBND các xã thực hiện các nội dung sau:\n\n"
     "1. Rà soát các hộ chăn nuôi.",
     [("Ủy ban nhân dân cấp xã", "lead")]),
    ("1. Đề nghị Công ty Cấp nước Nghệ An bảo đảm nguồn nước sinh hoạt.", [("Công ty Cấp nước Nghệ An", "lead")]),
]
# fmt: on


def test_a_scanned_lead_in_and_a_company_by_its_name() -> None:
    check_table(SCANNED_LEAD_INS, _first_task_agencies)


# a list after "như" gives examples of the generic noun before it, which has the role: a partner's, an actor's, or
# none when the generic is an owner or an object ("chứng chỉ của các tổ chức như …")
# fmt: off
EXAMPLES_OF_A_GENERIC = [
    ("1. Công nhận chứng chỉ của các tổ chức như: Công ty Giáo dục Quốc tế Sao Mai, Trung tâm Ngoại ngữ Hòa Bình.",
     []),
    ("1. Phối hợp với các đơn vị liên quan như: Sở Y tế, Công an tỉnh kiểm tra.",
     [("Sở Y tế", "coordinate"), ("Công an tỉnh", "coordinate")]),
    ("1. Đề nghị các đơn vị như Sở Y tế, Sở Tài chính rà soát.", [("Sở Y tế", "lead"), ("Sở Tài chính", "lead")]),
    # a level word a scan printed without its tone mark still closes the name, and the list goes on
    ("1. Đề nghị Hội Khuyến học thành phô, UBND các xã rà soát.",
     [("Hội Khuyến học thành phố", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
]
# fmt: on


def test_a_list_of_examples_takes_its_generics_role() -> None:
    check_table(EXAMPLES_OF_A_GENERIC, _first_task_agencies)


# "Khoa" printed bare in a faculty's own document is the faculty itself (in a university's, each of its faculties)
def test_a_faculty_printed_bare_in_its_own_plan_is_the_faculty() -> None:
    read = _task_agencies_in(
        "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nKHOA KẾ TOÁN\n\nSố: 12/KH-KKT\nHà Nội, ngày 3 tháng 4 năm 2024\n\n"
        "KẾ HOẠCH\nThực tập tốt nghiệp năm 2024\n\n"
    )
    assert read("1. Sinh viên nộp báo cáo thực tập về Khoa trước ngày 30/5/2024.\n2. Khoa phân công giảng viên.") == [
        ("Khoa Kế toán", "report_to"),
        ("Khoa Kế toán", "lead"),
    ]
