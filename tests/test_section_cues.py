"""Section cues are data (resources/cues/sections.tsv): the heading words that make a roman section an
assessment, context or tasks, the items that are not tasks, and the closing formulas; a new heading
word is one line of data, and a bad line fails at load with the file and line."""

from __future__ import annotations

import pytest

from directive_extract import cues
from directive_extract.errors import ResourceError
from directive_extract.pipeline import prepare
from directive_extract.stages import paragraph_reading, tasks

HEAD = "UBND TỈNH A\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhòng, chống dịch COVID-19\n\n"
ITEMS = "\n\n1. Sở Y tế rà soát các cơ sở y tế.\n\n2. Công an tỉnh kiểm soát các chốt.\n"
PRE = "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:\n\n"

# (heading of a roman section, its class)
HEADINGS = [
    ("I. ĐÁNH GIÁ CHUNG", "assessment"),
    ("I- ĐÁNH GIÁ CHUNG", "assessment"),
    ("I. KẾT QUẢ ĐẠT ĐƯỢC", "assessment"),
    ("I. MỘT SỐ KẾT QUẢ NỔI BẬT", "assessment"),
    ("I. TÌNH HÌNH DỊCH BỆNH", "assessment"),
    ("I. NHỮNG HẠN CHẾ, TỒN TẠI", "assessment"),
    ("I. NGUYÊN NHÂN", "assessment"),
    ("I. DANH GIA CHUNG", "assessment"),  # printed without diacritics
    ("I. Tình hình thực hiện", "assessment"),  # sentence case after the marker
    ("I. tình hình thực hiện", "tasks"),  # ... but only with its capital
    ("I. Ghi nhận kết quả của các địa phương", "assessment"),  # praise
    ("I. ĐÁNH GIÁ KẾT QUẢ HỌC TẬP", "tasks"),  # "đánh giá" alone opens no assessment
    # a directive word after an assessment word is what it assesses; in a phrase of its own it names tasks
    ("I. KẾT QUẢ THỰC HIỆN", "assessment"),
    ("I. TÌNH HÌNH TRIỂN KHAI CÁC NHIỆM VỤ NĂM 2024", "assessment"),
    ("I. KẾT QUẢ THỰC HIỆN VÀ NHIỆM VỤ NĂM 2025", "tasks"),
    ("I. KẾT QUẢ NĂM 2024; PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "tasks"),
    # in capitals, a directive word counts only where it is printed in capitals
    ("I. TÌNH HÌNH DỊCH BỆNH VÀ CÔNG TÁC PHÒNG, CHỐNG DỊCH TRÊN ĐỊA BÀN TỈNH (hoạt động)", "assessment"),
    ("I. TÌNH HÌNH DỊCH BỆNH VÀ CÔNG TÁC PHÒNG, CHỐNG DỊCH TRÊN ĐỊA BÀN TỈNH (HOẠT ĐỘNG)", "tasks"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "preamble"),
    ("I. CAN CU PHÁP LÝ", "preamble"),
    ("I. PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG", "preamble"),
    ("I. Mục đích", "preamble"),
    ("I. MỤC TIÊU VÀ NHIỆM VỤ", "tasks"),
    ("I. NHIỆM VỤ VÀ GIẢI PHÁP", "tasks"),
    ("I. TỔ CHỨC THỰC HIỆN", "tasks"),
    ("I. DIỄN BIẾN DỊCH BỆNH", "tasks"),  # no cue: see test_a_new_heading_word_is_one_line_of_data
    # its clauses are judged one by one (the one that says it takes effect is none; "… chịu trách nhiệm thi
    # hành" is a task: corpus/ANNOTATING.md, settled 1), so the article holds tasks
    ("Điều 3. Hiệu lực thi hành", "tasks"),
]

# (an item of a directive list, whether it is a task)
ITEM_CASES = [
    ("1. Sở Y tế rà soát các cơ sở y tế.", True),
    ("1. Biểu dương các địa phương đã thực hiện tốt công tác phòng, chống dịch.", False),
    ("1. Ban Chỉ đạo tỉnh hoan nghênh các lực lượng tuyến đầu.", False),
    ("1. Ghi nhận kết quả đạt được, đồng thời yêu cầu:", True),  # praise that leads into orders
    ("1. Mục đích, yêu cầu", False),
    ("1. Thời gian thực hiện: từ tháng 6 đến hết tháng 12 năm 2021.", False),
    ("1. Kế hoạch này có hiệu lực kể từ ngày ký.", False),
]

# (a paragraph after the items, whether it opens the closing)
CLOSINGS = [
    ("Trên đây là Kế hoạch phòng, chống dịch của Ủy ban nhân dân tỉnh.", True),
    ("Nhận được Công văn này, yêu cầu thủ trưởng các đơn vị triển khai.", True),
    ("Kế hoạch này được phổ biến đến các trường học trên địa bàn.", True),
    ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Sở Y tế.", True),
    ("Trong quá trình triển khai thực hiện có khó khăn, các đơn vị báo cáo về Sở Y tế.", True),
    ("Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.", True),
    ("Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.", True),
    # the last paragraph asks to do as said above: "… đúng thời gian, địa điểm nêu trên./."
    ("Đề nghị các đơn vị cử cán bộ tham dự đầy đủ, đúng thành phần nêu trên./.", True),
    ("Sở Y tế tiếp tục theo dõi, hướng dẫn các đơn vị.", False),
    # diacritics count outside headings: "cơ" is not "có", "biệt" is not "biết"
    ("Trong quá trình thực hiện, cơ quan chủ trì báo cáo tiến độ hằng tháng.", False),
    ("Ủy ban nhân dân tỉnh thông báo để các đơn vị, đặc biệt là các trường học, chủ động.", False),
]


def section_of(heading: str) -> str:
    doc = prepare(HEAD + heading + ITEMS, until="tasks")
    container = [item for item in doc.layout.items if item.kind in tasks.CONTAINERS]
    assert len(container) == 1, f"{heading!r}: {len(container)} roman sections"
    return container[0].section


def is_task(item: str) -> bool:
    doc = prepare(HEAD + PRE + item + "\n\n2. Công an tỉnh kiểm soát các chốt.\n", until="tasks")
    return doc.layout.items[0] in doc.layout.tasks


def closes(paragraph: str) -> bool:
    text = HEAD + PRE + "1. Sở Y tế rà soát.\n\n2. Công an tỉnh kiểm soát.\n\n" + paragraph + "\n"
    doc = prepare(text, until="tasks")
    closing = doc.layout.closing
    return closing is not None and doc.text[closing[0] : closing[1]].strip() == paragraph


def test_headings() -> None:
    failures = [f"{h!r}: {got}, expected {want}" for h, want in HEADINGS if (got := section_of(h)) != want]
    assert not failures, "\n".join(failures)


def test_items_that_are_not_tasks() -> None:
    failures = [f"{i!r}: task={got}, expected {want}" for i, want in ITEM_CASES if (got := is_task(i)) != want]
    assert not failures, "\n".join(failures)


def test_closing_formulas() -> None:
    failures = [f"{p!r}: closing={got}, expected {want}" for p, want in CLOSINGS if (got := closes(p)) != want]
    assert not failures, "\n".join(failures)


@pytest.fixture
def extra_section_row(cue_table_with_row):
    """The section table with one more line, as a clerk would add it."""
    return lambda row: cue_table_with_row("sections.tsv", row, paragraph_reading.section_cues)


def test_a_new_heading_word_is_one_line_of_data(extra_section_row) -> None:
    assert section_of("I. DIỄN BIẾN DỊCH BỆNH") == "tasks"
    extra_section_row("assessment_heading\tdiễn biến\tI. DIỄN BIẾN DỊCH BỆNH")
    assert section_of("I. DIỄN BIẾN DỊCH BỆNH") == "assessment"
    assert section_of("I. DIEN BIEN DICH BENH") == "assessment"  # the row also reads headings without diacritics


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("assesment_heading\tdiễn biến\tI. DIỄN BIẾN DỊCH BỆNH", "unknown kind 'assesment_heading'"),
        ("assessment_heading\tdiễn biến\tI. TÌNH HÌNH DỊCH BỆNH", "does not contain the phrase"),
        ("assessment_heading\tdiễn (biến)\tI. DIỄN BIẾN DỊCH BỆNH", "holds characters"),
        ("assessment_heading\tdiễn biến", "expected 3 tab-separated fields"),
    ],
)
def test_a_bad_row_fails_at_load_with_file_and_line(extra_section_row, row: str, message: str) -> None:
    lines = cues._read("sections.tsv").count("\n")
    extra_section_row(row)
    with pytest.raises(ResourceError) as caught:
        paragraph_reading.section_cues()
    assert message in str(caught.value)
    assert f"cues/sections.tsv:{lines + 1}:" in str(caught.value)
