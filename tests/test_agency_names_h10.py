"""Name forms the sealed set h10 left unproduced or misread (issue 9, round 11): a board named after the site it
manages ("Ban Quản lý vườn quốc gia …"), a project board's long purpose closed by its level, a field whose duty's
two words are joined by a comma ("phòng cháy, chữa cháy"), an item's heading that is one unit's name alone (its
terms after a comma, a bare "Văn phòng"), a place whose name opens with a type word ("Hội Hoan", "Trường Thành"),
a repaired known name that the text goes on past, the 2025 Ban Chỉ huy Bộ đội Biên phòng (no "BCH" form of the
Bộ Chỉ huy it replaced), the class "các tổ chức đoàn thể", and the provincial press named with its level or its
province. Every case is invented: other provinces, other sites, other units; each failed before this round."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.agencies.grammar import find_named_bodies
from directive_extract.vn import fold_keep_case

from .test_agency_forms import mention_names
from .test_recognizers import check_table


def _grammar_names(text: str) -> list[str]:
    return [m.name for m in find_named_bodies(text, fold_keep_case(text), (0, len(text)))]


# (text, names the grammar reads in it, in order)
# fmt: off
GRAMMAR = [
    # a board named after the site it manages: the site's kind in small letters, then its proper name
    ("Giao Ban Quản lý vườn quốc gia Bạch Mã tuần tra rừng.", ["Ban Quản lý vườn quốc gia Bạch Mã"]),
    ("Ban Quản lý vịnh Bái Tử Long hướng dẫn tàu du lịch neo đậu.", ["Ban Quản lý vịnh Bái Tử Long"]),
    ("Ban Quản lý chợ thu phí hằng tháng.", []),
    # a project board's purpose in small letters runs past a dozen words when its level closes it
    ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp nông thôn mới huyện Krông Bông chủ trì.",
     ["Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp nông thôn mới huyện Krông Bông"]),
    # "giao thông" is a word of names, no "giao" (to assign)
    ("Ban An toàn giao thông huyện Đức Trọng ra quân kiểm tra.", ["Ban An toàn giao thông huyện Đức Trọng"]),
    # a duty's two words joined by a comma stay in the field; "và" goes on to the next such duty
    ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ kiểm tra kho xăng.",
     ["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"]),
    ("Chi cục Thủy lợi và Phòng, chống thiên tai tỉnh Bến Tre tổng hợp thiệt hại.",
     ["Chi cục Thủy lợi và Phòng, chống thiên tai tỉnh Bến Tre"]),
    ("Chi cục Quản lý đê điều tỉnh Nam Định trực ban.", ["Chi cục Quản lý đê điều tỉnh Nam Định"]),
    ("Trung tâm Y tế và phòng, chống sốt xuất huyết ở huyện rà soát.", ["Trung tâm Y tế"]),
    # a place whose name opens with a type word is no body
    ("Người dân gần nút giao Hội Hoan và xã Trường Thành đã nhận tiền bồi thường.", []),
    # an item's heading that is one unit's name alone: its terms after a comma, a place after "trên"
    ("Phân công như sau:\n1.2. Phòng Nghiệp vụ, trưng bày và giáo dục di sản\n- Chủ trì kiểm kê hiện vật.\n",
     ["Phòng Nghiệp vụ, trưng bày và giáo dục di sản"]),
    ("Phân công như sau:\n2.4. Đội Tuần tra, kiểm soát trên sông Hậu\n- Tuần tra ban đêm.\n",
     ["Đội Tuần tra, kiểm soát trên sông Hậu"]),
    ("Phân công như sau:\n2.3. Sở Xây dựng, các xã ven sông\n- Rà soát hồ sơ.\n", ["Sở Xây dựng"]),
    ("Phân công như sau:\n3. Trung tâm Văn hóa, thể thao huyện Tân Phú có trách nhiệm\n- Treo băng rôn.\n",
     ["Trung tâm Văn hóa"]),
    # a unit's type word alone as an item's heading: the issuer's unit, bare
    ("Phân công như sau:\n2.2. Văn phòng\nTổng hợp báo cáo của các phòng.\n", ["Văn phòng"]),
    ("Phân công như sau:\nVăn phòng\nTổng hợp báo cáo của các phòng.\n", []),
]
# fmt: on


def test_name_grammar_forms_of_h10() -> None:
    check_table(GRAMMAR, _grammar_names)


# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    # a known name repaired from OCR damage ("Cục Quân y") is no repair when the words were whole and go on
    ("Gửi số liệu về Cục Quản lý thủy lợi và Phòng, chống thiên tai trước 16 giờ.",
     ["Cục Quản lý thủy lợi và Phòng, chống thiên tai"]),
    ("Nhờ Sở Giáo dục và Đào tọa tỉnh Lạng Sơn chủ trì.", ["Sở Giáo dục và Đào tạo"]),
    # the border guard's provincial command under the military command since 2025 (Kết luận 159-KL/TW) is the
    # Ban Chỉ huy; "BCH BĐBP tỉnh", printed before 2025, is still the Bộ Chỉ huy it abbreviates
    ("Ban Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị tuần tra biên giới.",
     ["Ban Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"]),
    ("Giao BCH BĐBP tỉnh chủ trì tuần tra.", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
    # "các tổ chức đoàn thể" is "các đoàn thể" (ANNOTATING 8a), a unit's own ("trong đơn vị") excepted
    ("Các tổ chức đoàn thể vận động hội viên giữ vệ sinh.", ["Các đoàn thể chính trị - xã hội"]),
    ("Ban giám đốc cùng các tổ chức đoàn thể trong cơ quan rà soát quỹ.", []),
]
# fmt: on


def test_mention_forms_of_h10() -> None:
    check_table(MENTIONS, mention_names)


PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 96/KH-UBND\nQuảng Trị, ngày 3 tháng 9 năm 2024\nKẾ HOẠCH\nVăn hóa\n\n"


def _agencies(header: str, items: str) -> list[tuple[str, str, str | None]]:
    notice = extract(header + items + "\n")
    found = []

    def walk(tasks) -> None:
        for task in tasks:
            found.extend((task.id, a.name, a.role) for a in task.agencies)
            walk(task.subtasks)

    walk(notice.tasks)
    return found


def test_the_provincial_press_named_with_its_province_names_its_bare_form() -> None:
    """One body, one name: "Đài Phát thanh và Truyền hình tỉnh" in Quảng Trị's plan that prints the station as
    "Đài Phát thanh và Truyền hình Quảng Trị" in its tasks is that station, its province in the level's stead."""
    items = (
        "1. Sở Văn hóa tuyên truyền về lễ hội trên Đài Phát thanh và Truyền hình Quảng Trị.\n"
        "2. Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về lễ hội.\n"
    )
    assert ("2", "Đài Phát thanh và Truyền hình Quảng Trị", "lead") in _agencies(PROVINCE, items)
    bare_only = "1. Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về lễ hội.\n"
    assert ("1", "Đài Phát thanh và Truyền hình tỉnh", "lead") in _agencies(PROVINCE, bare_only)
