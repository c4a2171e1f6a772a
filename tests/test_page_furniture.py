"""Page furniture and the ends of lists: page numbers, page-break marks, running footers and margin line
numbers never open an item or become one; a list goes past 999 items; the last item does not swallow
the closing paragraph, and the orders printed after it are tasks p1, p2 …

Tables are one case a line; every failing row is collected, then the test fails once.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.furniture import furniture_lines, line_number_spans
from directive_extract.stages.lines import _soft_break, indents_first_lines, split_lines
from directive_extract.stages.normalize import normalize

from .test_recognizers import check_table

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 45/TB-UBND\nLong An, ngày 20 tháng 10 năm 2021\n\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\nChủ tịch UBND tỉnh kết luận như sau:\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Út\n"
FILLER = ["Các đơn vị tiếp tục rà soát, cập nhật số liệu và báo cáo kết quả theo quy định."] * 12


def lines_of(*parts: str | list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        out += part if isinstance(part, list) else [part]
    return out


def furniture(lines: list[str]) -> list[str]:
    return [lines[i].strip() for i in sorted(furniture_lines(lines))]


# (lines, the lines that are furniture)
# fmt: off
FURNITURE = [
    (lines_of("--- PAGE 3 ---", "Nội dung.", "--- PAGE BREAK ---"), ["--- PAGE 3 ---", "--- PAGE BREAK ---"]),
    (lines_of("Trang 2/5", "Nội dung.", "Page 3 of 7", "Trang 4"), ["Trang 2/5", "Page 3 of 7", "Trang 4"]),
    (lines_of("- 3 -", "-4-", "– 5 –"), ["- 3 -", "-4-", "– 5 –"]),
    (lines_of("10.KLTW77.DOC 3", "Nội dung.", "bao_cao_final.docx"), ["10.KLTW77.DOC 3", "bao_cao_final.docx"]),
    # the drafter's file code under the tail: parts joined by underscores, a number among them
    (lines_of("- Lưu: VT, NC.", "HT_NC2_14.TB", "PL_03_ND"), ["HT_NC2_14.TB", "PL_03_ND"]),
    (lines_of("SO_Y_TE", "COVID_19"), []),  # no number, or two parts: a word written with underscores
    # bare numbers: a run of pages at least a page apart (one page number may be missing) …
    (lines_of(FILLER, "2", FILLER, "3", FILLER, FILLER, "5"), ["2", "3", "5"]),
    # … not the row numbers of a table printed one cell per line, nor a lone number
    (lines_of("1", "Rà soát", "Sở Y tế", "2", "Kiểm tra", "Công an tỉnh", "3", "Báo cáo", "Sở Nội vụ"), []),
    (lines_of(FILLER, "2", FILLER), []),
    # page numbers with a speck of OCR noise beside them, in a run like the clean ones
    (lines_of(FILLER, "2", FILLER, ": 3", FILLER, "4 .", FILLER), ["2", ": 3", "4 ."]),
    (lines_of(FILLER, ": 3", FILLER), []),
    # a running footer: a code and the page number, repeated a page apart
    (lines_of("TB45/UBND 1", FILLER, "TB45/UBND 2", FILLER), ["TB45/UBND 1", "TB45/UBND 2"]),
    (lines_of("Phụ lục 1", FILLER, "Phụ lục 2", FILLER), []),  # headings, not furniture
    (lines_of("Điều 5", FILLER, "Điều 6", FILLER), []),
    (lines_of("1. Sở Y tế chủ trì.", "2. Trang bị thiết bị.", "Trang thiết bị y tế 2"), []),
    # items' numbers alone on their lines, their text below: "1." then "2." a few lines on, "3." pages later
    (lines_of("1.", "Đề án có ý nghĩa lớn.", "2.", "Nhiệm vụ chính:", FILLER, FILLER, "3.", "Yêu cầu:"), []),
    # … while page numbers printed with a stop still make a run, and a run of pages keeps its missing one
    (lines_of(FILLER, "2.", FILLER, "3.", FILLER), ["2.", "3."]),
    (lines_of(FILLER, "2", FILLER, "3", FILLER, "4", FILLER, "1.", "Ghi chú", "2.", "Phụ lục"), ["2", "3", "4"]),
]
# fmt: on


def test_furniture_lines() -> None:
    check_table(FURNITURE, furniture)


def numbered(lines: list[str], first: int = 1) -> str:
    return "\n".join(f"{first + k} {line}" if line else "" for k, line in enumerate(lines))


NUMBERED_BODY = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH LONG AN",
    "Số: 45/TB-UBND",
    "THÔNG BÁO",
    "Chủ tịch UBND tỉnh kết luận như sau:",
    "1. Sở Y tế tổ chức tiêm vắc xin.",
    "- Các sở, ngành phối hợp thực hiện.",
    "2. Sở Tài chính bố trí kinh phí.",
    "- Các huyện tổ chức thực hiện.",
    "3. Sở Xây dựng hoàn thành sửa chữa.",
]


def margin_numbers(text: str) -> list[str]:
    return [text[a:b] for a, b in line_number_spans(text)]


# (text, the margin numbers found)
LINE_NUMBERS = [
    (numbered(NUMBERED_BODY), [f"{k} " for k in range(1, 11)]),
    (numbered(NUMBERED_BODY, first=41), [f"{k} " for k in range(41, 51)]),
    (numbered(NUMBERED_BODY[:6]), []),  # too short a run to tell from a list
    ("\n".join(f"{k}. Mục {k}" for k in range(1, 15)), []),  # numbered items, not line numbers
    ("\n".join(f"{k} Rà soát" if k != 5 else "Rà soát" for k in range(1, 15)), []),  # the run breaks
    # the rows of a table read as lines, a blank line between: their numbers are the rows', not margin numbers
    ("\n\n".join(f"{k} | Rà soát hồ sơ | Sở Y tế | Quý II/2026" for k in range(1, 15)), []),
]


def test_margin_line_numbers() -> None:
    check_table(LINE_NUMBERS, margin_numbers)


def tasks_of(text: str) -> list[tuple[str, str]]:
    """(id, the task's text as printed, whitespace collapsed) of each top-level task and sub-item."""

    def walk(tasks):
        for task in tasks:
            yield task.id, " ".join(task.text.split())
            yield from walk(task.subtasks)

    notice = extract(text)
    assert all(text[t.span[0] : t.span[1]] == t.text for t in notice.tasks)
    return list(walk(notice.tasks))


LONG_LINE = "Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện"

# (body between the head and the tail, [(task id, its text)])
# fmt: off
ITEMS = [
    # page furniture between items stays with the item before it and opens none
    (
        "1. Sở Y tế tổ chức tiêm vắc xin cho người dân.\n10.KLTW77.DOC 3\n2. Sở Tài chính bố trí kinh phí.",
        [("1", "1. Sở Y tế tổ chức tiêm vắc xin cho người dân. 10.KLTW77.DOC 3"), ("2", "2. Sở Tài chính bố trí kinh phí.")],
    ),
    (
        "1. Sở Y tế tổ chức tiêm vắc xin cho người dân.\n- 3 -\n2. Sở Tài chính bố trí kinh phí.",
        [("1", "1. Sở Y tế tổ chức tiêm vắc xin cho người dân. - 3 -"), ("2", "2. Sở Tài chính bố trí kinh phí.")],
    ),
    (
        "1. Sở Y tế tổ chức tiêm vắc xin cho người dân.\n\nTrang 2/5\n\n2. Sở Tài chính bố trí kinh phí.",
        [("1", "1. Sở Y tế tổ chức tiêm vắc xin cho người dân. Trang 2/5"), ("2", "2. Sở Tài chính bố trí kinh phí.")],
    ),
    # a sentence goes on across a page break
    (
        f"1. {LONG_LINE}\n\n--- PAGE 2 ---\n\ntiêm vắc xin cho người dân.\n2. Sở Tài chính bố trí kinh phí.",
        [("1", f"1. {LONG_LINE} --- PAGE 2 --- tiêm vắc xin cho người dân."), ("2", "2. Sở Tài chính bố trí kinh phí.")],
    ),
    # margin line numbers: "12 - Các sở" is no item 12, "13 2. Sở …" is item 2
    (
        numbered([
            "1. Sở Y tế tổ chức tiêm vắc xin.", "- Các sở, ngành phối hợp.", "2. Sở Tài chính bố trí kinh phí.",
            "- Các huyện tổ chức thực hiện.", "3. Sở Xây dựng hoàn thành.", "- Các xã phối hợp.",
            "4. Sở Nội vụ rà soát.", "- Các phòng phối hợp.", "5. Công an tỉnh bảo đảm an ninh.", "- Các đồn phối hợp.",
        ], first=11),
        [
            ("1", "1. Sở Y tế tổ chức tiêm vắc xin. 12 - Các sở, ngành phối hợp."), ("1.1", "- Các sở, ngành phối hợp."),
            ("2", "2. Sở Tài chính bố trí kinh phí. 14 - Các huyện tổ chức thực hiện."), ("2.1", "- Các huyện tổ chức thực hiện."),
            ("3", "3. Sở Xây dựng hoàn thành. 16 - Các xã phối hợp."), ("3.1", "- Các xã phối hợp."),
            ("4", "4. Sở Nội vụ rà soát. 18 - Các phòng phối hợp."), ("4.1", "- Các phòng phối hợp."),
            ("5", "5. Công an tỉnh bảo đảm an ninh. 20 - Các đồn phối hợp."), ("5.1", "- Các đồn phối hợp."),
        ],
    ),
]
# fmt: on


def test_page_furniture_never_opens_an_item() -> None:
    check_table([(HEAD + body + TAIL, expected) for body, expected in ITEMS], tasks_of)


def test_a_list_goes_past_999_items() -> None:
    items = "\n".join(
        f"{k}. Rà soát hồ sơ thủ tục hành chính số {k} của Sở Tư pháp tỉnh Long An" for k in range(1, 1003)
    )
    ids = [task_id for task_id, _ in tasks_of(HEAD + items + TAIL)]
    assert ids == [str(k) for k in range(1, 1003)]


# (the paragraphs after the last item, [(id, text) of the tasks from the last item on])
# fmt: off
TRAILING = [
    # a closing is no part of the last item
    ("Sở Y tế yêu cầu các đơn vị triển khai thực hiện nghiêm túc các nội dung trên./.", []),
    ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban ngành tỉnh, Ủy ban nhân dân các huyện thực hiện./.", []),
    ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Y tế để được hướng dẫn./.", []),
    ("Trân trọng thông báo để các đơn vị triển khai thực hiện./.", []),
    ("Trên đây là kế hoạch của Ủy ban nhân dân tỉnh. Đề nghị các đơn vị triển khai./.", []),
    # an order of its own after the list is a task p…, and a closing may follow it
    (
        "Giao ông Trần Văn Hai, Phó Chủ tịch UBND tỉnh theo dõi, đôn đốc việc thực hiện.\n\n"
        "Yêu cầu các đơn vị triển khai thực hiện nghiêm túc các nội dung trên./.",
        [("p1", "Giao ông Trần Văn Hai, Phó Chủ tịch UBND tỉnh theo dõi, đôn đốc việc thực hiện.")],
    ),
    (
        "Lưu ý: Thủ trưởng các đơn vị phải bố trí cán bộ trực trong các ngày nghỉ lễ.",
        [("p1", "Lưu ý: Thủ trưởng các đơn vị phải bố trí cán bộ trực trong các ngày nghỉ lễ.")],
    ),
    # after one-paragraph items, the bodies taken all together and their deed: an order of the whole letter
    (
        "Các đơn vị triển khai thực hiện và báo cáo kết quả về Sở Y tế để theo dõi, chỉ đạo./.",
        [("p1", "Các đơn vị triển khai thực hiện và báo cáo kết quả về Sở Y tế để theo dõi, chỉ đạo./.")],
    ),
    # a closing phrase with a deadline of its own is an order
    (
        "Sở Y tế yêu cầu các đơn vị thực hiện tốt các nội dung trên; báo cáo kết quả về Sở trước ngày 08/11/2021./.",
        [("p1", "Sở Y tế yêu cầu các đơn vị thực hiện tốt các nội dung trên; báo cáo kết quả về Sở trước ngày 08/11/2021./.")],
    ),
]
# fmt: on

LAST_ITEM = "2. Sở Tài chính bố trí kinh phí thực hiện."


def trailing_tasks(after: str) -> list[tuple[str, str]]:
    found = tasks_of(HEAD + "1. Sở Y tế tổ chức tiêm vắc xin.\n" + LAST_ITEM + "\n\n" + after + TAIL)
    assert found[1] == ("2", LAST_ITEM), found
    return found[2:]


def test_the_last_item_does_not_swallow_what_follows_it() -> None:
    check_table(TRAILING, trailing_tasks)


def test_an_item_that_announces_its_paragraphs_keeps_them() -> None:
    body = "1. Sở Y tế tổ chức tiêm vắc xin.\n2. Về kinh phí:\n\nGiao Sở Tài chính bố trí kinh phí thực hiện."
    assert tasks_of(HEAD + body + TAIL)[1] == ("2", "2. Về kinh phí: Giao Sở Tài chính bố trí kinh phí thực hiện.")


# ---------------------------------------------------------------- reflow


def test_an_indented_line_opens_a_paragraph_where_wrapped_lines_are_flush_left() -> None:
    wrapped = "       Sở Y tế tổ chức tiêm vắc xin cho người dân trên địa bàn tỉnh, bảo\nđảm an toàn"
    text = (
        "\n".join([wrapped] * 6)
        + "\n       Nhận báo cáo: Đồng chí Văn Hữu Bắc, chuyên viên Phòng Y tế\n       Trên đây là kế hoạch."
    )
    doc = split_lines(normalize(_document(text)))
    assert indents_first_lines(doc.lines)
    starts = [doc.text[p.start : p.end].split("\n")[0] for p in doc.paragraphs]
    assert starts[-2:] == ["Nhận báo cáo: Đồng chí Văn Hữu Bắc, chuyên viên Phòng Y tế", "Trên đây là kế hoạch."]
    # without that style, the same two lines are one wrapped paragraph
    assert _soft_break(
        "       Nhận báo cáo: Đồng chí Văn Hữu Bắc, chuyên viên Phòng Y tế", "       Trên đây là kế hoạch."
    )


def test_furniture_is_blank_in_flat_and_offsets_stay() -> None:
    text = f"1. {LONG_LINE}\n\n- 2 -\n\ntiêm vắc xin."
    doc = split_lines(normalize(_document(text)))
    assert len(doc.flat) == len(doc.text)
    assert "- 2 -" not in doc.flat and f"{LONG_LINE}" in doc.flat
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == [text]


def _document(text: str):
    from directive_extract.document import Document

    return Document.from_source(text)


ENDS_SENTENCE_CASES = [
    ("Điều 1. Ban hành kèm theo Quyết định này.", True),
    ("Nơi nhận:", True),
    ("các sở, ngành;", True),
    ("thực hiện ./.", True),
    ("(Kèm theo Kế hoạch số 12/KH-UBND)", True),
    ("… theo quy định.*", True),
    ("… theo quy định) *", True),
    ("Tổng cộng: 12 *", False),
    ("Ủy ban nhân dân tỉnh", False),
    ("", False),
]


def test_a_line_ends_a_sentence_by_its_last_characters():
    from directive_extract.stages.lines import _ends_sentence

    wrong = [(line, want) for line, want in ENDS_SENTENCE_CASES if _ends_sentence(line) != want]
    assert not wrong, wrong
