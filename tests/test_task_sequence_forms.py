"""Task ids on document kinds first met in sealed sets: each form below is a general one of Vietnamese administrative
writing (or of its OCR), written with made-up text. A missed or shifted item loses every pair scored under it.

- a news report of a directive going on body by body after the reported order: "Bộ trưởng Quốc phòng tổ chức …",
  "Bộ Tài chính bố trí …" (an order), where "Sở Y tế tổ chức hội nghị …" at large, "… đã triển khai …" and "Sở Y tế
  cho biết …" tell events;
- a lead-in whose colon was lost ("… thực hiện ngay một số nhiệm vụ sau") before the numbered list: no task;
- OCR's "I." for "1." in a list that goes on "2.", "3."; a number printed twice after the one two less ("1.", "3.",
  "3."): the first is 2; an OCR comma for the stop ("6, …") read as the next number past a lost one ("Š. …");
- a form or report outline to be filled ("Phụ lục: [MẪU] BÁO CÁO …", "ĐỀ CƯƠNG BÁO CÁO"): its headings are no tasks;
- the letter's thanks as its last paragraph ("… trân trọng cám ơn./."): not part of the last item;
- "II. NỘI DUNG KIỂM TRA" over numbered items stated as noun phrases: each is a thing to inspect, a task; so is
  each item of the reporting part ("III. CÔNG TÁC THÔNG TIN, BÁO CÁO": "1. Phòng Văn hóa tổng hợp …");
- "a)" and "(1)" nest in the order printed: a team's letter item over its members, then the next team's letter.
"""

from __future__ import annotations

from directive_extract import extract

NEWS_HEAD = "Thủ tướng chỉ đạo xử lý nghiêm vi phạm về an toàn thực phẩm\n\nThứ Ba, 12/08/2025 - 09:30\n\n"
LETTER_HEAD = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 77/BNNMT-VP\nHà Nội, ngày 3 tháng 4 năm 2026\nV/v kiểm tra công tác\n\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\n\n"
)
PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 15/KH-UBND\nBắc Kạn, ngày 9 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
    "Kiểm tra công tác chuyển đổi số năm 2026\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Minh\n"
PLAN_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Thị Hoa\n"

