"""Name forms issue 9's round 20b read after the first sight of h9: a title that names one body to its line's end
("Điều 14. Trách nhiệm của Trung tâm phát triển quỹ đất - quỹ nhà", a field in lower case, hyphens, a purpose verb,
a title wrapped over a blank line), an article titled by a body alone ("Điều 3: Văn phòng HĐND-UBND thành phố"), the
organisations printed by their own name ("Mặt trận Tổ quốc Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"), the Front's
members after its full name, the merged provincial press body printed without its comma and the district's office
of a provincial city. Every case is invented: other towns, bodies and duties."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.agencies.matcher import fold_key, matcher

from .test_recognizers import check_table

PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n"
_DATE_AND_TITLE = "Số: 12/KH-UBND\nKon Tum, ngày 5 tháng 8 năm 2024\nKẾ HOẠCH\nPhòng, chống thiên tai\n\n1. "
TOWN = "ỦY BAN NHÂN DÂN\nTHỊ XÃ AN KHÊ\nSố: 40/QĐ-UBND\nAn Khê, ngày 9 tháng 3 năm 2024\n\nQUY CHẾ\nPhối hợp quản lý bến xe\n\n"


def _task_agencies(sentence: str) -> list[tuple[str, str]]:
    notice = extract(PROVINCE + _DATE_AND_TITLE + sentence + "\n")
    return [(a.text, a.name) for a in notice.tasks[0].agencies] if notice.tasks else []


def _article_leads(article: str) -> list[str]:
    notice = extract(TOWN + article + "\n")
    return [a.name for a in notice.tasks[0].agencies if a.role == "lead"] if notice.tasks else []


# (article, lead names of its first clause). The form: an article's title is the body whose duties the article
# sets, alone on its line: what follows the type word to the line's end is the name, a lower-case field, hyphens
# and purpose verbs included, and a title wrapped before a lower-case word over a blank line goes on there. A
# title with a function word ("trong"), or a sentence after an article's number, is read as before.
_CLAUSE = "\n\n1. Rà soát các ki-ốt quanh bến xe mỗi quý và lập sổ theo dõi."
# fmt: off
TITLES = [
    ("Điều 21. Nhiệm vụ của Trung tâm quản lý quỹ nhà - quỹ đất" + _CLAUSE,
     ["Trung tâm quản lý quỹ nhà - quỹ đất"]),
    ("Điều 22. Nhiệm vụ của Trung tâm Dịch vụ nông\n\nnghiệp thị xã" + _CLAUSE,
     ["Trung tâm Dịch vụ nông nghiệp thị xã"]),
    ("Điều 23: Ban Quản lý dự án thủy lợi đầu tư xây dựng" + _CLAUSE,
     ["Ban Quản lý dự án thủy lợi đầu tư xây dựng"]),
    ("Điều 12: Văn phòng HĐND-UBND thị xã" + _CLAUSE,
     ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã"]),
    ("Điều 24. Nhiệm vụ của Sở Y tế trong kiểm dịch hàng hóa" + _CLAUSE, ["Sở Y tế"]),
]
# fmt: on


def test_a_title_names_one_body_to_its_end() -> None:
    check_table([(article, names) for article, names in TITLES], _article_leads)


# (sentence, [(printed, name)]). The forms: an organisation printed by its own name is itself, not its central
# committee (the corpus's gold files name "Mặt trận Tổ quốc Việt Nam" so); the Front's members right after its full
# name and "và" are its; the provincial press body of 2025 printed without its comma; the district office of a provincial city or a town ("Văn phòng HĐND và UBND thành phố").
# fmt: off
PRINTED_NAMES = [
    ("Mời Hội LHPN Việt Nam hướng dẫn hội viên tham gia.",
     [("Hội LHPN Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam")]),
    ("Sở Y tế phối hợp Mặt trận Tổ quốc Việt Nam cùng các tổ chức thành viên vận động nhân dân giữ gìn vệ sinh.",
     [("Sở Y tế", "Sở Y tế"), ("Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
      ("các tổ chức thành viên", "Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam")]),
    ("Giao Báo và Phát thanh truyền hình tỉnh Kon Tum mở chuyên mục về phòng cháy.",
     [("Báo và Phát thanh truyền hình tỉnh Kon Tum", "Báo và Phát thanh, Truyền hình tỉnh Kon Tum")]),
    ("Giao Văn phòng HĐND và UBND thành phố Kon Tum bố trí lịch tiếp dân.",
     [("Văn phòng HĐND và UBND thành phố Kon Tum",
       "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố Kon Tum")]),
]
# fmt: on


def test_organisations_printed_by_their_own_names() -> None:
    check_table(PRINTED_NAMES, _task_agencies)


# (printed, name): a known name printed without the commas between its fields is a form of the gazetteer, read
# exactly (not left to the fuzzy fallback, which a longer name may miss)
# fmt: off
WITHOUT_COMMAS = [
    ("Bộ Văn hóa Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh",
     "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"),
    ("Báo và Phát thanh Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh"),
]
# fmt: on


def test_a_known_name_printed_without_its_commas_is_a_form_of_it() -> None:
    forms = matcher().forms
    check_table(WITHOUT_COMMAS, lambda printed: forms[key].name if (key := fold_key(printed)) in forms else None)
