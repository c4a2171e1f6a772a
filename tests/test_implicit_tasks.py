"""Implicit tasks (SCHEMA "Task ids"): a directive paragraph outside every numbered item is a task p1, p2 …"""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.paragraph_reading import is_directive_paragraph
from directive_extract.tables import notices_to_tables

LETTER_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 815/UBND-KGVX\nTây Ninh, ngày 12 tháng 5 năm 2021\n"
    "V/v triển khai tiêm chủng vắc xin\n\nKính gửi: Sở Y tế\n\n"
)

# (paragraph, is it a directive)
# fmt: off
PARAGRAPHS = [
    ("Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, phối hợp với Công an tỉnh triển khai tiêm chủng.", True),
    ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khẩn trương rà soát.", True),
    ("Bộ Tư pháp đề nghị Ủy ban nhân dân các tỉnh gửi ý kiến trước ngày 15/6/2021.", True),
    ("Văn bản góp ý đề nghị gửi về Bộ Tư pháp trước ngày 30/9/2025.", True),
    ("Sở Tài chính có trách nhiệm bố trí kinh phí.", True),
    ("Các đơn vị khẩn trương triển khai.", True),
    # not directives: a basis, a report of the past, a cited instruction, a narrative, a closing
    ("Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;", False),
    ("Theo đề nghị của Sở Y tế tại Tờ trình số 12/TTr-SYT ngày 10/5/2021.", False),
    ("Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 2/CĐ-TTg.", False),
    ("Ủy ban nhân dân tỉnh đã kịp thời chỉ đạo các cấp, các ngành triển khai.", False),
    ("Ban Chỉ đạo tỉnh đã tập trung lãnh đạo, chỉ đạo, huy động mọi nguồn lực.", False),
    ("Sở Giao thông vận tải báo cáo tình hình vận tải hành khách.", False),
    ("Đề nghị các đơn vị nghiêm túc thực hiện./.", False),
    # who chaired a meeting, as a news report tells it ("chủ trì" right before the meeting); a body leading a deed
    # ("chủ trì tổ chức hội nghị", "chủ trì, phối hợp") and another directive word beside it still order
    ("Bộ trưởng Bộ Nội vụ Trần Văn Sơn chủ trì Hội nghị.", False),
    ("Phó Chủ tịch UBND tỉnh Lê Minh Hòa chủ trì cuộc họp trực tuyến với các huyện về phòng chống lũ.", False),
    ("Thứ trưởng Bộ Y tế chủ trì họp rà soát tiến độ tiêm vắc xin mũi 4 cho trẻ em.", False),
    ("Sở Nội vụ chủ trì tổ chức hội nghị sơ kết công tác thi đua, khen thưởng.", True),
    ("Phó Chủ tịch tỉnh chủ trì cuộc họp và giao Sở Công Thương kiểm tra giá xăng dầu.", True),
]
# fmt: on


def test_which_paragraphs_are_directives() -> None:
    failures = [
        f"{text!r}: {not expected}" for text, expected in PARAGRAPHS if is_directive_paragraph(text) != expected
    ]
    assert not failures, failures


def test_a_one_paragraph_letter_is_a_task_with_its_agencies_and_deadline() -> None:
    text = LETTER_HEAD + (
        "Thực hiện Công văn số 4552/BYT-DP ngày 09/5/2021 của Bộ Y tế về việc triển khai tiêm chủng.\n\n"
        "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, phối hợp với Công an tỉnh triển khai tiêm chủng "
        "cho người dân, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/6/2021.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thanh Ngọc\n"
    )
    notice = extract(text)
    assert [(t.id, t.implicit) for t in notice.tasks] == [("p1", True)]
    task = notice.tasks[0]
    assert task.text.startswith("Ủy ban nhân dân tỉnh giao Sở Y tế") and task.heading is None
    roles = {(a.name, a.role) for a in task.agencies}
    assert {("Sở Y tế", "lead"), ("Công an tỉnh", "coordinate"), ("Ủy ban nhân dân tỉnh", "report_to")} <= roles
    assert [(d.kind, d.value) for d in task.deadlines] == [("date", "2021-06-15")]
    assert [s.kind for s in notice.sections if s.kind == "tasks"] == ["tasks"]
    tasks_table = notices_to_tables([notice])["tasks"]
    assert tasks_table["implicit"].tolist() == [True]


