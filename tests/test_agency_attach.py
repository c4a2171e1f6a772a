"""Agencies on the right task with the right role: the words around a body, the brackets after it, parts that
divide duties by actor, the end of the "Kính gửi" list, and a table's role columns.

Every case is written for its form (made-up places and bodies where a name is needed), not taken from the
corpus. A row is (text of the items, expected (name, role) of the first task's agencies, or of the named
task's); each table collects every failing row and fails once.
"""

from __future__ import annotations

from directive_extract import extract

from .test_agency_forms import _check, mention_names

PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 45/KH-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai\n\n"
)
MINISTRY = "BỘ TƯ PHÁP\nSố: 88/BTP-VP\nHà Nội, ngày 02 tháng 4 năm 2025\nV/v triển khai nghị quyết\n\n"

# the subject of the item's verb of doing is the body that must act, also after a fronted adverbial;
# the agent of a relative or time clause ("do X tổ chức", "sau khi X công bố") is not
# fmt: off
SUBJECT_OF_A_VERB = [
    ("1. Trên cơ sở kết quả rà soát, Sở Tài chính khẩn trương bố trí kinh phí.", [("Sở Tài chính", "lead")]),
    ("1. Trong quý II, Thanh tra tỉnh tổ chức kiểm tra việc chấp hành.", [("Thanh tra tỉnh", "lead")]),
    ("1. Căn cứ Kế hoạch này, Sở Nội vụ xây dựng kế hoạch chi tiết.", [("Sở Nội vụ", "lead")]),
    ("1. Giữa hai đợt kiểm tra, Ban Dân tộc tỉnh theo dõi tình hình vùng đồng bào.", [("Ban Dân tộc tỉnh", "lead")]),
    ("1. Ủy ban nhân dân huyện Cam Lộ theo chức năng, nhiệm vụ hướng dẫn các xã.",
     [("Ủy ban nhân dân huyện Cam Lộ", "lead")]),
    ("1. Tham gia hội thi do Sở Văn hóa, Thể thao và Du lịch tổ chức.", []),
    ("1. Sau khi Cục Thống kê tỉnh công bố số liệu, cập nhật cơ sở dữ liệu.", []),
]
# fmt: on


def test_the_subject_of_a_verb_of_doing_leads() -> None:
    _check(SUBJECT_OF_A_VERB, PROVINCE)


