"""Which numbered items are tasks, form by form (SCHEMA.md "Task ids", corpus/ANNOTATING.md "Tasks").

Each table is one form of Vietnamese administrative writing; its cases are made up for the test (none is a
corpus sentence). Every failing row is collected, then the test fails once.
"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.paragraph_reading import is_directive_paragraph
from directive_extract.stages.prose_tasks import orders_in_prose

from .test_recognizers import check_table

PLAN = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 21/KH-UBND\nAn Giang, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\n{subject}\n\n"
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Nam\n"
ORDERS = (
    "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Văn hóa và Thể thao chủ trì tổ chức giải.\n\n2. Sở Tài chính bố trí kinh phí.\n"
)


def top_ids(text: str) -> list[str]:
    return [task.id for task in extract(text).tasks]


def plan(subject: str, body: str, appendix: str = "") -> str:
    return PLAN.format(subject=subject) + body + TAIL + appendix


# A part titled by the fields of a rule (a contest's rules, a recruitment's needs, an enrolment's quotas,
# the prizes) holds tasks only in the items that order something: an order, or a verb of doing opening an
# item, a sub-item or a paragraph. A part whose title names tasks keeps every item.
# (text, top-level task ids)
# fmt: off
RULE_PARTS = [
    (plan("Tổ chức Giải bóng đá thiếu niên năm 2024",
          "I. MỤC ĐÍCH\n\nRèn luyện thể chất cho thiếu niên.\n\n"
          "II. ĐIỀU LỆ GIẢI\n\n1. Đối tượng tham gia\n\nHọc sinh từ 11 đến 14 tuổi.\n\n"
          "2. Thời gian thi đấu\n\nTừ ngày 10/6 đến ngày 20/6/2024.\n\n"
          "3. Đăng ký thi đấu\n\n- Tiếp nhận hồ sơ đăng ký tại Trung tâm Văn hóa tỉnh.\n\n" + ORDERS),
     ["II.3", "III.1", "III.2"]),
    (plan("Tuyển dụng viên chức y tế năm 2024",
          "I. KẾ HOẠCH TUYỂN DỤNG\n\n1. Chỉ tiêu tuyển: 40 viên chức.\n\n2. Vị trí việc làm: bác sĩ, điều dưỡng.\n\n"
          "II. NỘI DUNG TUYỂN DỤNG\n\n1. Hình thức tuyển dụng\n\nViệc tuyển dụng được thực hiện bằng xét tuyển.\n\n"
          "2. Thông báo tuyển dụng\n\n- Thông báo công khai trên Cổng thông tin điện tử tỉnh.\n\n" + ORDERS),
     ["II.2", "III.1", "III.2"]),
    (plan("Hội thi vẽ tranh thiếu nhi",
          "II. GIẢI THƯỞNG\n\n1. Giải cá nhân\n\n- 01 giải Nhất: 2.000.000 đồng.\n\n"
          "2. Giải tập thể\n\n- Các trường đạt giải được tặng Giấy khen.\n\n" + ORDERS),
     ["III.1", "III.2"]),
    # a title that names tasks keeps every item, whatever it opens with
    (plan("Cải cách hành chính năm 2024",
          "II. NỘI DUNG THỰC HIỆN\n\n1. Các sở, ngành rà soát thủ tục hành chính.\n\n"
          "2. Về hiện đại hóa nền hành chính\n\nMỗi cơ quan có một bộ phận một cửa điện tử.\n\n" + ORDERS),
     ["II.1", "II.2", "III.1", "III.2"]),
    (plan("Phòng, chống thiên tai", "II. NHIỆM VỤ TRỌNG TÂM\n\n1. Công tác chuẩn bị\n\nCác xã có phương án sơ tán.\n"),
     ["II.1"]),
    # "NỘI DUNG" alone heads the plan's content: what is to be done
    (plan("Dạy học trực tuyến", "II. NỘI DUNG\n\n1. Thời gian học trực tuyến\n\n- Từ ngày 04/10/2021: khối 6 và khối 7.\n"),
     ["II.1"]),
    # a part that only names a general rule is context, like "Mục đích, yêu cầu"
    (plan("Giám sát người nhập cảnh",
          "III. QUY ĐỊNH CHUNG\n\n- Người nhập cảnh khai báo y tế.\n\nIV. YÊU CẦU CỤ THỂ\n\n- Khai báo trung thực.\n\n"
          "V. NGUYÊN TẮC CHUNG\n\n- Bảo đảm an toàn.\n\n" + ORDERS.replace("III.", "VI.")),
     ["III", "VI.1", "VI.2"]),
]
# fmt: on


def test_parts_that_state_a_rule_hold_tasks_only_where_they_order() -> None:
    check_table(RULE_PARTS, top_ids)


def test_the_planned_figures_of_a_rule_part_stay_targets() -> None:
    text = RULE_PARTS[1][0]
    kinds = {m.text: m.kind for m in extract(text).metrics}
    assert kinds.get("40 viên chức") == "target", kinds


# An appendix after the signature lists tasks when its title says so or most of its items order something;
# a school-by-school enrolment sheet or a report form to fill in lists none.
# (appendix, top-level task ids of the appendix)
# fmt: off
APPENDICES = [
    ("PHỤ LỤC I\nTRƯỜNG CAO ĐẲNG NGHỀ SỐ 9\n\n1. Chỉ tiêu: 60 học viên.\n\n2. Ngành đào tạo: Điện công nghiệp.\n\n"
     "3. Học phí: 1.200.000 đồng/tháng.\n", []),
    ("MẪU BÁO CÁO\n\n1. Kết quả thực hiện:\n\n2. Khó khăn, vướng mắc:\n\n3. Đề xuất, kiến nghị:\n", []),
    # a timetable: "THỰC HIỆN" alone names a field ("thời gian thực hiện"), not tasks
    ("PHỤ LỤC 2\nLỊCH HỌC, THỜI GIAN THỰC HIỆN CÁC MÔN\n\n- Từ 04/10 - 09/10: Khối 6 học 08 môn.\n\n"
     "- Từ 11/10 trở về sau: Khối 7 học 09 môn.\n", []),
    # a title that OCR printed without its marks still names tasks
    ("PHỤ LỤC\nTO CHỨC THỰC HIỆN\n\n1. Sở Nội vụ: tổng hợp danh sách.\n\n2. Sở Tài chính: cấp kinh phí.\n", ["1", "2"]),
    ("PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n\n1. Sở Nội vụ: tổng hợp danh sách.\n\n2. Sở Tài chính: cấp kinh phí.\n", ["1", "2"]),
    ("PHỤ LỤC\n\n1. Rà soát danh sách hộ nghèo.\n\n2. Tổng hợp kết quả rà soát.\n\n3. Mức hỗ trợ: 500.000 đồng.\n",
     ["1", "2", "3"]),
]
# fmt: on


def appendix_ids(appendix: str) -> list[str]:
    body = "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì triển khai Kế hoạch này."
    return [i for i in top_ids(plan("Tuyển sinh năm 2024", body, "\n" + appendix)) if not i.startswith("p")]


def test_an_appendix_lists_tasks_only_when_it_orders() -> None:
    check_table(APPENDICES, appendix_ids)


# An article heading printed without its "." or ":" is one only where it continues the articles: a cited
# article wrapped to the start of a line ("khoản 2\nĐiều 15 Luật …") opens nothing.
# (body, top-level ids)
# fmt: off
ARTICLES = [
    ("Điều 1 Phạm vi điều chỉnh\n\nQuy định này áp dụng cho các trường.\n\n"
     "Điều 2 Trách nhiệm thi hành\n\n1. Sở Giáo dục và Đào tạo hướng dẫn thực hiện\ntheo khoản 2\n"
     "Điều 15 Luật Giáo dục nghề nghiệp và báo cáo kết quả.\n\n2. Các trường triển khai.\n",
     ["Điều 2.1", "Điều 2.2"]),
    ("Điều 1. Giao Sở Y tế chủ trì.\n\nĐiều 3. Sở Tài chính bố trí kinh phí.\n", ["Điều 1", "Điều 3"]),
]
# fmt: on


def test_an_unpunctuated_article_number_continues_the_articles() -> None:
    check_table(ARTICLES, lambda body: top_ids(plan("Quy định", body)))


# A roman numeral printed again is the next one only where OCR lost one stroke of it ("II." for III.);
# another repeat is the writer's slip, kept as printed with "-2" (corpus/ANNOTATING.md, settled 3).
# (the section headings, top-level ids)
# fmt: off
ROMAN_REPEATS = [
    (("I. NHIỆM VỤ", "II. GIẢI PHÁP", "II. TỔ CHỨC THỰC HIỆN"), ["I.1", "II.1", "III.1"]),
    (("IV. NHIỆM VỤ", "V. GIẢI PHÁP", "V. TỔ CHỨC THỰC HIỆN"), ["IV.1", "V.1", "VI.1"]),
    (("III. NHIỆM VỤ", "IV. GIẢI PHÁP", "IV. PHÂN CÔNG THỰC HIỆN"), ["III.1", "IV.1", "IV-2.1"]),
    (("I. NHIỆM VỤ", "II. GIẢI PHÁP", "I. PHÂN CÔNG THỰC HIỆN"), ["I.1", "II.1", "I-2.1"]),
]
# fmt: on


def roman_ids(headings: tuple[str, ...]) -> list[str]:
    body = "".join(f"{h}\n\n1. Sở Nội vụ thực hiện nội dung {k}.\n\n" for k, h in enumerate(headings))
    return top_ids(plan("Cải cách hành chính", body))


def test_a_repeated_roman_numeral() -> None:
    check_table(ROMAN_REPEATS, roman_ids)


# A text split into lettered parts ("A. …", "B. …", "C. …" in capitals, above its romans) numbers its tasks
# under the part; when a part's title names tasks ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ") only such parts
# hold orders and the others state the rule. A capital letter that is not the next part ("A. NGUYỄN …" inside
# a list, "H." that OCR read for "II.") is no part heading.
# (body, top-level task ids)
# fmt: off
LETTERED_PARTS = [
    ("A. ĐỐI TƯỢNG TUYỂN DỤNG\n\nI. Điều kiện chung\n\n1. Có quốc tịch Việt Nam.\n\n"
     "B. HỒ SƠ DỰ TUYỂN\n\n1. Đơn đăng ký dự tuyển.\n\n"
     "C. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Nội vụ thẩm định hồ sơ.\n\n2. Phòng Tài chính bố trí kinh phí.\n",
     ["C.1", "C.2"]),
    ("A. PHÂN CÔNG NHIỆM VỤ\n\nI. Cấp tỉnh\n\n1. Sở Y tế chỉ đạo các bệnh viện.\n\n"
     "II. Cấp huyện\n\n1. Trung tâm Y tế huyện giám sát dịch.\n\n"
     "B. DỰ TOÁN\n\n1. Tổng số: 50 triệu đồng.\n",
     ["A.I.1", "A.II.1"]),
    # no part names tasks: each part holds tasks as a roman section does
    ("A. CÔNG TÁC TUYÊN TRUYỀN\n\n1. Đài Truyền thanh xã phát tin hằng ngày.\n\n"
     "B. CÔNG TÁC KIỂM TRA\n\n1. Công an xã kiểm tra các điểm kinh doanh.\n",
     ["A.1", "B.1"]),
    # "Đ." after "D." and "E." after "D." both continue the parts
    ("A. MỤC TIÊU\n\nGiảm tai nạn giao thông.\n\nB. CHỈ TIÊU\n\nGiảm 5% số vụ.\n\nC. PHẠM VI\n\nCác tuyến đường huyện.\n\n"
     "D. ĐỐI TƯỢNG\n\nNgười tham gia giao thông.\n\nĐ. TỔ CHỨC THỰC HIỆN\n\n1. Công an huyện chủ trì.\n",
     ["Đ.1"]),
    ("A. MỤC TIÊU\n\nGiảm tai nạn giao thông.\n\nB. CHỈ TIÊU\n\nGiảm 5% số vụ.\n\nC. PHẠM VI\n\nCác tuyến đường huyện.\n\n"
     "D. ĐỐI TƯỢNG\n\nNgười tham gia giao thông.\n\nE. TỔ CHỨC THỰC HIỆN\n\n1. Công an huyện chủ trì.\n",
     ["E.1"]),
    # parts in sentence case over items whose numbers run on across them: the part heads its items' ids
    ("Phòng Đào tạo đề nghị các bộ môn lưu ý những việc sau:\n\n1. Các bộ môn rà soát đề cương học phần.\n\n"
     "2. Phòng Khảo thí kiểm tra việc ra đề thi.\n\nA. Công tác coi thi.\n\n"
     "3. Các bộ môn cử đủ cán bộ coi thi theo lịch.\n\n4. Phòng Khảo thí lập biên bản thí sinh mang tài liệu.\n\n"
     "B. Công tác chấm thi\n\n5. Các bộ môn chấm bài thi trong vòng mười ngày.\n",
     ["1", "2", "A.3", "A.4", "B.5"]),
    # a part titled by its subject holds orders when a roman section under it names tasks ("II. NHIỆM VỤ")
    ("A. TỔ ĐOÀN KẾT DO XÃ THÀNH LẬP\n\nI. THÀNH PHẦN\n\n1. Tổ gồm tổ trưởng và các thành viên.\n\n"
     "II. NHIỆM VỤ\n\n1. Tổ trưởng lập lịch sinh hoạt hằng tháng.\n\n"
     "B. ĐỐI TƯỢNG ÁP DỤNG\n\n1. Các hộ gia đình trên địa bàn xã.\n\n"
     "C. TỔ CHỨC THỰC HIỆN\n\n1. Công an xã hướng dẫn các tổ.\n",
     ["A.II.1", "C.1"]),
    # "H." that OCR read for "II." stays a roman heading, not a part
    ("I. MỤC ĐÍCH\n\nBảo đảm an toàn.\n\nH. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Văn hóa chủ trì.\n", ["II.1"]),
]
# fmt: on


def test_lettered_parts_are_the_top_level() -> None:
    check_table(LETTERED_PARTS, lambda body: top_ids(plan("Kế hoạch năm 2025", body)))


# A roman numeral and ")" at a line start before a small letter close a citation wrapped there ("Nghị quyết
# Trung ương 8 (khóa\nXIII) về …"): no heading, and the list goes on.
# (body, top-level task ids)
# fmt: off
WRAPPED_ROMANS = [
    ("II. NHIỆM VỤ\n\n1. Quán triệt Nghị quyết Trung ương 8 (khóa\nXIII) về chiến lược bảo vệ Tổ quốc.\n\n"
     "2. Các phòng ban rà soát quy chế.\n", ["II.1", "II.2"]),
    ("I. NHIỆM VỤ\n\n1. Học tập Văn kiện Đại hội Đảng bộ tỉnh (nhiệm kỳ 2020-2025, khóa\nXV) và triển khai.\n\n"
     "2. Các xã kiểm tra.\n", ["I.1", "I.2"]),
    ("I. NHIỆM VỤ\n\n1. Các xã kiểm tra.\n\nII. Giải pháp\n\n1. Tăng cường kiểm tra.\n", ["I.1", "II.1"]),
]
# fmt: on


def test_a_roman_numeral_before_a_small_letter_is_no_heading() -> None:
    check_table(WRAPPED_ROMANS, lambda body: top_ids(plan("Kế hoạch năm 2025", body)))


# A table flattened to one cell a line ("TT" / "Họ và tên" / "Nhiệm vụ", then "1" / "Bà …" / "- …") numbers its
# rows with a bare number after the "TT" head; a bare number elsewhere (a page number) opens nothing.
# (body, top-level task ids)
# fmt: off
FLATTENED_TABLES = [
    ("II. PHÂN CÔNG NHIỆM VỤ\nSTT\nHọ và tên\nNhiệm vụ\n1\nBà Lê Thị Hoa\n- Theo dõi công tác phòng dịch.\n"
     "2\nÔng Trần Văn Bình\n- Kiểm tra các hộ kinh doanh.\n- Báo cáo hằng tuần.\n"
     "III. TỔ CHỨC THỰC HIỆN\n1. Các thành viên thực hiện nghiêm Kế hoạch.\n",
     ["II.1", "II.2", "III.1"]),
    ("I. NHIỆM VỤ\n1. Các xã rà soát hộ nghèo.\n2\n2. Các xã báo cáo kết quả.\n", ["I.1", "I.2"]),
    # a number out of sequence is a cell's content, not a row
    ("II. PHÂN CÔNG\nTT\nNội dung\n1\nTuyên truyền trên loa.\n5\nxe\n2\nKiểm tra chợ.\n", ["II.1", "II.2"]),
]
# fmt: on


def test_a_table_flattened_to_lines_numbers_its_rows() -> None:
    check_table(FLATTENED_TABLES, lambda body: top_ids(plan("Kế hoạch năm 2025", body)))


# A directive verb printed with a capital inside a sentence is part of a name ("Tiểu học Giao Thủy"), not an
# order; at the opening of a sentence or after ":" it is one.
# (paragraph, is a directive)
# fmt: off
CAPITALS = [
    ("Trường Tiểu học Giao Thủy: 02 giáo viên; Trường Mầm non Hoa Sen: 01.", False),
    ("Phân bổ chỉ tiêu: Mầm non Giao Hòa 03; Tiểu học Giao Xuân 02.", False),
    ("Giao Sở Nội vụ tổng hợp chỉ tiêu của các trường.", True),
    ("Về chỉ tiêu: Giao Sở Nội vụ tổng hợp.", True),
    ("Ủy ban nhân dân huyện giao Phòng Nội vụ thẩm định.", True),
]
# fmt: on


def test_a_capitalized_directive_verb_inside_a_sentence_is_a_name() -> None:
    check_table(CAPITALS, is_directive_paragraph)


# An article or clause that says when the text takes effect, or that it was passed, is no task, also where
# OCR printed "này" as "nay" or the sentence wraps before "thông qua"; an article "Hiệu lực thi hành" keeps
# its clause that orders bodies to carry the text out (corpus/ANNOTATING.md, settled 1).
# (body, top-level ids)
# fmt: off
IN_FORCE = [
    ("Điều 1. Sở Giáo dục và Đào tạo chủ trì triển khai.\n\n"
     "Điều 2. Nghị quyết này đã được Hội đồng nhân dân tỉnh Cà Mau khóa X, kỳ họp thứ\nba thông qua ngày 8/7/2024.\n",
     ["Điều 1"]),
    ("Điều 1. Sở Y tế chủ trì triển khai.\n\n"
     "Điều 2. Hiệu lực thi hành\n\n1. Quyết định nay có hiệu lực từ ngày ký.\n\n"
     "2. Giám đốc các sở, ngành chịu trách nhiệm thi hành Quyết định này.\n",
     ["Điều 1", "Điều 2.2"]),
    ("Điều 1. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 2. Sở Nội vụ chịu trách nhiệm thi hành.\n",
     ["Điều 2"]),
]
# fmt: on


def test_an_in_force_clause_is_no_task() -> None:
    check_table(IN_FORCE, lambda body: top_ids(plan("Quy định", body)))


def test_an_in_force_article_at_the_end_is_the_closing() -> None:
    notice = extract(plan("Quy định", IN_FORCE[0][0]))
    kinds = [s.kind for s in notice.sections]
    assert kinds[-3:] == ["closing", "distribution", "signature"], kinds


# Item numbers as OCR prints them: "5," for "5.", or behind specks of a stain or stamp; read as an item only
# where the number continues the open list, so a count or a wrapped "19, thực hiện" opens nothing.
# (body after the lead-in, top-level ids)
LEAD_IN = "Ủy ban nhân dân huyện yêu cầu các cơ quan thực hiện các nội dung sau:\n\n"
# fmt: off
OCR_NUMBERS = [
    ("1. Phòng Y tế kiểm tra.\n\n2. Phòng Nội vụ rà soát.\n\n3, Trạm y tế xã trực 24/24 giờ.\n", ["1", "2", "3"]),
    ("1. Phòng Y tế kiểm tra.\n\nỉ 2, Phòng Nội vụ rà soát.\n\n3. Công an huyện tuần tra.\n", ["1", "2", "3"]),
    ("1. Phòng Y tế kiểm tra.\n\nà ._ 2. Phòng Nội vụ rà soát.\n", ["1", "2"]),
    ("1. Phòng Y tế kiểm tra.\n\n5, Phòng Nội vụ rà soát.\n", ["1"]),  # not the next number: text of item 1
    ("1. Phòng Y tế kiểm tra các cơ sở đã tiêm\n\n2, 3 mũi vắc xin.\n", ["1"]),  # no capital after it
    # the digit lost, its full stop kept: ". Phòng …" is the next number, and a praise of one paragraph is no task
    ("1. Phòng Y tế kiểm tra.\n\n. Phòng Nội vụ rà soát.\n\n3. Công an huyện tuần tra.\n", ["1", "2", "3"]),
    ("1. Biểu dương các xã đã làm tốt công tác tiêm chủng.\n\n. Để tiêm đủ liều, các xã cần tập trung:\n\n"
     "a) Rà soát người chưa tiêm.\n", ["2"]),
    # the number read as a short word in small letters, after a finished sentence, where the numbers skip one
    ("1. Phòng Y tế kiểm tra.\n\nzế Tuyệt đối không tổ chức tụ tập.\n\n3. Công an huyện tuần tra.\n", ["1", "2", "3"]),
    ("1. Phòng Y tế kiểm tra các cơ sở và\n\nvà Trạm y tế xã.\n\n3. Công an huyện tuần tra.\n", ["1", "3"]),  # wrapped
    ("1. Phòng Y tế kiểm tra.\n\nzế Tuyệt đối không tổ chức tụ tập.\n\n2. Công an huyện tuần tra.\n", ["1", "2"]),
    # a speck glued to the first number, no space between: the first item where "2." follows
    ("„1. Phòng Y tế kiểm tra.\n\n2. Phòng Nội vụ rà soát.\n", ["1", "2"]),
    ("„1. Phòng Y tế:\n\n- Kiểm tra các cơ sở.\n\n- Giám sát cách ly.\n\n2. Phòng Nội vụ rà soát.\n", ["1", "2"]),
    ("‘1. Phòng Y tế kiểm tra.\n\n3. Phòng Nội vụ rà soát.\n", ["3"]),
]
# fmt: on


def test_ocr_damaged_item_numbers_continue_the_list() -> None:
    check_table(OCR_NUMBERS, lambda body: top_ids(plan("Phòng, chống dịch", LEAD_IN + body)))


def test_an_ocr_item_number_leaves_the_specks_out_of_its_text() -> None:
    tasks = extract(plan("Phòng, chống dịch", LEAD_IN + OCR_NUMBERS[1][0])).tasks
    assert tasks[1].text.startswith("2, Phòng Nội vụ"), tasks[1].text


# A closing phrase of three words or more also counts where OCR changed a tone mark, so the last item does
# not swallow it. (body, the last task's text)
# fmt: off
CLOSINGS = [
    ("1. Phòng Y tế kiểm tra.\n\n2. Phòng Nội vụ rà soát.\n\n(Văn bản này thay thể Công văn số 12/UBND ngày 2/3/2020)./.",
     "2. Phòng Nội vụ rà soát."),
    ("1. Phòng Y tế kiểm tra.\n\n2. Phòng Nội vụ rà soát.\n\nĐề nghị các đơn vị thực hiện nghiêm túc cac noi dung tren./.",
     "2. Phòng Nội vụ rà soát."),
]
# fmt: on


def test_the_last_item_stops_at_an_ocr_damaged_closing() -> None:
    check_table(CLOSINGS, lambda body: extract(plan("Phòng, chống dịch", LEAD_IN + body)).tasks[-1].text)


# "./." ends a text's body: the last item stops there even where the tail is too damaged to be read as one
# ("Nơi nhận" printed "Net Kiện"), and an attachment after it is judged on its own.
# (text, the last task's text, top-level ids)
DAMAGED_TAIL = '\n\nNet Kiện: " TM. ỦY BAN NHÂN DÂN\n\n- Các sở, ngành;\n\n- Lưu: VT, KT (3).405\n'
FORM = "\n\nPhụ lục 2\nMẪU KÊ KHAI\n\n- Họ và tên\n\n- Địa chỉ\n\n- Số điện thoại\n"
# fmt: off
END_MARKS = [
    (LEAD_IN + "1. Phòng Y tế kiểm tra.\n\n2. Phòng Nội vụ tổng hợp, báo cáo./." + DAMAGED_TAIL,
     ("2. Phòng Nội vụ tổng hợp, báo cáo./.", ["1", "2"])),
    (LEAD_IN + "1. Phòng Y tế kiểm tra.\n\n2. Phòng Nội vụ tổng hợp, báo cáo./." + FORM,
     ("2. Phòng Nội vụ tổng hợp, báo cáo./.", ["1", "2"])),
]
# fmt: on


def test_the_end_mark_closes_the_last_item() -> None:
    def last_and_ids(body: str) -> tuple[str, list[str]]:
        tasks = extract(PLAN.format(subject="Phòng, chống dịch") + body).tasks
        return tasks[-1].text, [t.id for t in tasks]

    check_table(END_MARKS, last_and_ids)


# A news report (no type, number or issuer) tells of orders in prose without naming who gives them: a
# paragraph opening with a verb of doing (maybe after "Bên cạnh đó,"), or binding someone to a deed in its
# lead sentence. Titles, capitals, context openings and accounts of what was done are no orders.
# (paragraph, orders)
# fmt: off
PROSE = [
    ("Rà soát, lập danh sách người từ 65 tuổi chưa tiêm mũi nhắc lại để tiêm ngay trong tuần.", True),
    ("Bên cạnh đó, tăng cường kiểm tra các cơ sở kinh doanh dịch vụ karaoke trên địa bàn.", True),
    ("Đối với học sinh tiểu học, các trường cần bố trí giáo viên trực trong giờ nghỉ trưa.", True),
    ("Trước ngày 15/3 phải hoàn thành việc cấp phát thuốc cho các hộ gia đình có F0.", True),
    ("Sở Y tế yêu cầu khẩn trương triển khai tiêm cho trẻ em. Các huyện đã tiêm xong.", True),
    ("Tỉnh khuyến khích người dân tham gia bảo hiểm y tế tự nguyện.", True),
    ("Đồng thời các huyện tổ chức tiêm lưu động cho người già yếu.", True),
    ("Ngoài ra, công tác giám sát cũng cần được tiếp tục tăng cường.", True),
    ("Đồng thời, số ca mắc mới giảm mạnh so với tuần trước.", False),
    ("Tăng cường tiêm vắc xin cho trẻ em", False),  # a sub-title: no full stop
    ("TỔ CHỨC TIÊM VẮC XIN CHO TRẺ EM TỪ 5 ĐẾN DƯỚI 12 TUỔI TRÊN ĐỊA BÀN TỈNH.", False),
    ("Thực hiện kế hoạch của tỉnh, từ ngày 2/3 lực lượng y tế đã tiêm cho hơn 20.000 trẻ em.", False),
    # "Trước tình hình …," gives the reason; the clause that answers it orders when it binds someone to a deed
    # (SCHEMA "Implicit tasks": a directive printed as a plain paragraph is a task, whatever its opening)
    ("Trước tình hình số ca mắc tăng, ngành y tế cần huy động thêm nhân lực.", True),
    ("Trước diễn biến mưa lũ, các xã phải tổ chức sơ tán người dân khỏi vùng sạt lở.", True),
    ("Trước tình hình số ca mắc tăng, nhiều bệnh viện đã quá tải.", False),
    # a subject opened by a quantity is told about: what many did, no order
    ("Trước tình hình này, nhiều hộ dân chủ động di dời tài sản.", False),
    ("Trước diễn biến của bão, một số trường tổ chức cho học sinh nghỉ học.", False),
    ("Hiện nay, các địa phương cần khoảng 2.000 liều vắc xin mỗi ngày.", False),
    ("Theo thống kê, cả nước đã tiêm hơn 200 triệu liều. Các địa phương cần tiêm nhanh hơn.", False),
    ("Người dân không cần xét nghiệm lại khi đã có kết quả âm tính trong 72 giờ.", False),
    # a verb of doing then how it is to be done orders, even "Thực hiện", which may open a context
    ("Thực hiện đồng bộ các giải pháp phòng, chống cháy rừng trong mùa khô.", True),
    ("Triển khai quyết liệt các biện pháp thu hồi nợ đọng thuế.", True),
    ("Thực hiện Kế hoạch số 15/KH-UBND, các trường đã tổ chức ngoại khóa cho học sinh.", False),
    # "của" after the verb makes it a noun: the report told of, not an order
    ("Báo cáo của UBND thị xã cho thấy, 9 tháng đầu năm thu ngân sách đạt 812 tỷ đồng.", False),
    # a clause opened by a verb, then a subject and its deed told as done: the basis it acted on, no order
    ("Quán triệt nghiêm túc nghị quyết của Tỉnh ủy, Sở Nội vụ đã trình đề án gộp các bản nhỏ ở vùng cao.", False),
    ("Siết chặt kỷ luật phát ngôn của người làm công vụ trong mùa cao điểm bầu cử.", True),
]
# fmt: on


def test_orders_printed_as_prose() -> None:
    check_table(PROSE, orders_in_prose)


def test_a_news_report_numbers_its_prose_orders_but_a_letter_does_not() -> None:
    told = "Thực hiện kế hoạch của tỉnh, từ ngày 2/3 lực lượng y tế đã tiêm cho hơn 20.000 trẻ em."
    paragraphs = "\n\n".join([told] + [text for text, orders in PROSE if orders])
    news = extract("Tiêm vắc xin cho trẻ em: các tỉnh tăng tốc\n\n" + paragraphs + "\n")
    expected = [f"p{k}" for k in range(1, 1 + sum(orders for _, orders in PROSE))]
    assert [t.id for t in news.tasks] == expected, [t.text[:30] for t in news.tasks]
    letter = extract(PLAN.format(subject="Tiêm vắc xin cho trẻ em") + paragraphs + TAIL)
    assert [t.id for t in letter.tasks] == ["p1"], [t.text[:30] for t in letter.tasks]


# A news report of a leader's orders to a place (no type, number or issuer): the lead tells of the meeting, the
# place's report and its petitions to the level above are no orders; the leader's orders are, one a paragraph; a
# photo and its caption between two orders go with neither (ANNOTATING, news reports 3); a Markdown heading (a line
# over "-----") is a title, even when it copies the first order. (paragraph, is a task)
# fmt: off
NEWS_OF_ORDERS = [
    ("Bí thư Tỉnh ủy làm việc với thị xã Hòa Thành\n===============================", False),
    ("[Xem thêm](https://example.vn/a)Bí thư Tỉnh ủy yêu cầu thị xã Hòa Thành tập trung …\n-----------------", False),
    ("(BTN) - Sáng 14.3, Bí thư Tỉnh ủy có buổi làm việc với thị xã Hòa Thành về tình hình kinh tế - xã hội.", False),
    ("Báo cáo của UBND thị xã cho thấy, 2 tháng đầu năm thu ngân sách đạt 112 tỷ đồng, tăng 8%.", False),
    ("Dịp này, thị xã Hòa Thành đề nghị tỉnh hỗ trợ vốn nâng cấp tuyến đường Hùng Vương. Đề nghị UBND tỉnh "
     "chỉ đạo Sở Xây dựng sớm thẩm định dự án.", False),
    ("Bí thư Tỉnh ủy yêu cầu thị xã Hòa Thành khẩn trương hoàn thành giải phóng mặt bằng các dự án trọng điểm.",
     True),
    ("[img]", False),
    ("Giám đốc Sở Xây dựng báo cáo tiến độ dự án chợ Long Hoa. Ảnh: M.TRÍ", False),
    ("Đối với công tác chuyển đổi số, thị xã cần đẩy mạnh thanh toán không dùng tiền mặt tại các chợ, kết hợp "
     "với Sở Thông tin và Truyền thông tuyên truyền cho tiểu thương.", True),
    ("Về các kiến nghị của thị xã, Bí thư Tỉnh ủy ghi nhận và hứa sẽ sớm xem xét.", False),
]
# fmt: on


def test_a_news_report_of_orders_holds_the_leaders_orders_only() -> None:
    report = extract("\n\n".join(text for text, _ in NEWS_OF_ORDERS) + "\n")
    ordered = [text for text, is_task in NEWS_OF_ORDERS if is_task]
    got = [t.text for t in report.tasks]
    assert [t.id for t in report.tasks] == ["p1", "p2"], [text[:40] for text in got]
    assert got[0] == ordered[0], got[0]  # the photo and its caption are no task's
    assert got[1] == ordered[1], got[1]
    # who is in the photo acts in no task; "kết hợp với" names a partner
    agencies = [[(a.name, a.role) for a in task.agencies] for task in report.tasks]
    assert agencies[0] == [("Ủy ban nhân dân thị xã Hòa Thành", "lead")], agencies[0]
    assert ("Sở Thông tin và Truyền thông", "coordinate") in agencies[1], agencies[1]


def test_a_news_bulletins_numbered_figures_are_no_tasks() -> None:
    bulletin = (
        "Bản tin dịch COVID-19 ngày 5/3\n\n"
        "1. Số bệnh nhân khỏi bệnh:\n\n- Khỏi bệnh trong ngày: 1.204 ca\n\n- Tổng số ca khỏi: 80.112 ca\n\n"
        "2. Số bệnh nhân tử vong: 12 ca.\n\n"
    )
    assert [t.id for t in extract(bulletin).tasks] == []
    # a list with an order in it, or announced by a lead-in, is the report's tasks
    ordering = bulletin + "\n3. Các địa phương cần rà soát danh sách 1.200 người chưa tiêm vắc xin.\n"
    assert [t.id for t in extract(ordering).tasks] == ["1", "2", "3"]
    announced = bulletin.replace("\n\n1.", "\n\nCác địa phương thực hiện như sau:\n\n1.", 1)
    assert [t.id for t in extract(announced).tasks] == ["1", "2"]


def test_an_order_split_by_a_blank_line_is_one_task_with_its_deadline() -> None:
    # a conversion left a blank line inside the sentence: the part in small letters goes on the one before
    body = (
        LEAD_IN
        + "1. Phòng Y tế kiểm tra.\n\n2. Phòng Nội vụ rà soát.\n\n"
        + "Ủy ban nhân dân huyện yêu cầu các xã bố trí lực lượng trực lễ đồng thời\n\n"
        + "báo cáo tình hình về Văn phòng trước ngày 10/4/2024./."
    )
    tasks = extract(plan("Trực Tết", body)).tasks
    assert [t.id for t in tasks] == ["1", "2", "p1"], [t.id for t in tasks]
    assert tasks[-1].text.endswith("trước ngày 10/4/2024./.") and tasks[-1].deadlines, tasks[-1]


# What a part or an item is by its words, not by its numbering (issue 9, tasks where they cost agencies).
# Each row is a form of Vietnamese administrative writing, made up for the test.
# (text, top-level task ids)
# fmt: off
WHAT_AN_ITEM_SAYS = [
    # an assessment heading whose directive words are what it assesses: "TÌNH HÌNH THỰC HIỆN …", "KẾT QUẢ TRIỂN
    # KHAI …" report, with or without numbered items under them
    (plan("Phát triển du lịch năm 2025",
          "I. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2024\n\n1. Mục tiêu theo Nghị quyết số 05/NQ-HĐND\n\n"
          "Đạt 2 triệu lượt khách.\n\n2. Mục tiêu theo Kế hoạch số 12/KH-UBND\n\nĐạt 80% kế hoạch.\n\n"
          "II. KẾT QUẢ TRIỂN KHAI KẾ HOẠCH NĂM 2024\n\nCác sở đã hoàn thành phần lớn chỉ tiêu.\n\n" + ORDERS),
     ["III.1", "III.2"]),
    # a phrase of its own that names tasks makes the heading mixed: its items stay tasks
    (plan("Phát triển du lịch năm 2025",
          "I. KẾT QUẢ NĂM 2024, NHIỆM VỤ NĂM 2025\n\n1. Sở Du lịch chủ trì quảng bá.\n\n"
          "2. Sở Công Thương phối hợp tổ chức hội chợ.\n"),
     ["I.1", "I.2"]),
    (plan("Phát triển du lịch năm 2025",
          "I. ĐÁNH GIÁ TÌNH HÌNH VÀ NHIỆM VỤ TRỌNG TÂM\n\n1. Sở Du lịch chủ trì quảng bá.\n"),
     ["I.1"]),
    # a part that states the funds: its items are tasks only where they order
    (plan("Chuyển đổi số năm 2025",
          "II. NHIỆM VỤ\n\n1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng.\n\n"
          "III. KINH PHÍ THỰC HIỆN\n\n1. Kinh phí từ nguồn ngân sách tỉnh theo phân cấp.\n\n"
          "2. Các sở, ngành chủ động lập dự toán, chịu trách nhiệm quyết toán theo quy định.\n\n"
          "3. Tổng kinh phí dự kiến 1.200 triệu đồng.\n\n" + ORDERS.replace("III.", "IV.")),
     ["II.1", "III.2", "IV.1", "IV.2"]),
    # funds and the organisation of the work under one title: the title names tasks
    (plan("Chuyển đổi số năm 2025",
          "II. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN\n\n1. Ngân sách tỉnh.\n\n2. Sở Tài chính bố trí kinh phí.\n"),
     ["II.1", "II.2"]),
    # an item that defines its term and orders nothing explains; one that defines, then orders, is a task
    (plan("Học tập trực tuyến",
          "I. Học trực tuyến\n\n1. Các hình thức học trực tuyến\n\nHọc trực tuyến là việc học sinh học qua các "
          "ứng dụng của mạng máy tính.\n\n2. Tổ chức học trực tuyến\n\nCác trường xây dựng thời khóa biểu.\n\n"
          "3. Lớp học ảo\n\nLớp học ảo là lớp học trên mạng. Giao các trường tổ chức lớp học ảo cho khối 9.\n"),
     ["I.2", "I.3"]),
    # "là" after a verb of the title's own sentence is no definition: "Xác định … là nhiệm vụ …" orders
    (plan("Kiểm định chất lượng giáo dục",
          "I. NHIỆM VỤ TRỌNG TÂM\n\n1. Xác định kiểm định chất lượng là nhiệm vụ thường xuyên của nhà trường.\n\n"
          "2. Các trường hoàn thành tự đánh giá.\n"),
     ["I.1", "I.2"]),
    # an item titled "Căn cứ và …" lists bases; "Căn cứ Kế hoạch này, …" opens an order
    (plan("Báo cáo thống kê năm học",
          "1. Căn cứ và tài liệu hướng dẫn\n\n- Thông tư số 10/2022/TT-BGDĐT của Bộ Giáo dục và Đào tạo.\n\n"
          "2. Căn cứ Kế hoạch này, các trường lập báo cáo gửi Phòng trước ngày 15/10.\n"),
     ["2"]),
    # an article with no clauses that only states the rule ("… không chịu thuế") has no one to act
    ("QUYẾT ĐỊNH\nVề phụ cấp thu hút ở vùng khó khăn\n\n"
     "Điều 1. Viên chức công tác tại xã đặc biệt khó khăn được hưởng phụ cấp thu hút bằng 70% mức lương.\n\n"
     "Điều 2. Giao Sở Nội vụ hướng dẫn hồ sơ, thủ tục.\n", ["Điều 2"]),
    # the text's own spreading, printed as its last item, is its closing
    (plan("Phòng cháy, chữa cháy",
          "II. TỔ CHỨC THỰC HIỆN\n\n1. Đội dân phòng các khu phố triển khai Kế hoạch này.\n\n"
          "2. Kế hoạch này được phổ biến đến các hộ gia đình và niêm yết tại nhà văn hóa khu phố.\n"),
     ["II.1"]),
]

# A legal text cited word for word between “ and ” keeps its clause numbers, which are the law's, not orders;
# a quotation whose closing mark is lost quotes nothing.
QUOTED_CLAUSES = [
    ("Sở Tài chính nhận được đề nghị của các đơn vị. Căn cứ Điều 5 Nghị định số 11/2024/NĐ-CP:\n\n"
     "“Điều 5. Các trường hợp được miễn phí\n\n1. Người có công với cách mạng.\n\n"
     "2. Hộ nghèo theo chuẩn của Chính phủ.”\n\n"
     "Sở Tài chính trả lời để các đơn vị biết./.\n", []),
    ("Ủy ban nhân dân tỉnh yêu cầu các đơn vị thực hiện phong trào “5K” như sau:\n\n"
     "1. Sở Y tế hướng dẫn “khẩu trang, khử khuẩn”.\n\n2. Công an tỉnh kiểm soát các chốt.\n", ["1", "2"]),
    ("Ủy ban nhân dân tỉnh yêu cầu thực hiện “Tháng hành động vì an toàn thực phẩm:\n\n"
     "1. Sở Y tế kiểm tra các bếp ăn tập thể.\n\n2. Sở Công Thương kiểm tra các chợ.\n", ["1", "2"]),
]

# A part titled by a rule's fields: what a rule grants ("hỗ trợ 1.500.000 đồng/người"), the documents a file
# holds (the list after "Hồ sơ gồm:") order nothing; a field's label then bodies doing something orders.
RULE_FIELDS = [
    (plan("Hỗ trợ người lao động",
          "II. NỘI DUNG CHÍNH SÁCH\n\n1. Mức hỗ trợ\n\n- Làm việc dưới 12 tháng:\nhỗ trợ 1.500.000 đồng/người.\n\n"
          "2. Hồ sơ đề nghị\n\nHồ sơ gồm:\n\n- Báo cáo thành tích của tập thể;\n\n- Biên bản họp xét.\n\n"
          "3. Thời gian: Các đơn vị gửi hồ sơ về Sở Nội vụ trước ngày 20/5/2024.\n\n"
          "4. Thời gian thực hiện: tháng 5/2024.\n\n5. Thời gian hỗ trợ: cho đến khi có thông báo mới.\n\n" + ORDERS),
     ["II.3", "III.1", "III.2"]),
    # bodies named as a group, then a verb of doing, order; people taking part, or a title, do not
    (plan("Hội thi vẽ tranh thiếu nhi",
          "II. THỂ LỆ HỘI THI\n\n1. Đối tượng dự thi\n\nCác em dự thi được tặng giấy khen.\n\n"
          "2. Nơi nhận tác phẩm\n\nNhà Thiếu nhi tỉnh, số 4 đường Lê Lợi.\n\nCác trường tiểu học tập hợp tác phẩm "
          "gửi về Phòng Văn hóa huyện.\n\n3. Thời gian tổ chức\n\nVòng sơ khảo từ tháng 3 đến tháng 4.\n\n" + ORDERS),
     ["II.2", "III.1", "III.2"]),
    # the deeds a task consists of, listed after "gồm:", are orders: only a file's documents are not
    (plan("Hội thao công nhân viên chức",
          "II. ĐIỀU LỆ HỘI THAO\n\n1. Đối tượng: công nhân viên chức của tỉnh.\n\n"
          "2. Công tác chuẩn bị gồm:\n\n- Tổ chức bốc thăm chia bảng.\n\n- Chuẩn bị sân bãi.\n\n" + ORDERS),
     ["II.2", "III.1", "III.2"]),
]
# fmt: on


def test_the_clauses_of_a_quoted_text_are_no_tasks() -> None:
    check_table(QUOTED_CLAUSES, lambda body: top_ids(plan("Miễn phí dịch vụ", body)))


def test_what_an_item_says_decides_whether_it_is_a_task() -> None:
    check_table(WHAT_AN_ITEM_SAYS + RULE_FIELDS, top_ids)


# A plan's slogans ("khẩu hiệu") are what is to be printed or broadcast, not orders, even where one opens with a
# verb of doing: an item of one sentence ending with "!", nothing under it, is no task. (part, top-level ids)
# fmt: off
SLOGANS = [
    ("II. NỘI DUNG TUYÊN TRUYỀN\n\n1. Tuyên truyền Luật Phòng, chống ma túy.\n\n"
     "III. KHẨU HIỆU\n\n1. Toàn dân tham gia phòng, chống ma túy!\n\n2. Xây dựng gia đình không có ma túy!\n\n"
     + ORDERS.replace("III.", "IV."), ["II.1", "IV.1", "IV.2"]),
    # an order that ends with "!" after more than one sentence, or with items under it, stays a task
    ("II. NỘI DUNG\n\n1. Các xã tổ chức ra quân. Hãy hành động ngay!\n\n" + ORDERS, ["II.1", "III.1", "III.2"]),
]
# fmt: on


def test_slogans_are_no_tasks() -> None:
    check_table(SLOGANS, lambda body: top_ids(plan("Tuyên truyền phòng, chống ma túy", body)))


# The theme of a campaign or a contest ("1. Chủ đề: …") is a field of the plan, like "Thời gian thực hiện: …",
# not a task; a theme heading followed by more words is judged as any item. (part, top-level ids)
# fmt: off
THEMES = [
    ("II. NỘI DUNG\n\n1. Chủ đề: “Đọc sách cùng con”.\n\n2. Các trường tổ chức tuần lễ đọc sách.\n\n" + ORDERS,
     ["II.2", "III.1", "III.2"]),
    ("II. NỘI DUNG\n\n1. Chủ đề tuyên truyền\n\n- Tuyên truyền lợi ích của việc đọc sách.\n\n" + ORDERS,
     ["II.1", "III.1", "III.2"]),
]
# fmt: on


def test_a_theme_is_a_field_of_the_plan() -> None:
    check_table(THEMES, lambda body: top_ids(plan("Ngày Sách Việt Nam", body)))


# A regulation of a body's functions opens with what the body is ("Vị trí và chức năng", "Vị trí, chức năng"):
# its clauses describe, they order nothing; the duties article after it holds the tasks. (body, top-level ids)
# fmt: off
FUNCTIONS = [
    ("Điều 1. Vị trí và chức năng\n\n1. Phòng Văn hóa là cơ quan chuyên môn thuộc Ủy ban nhân dân quận.\n\n"
     "2. Phòng Văn hóa có con dấu và tài khoản riêng; chịu sự chỉ đạo của Ủy ban nhân dân quận.\n\n"
     "Điều 2. Nhiệm vụ và quyền hạn\n\n1. Trình Ủy ban nhân dân quận kế hoạch phát triển văn hóa.\n",
     ["Điều 2.1"]),
    ("Điều 1. Vị trí, chức năng\n\nTrung tâm là đơn vị sự nghiệp công lập.\n\n"
     "Điều 2. Nhiệm vụ\n\nTổ chức các hoạt động thể thao quần chúng.\n", ["Điều 2"]),
]
# fmt: on


def test_a_bodys_position_and_functions_are_no_tasks() -> None:
    check_table(FUNCTIONS, lambda body: top_ids(plan("Quy định chức năng, nhiệm vụ", body)))


# A roman part of prose alone whose title in capitals names no tasks is a task only where its text orders
# something; a field of the plan printed as a part (the time and place, the quotas over a table) is not. A
# part of bullets lists deeds and stays a task. (parts before ORDERS, top-level ids)
# fmt: off
FIELD_PARTS = [
    ("II. THỜI GIAN VÀ ĐỊA ĐIỂM\n\nThời gian: sáng ngày 10/5/2024.\nĐịa điểm: Hội trường Ủy ban nhân dân tỉnh.\n\n",
     ["III.1", "III.2"]),
    ("II. SỐ LƯỢNG HỌC SINH DỰ THI\n\nMỗi khối lớp có 40 học sinh dự thi, tổng cộng 200 học sinh.\n\n",
     ["III.1", "III.2"]),
    ("II. QUY TRÌNH\n\n- Các trường gửi hồ sơ về Sở Giáo dục và Đào tạo.\n\n- Sở thẩm định hồ sơ.\n\n",
     ["II", "III.1", "III.2"]),
    ("II. CÔNG TÁC TRUYỀN THÔNG\n\nCác xã tăng cường tuyên truyền trên loa truyền thanh.\n\n",
     ["II", "III.1", "III.2"]),
]
# fmt: on


def test_a_part_that_states_a_field_is_no_task() -> None:
    check_table(FIELD_PARTS, lambda part: top_ids(plan("Hội thi học sinh giỏi", part + ORDERS)))


# OCR reads the "1" of a dotted number as "I" or "l" ("I.l." for "1.1.", then "I.2." for "1.2."): a sub-item of
# "1.", not a roman heading that would restart the parts; a roman part's own numbering "I.1.", "I.2." (no "l" before
# it) stays the part's
OCR_DOTTED = (
    "I. NHIỆM VỤ\n1. Cấp tiểu học\nI.l. Rà soát danh sách học sinh.\nI.2. Kiểm tra cơ sở vật chất.\n"
    "2. Cấp trung học cơ sở\n2.1. Rà soát danh sách học sinh.\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Giáo dục và Đào tạo hướng dẫn các trường.\n"
)
ROMAN_NUMBERED = (
    "I. NHIỆM VỤ\nI.1. Rà soát danh sách học sinh.\nI.2. Kiểm tra cơ sở vật chất.\nII. TỔ CHỨC THỰC HIỆN\n"
    "II.1. Phòng Giáo dục và Đào tạo hướng dẫn các trường.\n"
)


def test_an_ocr_damaged_dotted_number_is_a_sub_item() -> None:
    tasks = extract(plan("Tổ chức dạy học", OCR_DOTTED)).tasks
    assert [(t.id, [s.id for s in t.subtasks]) for t in tasks] == [
        ("I.1", ["I.1.1", "I.1.2"]),
        ("I.2", ["I.2.1"]),
        ("II.1", []),
    ]


def test_a_roman_parts_own_numbering_is_no_ocr_damage() -> None:
    tasks = extract(plan("Tổ chức dạy học", ROMAN_NUMBERED)).tasks
    assert [t.id.split("-")[0] for t in tasks] == ["I", "I", "I", "II", "II"]


# A heading in capitals whose text layer lost its marks and misread letters is read with the look-alikes mended
# (a "Q" not before "U", a digit between letters, a "V" after "H", a "¢" for "Ệ"; vn.mend_ocr_capitals): its
# directive words name tasks as they do when printed whole. (text, top-level task ids)
FIELD_ITEMS = (
    "1. Giải thưởng cuối năm\n\nMỗi xã vùng cao có một giải.\n\n2. Về nhà văn hóa công nhân\n\nMỗi cụm có một nhà.\n"
)
# fmt: off
OCR_HEADINGS = [
    (plan("Nếp sống văn minh nơi ở của công nhân", "II. NQI DUNG PH6I HQP\n\n" + FIELD_ITEMS), ["II.1", "II.2"]),
    # OCR glued two words of the heading
    (plan("Nếp sống văn minh nơi ở của công nhân", "II. NQI DUNGPH6I HQP\n\n" + FIELD_ITEMS), ["II.1", "II.2"]),
    (plan("Nếp sống văn minh nơi ở của công nhân", "II. TO CHUC THVC HI:¢N\n\n" + FIELD_ITEMS), ["II.1", "II.2"]),
]
# fmt: on


def test_ocr_damaged_capital_headings_name_their_tasks() -> None:
    check_table(OCR_HEADINGS, top_ids)


# A paragraph that a scan printed without a single mark opens with a verb of doing of two words or more, read folded
# ("Phoi hop voi …"): in a part titled by a field of the plan the item orders, as it does printed whole; a single
# word is not read so ("Dat …" may be "Đất …"). (text, top-level task ids)
PRIZES = "II. KHEN THƯỞNG\n\n1. Giai tap the\n\nMoi huyen vung sau co mot giai.\n\n"
# fmt: off
UNMARKED_ORDERS = [
    (plan("Hội thi kể chuyện sách thiếu nhi", PRIZES + "2. Giai ca nhan\n\nPhoi hop voi cac truong chon hoc sinh du thi.\n"),
     ["II.2"]),
    (plan("Hội thi kể chuyện sách thiếu nhi", PRIZES + "2. Giai ca nhan\n\nDat giai nhat duoc tang bang khen.\n"), []),
]
# fmt: on


def test_an_unmarked_paragraph_opening_with_a_deed_orders() -> None:
    check_table(UNMARKED_ORDERS, top_ids)