def test_paragraphs_are_numbered_in_order_and_the_lead_in_is_not_a_task() -> None:
    text = LETTER_HEAD + (
        "Ủy ban nhân dân tỉnh giao Sở Tài chính bố trí kinh phí tiêm chủng.\n\n"
        "Ủy ban nhân dân tỉnh yêu cầu các đơn vị thực hiện các nội dung sau:\n\n"
        "1. Rà soát đối tượng tiêm chủng.\n\n2. Báo cáo kết quả hằng tuần.\n"
    )
    notice = extract(text)
    assert [(t.id, t.implicit) for t in notice.tasks] == [("p1", True), ("1", False), ("2", False)]


def test_a_meeting_account_and_a_basis_are_not_tasks() -> None:
    text = LETTER_HEAD + (
        "Ngày 20/4/2021, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp với Sở Y tế.\n\n"
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/3/2021 của Ủy ban nhân dân tỉnh.\n"
    )
    assert extract(text).tasks == []


# After a list whose every item is one paragraph, a paragraph that opens with a verb of doing is an order of the
# whole letter (p…), not the last item's continuation; where items run on over paragraphs it continues the last.
# (body, top-level task ids)
# fmt: off
TRAILING_DEEDS = [
    ("Yêu cầu các đơn vị thực hiện các nội dung sau:\n\n1. Các xã kiểm tra đê điều.\n\n"
     "2. Các trường cho học sinh nghỉ học.\n\nTổ chức trực ban 24/24 giờ, sẵn sàng ứng phó với mưa lũ./.\n",
     ["1", "2", "p1"]),
    ("Yêu cầu các đơn vị thực hiện các nội dung sau:\n\n1. Các xã kiểm tra đê điều.\n\nRà soát các hộ ven sông.\n\n"
     "2. Các trường cho học sinh nghỉ học.\n\nTổ chức trực ban 24/24 giờ tại trường./.\n",
     ["1", "2"]),
    # a last item that announces its paragraphs ("2. Các trường:") keeps them
    ("Yêu cầu các đơn vị thực hiện các nội dung sau:\n\n1. Các xã kiểm tra đê điều.\n\n2. Các trường:\n\n"
     "Tổ chức trực ban 24/24 giờ tại trường./.\n",
     ["1", "2"]),
]
# fmt: on


def test_a_deed_after_a_list_of_one_paragraph_items_is_an_order_of_the_letter() -> None:
    failures = []
    for body, expected in TRAILING_DEEDS:
        got = [task.id for task in extract(LETTER_HEAD + body).tasks]
        if got != expected:
            failures.append(f"{body!r}: {got} != {expected}")
    assert not failures, "\n".join(failures)


def test_an_order_after_the_appendix_items_is_a_task_of_its_own() -> None:
    """An appendix after the signature ends its last item where an order of the whole appendix begins, as the
    body does: "(Đề nghị các xã phát ít nhất 02 lượt/ngày)" after "Hai là, …" is p1, not Hai là's text."""
    text = (
        LETTER_HEAD + "Sở Y tế gửi bài tuyên truyền kèm theo để các đơn vị biết.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n\n"
        "PHỤ LỤC\nBÀI TUYÊN TRUYỀN VỀ PHÒNG, CHỐNG ĐUỐI NƯỚC\n\n"
        "Đề nghị các gia đình có trẻ nhỏ thực hiện các việc sau:\n\n"
        "Một là: Tổ chức trông giữ trẻ trong dịp hè.\n\nHai là: Hướng dẫn trẻ kỹ năng bơi an toàn.\n\n"
        "(Đề nghị các thôn, tổ dân phố phát ít nhất 03 lần/tuần trên loa truyền thanh)\n"
    )
    tasks = extract(text).tasks
    assert [t.id for t in tasks] == ["Một là", "Hai là", "p1"], [t.id for t in tasks]
    assert tasks[1].text == "Hai là: Hướng dẫn trẻ kỹ năng bơi an toàn.", tasks[1].text