# words before a body that say its role
# fmt: off
WORDS_BEFORE = [
    # urging and allowing a body to act make it the actor
    ("1. Sở Tư pháp kiểm tra, đôn đốc các sở, ngành tỉnh thực hiện.",
     [("Sở Tư pháp", "lead"), ("Các sở, ban, ngành tỉnh", "lead")]),
    ("1. Cho phép Ủy ban nhân dân cấp huyện quyết định danh mục dự án.", [("Ủy ban nhân dân cấp huyện", "lead")]),
    # advising, helping, consulting or answering to a body: it receives the work
    ("1. Sở Xây dựng tham mưu với Tỉnh ủy về quy hoạch.", [("Sở Xây dựng", "lead"), ("Tỉnh ủy", "report_to")]),
    ("1. Sở Tư pháp có trách nhiệm giúp Ủy ban nhân dân tỉnh rà soát văn bản.",
     [("Sở Tư pháp", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Sở Tư pháp chủ trì giúp Chủ tịch UBND tỉnh đôn đốc việc thi hành.",
     [("Sở Tư pháp", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Sở Công Thương lấy ý kiến các Bộ, ngành Trung ương về dự thảo.",
     [("Sở Công Thương", "lead"), ("Các bộ, ngành Trung ương", "report_to")]),
    ("1. Sở Y tế xin ý kiến của Bộ Y tế trước khi triển khai.", [("Sở Y tế", "lead"), ("Bộ Y tế", "report_to")]),
    ("1. Giám đốc Sở Tài chính chịu trách nhiệm trực tiếp trước Ủy ban nhân dân tỉnh về tiến độ.",
     [("Sở Tài chính", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    # answering for a failure ("… nếu để xảy ra …") names no receiver
    ("1. Giám đốc Sở Xây dựng chịu trách nhiệm trước Ủy ban nhân dân tỉnh nếu để xảy ra sai phạm về trật tự xây dựng.",
     [("Sở Xây dựng", "lead")]),
    ("1. Giám đốc Công an tỉnh chịu trách nhiệm trước Chủ tịch UBND tỉnh khi để tình hình phức tạp kéo dài.",
     [("Công an tỉnh", "lead")]),
    ("1. Các đơn vị phản ánh kịp thời về Sở Khoa học và Công nghệ để hướng dẫn.",
     [("Sở Khoa học và Công nghệ", "report_to")]),
    # what is sent, however long its name, goes to the body after "về" / "cho"
    ("1. Các trường gửi danh sách học sinh đạt giải năm học này về Sở Giáo dục và Đào tạo.",
     [("Sở Giáo dục và Đào tạo", "report_to")]),
    ("1. Các xã nộp trực tiếp hồ sơ đề nghị khen thưởng cho Ban Thi đua - Khen thưởng tỉnh.",
     [("Ban Thi đua - Khen thưởng tỉnh", "report_to")]),
    # a partner named with "cùng với"
    ("1. Công an tỉnh cùng với Bộ Chỉ huy Quân sự tỉnh tuần tra khu vực biên giới.",
     [("Công an tỉnh", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "coordinate")]),
    # a partner or a receiver named through its units ("cơ quan chức năng của", "các đơn vị liên quan thuộc")
    ("1. Sở Công Thương phối hợp với cơ quan chức năng của Bộ Công an kiểm tra kho xăng dầu.",
     [("Sở Công Thương", "lead"), ("Bộ Công an", "coordinate")]),
    ("1. Công an tỉnh phối hợp với các lực lượng của Bộ Chỉ huy Quân sự tỉnh tuần tra biên giới.",
     [("Công an tỉnh", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "coordinate")]),
    ("1. Sở Tài chính tham mưu cho các đơn vị liên quan thuộc Ủy ban nhân dân tỉnh về giá đất.",
     [("Sở Tài chính", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    # someone else named by the body: a member, a unit under it, the author of a proposal
    ("1. Đại biểu Hội đồng nhân dân tỉnh tiếp xúc cử tri.", []),
    # "Mời" opening an item invites a body the issuer does not command to act: it leads; inside a clause, "mời đại
    # diện …" invites to a meeting, no lead
    ("1. Mời Ban Tuyên giáo Tỉnh ủy cử đại diện tham gia Ban Giám khảo.", [("Ban Tuyên giáo Tỉnh ủy", "lead")]),
    ("1. Sở Văn hóa, Thể thao và Du lịch chủ trì, mời đại diện Sở Y tế dự họp.",
     [("Sở Văn hóa, Thể thao và Du lịch", "lead")]),
    # units under a body opening their clause are the actors, as a class; after a verb they are what the order is
    # passed to, no actor, nor is their body
    ("1. Các đơn vị trực thuộc Sở Giao thông vận tải kiểm tra tải trọng xe.",
     [("Các đơn vị trực thuộc Sở Giao thông vận tải", "lead")]),
    ("1. Thủ trưởng các cơ quan, đơn vị thuộc Bộ Quốc phòng chỉ đạo tuần tra.",
     [("Các cơ quan, đơn vị thuộc Bộ Quốc phòng", "lead")]),
    ("1. Sở Y tế chỉ đạo các đơn vị trực thuộc Sở Xây dựng rà soát.", [("Sở Y tế", "lead")]),
    ("1. Bố trí kinh phí theo đề nghị của Sở Nội vụ.", []),
    # a dash inside a sentence joins a unit to its body, it opens no clause: the body is no subject, the unit
    # with its body receives what is sent
    ("1. Các trường nộp hồ sơ cho bộ phận một cửa - Sở Giáo dục và Đào tạo trước ngày 10/5.",
     [("Bộ phận Một cửa Sở Giáo dục và Đào tạo", "report_to")]),
]
# fmt: on


def test_words_before_a_body_say_its_role() -> None:
    _check(WORDS_BEFORE, PROVINCE)


# a body in brackets after another names its unit, or the channel a report goes through: it takes that
# body's role; a short form in brackets does not break a list that shares one role
# fmt: off
BRACKETS = [
    # "Các sở" alone is the province's departments (ANNOTATING.md rule 8a)
    ("1. Các sở báo cáo kết quả về Ban Chỉ đạo tỉnh (qua Sở Kế hoạch và Đầu tư) trước ngày 20 hằng tháng.",
     [("Các sở, ban, ngành tỉnh", "lead"), ("Ban Chỉ đạo tỉnh", "report_to"), ("Sở Kế hoạch và Đầu tư", "report_to")]),
    ("1. Các đơn vị gửi báo cáo cho Ủy ban nhân dân tỉnh (thông qua Sở Nội vụ) để tổng hợp.",
     [("Ủy ban nhân dân tỉnh", "report_to"), ("Sở Nội vụ", "report_to")]),
    ("1. Sở Ngoại vụ phối hợp với Bộ Quốc phòng (Bộ Tư lệnh Bộ đội Biên phòng) kiểm soát người nhập cảnh.",
     [("Sở Ngoại vụ", "lead"), ("Bộ Quốc phòng", "coordinate"), ("Bộ Tư lệnh Bộ đội Biên phòng", "coordinate")]),
    ("1. Đơn vị chủ trì: Sở Khoa học và Công nghệ (KHCN), Sở Tài chính (TC), Công an tỉnh.",
     [("Sở Khoa học và Công nghệ", "lead"), ("Sở Tài chính", "lead"), ("Công an tỉnh", "lead")]),
]
# fmt: on


def test_a_bracketed_unit_or_channel_takes_the_role_of_its_body() -> None:
    _check(BRACKETS, PROVINCE)


# a part's title names the body whose duties follow; a part that divides duties by actor passes none of the
# letter's addressees or the lead-in's bodies to its items, also to an item whose actor is no agency
DUTIES = (
    "Kính gửi:\n- Ủy ban nhân dân các huyện, thị xã;\n- Các trường trung học phổ thông.\n\n"
    "Sở Giáo dục và Đào tạo hướng dẫn tổ chức kỳ thi như sau:\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Trách nhiệm của Ban Dân tộc tỉnh\n- Tổng hợp danh sách học sinh dân tộc thiểu số.\n"
    "2. Trách nhiệm của hiệu trưởng các trường\n- Niêm yết danh sách dự thi.\n"
    "3. Giáo viên chủ nhiệm\n- Hướng dẫn học sinh ghi phiếu.\n"
)
# a part so titled: "II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", then one item per actor
DUTY_HEADING = (
    "Kính gửi: Ủy ban nhân dân các huyện, thị xã.\n\n"
    "II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ\n"
    "1. Sở Tư pháp: biên soạn tài liệu phổ biến pháp luật.\n"
    "2. Các trường học: tổ chức ngoại khóa về pháp luật.\n"
)
# fmt: off
DUTY_PARTS = [
    (DUTIES, [("Ban Dân tộc tỉnh", "lead")], "III.1"),
    (DUTIES, [], "III.2"),
    (DUTIES, [], "III.3"),
    ("1. Nhiệm vụ của Thanh tra tỉnh: tiếp công dân định kỳ.", [("Thanh tra tỉnh", "lead")]),
    (DUTY_HEADING, [("Sở Tư pháp", "lead")], "II.1"),
    (DUTY_HEADING, [], "II.2"),
]
# fmt: on


def test_a_part_that_divides_duties_by_actor() -> None:
    _check(DUTY_PARTS, PROVINCE)


# a table's lead or partner column names its actors, but not the author of a plan it cites or the parent of
# the unit that acts
TABLE = (
    "II. NHIỆM VỤ\n\n"
    "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n\n"
    "1 | Sắp xếp đơn vị sự nghiệp | Theo phân công tại Đề án số 15/ĐA-UBND của UBND tỉnh | Sở Nội vụ | Năm 2025\n\n"
    "2 | Giao dự toán | Sở Tài chính | Các đơn vị trực thuộc UBND tỉnh | Quý I/2025\n\n"
    "3 | Vận hành cổng dịch vụ công | Theo Quyết định số 9/QĐ-UBND của Chủ tịch UBND tỉnh | Sở Tư pháp | 2025\n"
)


def test_a_table_column_does_not_make_a_cited_author_an_actor() -> None:
    tasks = {}

    def walk(found):
        for task in found:
            tasks[task.id] = task
            walk(task.subtasks)

    walk(extract(PROVINCE + TABLE).tasks)
    got = {task_id: sorted((a.name, a.role) for a in task.agencies) for task_id, task in tasks.items()}
    failures = []
    expected_rows = [
        ("II.1", [("Sở Nội vụ", "coordinate")]),
        ("II.2", [("Sở Tài chính", "lead")]),
        ("II.3", [("Sở Tư pháp", "coordinate")]),
    ]
    for task_id, expected in expected_rows:
        if got.get(task_id) != expected:
            failures.append(f"{task_id}: {got.get(task_id)} != {expected}")
    assert not failures, "\n".join(failures)


def test_a_deputy_prime_minister_names_the_prime_minister() -> None:
    names = [
        mention_names("Phó Thủ tướng Chính phủ chỉ đạo"),
        mention_names("báo cáo Phó Thủ tướng phụ trách lĩnh vực"),
    ]
    assert names == [["Thủ tướng Chính phủ"]] * 2, names


def test_a_letter_of_a_ministry_keeps_its_speaker_out() -> None:
    _check(
        [("1. Bộ Tư pháp đề nghị Sở Tư pháp các tỉnh tổ chức tập huấn.", [("Sở Tư pháp cấp tỉnh", "lead")])], MINISTRY
    )


# units under a body are addressed, not the body: the letter's own office is no addressee of its items
UNITS_ADDRESSED = (
    "Kính gửi: Thủ trưởng các đơn vị trực thuộc Sở Văn hóa, Thể thao và Du lịch.\n"
    "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở đề nghị các đơn vị thực hiện các nội dung sau:\n"
    "1. Rà soát di tích xuống cấp.\n"
)


def test_units_under_a_body_are_addressed_not_the_body() -> None:
    _check([(UNITS_ADDRESSED, [("Các đơn vị trực thuộc Sở Văn hóa, Thể thao và Du lịch", "lead")])], PROVINCE)


# an item whose opening names no subject takes the lead-in's bodies, even when a later paragraph of it names a
# body that acts; a title line followed by a paragraph that names its actor is that actor's item
LEAD_IN = "Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân các huyện, thị xã thực hiện các nhiệm vụ sau:\n"
# fmt: off
OPENINGS = [
    (LEAD_IN + "1. Phối hợp với Sở Nông nghiệp và Môi trường rà soát diện tích lúa bị ngập.\n"
     "Sở Tài chính bố trí kinh phí hỗ trợ giống.\n2. Báo cáo kết quả.\n",
     [("Ủy ban nhân dân cấp huyện", "lead"), ("Sở Nông nghiệp và Môi trường", "coordinate"), ("Sở Tài chính", "lead")]),
    (LEAD_IN + "1. Khắc phục hậu quả mưa lũ\n"
     "Sở Xây dựng chủ trì kiểm tra an toàn các công trình.\n2. Báo cáo kết quả.\n",
     [("Sở Xây dựng", "lead")]),
    # "Chỉ đạo X …": who directs X is unsaid, the lead-in's bodies
    (LEAD_IN + "1. Chỉ đạo Ủy ban nhân dân cấp xã rà soát hộ nghèo.\n2. Báo cáo kết quả.\n",
     [("Ủy ban nhân dân cấp huyện", "lead"), ("Ủy ban nhân dân cấp xã", "lead")]),
]
# fmt: on


def test_an_item_opening_with_no_subject_takes_the_lead_in_bodies() -> None:
    failures = []
    for items, expected in OPENINGS:
        notice = extract(PROVINCE + items)
        got = sorted((a.name, a.role) for a in notice.tasks[0].agencies)
        if got != sorted(expected):
            failures.append(f"{items!r}: {got} != {sorted(expected)}")
    assert not failures, "\n".join(failures)


SO_LETTER = "UBND TỈNH QUẢNG TRỊ\nSỞ NỘI VỤ\nSố: 77/SNV-VP\nQuảng Trị, ngày 02 tháng 6 năm 2024\nV/v báo cáo\n\n"


def test_a_unit_named_after_the_bare_type_word_stays_bare() -> None:
    # ANNOTATING.md, "Party and National Assembly organs, and a body's own units", 3: not completed from the header
    _check(
        [("1. Các đơn vị gửi báo cáo về Văn phòng Sở qua thư điện tử.", [("Văn phòng Sở", "report_to")])],
        SO_LETTER,
    )


# the issuer acting in its own letter is an actor of the item; the issuer giving the order is not
# fmt: off
ISSUER_IN_ITS_LETTER = [
    ("1. Trên cơ sở số liệu của các đơn vị, Sở Nội vụ sẽ trình Ủy ban nhân dân tỉnh phương án.",
     [("Sở Nội vụ", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")]),
    ("1. Sở Nội vụ đề nghị các đơn vị rà soát biên chế.", []),
]
# fmt: on


def test_the_issuer_acting_in_its_own_letter() -> None:
    _check(ISSUER_IN_ITS_LETTER, SO_LETTER)


# a plan's labelled fields name the lead and the partners
# fmt: off
LABELLED_FIELDS = [
    ("1. Số hóa hồ sơ hộ tịch.\nĐơn vị thực hiện: Sở Tư pháp.\nĐơn vị tham gia: Công an tỉnh, Sở Nội vụ.",
     [("Sở Tư pháp", "lead"), ("Công an tỉnh", "coordinate"), ("Sở Nội vụ", "coordinate")]),
    ("1. Kiểm tra an toàn thực phẩm.\nCơ quan thực hiện: Chi cục Quản lý thị trường.",
     [("Chi cục Quản lý thị trường", "lead")]),
]
# fmt: on


def test_labelled_fields_name_the_lead_and_partners() -> None:
    _check(LABELLED_FIELDS, PROVINCE)


# a lead-in that addresses bodies by name replaces the letter's addressees (its names are the items' actors);
# one that addresses them by courtesy or as a class of units passes the addressees on
ADDRESSED = "Kính gửi:\n- Ủy ban nhân dân các huyện, thị xã;\n- Sở Tài chính.\n\n"
# fmt: off
LEAD_IN_OR_ADDRESSEES = [
    (ADDRESSED + "Sở Nông nghiệp và Môi trường đề nghị Hạt Kiểm lâm liên huyện Bắc Hướng Hóa thực hiện:\n"
     "1. Tuần tra rừng phòng hộ.\n", [("Hạt Kiểm lâm liên huyện Bắc Hướng Hóa", "lead")]),
    (ADDRESSED + "Sở Nông nghiệp và Môi trường đề nghị Quý cơ quan thực hiện:\n1. Tuần tra rừng phòng hộ.\n",
     [("Ủy ban nhân dân cấp huyện", "lead"), ("Sở Tài chính", "lead")]),
    (ADDRESSED + "Sở Nông nghiệp và Môi trường đề nghị Thủ trưởng các đơn vị thực hiện:\n"
     "1. Tuần tra rừng phòng hộ.\n", [("Ủy ban nhân dân cấp huyện", "lead"), ("Sở Tài chính", "lead")]),
]
# fmt: on


def test_a_lead_in_that_names_its_actors_replaces_the_addressees() -> None:
    _check(LEAD_IN_OR_ADDRESSEES, PROVINCE)


# a body named again by its type word alone, after a word that sends or reports to it: the issuer when it is of
# that type, else the one body of that type the document names; a name after the type word, even on the next
# line, is no such form, and neither is the author after "của"
DISTRICT_OFFICE = "UBND HUYỆN ĐAKRÔNG\nPHÒNG NỘI VỤ\nSố: 15/PNV\nĐakrông, ngày 02 tháng 6 năm 2024\nV/v báo cáo\n\n"
# fmt: off
TYPE_WORD_ALONE = [
    ("1. Các xã gửi danh sách về Phòng trước ngày 15/6/2024.", [("Phòng Nội vụ", "report_to")]),
    ("1. Các xã tổng hợp số liệu, báo cáo về Phòng.", [("Phòng Nội vụ", "report_to")]),
    ("1. Sở Nội vụ tỉnh Quảng Trị kiểm tra công tác văn thư.\n2. Các xã nộp hồ sơ đăng ký với Sở theo hướng dẫn.",
     [("Sở Nội vụ tỉnh Quảng Trị", "report_to")], "2"),
    # ("Các xã" acting: every commune, ANNOTATING "Class names")
    ("1. Các xã phối hợp với Sở\nTư pháp rà soát hồ sơ.", [("Ủy ban nhân dân cấp xã", "lead"), ("Sở Tư pháp", "coordinate")]),
    ("1. Các xã thực hiện theo hướng dẫn của Sở.", [("Ủy ban nhân dân cấp xã", "lead")]),
    # a verb of reporting or advising right before it: the body reported or advised
    ("1. Sở Nội vụ tỉnh Quảng Trị kiểm tra công tác văn thư.\n2. Phòng Nội vụ tham mưu Sở về nhân sự.",
     [("Phòng Nội vụ", "lead"), ("Sở Nội vụ tỉnh Quảng Trị", "report_to")], "2"),
]
# fmt: on


def test_a_body_named_by_its_type_word_alone() -> None:
    _check(TYPE_WORD_ALONE, DISTRICT_OFFICE)


# the disaster committee's two abbreviations printed as one, joined by a hyphen ("PCTT-TKCN"), or by "và", "&"
# fmt: off
DISASTER_COMMITTEE = [
    ("1. Ban Chỉ huy PCTT-TKCN huyện Gio Linh kiểm tra an toàn hồ đập.",
     [("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện Gio Linh", "lead")]),
    ("1. Ban Chỉ huy PCTT-TKCN thành phố Đông Hà sơ tán dân khỏi vùng trũng.",
     [("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn thành phố Đông Hà", "lead")]),
    ("1. Sở Xây dựng báo cáo Ban Chỉ huy PCTT&TKCN tỉnh.",
     [("Sở Xây dựng", "lead"), ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh", "report_to")]),
]
# fmt: on


def test_the_disaster_committees_abbreviations() -> None:
    _check(DISASTER_COMMITTEE, PROVINCE)


# a lead-in that addresses first a class no body name reads ("thủ trưởng các cơ quan, đơn vị …"), closed by a
# semicolon, then bodies: the items take those bodies; a body far after the verb in the same clause is not its object
DISTRICT_COMMITTEE = "UBND HUYỆN GIO LINH\nSố: 45/UBND-VP\nGio Linh, ngày 12 tháng 3 năm 2024\nV/v phòng chống dịch\n\n"
# fmt: off
ADDRESSED_FIRST = [
    ("Chủ tịch UBND huyện yêu cầu thủ trưởng các cơ quan, đơn vị trên địa bàn huyện; Chủ tịch UBND các xã, thị trấn"
     " thực hiện nghiêm các biện pháp sau:\n1. Dừng các hoạt động tập trung đông người.\n",
     [("Ủy ban nhân dân cấp xã", "lead")]),
    ("Chủ tịch UBND huyện đề nghị các hội quần chúng, câu lạc bộ trên địa bàn; Ban Chỉ huy Quân sự huyện"
     " thực hiện các nội dung sau:\n1. Rà soát lực lượng dân quân.\n",
     [("Ban Chỉ huy Quân sự huyện", "lead")]),
    ("Chủ tịch UBND huyện yêu cầu thủ trưởng các cơ quan, đơn vị trên địa bàn huyện thực hiện các biện pháp sau để"
     " hỗ trợ Phòng Y tế:\n1. Dừng các hoạt động tập trung đông người.\n", []),
]
# fmt: on


def test_bodies_after_an_unread_addressee_in_the_lead_in() -> None:
    _check(ADDRESSED_FIRST, DISTRICT_COMMITTEE)
