"""Where a letter's items end and which paragraphs of a report are tasks: forms that lost tasks (and with them every
agency keyed on their ids) on documents first seen sealed.

Letters:
- a contact paragraph after the last item ("Đầu mối liên hệ: đồng chí …, điện thoại …", "Mọi chi tiết xin liên hệ
  … email …") is the closing, no part of the last item;
- a closing that asks for a report sent to a body ("Trên đây là Kế hoạch …, yêu cầu … triển khai thực hiện, báo cáo
  kết quả gửi Ủy ban nhân dân tỉnh …") orders something of its own: an implicit task, like a closing with its own
  deadline; one that only asks to report difficulties ("… nếu có khó khăn, vướng mắc, báo cáo về Sở …") stays the
  closing formula.
News reports (ids are ranks: one paragraph missed shifts every later id):
- a body named with what it is in this work after a dash ("Sở X - Cơ quan thường trực Ban Chỉ huy … theo dõi …")
  goes on with the run of orders like a body named alone;
- a speaker's account in quotes that tells a text sent and its order ("X chia sẻ: “… Sở có công điện hướng dẫn …,
  đề nghị ban quản lý … sẵn sàng …”") reports an order.
Every text below is made up for the test; none is printed in the corpus."""

from __future__ import annotations

from directive_extract import extract

from .test_news_order_paragraphs import implicit_task_failures

LETTER_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 412/UBND-VX\nQuảng Trị, ngày 3 tháng 4 năm 2025\n"
    "V/v chuẩn bị hạ tầng số cho trường học\n\nKính gửi: Sở Giáo dục và Đào tạo\n\n"
)
LETTER_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n"

# (body, [(id, opening, ending)] of the tasks): the ending is the last words of the task's text
# fmt: off
LETTER_ROWS = [
    (  # a contact paragraph after the last item: the closing, the item ends before it
        "Ủy ban nhân dân tỉnh đề nghị Sở Giáo dục và Đào tạo thực hiện một số nội dung sau:\n"
        "1. Rà soát đường truyền Internet của các trường trung học phổ thông.\n"
        "2. Phối hợp với Viễn thông Quảng Trị nâng cấp thiết bị mạng trước ngày 30/6/2025.\n\n"
        "Đầu mối liên hệ: đồng chí Lê Văn Nam, chuyên viên Văn phòng, điện thoại 0905 123 456.\n"
        "Ủy ban nhân dân tỉnh đề nghị các đơn vị quan tâm phối hợp./.",
        [("1", "1. Rà soát", "trung học phổ thông."), ("2", "2. Phối hợp", "trước ngày 30/6/2025.")],
    ),
    (  # the same with an e-mail address after "Mọi chi tiết xin liên hệ"
        "Ủy ban nhân dân tỉnh đề nghị Sở Giáo dục và Đào tạo thực hiện một số nội dung sau:\n"
        "1. Lập danh sách giáo viên tham gia tập huấn.\n"
        "2. Gửi danh sách về Văn phòng Ủy ban nhân dân tỉnh.\n\n"
        "Mọi chi tiết xin liên hệ bà Hồ Thị Mai, email: maiht@quangtri.gov.vn.\n"
        "Trân trọng./.",
        [("1", "1. Lập danh sách", "tập huấn."), ("2", "2. Gửi danh sách", "Ủy ban nhân dân tỉnh.")],
    ),
    (  # a label without a phone or an e-mail is the item's own line, not a contact
        "Ủy ban nhân dân tỉnh đề nghị Sở Giáo dục và Đào tạo thực hiện một số nội dung sau:\n"
        "1. Lập danh sách giáo viên tham gia tập huấn.\n"
        "2. Tổ chức lớp tập huấn trong tháng 5/2025.\n"
        "Đầu mối thực hiện: Phòng Giáo dục trung học.",
        [("1", "1. Lập danh sách", "tập huấn."), ("2", "2. Tổ chức lớp", "Phòng Giáo dục trung học.")],
    ),
    (  # a closing asking for a report sent to a body: an order of its own
        "Ủy ban nhân dân tỉnh đề nghị Sở Giáo dục và Đào tạo thực hiện một số nội dung sau:\n"
        "1. Kiểm tra phòng máy tính của các trường.\n"
        "2. Bổ sung thiết bị còn thiếu.\n\n"
        "Trên đây là ý kiến chỉ đạo của Ủy ban nhân dân tỉnh, yêu cầu Sở Giáo dục và Đào tạo khẩn trương triển khai "
        "thực hiện, báo cáo kết quả gửi Ủy ban nhân dân tỉnh (qua Văn phòng) để theo dõi./.",
        [("1", "1. Kiểm tra", "các trường."), ("2", "2. Bổ sung", "còn thiếu."),
         ("p1", "Trên đây là ý kiến", "để theo dõi./.")],
    ),
    (  # a closing that asks only to report difficulties: the closing formula, no task
        "Ủy ban nhân dân tỉnh đề nghị Sở Giáo dục và Đào tạo thực hiện một số nội dung sau:\n"
        "1. Kiểm tra phòng máy tính của các trường.\n"
        "2. Bổ sung thiết bị còn thiếu.\n\n"
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Sở Giáo dục và Đào tạo để được hướng "
        "dẫn./.",
        [("1", "1. Kiểm tra", "các trường."), ("2", "2. Bổ sung", "còn thiếu.")],
    ),
]
# fmt: on

