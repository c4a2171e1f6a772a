"""The kind of a plan's roman parts (ANNOTATION.md "Sections", corpus/ANNOTATING.md "Tasks"), form by form.

A roman part that orders nothing is no `tasks` section: printed before the first part that orders, it tells
what the plan is about (the needs of a recruitment, a contest's rules, who takes part); after the orders, a
part titled by a field of the plan (its funds, its prizes) is context too, while a rule printed among the
orders stays in their run. A funding part whose bullets list the sources of the money orders nothing; one
whose text binds a body does. Every case is made up for the test (none is a corpus sentence); every failing
row is collected, then the test fails once.
"""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

PLAN = "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\nSố: 37/KH-UBND\nTân Phú, ngày 12 tháng 4 năm 2025\n\nKẾ HOẠCH\n{subject}\n\n"
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Quốc Bảo\n"
PURPOSE = "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao chất lượng đội ngũ giáo viên mầm non.\n\n"
ORDERS = (
    "III. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Nội vụ chủ trì tổ chức xét tuyển.\n\n"
    "2. Phòng Tài chính - Kế hoạch thẩm định dự toán.\n"
)


def plan(body: str) -> str:
    return PLAN.format(subject="Tuyển dụng giáo viên mầm non năm 2025") + body + TAIL


def part_kinds(text: str) -> list[tuple[str, str]]:
    """(kind, first words) of each section that opens on a roman part's title."""
    notice = extract(text)
    kinds = []
    for section in notice.sections:
        first = text[section.span[0] : section.span[1]].strip().split("\n")[0]
        if first[:1] in "IVX" and "." in first[:5]:
            kinds.append((section.kind, first.split(".")[0]))
    return kinds


# (text, [(kind, roman numeral) of the sections opening on a roman title])
# fmt: off
PARTS = [
    # a part of needs before the orders: what the recruitment is, no one is ordered
    (plan(PURPOSE + "II. CHỈ TIÊU, VỊ TRÍ CẦN TUYỂN\n\n1. Số lượng: 12 giáo viên mầm non hạng III.\n\n"
          "2. Vị trí việc làm: giáo viên dạy lớp mẫu giáo.\n\n" + ORDERS),
     [("preamble", "I"), ("tasks", "III")]),
    # a contest's rules before the orders
    (plan("I. MỤC ĐÍCH\n\nKhơi dậy niềm say mê đọc sách.\n\nII. THỂ THỨC DỰ THI\n\n1. Bài dự thi viết tay trên "
          "giấy A4.\n\n2. Mỗi thí sinh gửi một bài.\n\n" + ORDERS),
     [("preamble", "I"), ("tasks", "III")]),
    # a field of the plan after the orders: its funds, its prizes
    (plan(PURPOSE + "II. NHIỆM VỤ\n\n1. Phòng Giáo dục và Đào tạo rà soát nhu cầu giáo viên.\n\n"
          "III. KINH PHÍ\n\n1. Từ nguồn ngân sách huyện năm 2025.\n\n2. Nguồn thu lệ phí dự tuyển.\n\n"
          "IV. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Nội vụ chủ trì tổ chức xét tuyển.\n"),
     [("preamble", "I"), ("tasks", "II"), ("preamble", "III"), ("tasks", "IV")]),
    (plan(PURPOSE + "II. NHIỆM VỤ\n\n1. Các trường phát động phong trào đọc sách.\n\n"
          "III. KHEN THƯỞNG\n\n1. Giải nhất: 01 giải.\n\n2. Giải nhì: 02 giải.\n\n"
          "IV. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Văn hóa - Thông tin chủ trì chấm giải.\n"),
     [("preamble", "I"), ("tasks", "II"), ("preamble", "III"), ("tasks", "IV")]),
    # a part that orders nothing among the orders, not titled by a field: it stays in their run
    (plan(PURPOSE + "II. NHIỆM VỤ\n\n1. Phòng Giáo dục và Đào tạo rà soát nhu cầu giáo viên.\n\n"
          "III. HỒ SƠ DỰ TUYỂN\n\n1. Đơn đăng ký dự tuyển.\n\n2. Bản sao văn bằng, chứng chỉ.\n\n"
          "IV. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Nội vụ chủ trì tổ chức xét tuyển.\n"),
     [("preamble", "I"), ("tasks", "II")]),
]
# fmt: on


def test_a_part_that_orders_nothing_is_no_tasks_section() -> None:
    check_table(PARTS, part_kinds)


def top_ids(text: str) -> list[str]:
    return [task.id for task in extract(text).tasks]


# (text, top-level task ids)
# fmt: off
FUNDS = [
    # bullets that list the sources of the funds, under a sentence whose subject is the funds: no task
    (plan(PURPOSE + "II. KINH PHÍ THỰC HIỆN\n\nKinh phí tổ chức tuyển dụng phải được sử dụng đúng mục đích, "
          "gồm:\n- Ngân sách huyện cấp.\n- Lệ phí thí sinh nộp.\n\n" + ORDERS),
     ["III.1", "III.2"]),
    (plan(PURPOSE + "II. NGUỒN KINH PHÍ\n\n- Dự toán chi thường xuyên năm 2025.\n- Các nguồn hợp pháp khác.\n\n"
          + ORDERS),
     ["III.1", "III.2"]),
    # bullets of the funding part that bind a body: the part is a task
    (plan(PURPOSE + "II. KINH PHÍ THỰC HIỆN\n\n- Các trường phải lập dự toán gửi Phòng Tài chính - Kế hoạch.\n"
          "- Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí.\n\n" + ORDERS),
     ["II", "III.1", "III.2"]),
]
# fmt: on


def test_a_funding_part_orders_only_where_its_text_binds_a_body() -> None:
    check_table(FUNDS, top_ids)
