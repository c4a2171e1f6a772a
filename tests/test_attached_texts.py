"""A decision that issues a text printed after it (corpus/ANNOTATING.md "Tasks", ANNOTATION.md "Sections").

Form: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" (or "Quy chế", "Quy định" …), the signature, then
the issued text under its title in capitals ("KẾ HOẠCH", "QUY CHẾ") with its own parts and items. The attached
text's items are read as a stand-alone text's would be (ids "II.1", "Điều 3"); the issuing article itself
orders no one and is context. The cases are made up for the test (none is a corpus sentence). Every failing
row is collected, then the test fails once.
"""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 88/QĐ-UBND\nKon Tum, ngày 09 tháng 4 năm 2024\n\n"
    "QUYẾT ĐỊNH\n{subject}\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
    "Xét đề nghị của Giám đốc Sở Nông nghiệp.\n\nQUYẾT ĐỊNH:\n\n"
)
ARTICLES = (
    "Điều 1. {issues}\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nông nghiệp và Chủ tịch Ủy ban nhân dân "
    "các huyện chịu trách nhiệm thi hành Quyết định này./.\n\n"
)
# the tail as the signature stage reads it, on lines and as a flattened two-column table row
TAIL = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Bình\n\n"
TABLE_TAIL = "| Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình |\n|---|---|\n\n"
PLAN = (
    "KẾ HOẠCH\n\nPhòng, chống hạn hán năm 2024\n(Kèm theo Quyết định số 88/QĐ-UBND ngày 09/4/2024)\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Chủ động ứng phó với hạn hán, bảo đảm nước sinh hoạt.\n\n"
    "II. NHIỆM VỤ TRỌNG TÂM\n\n1. Sở Nông nghiệp rà soát các công trình thủy lợi.\n\n"
    "2. Ủy ban nhân dân các huyện lập phương án cấp nước.\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính bố trí kinh phí.\n\n"
    "2. Các sở, ngành báo cáo kết quả trước ngày 30/11/2024./.\n"
)
RULES = (
    "QUY CHẾ\n\nLàm việc của Ban Chỉ đạo phòng, chống thiên tai tỉnh\n\n"
    "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\nQuy chế này quy định nguyên tắc làm việc của Ban.\n\n"
    "Chương II\nNHIỆM VỤ CỤ THỂ\n\nĐiều 2. Nhiệm vụ của cơ quan thường trực\n\n"
    "Sở Nông nghiệp tổ chức trực ban, theo dõi tình hình thiên tai.\n\n"
    "Điều 3. Tổ chức thực hiện\n\nCác thành viên Ban Chỉ đạo thực hiện Quy chế này./.\n"
)
ISSUE_PLAN = "Ban hành kèm theo Quyết định này Kế hoạch phòng, chống hạn hán năm 2024."
ISSUE_QUOTED = "Ban hành kèm theo Quyết định này “Kế hoạch phòng, chống hạn hán năm 2024”."
ISSUE_RULES = "Ban hành Quy chế làm việc của Ban Chỉ đạo phòng, chống thiên tai tỉnh kèm theo Quyết định này."


def decision(subject: str, issues: str, tail: str, attached: str) -> str:
    return HEAD.format(subject=subject) + ARTICLES.format(issues=issues) + tail + attached


def task_ids(text: str) -> list[str]:
    return [task.id for task in extract(text).tasks]


# (text, top-level task ids)
# fmt: off
ATTACHED = [
    # a plan: its directive parts' items, as in a stand-alone plan; "I. MỤC ĐÍCH" is context
    (decision("Ban hành Kế hoạch phòng, chống hạn hán", ISSUE_PLAN, TAIL, PLAN),
     ["Điều 3", "II.1", "II.2", "III.1", "III.2"]),
    (decision("Ban hành Kế hoạch phòng, chống hạn hán", ISSUE_PLAN, TABLE_TAIL, PLAN),
     ["Điều 3", "II.1", "II.2", "III.1", "III.2"]),
    # rules issued the same way ("Ban hành Quy chế … kèm theo Quyết định này"): their articles that order
    (decision("Ban hành Quy chế làm việc", ISSUE_RULES, TABLE_TAIL, RULES),
     ["Điều 3", "Điều 2-2", "Điều 3-2"]),  # ids made unique as in any text
    # the decision alone: the issuing article still orders no one
    (decision("Ban hành Kế hoạch phòng, chống hạn hán", ISSUE_PLAN, TAIL, ""), ["Điều 3"]),
    # the issued text's title in quotes
    (decision("Ban hành Kế hoạch phòng, chống hạn hán", ISSUE_QUOTED, TAIL, ""), ["Điều 3"]),
    # an article that does not issue a text attached stays an order
    (decision("Giao nhiệm vụ", "Giao Sở Nông nghiệp chủ trì xây dựng Kế hoạch phòng, chống hạn hán.", TAIL, ""),
     ["Điều 1", "Điều 3"]),
]
# fmt: on


def test_the_items_of_a_text_a_decision_issues_attached_are_tasks() -> None:
    check_table(ATTACHED, task_ids)


def _sections(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.span[0] : s.span[1]].strip()[:12]) for s in extract(text).sections]


SECTIONS = [
    (
        decision("Ban hành Kế hoạch phòng, chống hạn hán", ISSUE_PLAN, TABLE_TAIL, PLAN),
        [
            ("header", "ỦY BAN NHÂN "),
            ("preamble", "Căn cứ Luật "),
            ("tasks", "Điều 3. Chán"),
            ("distribution", "| Nơi nhận: "),  # the row's leftmost text (ANNOTATION.md "Sections")
            ("preamble", "KẾ HOẠCH\n\nPh"),
            ("tasks", "II. NHIỆM VỤ"),
        ],
    ),
]


def test_the_attached_text_opens_its_own_parts() -> None:
    check_table(SECTIONS, _sections)