NEWS_HEAD = "Tin thời sự miền Trung\n\nThứ Hai, 14/10/2024 - 09:10\n\n"

# (report, openings of its tasks p1, p2 … in order)
NEWS_ROWS = [
    (  # a body named with its standing role after a dash, in the run of orders
        "Chủ tịch UBND tỉnh Phú Yên yêu cầu UBND các huyện ven biển kiểm đếm tàu thuyền, hướng dẫn neo đậu an toàn.\n\n"
        "Sở Xây dựng - Cơ quan thường trực Tiểu ban Hạ tầng của Ban Chỉ huy tỉnh kiểm tra các tuyến đường sạt lở, "
        "đề xuất phương án thông xe.\n\n"
        "Công an tỉnh bố trí lực lượng chốt chặn các ngầm tràn.\n",
        ["Chủ tịch UBND tỉnh Phú Yên", "Sở Xây dựng", "Công an tỉnh bố trí"],
    ),
    (  # a speaker's account in quotes telling a text sent with its order; ids after it keep their ranks
        "Bà Lê Thị Hồng, Trưởng phòng Thủy lợi, chia sẻ: “Ngay khi áp thấp mạnh lên, chúng tôi giữ người trực suốt "
        "ngày đêm, cập nhật bản đồ mưa từng giờ. Chiều 9-11, Sở có công điện hướng dẫn vận hành hồ chứa, đề nghị ban "
        "quản lý các hồ thủy lợi sẵn sàng xả lũ”.\n\n"
        "Công an tỉnh huy động xe lội nước và xuồng máy tới các xã vùng trũng.\n",
        ["Bà Lê Thị Hồng", "Công an tỉnh huy động"],
    ),
    (  # a speaker telling what was done, no text sent with an order: no task
        "Ông Nguyễn Văn Bình, Giám đốc Trung tâm Khí tượng thủy văn tỉnh, cho biết: “Đài đã phát bản tin dự báo mỗi "
        "3 giờ. Lượng mưa tại các huyện miền núi có thể vượt 300 mm”.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành trực ban nghiêm túc.\n",
        ["Chủ tịch UBND tỉnh yêu cầu"],
    ),
]


def test_letter_items_end_and_closings_that_order() -> None:
    failures = []
    for body, want in LETTER_ROWS:
        tasks = extract(LETTER_HEAD + body + LETTER_TAIL).tasks
        got = [
            (t.id, t.text[: len(opening)], t.text[-len(ending) :])
            for t, (_, opening, ending) in zip(tasks, want, strict=False)
        ]
        if got != want or len(tasks) != len(want):
            failures.append((body[-80:], [(t.id, t.text[:30], t.text[-30:]) for t in tasks]))
    assert not failures, failures


def test_news_paragraphs_of_a_dashed_role_and_a_quoted_account() -> None:
    failures = implicit_task_failures(NEWS_HEAD, NEWS_ROWS)
    assert not failures, failures


PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 88/KH-UBND\nBến Tre, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
    "Phát triển thư viện số năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng phục vụ bạn đọc.\n\n"
    "II. NHIỆM VỤ\n1. Số hóa tài liệu địa chí của tỉnh.\n2. Xây dựng cổng thư viện số.\n\n"
    "III. KINH PHÍ THỰC HIỆN\n1. Kinh phí thực hiện từ nguồn ngân sách tỉnh và các nguồn hợp pháp khác.\n"
)
PLAN_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Hải\n"

# an item of a plan's field part ("III. KINH PHÍ THỰC HIỆN"): a clause of basis, then bodies as a group doing
# something, orders (the item is a task); a clause of basis over what the funds are, does not
# (item, ids of the tasks)
FIELD_PART_ROWS = [
    (
        "2. Căn cứ phần việc được phân công, các phòng, ban chuyên môn lập dự toán chi, gửi Sở Tài chính xem xét.",
        ["II.1", "II.2", "III.2"],
    ),
    (
        "2. Trên cơ sở mục tiêu nêu tại Kế hoạch, các ban, ngành lập phương án riêng cho mảng việc của mình.",
        ["II.1", "II.2", "III.2"],
    ),
    (
        "2. Dựa vào kết quả rà soát, mỗi huyện lập danh sách nhu cầu thiết bị gửi Sở Văn hóa, Thể thao và Du lịch.",
        ["II.1", "II.2", "III.2"],
    ),
    ("2. Căn cứ Luật Ngân sách nhà nước, các khoản chi được bố trí trong dự toán hằng năm.", ["II.1", "II.2"]),
]


def test_bodies_doing_after_a_basis_clause_order_in_a_field_part() -> None:
    failures = []
    for item, want in FIELD_PART_ROWS:
        got = [t.id for t in extract(PLAN_HEAD + item + PLAN_TAIL).tasks]
        if got != want:
            failures.append((item[:50], got))
    assert not failures, failures


RESOLUTION_HEAD = (
    "TỈNH ỦY BÌNH PHƯỚC\nSố: 09-NQ/TU\nBình Phước, ngày 2 tháng 6 năm 2025\n\nNGHỊ QUYẾT\n"
    "về phát triển nguồn nhân lực số\n\n"
)
RESOLUTION_TAIL = "\n\nNơi nhận:\n- Các huyện ủy;\n- Lưu VPTU.\n\nT/M TỈNH ỦY\nBÍ THƯ\n\nNguyễn Văn Lợi\n"

# a roman part titled by a purpose phrase that holds a directive word ("QUAN ĐIỂM CHỈ ĐẠO": the viewpoints that guide,
# "chỉ đạo" qualifies them) is context; a directive word outside the phrase still makes the part tasks
# (the part's title, ids of the tasks)
GUIDING_PART_ROWS = [
    ("I- QUAN ĐIỂM CHỈ ĐẠO", ["II.1", "II.2"]),
    ("I. Quan điểm chỉ đạo", ["II.1", "II.2"]),
    ("I- QUAN ĐIỂM CHỈ ĐẠO VÀ NHIỆM VỤ TRỌNG TÂM", ["I.1", "I.2", "II.1", "II.2"]),
]
GUIDING_PART_BODY = (
    "\n1. Phát triển nguồn nhân lực số là nhiệm vụ trọng tâm, xuyên suốt của cả hệ thống chính trị.\n"
    "2. Đào tạo gắn với nhu cầu của thị trường lao động, lấy người học làm trung tâm.\n\n"
    "II- NHIỆM VỤ, GIẢI PHÁP\n1. Sở Giáo dục và Đào tạo xây dựng chương trình bồi dưỡng kỹ năng số cho giáo viên.\n"
    "2. Sở Nội vụ rà soát vị trí việc làm về công nghệ thông tin trong các cơ quan nhà nước."
)


def test_a_purpose_phrase_holding_a_directive_word_titles_context() -> None:
    failures = []
    for title, want in GUIDING_PART_ROWS:
        got = [t.id for t in extract(RESOLUTION_HEAD + title + GUIDING_PART_BODY + RESOLUTION_TAIL).tasks]
        if got != want:
            failures.append((title, got))
    assert not failures, failures