# (text, the tasks' ids and the first words of each)
# fmt: off
CASES = [
    # news: the order goes on body by body, each a task
    (NEWS_HEAD + "Thủ tướng yêu cầu các tỉnh lấy mẫu kiểm nghiệm thực phẩm tại chợ đầu mối mỗi tuần.\n\n"
     "Bộ trưởng Y tế chỉ đạo các viện kiểm nghiệm bố trí đủ nhân lực lấy mẫu.\n\n"
     "Bộ Tài chính bố trí kinh phí cho các đợt lấy mẫu đột xuất.\n",
     [("p1", "Thủ tướng yêu cầu"), ("p2", "Bộ trưởng Y tế chỉ"), ("p3", "Bộ Tài chính bố trí")]),
    # news: an event at large, or told as done, or what a body said: no order
    (NEWS_HEAD + "Sở Y tế tổ chức hội nghị tổng kết công tác an toàn thực phẩm năm 2024.\n\n"
     "Thủ tướng yêu cầu các tỉnh lấy mẫu kiểm nghiệm thực phẩm tại chợ đầu mối mỗi tuần.\n\n"
     "Bộ Công an đã triển khai lực lượng kiểm tra tại 12 chợ đầu mối.\n",
     [("p1", "Thủ tướng yêu cầu")]),
    (NEWS_HEAD + "Thủ tướng yêu cầu các tỉnh lấy mẫu kiểm nghiệm thực phẩm tại chợ đầu mối mỗi tuần.\n\n"
     "Sở Y tế cho biết để chuẩn bị đợt lấy mẫu, các trạm y tế tổ chức tập huấn cho cán bộ.\n",
     [("p1", "Thủ tướng yêu cầu")]),
    # a lead-in whose colon was lost, then the list
    (LETTER_HEAD + "Để chủ động ứng phó với hạn mặn, Bộ đề nghị các địa phương triển khai thực hiện ngay một số "
     "nhiệm vụ sau\n\n1. Rà soát các công trình thủy lợi trọng điểm.\n\n2. Báo cáo kết quả về Bộ trước ngày "
     "30/4/2026." + TAIL,
     [("1", "1. Rà soát"), ("2", "2. Báo cáo")]),
    # OCR "I." for "1." under a roman part, then "2.", "3."
    (PLAN_HEAD + "I. MỤC ĐÍCH\n\nĐánh giá kết quả chuyển đổi số.\n\nII. NỘI DUNG KIỂM TRA\n\n"
     "I. Việc ban hành kế hoạch chuyển đổi số của các sở, ngành.\n\n"
     "2. Việc bố trí kinh phí cho các nhiệm vụ chuyển đổi số.\n\n"
     "3. Việc cung cấp dịch vụ công trực tuyến toàn trình.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
     "Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành tổ chức kiểm tra." + PLAN_TAIL,
     [("II.1", "I. Việc ban hành"), ("II.2", "2. Việc bố trí"), ("II.3", "3. Việc cung cấp"), ("III", "III. TỔ CHỨC")]),
    # the reporting part: who reports what, each item a task though it opens with the body's name
    (PLAN_HEAD + "I. NHIỆM VỤ\n\n1. Rà soát các thủ tục hành chính.\n\n2. Cập nhật dữ liệu dân cư.\n\n"
     "II. CÔNG TÁC THÔNG TIN, BÁO CÁO\n\n1. Phòng Văn hóa huyện tổng hợp kết quả của các xã hằng tháng.\n\n"
     "2. Cụm trưởng các trường trung học năm học 2025 - 2026 tổng hợp số liệu của cụm." + PLAN_TAIL,
     [("I.1", "1. Rà soát"), ("I.2", "2. Cập nhật"), ("II.1", "1. Phòng Văn hóa"), ("II.2", "2. Cụm trưởng")]),
    # a number printed twice after the one two less; an OCR comma for a stop past a lost number
    (LETTER_HEAD + "Bộ yêu cầu các địa phương:\n\n1. Rà soát các công trình thủy lợi.\n\n"
     "3. Kiểm tra các trạm bơm dã chiến.\n\n3. Báo cáo kết quả về Bộ trước ngày 30/4/2026." + TAIL,
     [("1", "1. Rà soát"), ("2", "3. Kiểm tra"), ("3", "3. Báo cáo")]),
    (LETTER_HEAD + "Bộ yêu cầu các địa phương:\n\n1. Rà soát các công trình thủy lợi.\n\n"
     "2. Kiểm tra các trạm bơm dã chiến.\n\nŠ. Tổ chức diễn tập ứng phó hạn mặn.\n\n"
     "4, Bố trí lực lượng trực ban.\n\n5. Báo cáo kết quả về Bộ trước ngày 30/4/2026." + TAIL,
     [("1", "1. Rà soát"), ("2", "2. Kiểm tra"), ("3", "Š. Tổ chức"), ("4", "4, Bố trí"), ("5", "5. Báo cáo")]),
    # a report form attached: its headings are no tasks
    (LETTER_HEAD + "1. Rà soát các công trình thủy lợi.\n\n2. Báo cáo theo mẫu tại Phụ lục kèm theo." + TAIL
     + "\nPhụ lục: [MẪU] BÁO CÁO KẾT QUẢ TRIỂN KHAI KIỂM TRA CÔNG TRÌNH\n\nI. THÔNG TIN CHUNG\n\n"
     "1. Tên đơn vị: ..........\n\n2. Triển khai kiểm tra: ..........\n\nII. KIẾN NGHỊ, ĐỀ XUẤT\n\n"
     "1. ..........\n\n2. ..........\n",
     [("1", "1. Rà soát"), ("2", "2. Báo cáo")]),
    # an outline printed inside the body (an OCR'd attachment the tail could not cut)
    (PLAN_HEAD + "I. NHIỆM VỤ\n\n1. Các sở tổ chức tự kiểm tra.\n\n2. Các sở báo cáo theo đề cương kèm theo.\n\n"
     "Phụ lục\nĐỀ CƯƠNG BÁO CÁO\nKết quả chuyển đổi số năm 2026\n\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n\n"
     "Nêu việc ban hành văn bản chỉ đạo.\n\nII. KIẾN NGHỊ, ĐỀ XUẤT\n\nNêu các kiến nghị với Ủy ban nhân dân tỉnh."
     + PLAN_TAIL,
     [("I.1", "1. Các sở tổ chức"), ("I.2", "2. Các sở báo cáo")]),
]
# fmt: on


