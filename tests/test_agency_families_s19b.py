"""Name and addressee forms issue 9's round 19b read: a list of bodies parted by ";" whose items are whole names (an
executors article, a công điện's list, "Giao Cục A; Cục B; …"), the name an item gave whole where the text prints it
again, a shared head no list holds read by its form ("Ban Chỉ huy … các tỉnh, thành phố: A, B"), a reprinted công
điện's "Công điện gửi:" list that an item with no actor inherits, an article titled by a body's duties ("Điều 7.
Trách nhiệm của Sở …"), and the Party's committees under a city committee or at the base. Every case is invented:
other provinces, bodies, numbers."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n"
_DATE_AND_TITLE = "Số: 12/KH-UBND\nKon Tum, ngày 5 tháng 8 năm 2024\nKẾ HOẠCH\nPhòng, chống thiên tai\n\n1. "


def _task_agencies(sentence: str) -> list[tuple[str, str]]:
    notice = extract(PROVINCE + _DATE_AND_TITLE + sentence + "\n")
    return [(a.text, a.name) for a in notice.tasks[0].agencies] if notice.tasks else []


# (sentence, [(printed, name)]). The form: a list parted by ";", each item one body's name (its head's title maybe
# before it), opened by ";", ":" or a directive verb: a field printed in lower case after "và", a comma or a
# lower-case word runs to the item's ";" (a place inside it is the name's). It does not where the item's rest holds
# a verb of the directive, another body, or "các" with no place closing it, nor for a class of one level.
# fmt: off
SEMICOLON_ITEMS = [
    ("Giao Cục Thú y; Cục Quản lý chất lượng và an toàn thực phẩm; Cục Chăn nuôi và thức ăn chăn nuôi; Vụ Pháp chế"
     " tổ chức triển khai.",
     [("Cục Thú y", "Cục Thú y"),
      ("Cục Quản lý chất lượng và an toàn thực phẩm", "Cục Quản lý chất lượng và an toàn thực phẩm"),
      ("Cục Chăn nuôi và thức ăn chăn nuôi", "Cục Chăn nuôi và thức ăn chăn nuôi"), ("Vụ Pháp chế", "Vụ Pháp chế")]),
    ("Đề nghị Giám đốc Sở Nội vụ; Trưởng Ban Quản lý Khu kinh tế cửa khẩu quốc tế Bờ Y tỉnh Kon Tum; Chủ tịch Hội"
     " Nông dân tỉnh tổ chức thực hiện.",
     [("Sở Nội vụ", "Sở Nội vụ"),
      ("Ban Quản lý Khu kinh tế cửa khẩu quốc tế Bờ Y tỉnh Kon Tum",
       "Ban Quản lý Khu kinh tế cửa khẩu quốc tế Bờ Y tỉnh Kon Tum"),
      ("Hội Nông dân tỉnh", "Hội Nông dân tỉnh")]),
    ("Giao Cục Kế hoạch và tài chính; Cục Tổ chức bảo đảm kinh phí.",
     [("Cục Kế hoạch và tài chính", "Cục Kế hoạch và tài chính"), ("Cục Tổ chức", "Cục Tổ chức")]),
    ("Giao Sở Y tế; Sở Tài chính và các đơn vị liên quan; Phòng Kinh tế chủ trì thực hiện.",
     [("Sở Y tế", "Sở Y tế"), ("Sở Tài chính", "Sở Tài chính"), ("Phòng Kinh tế", "Phòng Kinh tế cấp huyện")]),
    ("Giao Ủy ban nhân dân các xã ven biển; Công an tỉnh thực hiện; Sở Y tế chủ động;",
     [("Ủy ban nhân dân các xã ven biển", "Ủy ban nhân dân các xã ven biển"), ("Công an tỉnh", "Công an tỉnh"),
      ("Sở Y tế", "Sở Y tế")]),
]
# fmt: on


def test_an_item_of_a_semicolon_list_is_one_whole_name() -> None:
    check_table(SEMICOLON_ITEMS, _task_agencies)


# (sentence, [(printed, name)]). The form: a name a ";" list gave whole, printed again outside the list, is that
# name ("Giao Cục Kỹ thuật và trang bị phối hợp …"); a name printed bare stays bare.
# fmt: off
REPRINTED = [
    ("Giao Cục Thú y; Cục Kỹ thuật và trang bị; Cục Y tế bảo đảm vật tư. Cục Kỹ thuật và trang bị phối hợp với"
     " Cục Y tế kiểm tra.",
     [("Cục Thú y", "Cục Thú y"), ("Cục Kỹ thuật và trang bị", "Cục Kỹ thuật và trang bị"),
      ("Cục Y tế", "Cục Y tế"), ("Cục Kỹ thuật và trang bị", "Cục Kỹ thuật và trang bị"), ("Cục Y tế", "Cục Y tế")]),
]
# fmt: on


def test_a_name_given_whole_is_that_name_again() -> None:
    check_table(REPRINTED, _task_agencies)


# (sentence, [(printed, name)]). The form: a shared head no list holds, a type word and its capitalized field, then
# "các tỉnh, thành phố:" and the places: one body per place, a centrally-run city's with "thành phố".
# fmt: off
SHARED_HEADS_BY_FORM = [
    ("Đề nghị Trung tâm Kiểm soát bệnh tật các tỉnh, thành phố: Gia Lai, Cần Thơ, Quảng Ngãi chủ động giám sát.",
     [("Gia Lai", "Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai"), ("Cần Thơ", "Trung tâm Kiểm soát bệnh tật thành phố Cần Thơ"),
      ("Quảng Ngãi", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ngãi")]),
    ("Đề nghị Ban Chỉ huy ƯCSC Quân sự các tỉnh: Quảng Trị, Hà Tĩnh khẩn trương sơ tán dân.",
     [("Quảng Trị", "Ban Chỉ huy ƯCSC Quân sự tỉnh Quảng Trị"), ("Hà Tĩnh", "Ban Chỉ huy ƯCSC Quân sự tỉnh Hà Tĩnh")]),
]
# fmt: on


def test_a_shared_head_read_by_its_form() -> None:
    check_table(SHARED_HEADS_BY_FORM, _task_agencies)


# (sentence, [(printed, name)]). The form: the Party's committees under a city's committee (Điều lệ Đảng: "đảng ủy
# trực thuộc", "đảng ủy cơ sở") as classes, the city's committee as printed.
# fmt: off
PARTY_CLASSES = [
    ("Giao các đảng bộ trực thuộc Thành ủy khác và các đảng ủy cơ sở thực hiện; đảng ủy trực thuộc Tỉnh ủy báo cáo.",
     [("các đảng bộ trực thuộc Thành ủy khác", "Đảng ủy trực thuộc Thành ủy"), ("các đảng ủy cơ sở", "Đảng ủy cơ sở"),
      ("đảng ủy trực thuộc Tỉnh ủy", "Đảng ủy trực thuộc Tỉnh ủy")]),
]
# fmt: on


def test_party_committees_as_classes() -> None:
    check_table(PARTY_CLASSES, _task_agencies)


# A page reprinting a công điện: "Công điện gửi:", a class of holders and its bodies parted by ";", a blank line, the
# list going on ("…;" left it open) with a shared head of provinces. The header reads them as addressees (the class
# of holders dropped, one body per province), the page stays news (no type), the header part holds both lines, and
# an item with no actor of its own inherits every addressee.
_REPRINT = (
    "Bộ Quốc phòng chỉ đạo ứng phó bão số 5\n\nNgày 3/9/2025, Bộ Tổng Tham mưu có Công điện gửi các đơn vị về việc"
    " ứng phó bão.\n\nCông điện gửi: Thủ trưởng các đơn vị: Cục Tác chiến; Cục Quân y; Cục Kỹ thuật và trang bị;\n\n"
    "Bộ Chỉ huy Quân sự các tỉnh, thành phố: Thanh Hóa, Nghệ An, Hải Phòng.\n\n"
    "1. Tổ chức trực ban nghiêm, báo cáo kết quả về Bộ Tổng Tham mưu.\n\n2. Cục Quân y chuẩn bị cơ số thuốc.\n"
)
_REPRINT_ADDRESSEES = [
    "Cục Tác chiến", "Cục Quân y", "Cục Kỹ thuật và trang bị", "Bộ Chỉ huy Quân sự tỉnh Thanh Hóa",
    "Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Bộ Chỉ huy Quân sự thành phố Hải Phòng",
]  # fmt: skip


def test_a_reprinted_cong_dien_list_is_inherited() -> None:
    notice = extract(_REPRINT)
    failures = []
    if notice.header.addressees != _REPRINT_ADDRESSEES:
        failures.append(f"addressees {notice.header.addressees!r}")
    if notice.header.doc_type is not None:
        failures.append(f"doc_type {notice.header.doc_type!r}")
    list_start = _REPRINT.index("Công điện gửi:")
    header = [s for s in notice.sections if s.kind == "header" and s.span[0] == list_start]
    if not header or header[0].span[1] < _REPRINT.index("Hải Phòng."):
        failures.append(f"sections {[(s.kind, s.span) for s in notice.sections]!r}")
    leads = [a.name for a in notice.tasks[0].agencies if a.role == "lead"]
    if leads != _REPRINT_ADDRESSEES:
        failures.append(f"item 1 leads {leads!r}")
    own = [(a.name, a.role) for a in notice.tasks[1].agencies]
    if own != [("Cục Quân y", "lead")]:
        failures.append(f"item 2 {own!r}")
    assert not failures, "\n".join(failures)


# An article titled by a body's duties ("Điều 7. Trách nhiệm của Sở Công Thương"): its items, which name no actor,
# take that body as their lead; the next article's body is its own items'.
_DUTIES = (
    "BỘ CÔNG THƯƠNG\nSố: 15/2025/TT-BCT\nHà Nội, ngày 3 tháng 3 năm 2025\nTHÔNG TƯ\nQuy định về an toàn hóa chất\n\n"
    "Điều 7. Trách nhiệm của Sở Công Thương\n\n1. Kiểm tra việc thực hiện các quy định về an toàn hóa chất.\n\n"
    "2. Tổng hợp, báo cáo kết quả về Bộ Công Thương trước ngày 15 tháng 12 hằng năm.\n\n"
    "Điều 8. Nhiệm vụ của Cục Hóa chất\n\n1. Hướng dẫn, kiểm tra việc thực hiện Thông tư này.\n"
)


def test_an_article_titled_by_a_bodys_duties() -> None:
    notice = extract(_DUTIES)
    leads = {t.id: [a.text for a in t.agencies if a.role == "lead"] for t in notice.tasks}
    assert leads == {"Điều 7.1": ["Sở Công Thương"], "Điều 7.2": ["Sở Công Thương"], "Điều 8.1": ["Cục Hóa chất"]}


_LETTER = "BỘ Y TẾ\nSố: 12/BYT-KCB\nHà Nội, ngày 5 tháng 8 năm 2024\nV/v phòng, chống dịch\n\n"
# (the "Kính gửi" lines, the addressees). The form: a class of holders before the bodies it lists ("Thủ trưởng các
# đơn vị: Cục A; Cục B;") is dropped, a list left open by ";" goes on past a blank line (a shared head's provinces);
# a head the bodies share ("Giám đốc các sở: Y tế, Tài chính") stays a head.
# fmt: off
ADDRESSEE_LISTS = [
    ("Kính gửi: Giám đốc các sở: Y tế, Tài chính.", ["Sở Y tế", "Sở Tài chính"]),
    ("Kính gửi: Thủ trưởng các đơn vị: Cục Quản lý Khám chữa bệnh; Vụ Kế hoạch - Tài chính;\n\n"
     "Sở Y tế các tỉnh: Lào Cai, Yên Bái.",
     ["Cục Quản lý Khám chữa bệnh", "Vụ Kế hoạch - Tài chính", "Sở Y tế tỉnh Lào Cai", "Sở Y tế tỉnh Yên Bái"]),
]
# fmt: on


def test_addressee_lists_of_holders_and_open_lists() -> None:
    check_table(
        ADDRESSEE_LISTS,
        lambda lines: (
            extract(
                _LETTER + lines + "\n\nCăn cứ Luật Khám bệnh, chữa bệnh, Bộ Y tế đề nghị:\n\n1. Tổ chức thực hiện.\n"
            ).header.addressees
        ),
    )
