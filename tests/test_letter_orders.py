"""An item that orders doing what another letter says, and a quotation mark OCR left unpaired
(corpus/ANNOTATING.md "Tasks", ANNOTATION.md "Sections").

Form: after a lead-in "… thực hiện các nhiệm vụ sau:", an item "1. Thực hiện nghiêm túc Công văn số …" is an order
(do as the letter says), not a basis; "Thực hiện Công văn số …, Sở … đề nghị:" as the paragraph opening a letter
stays its basis. A “ that OCR read from a speck and a ” past the text's end mark ("./.") quote nothing. The
cases are made up for the test (none is a corpus sentence). Every failing row is collected, then the test fails
once.
"""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC CƠ\nSố: 15/UBND-NN\nĐức Cơ, ngày 12 tháng 6 năm 2023\n\nKính gửi: Các cơ quan, đơn vị.\n\n"
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Hùng\n"
ITEMS = (
    "1. Thực hiện nghiêm túc Công văn số 210/UBND-NN ngày 02/6/2023 của UBND tỉnh về phòng, chống bệnh "
    "dại.\n\n2. Phòng Nông nghiệp tổ chức tiêm phòng cho đàn chó.\n\n"
    "3. Chủ tịch UBND các xã tuyên truyền đến người dân./.\n"
)
LEAD_IN = "Chủ tịch Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ sau:\n\n"
BASIS = "Thực hiện Công văn số 210/UBND-NN ngày 02/6/2023 của UBND tỉnh, Ủy ban nhân dân huyện yêu cầu:\n\n"


def task_ids(text: str) -> list[str]:
    return [task.id for task in extract(text).tasks]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.span[0] : s.span[1]].strip()[:12]) for s in extract(text).sections]


# (text, top-level task ids)
# fmt: off
ORDERS = [
    (HEAD + LEAD_IN + ITEMS + TAIL, ["1", "2", "3"]),
    (HEAD + BASIS + ITEMS + TAIL, ["1", "2", "3"]),
    # a speck read as “ in the situation, a ” in the OCR'd "Nơi nhận" past the end mark: no quotation
    (HEAD + "Bệnh dại có tỷ lệ tử vong “\ncao ở người.\n\n" + LEAD_IN + ITEMS + TAIL.replace("Nơi nhận:", "Nơi nhậ”"),
     ["1", "2", "3"]),
    # a quotation closed inside the body still quotes its clauses
    (HEAD + "Điều 5 Nghị định số 11/2024/NĐ-CP quy định:\n\n“1. Người có công với cách mạng.\n\n"
     "2. Hộ nghèo.”\n\nỦy ban nhân dân huyện thông báo để các đơn vị biết./.\n" + TAIL, []),
]
SECTIONS = [
    (HEAD + LEAD_IN + ITEMS + TAIL,
     [("header", "ỦY BAN NHÂN "), ("tasks", "Chủ tịch Ủy "), ("distribution", "Nơi nhận:\n- "),
      ("signature", "KT. CHỦ TỊCH")]),
    # the letter's opening basis stays context, its first item an order
    (HEAD + BASIS + ITEMS + TAIL,
     [("header", "ỦY BAN NHÂN "), ("preamble", "Thực hiện Cô"), ("tasks", "1. Thực hiện"),
      ("distribution", "Nơi nhận:\n- "), ("signature", "KT. CHỦ TỊCH")]),
]
# fmt: on


def test_an_item_ordering_to_carry_out_a_letter_is_a_task() -> None:
    check_table(ORDERS, task_ids)


def test_a_letter_opening_basis_stays_context() -> None:
    check_table(SECTIONS, kinds)
