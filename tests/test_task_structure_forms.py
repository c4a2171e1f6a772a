"""Task structure on the document kinds the corpus holds few of (issue 9): a decision's in-force article with the
paragraph naming who carries it out, an order of the whole letter after its last item opened by a clause of
purpose, a news report of a meeting's conclusions. Each table is one form of Vietnamese administrative writing;
its cases are made up for the test (none is a corpus sentence). Every failing row is collected, then the test
fails once."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.prose_tasks import orders_in_prose

from .test_recognizers import check_table
from .test_task_forms import ORDERS, plan

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 312/QĐ-UBND\nKon Tum, ngày 09 tháng 4 năm 2024\n\nQUYẾT ĐỊNH\n"
    "Về việc phê duyệt danh mục công trình thủy lợi năm 2024\n\n{body}\n\nNơi nhận:\n- Như Điều {last};\n"
    "- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n"
)
LETTER = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH KON TUM\nSố: 88/SNNMT-TL\nKon Tum, ngày 10 tháng 4 năm 2024\n"
    "V/v chuẩn bị mùa khô\n\nKính gửi: Ủy ban nhân dân các huyện\n\n{body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
    "GIÁM ĐỐC\n\nLê Thị Hoa\n"
)
NEWS = "{title}\n{lead}\n\n{body}\n"


def top_ids(text: str) -> list[str]:
    return [task.id for task in extract(text).tasks]


def top_texts(text: str) -> list[str]:
    return [text[task.span[0] : task.span[1]].split("\n", 1)[0] for task in extract(text).tasks]


# A decision's last article says when it takes effect; a paragraph of its own after that clause that names who
# carries the decision out is the article's task. Alone, the in-force clause closes the text. "Điều 1. Phê duyệt …"
# is the decision's own act, no task (corpus/ANNOTATING.md, "Tasks of resolutions, decisions …", 2).
# (text, top-level task ids)
# fmt: off
IN_FORCE_ARTICLES = [
    (DECISION.format(last=3, body="Điều 1. Phê duyệt danh mục 12 công trình thủy lợi.\n\n"
                                  "Điều 2. Giao Sở Tài chính bố trí kinh phí.\n\n"
                                  "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
                                  "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân "
                                  "các huyện chịu trách nhiệm thi hành Quyết định này./."),
     ["Điều 2", "Điều 3"]),
    (DECISION.format(last=2, body="Điều 1. Phê duyệt danh mục 12 công trình thủy lợi.\n\n"
                                  "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
                                  "Thủ trưởng các sở, ban, ngành và các đơn vị có liên quan có trách nhiệm thi hành "
                                  "Quyết định này./."),
     ["Điều 2"]),
    # the clause alone: it closes the text
    (DECISION.format(last=2, body="Điều 1. Phê duyệt danh mục 12 công trình thủy lợi.\n\n"
                                  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
     []),
    # a paragraph after the clause that repeals, not orders
    (DECISION.format(last=2, body="Điều 1. Phê duyệt danh mục 12 công trình thủy lợi.\n\n"
                                  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
                                  "Các quy định trước đây trái với Quyết định này đều bãi bỏ./."),
     []),
]
# fmt: on


def test_an_in_force_article_with_who_carries_it_out_is_a_task() -> None:
    check_table(IN_FORCE_ARTICLES, top_ids)


# After the last item, a paragraph that opens with a clause of purpose, then the letter's order ("Để bảo đảm …,
# Sở yêu cầu các đơn vị …") is an order of the whole letter: the last item does not swallow it.
# (text, the first line of each top-level task)
ITEMS = (
    "1. Rà soát các hồ chứa nước.\n\n2. Kiểm tra hệ thống kênh mương:\n\n- Nạo vét kênh chính.\n\n- Gia cố bờ kênh.\n\n"
)
# fmt: off
PURPOSE_ORDERS = [
    (LETTER.format(body=ITEMS + "Để bảo đảm tiến độ, chất lượng công trình trước mùa mưa, Sở yêu cầu Ủy ban nhân dân "
                                "các huyện báo cáo kết quả trước ngày 30/4/2024."),
     ["1. Rà soát các hồ chứa nước.", "2. Kiểm tra hệ thống kênh mương:",
      "Để bảo đảm tiến độ, chất lượng công trình trước mùa mưa, Sở yêu cầu Ủy ban nhân dân các huyện báo cáo kết quả "
      "trước ngày 30/4/2024."]),
    (LETTER.format(body=ITEMS + "Nhằm kịp thời tổng hợp, Sở Nông nghiệp và Môi trường đề nghị các đơn vị gửi số liệu "
                                "về Phòng Thủy lợi trước ngày 25/4/2024."),
     ["1. Rà soát các hồ chứa nước.", "2. Kiểm tra hệ thống kênh mương:",
      "Nhằm kịp thời tổng hợp, Sở Nông nghiệp và Môi trường đề nghị các đơn vị gửi số liệu về Phòng Thủy lợi trước "
      "ngày 25/4/2024."]),
    # a purpose clause that goes on as the item's own detail: no order of the letter after it
    (LETTER.format(body=ITEMS + "Để bảo đảm an toàn, việc nạo vét hoàn thành trước mùa mưa."),
     ["1. Rà soát các hồ chứa nước.", "2. Kiểm tra hệ thống kênh mương:"]),
]
# fmt: on


def test_a_purpose_clause_then_the_letters_order_ends_the_list() -> None:
    check_table(PURPOSE_ORDERS, top_texts)


# A news report of a meeting: its lead ("TTXVN - Sáng 3/6, tại …, … chủ trì cuộc họp") tells who met, under the
# title printed in the same paragraph or after the agency's tag; the conclusions that follow order.
# (text, top-level task ids)
# fmt: off
MEETING_NEWS = [
    (NEWS.format(title="Hội nghị trực tuyến về phòng, chống hạn hán năm 2024",
                 lead="TTXVN - Sáng 3/6, tại Hà Nội, Phó Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với các địa "
                      "phương.",
                 body="Kết luận hội nghị, Phó Thủ tướng yêu cầu các bộ, ngành khẩn trương rà soát các hồ chứa."),
     ["p1"]),
    (NEWS.format(title="Họp Ban Chỉ đạo phòng chống thiên tai",
                 lead="(Chinhphu.vn) - Chiều 12/9, Ban Chỉ đạo đã họp phiên thứ hai, Trưởng Ban chủ trì phiên họp.",
                 body="Về kế hoạch năm 2025, Phó Thủ tướng nêu rõ, Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo rà "
                      "soát quy trình vận hành liên hồ chứa."),
     ["p1"]),
    # the title a paragraph of its own, naming who chaired; who reported at the meeting: no orders
    ("Phó Chủ tịch tỉnh chủ trì họp về giải ngân vốn đầu tư công\n\n"
     "(Báo Lâm Đồng) - Chiều 8/5, Phó Chủ tịch tỉnh chủ trì cuộc họp về giải ngân vốn đầu tư công.\n\n"
     "Báo cáo tại cuộc họp, đại diện Sở Tài chính cho biết tỉnh mới giải ngân được 21% kế hoạch vốn.\n\n"
     "Kết luận cuộc họp, Phó Chủ tịch tỉnh yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán.\n",
     ["p1"]),
]
# fmt: on


def test_a_meeting_report_orders_in_its_conclusions_not_its_lead() -> None:
    check_table(MEETING_NEWS, top_ids)


# In a news report's prose, a speaker's conclusion "X chỉ đạo [a deed]" binds X; the same told as past does not.
# (sentence, orders)
# fmt: off
DIRECTS_A_DEED = [
    ("Bộ trưởng Bộ Y tế chỉ đạo rà soát danh sách các cơ sở khám bệnh trước ngày 15/7.", True),
    ("Về nhiệm vụ quý III, Thủ tướng nêu rõ, Bộ trưởng Bộ Xây dựng chỉ đạo đẩy nhanh tiến độ các dự án.", True),
    ("Trong tháng qua, Bộ Y tế đã chỉ đạo triển khai tiêm vắc xin tại 20 tỉnh.", False),
    ("Ủy ban nhân dân tỉnh đã yêu cầu rà soát các công trình từ tháng trước.", False),
    # after the situation, a subject and its deed orders; the deed told as done or going on does not
    ("Trước tình hình mưa lũ kéo dài, tỉnh Quảng Trị triển khai sơ tán dân khỏi vùng trũng thấp.", True),
    ("Trước diễn biến phức tạp của dịch sốt xuất huyết, các địa phương tiếp tục phun hóa chất diệt muỗi.", True),
    ("Trước tình hình mưa lũ kéo dài, tỉnh Quảng Trị đã triển khai sơ tán 2.000 hộ dân.", False),
    ("Trước tình hình mưa lũ kéo dài, nhiều tuyến đường ở huyện Hải Lăng bị ngập sâu.", False),
    ("Hiện nay, các trường tổ chức dạy học trực tiếp cho học sinh từ lớp 1 đến lớp 12.", False),
]
# fmt: on


def test_a_conclusion_that_directs_a_deed_orders() -> None:
    check_table(DIRECTS_A_DEED, orders_in_prose)


TELEGRAM = (
    "ỦY BAN NHÂN DÂN\nHUYỆN CƯ JÚT\nSố: 05/CĐ-UBND\nCư Jút, ngày 02 tháng 8 năm 2024\n\nCÔNG ĐIỆN\n"
    "Về việc ứng phó mưa lũ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN điện:\n\n- Chủ tịch UBND các xã;\n"
    "- Trưởng Công an huyện.\n\nĐể chủ động ứng phó, Chủ tịch UBND huyện yêu cầu các đơn vị thực hiện:\n\n{body}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nPhạm Văn Đức\n"
)

# A công điện's numbered orders as a scan prints them: a number OCR turned to specks ("~'_ + Kiểm tra …") is the
# item between its neighbours' numbers; after the last item, an imperative behind a clause of condition ("Khi có
# sự cố, báo cáo ngay …") is an order of the whole telegram, and "Nhận Công điện này, yêu cầu …" closes it.
# (text, top-level task ids)
# fmt: off
TELEGRAM_ORDERS = [
    (TELEGRAM.format(body="1. Sơ tán người dân khỏi vùng trũng.\n\n~'_ + Kiểm tra các hồ đập xung yếu.\n\n"
                          "3. Bố trí lực lượng trực 24/24 giờ."),
     ["1", "2", "3"]),
    (TELEGRAM.format(body="1. Sơ tán người dân khỏi vùng trũng.\n\n.,; Kiểm tra các hồ đập xung yếu.\n\n"
                          "3. Bố trí lực lượng trực 24/24 giờ."),
     ["1", "2", "3"]),
    # the first item's digit lost, its full stop kept: item 1 where "2." follows
    (TELEGRAM.format(body=". Sơ tán người dân khỏi vùng trũng.\n\n2. Kiểm tra các hồ đập xung yếu."), ["1", "2"]),
    # no "2." after it: no item, two unmarked orders after the lead-in, one task each
    (TELEGRAM.format(body=". Sơ tán người dân khỏi vùng trũng.\n\nKiểm tra các hồ đập xung yếu."), ["p1", "p2"]),
    # no number skipped: a paragraph of the item, not an item
    (TELEGRAM.format(body="1. Sơ tán người dân khỏi vùng trũng.\n\n~'_ + Kiểm tra các hồ đập xung yếu.\n\n"
                          "2. Bố trí lực lượng trực 24/24 giờ."),
     ["1", "2"]),
    (TELEGRAM.format(body="1. Sơ tán người dân khỏi vùng trũng.\n\n2. Kiểm tra các hồ đập xung yếu.\n\n"
                          "Khi có sự cố xảy ra, báo cáo ngay về Ủy ban nhân dân huyện qua đường dây nóng.\n\n"
                          "_ Nhận Công điện này, yêu cầu Chủ tịch UBND các xã khẩn trương triển khai thực hiện./."),
     ["1", "2", "p1"]),
    (TELEGRAM.format(body="1. Sơ tán người dân khỏi vùng trũng.\n\n2. Kiểm tra các hồ đập xung yếu.\n\n"
                          "Nếu mưa lớn kéo dài, tổ chức cấm đường qua các ngầm tràn.\n\n"
                          "Nhận được Công điện này, đề nghị các đơn vị nghiêm túc thực hiện./."),
     ["1", "2", "p1"]),
]
# fmt: on


def test_a_telegrams_orders_through_ocr_damage() -> None:
    check_table(TELEGRAM_ORDERS, top_ids)


CONCLUSION = (
    "UBND HUYỆN EA SÚP\nVĂN PHÒNG HĐND VÀ UBND\nSố: 17/TB-VP\nEa Súp, ngày 14 tháng 3 năm 2024\n\nTHÔNG BÁO\n"
    "Kết luận của Phó Chủ tịch UBND huyện tại cuộc họp về công tác phòng cháy rừng\n\n"
    "Ngày 12/3/2024, UBND huyện tổ chức cuộc họp về công tác phòng cháy rừng.\n\n{chair}\n\n"
    "Sau khi nghe báo cáo, Phó Chủ tịch UBND huyện kết luận như sau:\n\n{body}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHÁNH VĂN PHÒNG\n\nĐỗ Văn Hải\n"
)
FOREST_TASKS = (
    "3. Nhiệm vụ thời gian tới\n\n- Hạt Kiểm lâm chủ trì kiểm tra các khu rừng trọng điểm.\n\n"
    "- Ủy ban nhân dân các xã bố trí lực lượng trực 24/24 giờ."
)

# A conclusion notice tells who chaired ("Cuộc họp do … chủ trì."): no order. Its numbered items that assess ("1.
# Đánh giá chung", "2. Những tồn tại, hạn chế") are no tasks; the item of tasks is.
# (text, top-level task ids)
# fmt: off
CONCLUSION_NOTICES = [
    (CONCLUSION.format(chair="Cuộc họp do đồng chí Phạm Văn Tú, Phó Chủ tịch UBND huyện chủ trì.",
                       body="1. Đánh giá chung\n\n- Các xã đã chủ động bố trí lực lượng.\n\n"
                            "2. Những tồn tại, hạn chế\n\n- Một số xã chưa kiểm tra thường xuyên.\n\n" + FOREST_TASKS),
     ["3"]),
    (CONCLUSION.format(chair="Hội nghị do Phó Chủ tịch UBND huyện chủ trì; tham dự có lãnh đạo các phòng.",
                       body="1. Kết quả đạt được\n\n- Không có vụ cháy rừng nào.\n\n"
                            "2. Tình hình và nguyên nhân\n\n- Thời tiết khô hạn kéo dài.\n\n" + FOREST_TASKS),
     ["3"]),
    # "do … chủ trì, phối hợp …": a lead named, an order
    (CONCLUSION.format(chair="Việc kiểm tra do Hạt Kiểm lâm chủ trì, phối hợp với Công an huyện thực hiện.",
                       body=FOREST_TASKS.replace("3.", "1.")),
     ["p1", "1"]),
    # an item whose title orders is a task, whatever word it opens with
    (CONCLUSION.format(chair="Cuộc họp do Phó Chủ tịch UBND huyện chủ trì.",
                       body="1. Kết quả kiểm tra phải được báo cáo trước ngày 20/3/2024.\n\n" + FOREST_TASKS),
     ["1", "3"]),
]
# fmt: on


def test_a_conclusion_notice_keeps_its_tasks_not_its_assessment() -> None:
    check_table(CONCLUSION_NOTICES, top_ids)


# A verb of doing opening an item of a part that states a rule's fields makes it a task: "Phân công …" assigns.
# (text, top-level task ids)
# fmt: off
ASSIGNING_ITEMS = [
    (plan("Bảo vệ bí mật nhà nước năm 2025",
          "II. QUY ĐỊNH CHUNG\n\n1. Đối tượng áp dụng: các cơ quan cấp tỉnh.\n\n"
          "2. Phân công công chức theo dõi việc sao, chụp tài liệu mật.\n\n" + ORDERS),
     ["II.2", "III.1", "III.2"]),
    # a subject naming several bodies, the lists parted by ";", then the deed
    (plan("Bảo vệ bí mật nhà nước năm 2025",
          "II. QUY ĐỊNH CHUNG\n\n1. Đối tượng áp dụng: các cơ quan cấp tỉnh.\n\n"
          "2. Các sở, ban, ngành thuộc tỉnh; Ủy ban nhân dân các huyện, thị xã tiếp tục rà soát tài liệu mật.\n\n"
          + ORDERS),
     ["II.2", "III.1", "III.2"]),
]
# fmt: on


def test_an_item_that_assigns_people_orders() -> None:
    check_table(ASSIGNING_ITEMS, top_ids)


def _all_ids(text: str) -> list[str]:
    out: list[str] = []

    def walk(tasks: list) -> None:
        for task in tasks:
            out.append(task.id)
            walk(task.subtasks)

    walk(extract(text).tasks)
    return out


# a markdown list item as converters print it ("*   Chủ trì …": a star, then two or more spaces) is a bullet, numbered
# under its item; a star before one space ("* Lưu ý: …") is a printed mark, left as it was
# (body, every task id)
# fmt: off
MARKDOWN_BULLETS = [
    ("1. Chuẩn bị mùa khô năm 2024.\n\n*   Phòng Kinh tế nạo vét kênh mương nội đồng.\n"
     "*   Phòng Tài chính cân đối kinh phí bơm tưới.\n",
     ["1", "1.1", "1.2"]),
    ("1. Chuẩn bị mùa khô năm 2024.\n\n* Lưu ý: phòng cháy rừng phòng hộ.\n", ["1"]),
]
# fmt: on


def test_a_markdown_list_star_is_a_bullet() -> None:
    check_table(MARKDOWN_BULLETS, lambda body: _all_ids(LETTER.format(body=body)))