def test_task_ids_on_unseen_forms() -> None:
    failures = []
    for text, expected in CASES:
        tasks = extract(text).tasks
        got = [
            (task.id, task.text[: len(opening)]) for task, opening in zip(tasks, [o for _, o in expected], strict=False)
        ]
        if got != expected or len(tasks) != len(expected):
            failures.append((text[:80], [(t.id, t.text[:30]) for t in tasks], expected))
    assert not failures, failures


# (the letter's last paragraph, which must not be part of the last item)
THANKS = [
    "Bộ Nông nghiệp và Môi trường trân trọng cám ơn./.",
    "Bộ Nông nghiệp và Môi trường trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.",
    "Trân trọng cảm ơn./.",
]


def test_the_thanks_closing_ends_the_last_item() -> None:
    failures = []
    for closing in THANKS:
        text = LETTER_HEAD + "1. Rà soát các công trình thủy lợi.\n\n2. Báo cáo kết quả về Bộ.\n\n" + closing + TAIL
        last = extract(text).tasks[-1]
        if not last.text.endswith("2. Báo cáo kết quả về Bộ."):
            failures.append((closing, last.text))
    assert not failures, failures


# "(1)" and "a)" nest by the order they are printed in: a team's letter item over its members, then the next team
# (text, the ids of every item, depth first)
# fmt: off
NESTING = [
    (PLAN_HEAD + "I. PHÂN CÔNG NHIỆM VỤ\n\n1. Thành viên các tổ công tác\n\n"
     "a) Tổ công tác số 1: làm việc với Ủy ban nhân dân huyện Na Rì, gồm:\n\n(1) Ông Hà Văn Bình - Phó Giám đốc Sở Nội vụ;"
     "\n\n(2) Bà Lục Thị Mai - Trưởng phòng Sở Tài chính.\n\nb) Tổ công tác số 2: làm việc với Ủy ban nhân dân huyện "
     "Pác Nặm, gồm:\n\n(1) Ông Nông Văn Tú - Phó Giám đốc Sở Y tế;\n\n(2) Bà Hoàng Thị Lan - Chuyên viên Sở Y tế."
     + PLAN_TAIL,
     ["I.1", "I.1.a", "I.1.a.1", "I.1.a.2", "I.1.b", "I.1.b.1", "I.1.b.2"]),
    (PLAN_HEAD + "I. NHIỆM VỤ\n\n(1) Tuyên truyền về chuyển đổi số:\n\na) Trên báo, đài của tỉnh;\n\n"
     "b) Trên cổng thông tin của các huyện.\n\n(2) Đào tạo kỹ năng số cho cán bộ, công chức." + PLAN_TAIL,
     ["I.1", "I.1.a", "I.1.b", "I.2"]),
]
# fmt: on


def test_letters_and_brackets_nest_in_printed_order() -> None:
    def ids(tasks) -> list[str]:
        return [i for task in tasks for i in [task.id, *ids(task.subtasks or [])]]

    failures = []
    for text, expected in NESTING:
        got = ids(extract(text).tasks)
        if got != expected:
            failures.append((text[120:200], got, expected))
    assert not failures, failures
