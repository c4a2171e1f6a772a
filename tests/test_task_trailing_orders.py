"""Paragraphs after the last numbered item that order something of the whole letter (SCHEMA.md "Implicit
tasks"): each is a task `p…`; a closing formula is not.

Each table is one form of Vietnamese administrative writing; its cases are made up for the test (none is a
corpus sentence). Every failing row is collected, then the test fails once.
"""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

LETTER = (
    "SỞ VĂN HÓA VÀ THỂ THAO\nTỈNH HÀ NAM\nSố: 310/SVHTT-NV\nHà Nam, ngày 12 tháng 4 năm 2024\n\n"
    "V/v tổ chức Hội thi kể chuyện sách\n\nKính gửi: Các đơn vị trực thuộc.\n\n"
    "Sở Văn hóa và Thể thao đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
    "1. Thư viện tỉnh chủ trì tổ chức Hội thi.\n\n2. Bảo tàng tỉnh phối hợp trưng bày sách.\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Bình\n"


def ids(after_items: str) -> list[str]:
    return [task.id for task in extract(LETTER + after_items + TAIL).tasks]


# A clause of purpose may hold commas of its own before the order of the letter opens: "Để <purpose>, <more of
# it>, <issuer> đề nghị <addressee> <deed>"; the order is found after any of its commas, not only the last (the
# deed itself may list verbs with commas). (paragraphs after the items, top-level ids)
# fmt: off
PURPOSE_THEN_ORDER = [
    ("Để Hội thi lan tỏa rộng rãi, thu hút đông đảo bạn đọc, Sở Văn hóa và Thể thao đề nghị các đơn vị "
     "tuyên truyền, hướng dẫn để hội viên tham gia.", ["1", "2", "p1"]),
    ("Nhằm bảo đảm tiến độ, Sở đề nghị Thư viện tỉnh tổng hợp, báo cáo kết quả.", ["1", "2", "p1"]),
    # a purpose with no order after it is no task
    ("Để Hội thi lan tỏa rộng rãi, thu hút đông đảo bạn đọc, sách được trưng bày tại nhiều nơi.", ["1", "2"]),
]
# fmt: on


def test_an_order_after_a_purpose_with_commas() -> None:
    check_table(PURPOSE_THEN_ORDER, ids)


# The last paragraph asking the bodies to carry out the letter is its closing ("… yêu cầu các đơn vị triển khai
# thực hiện"), unless it goes on to order a further deed joined by "đồng thời": then it is an order of its own,
# as one with its own deadline is. (last paragraph, top-level ids)
# fmt: off
CLOSING_OR_ORDER = [
    ("Sở Văn hóa và Thể thao yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.", ["1", "2"]),
    ("Sở Văn hóa và Thể thao yêu cầu các đơn vị nghiêm túc triển khai thực hiện, đồng thời có hình thức "
     "khen thưởng kịp thời các tập thể tiêu biểu./.", ["1", "2"]),  # "khen thưởng" is no verb of doing here
    ("Sở Văn hóa và Thể thao yêu cầu các đơn vị nghiêm túc triển khai thực hiện, đồng thời có biện pháp "
     "tuyên truyền để bạn đọc hưởng ứng./.", ["1", "2", "p1"]),
    ("Sở Văn hóa và Thể thao đề nghị các đơn vị khẩn trương thực hiện; đồng thời báo cáo kết quả về Sở./.",
     ["1", "2", "p1"]),
]
# fmt: on


def test_a_closing_that_orders_a_further_deed_is_a_task() -> None:
    check_table(CLOSING_OR_ORDER, ids)


OPENING = (
    "SỞ Y TẾ\nTỈNH NINH THUẬN\nSố: 77/SYT-NV\nNinh Thuận, ngày 03 tháng 5 năm 2024\n\n"
    "V/v phòng, chống sốt xuất huyết\n\nKính gửi: Các đơn vị trực thuộc.\n\n"
)


def opening_ids(lead_in: str) -> list[str]:
    items = "\n1. Trung tâm Y tế giám sát ổ dịch.\n\n2. Các trạm y tế phun hóa chất.\n"
    return [task.id for task in extract(OPENING + lead_in + items + TAIL).tasks]


# The lead-in before the list is no task, also where OCR printed the words of its last line out of order, a few
# words in small letters after its colon ("… các nội dung sau:khai thực"). (lead-in, top-level ids)
# fmt: off
LEAD_INS = [
    ("Sở Y tế yêu cầu Thủ trưởng các đơn vị khẩn trương triển\nhiện các nội dung sau:khai thực\n", ["1", "2"]),
    ("Sở Y tế yêu cầu Thủ trưởng các đơn vị khẩn trương triển khai thực hiện các nội dung sau:\n", ["1", "2"]),
]
# fmt: on


def test_a_lead_in_is_no_task_even_scrambled() -> None:
    check_table(LEAD_INS, opening_ids)


PLAN = (
    "HỘI LUẬT GIA\nTỈNH QUẢNG BÌNH\nSố: 12/KH-HLG\nQuảng Bình, ngày 08 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
    "Hoạt động của Hội năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao chất lượng sinh hoạt hội viên.\n\n"
    "II. NỘI DUNG\n\n1. Mở lớp bồi dưỡng nghiệp vụ cho hội viên trong quý II.\n\n"
    "2. Tổ chức đợt tư vấn pháp luật miễn phí tại các xã vùng cao.\n\n"
)


def plan_parts(last_part: str) -> list[tuple[str, bool]]:
    """(id, whether the task holds the last part's paragraph) of every top-level task."""
    doc = extract(PLAN + last_part + TAIL)
    paragraph = last_part.rstrip().rsplit("\n\n", 1)[-1]
    return [(task.id, paragraph in task.text) for task in doc.tasks]


# A plan's last roman part whose paragraph hands the plan to named bodies ("III. Tổ chức thực hiện" then "Giao
# Ban …, các chi hội … tổ chức thực hiện …") is a task holding that paragraph, even when the paragraph ends with
# the formula on difficulties met; a paragraph that only asks for the plan to be carried out stays the closing.
# (last part, top-level ids with whether each holds the last paragraph)
# fmt: off
LAST_PART = [
    ("III. Phân công triển khai\n\nGiao Ban thường trực, các chi hội cơ sở đôn đốc hội viên làm theo Kế hoạch này. "
     "Quá trình làm nếu có điều gì vướng mắc, các chi hội phản ánh về Thường trực Hội để sớm tháo gỡ./.",
     [("II.1", False), ("II.2", False), ("III", True)]),
    ("III. Phân công triển khai\n\nGiao cho Văn phòng Hội nhắc nhở, kèm cặp các chi hội; nếu có vướng mắc thì "
     "trình Thường trực Hội./.",
     [("II.1", False), ("II.2", False), ("III", True)]),
    ("Trên đây là nội dung hoạt động năm 2024 của Hội; đề nghị các chi hội nghiêm túc làm theo./.",
     [("II.1", False), ("II.2", False)]),
]
# fmt: on


def test_an_assigning_last_part_is_a_task_not_the_closing() -> None:
    check_table(LAST_PART, plan_parts)
