"""Review fixes of the tasks and sections stages: each row states a general form of administrative writing, invented
(no corpus document prints it), and fails without its fix.

- a form's title stands alone ("MẪU SỐ 02" on its own line); a sentence wrapped before "Mẫu số 02" only cites it;
- a body's name prints its words with capitals: "Bộ Khoa học và Công nghệ Thông tin …" tells nothing as said;
- the national motto is printed in capitals: a running mention of the republic after the signature opens no
  second document;
- a full stop before a small letter ends no sentence, and finding the first sentence's end takes linear time;
- the letter's thanks ("cảm ơn" or "cám ơn") closes the body: no part of the last task;
- a lead-in whose colon was lost ends with the same words as one with its colon ("… yêu cầu", "… các biện pháp
  sau");
- a news agency's tag opens the lead; letters glued before it make it no tag.
"""

from __future__ import annotations

import time

from directive_extract import extract
from directive_extract.stages.prose_tasks import _body_carries_on_order
from directive_extract.stages.sections import _NEWS_TAG, _told_before_lead_in

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG HỶ\nSố: 214/UBND-NN\nĐồng Hỷ, ngày 9 tháng 10 năm 2026\n"
    "V/v phòng chống rét cho đàn trâu bò\n\nKính gửi: Ủy ban nhân dân các xã, thị trấn\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, NN.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLò Thị Hạnh\n"


def _task_ids(body: str, tail: str = TAIL) -> list[str]:
    return [task.id for task in extract(HEAD + body + tail).tasks]


def _last_task_text(body: str) -> str:
    return extract(HEAD + body + TAIL).tasks[-1].text


# (body, the ids of its tasks): a form's title stands alone on its line; a wrapped "Mẫu số 02" cites a form
# fmt: off
TEMPLATE_BODIES = [
    ("Ủy ban nhân dân huyện đề nghị các xã:\n\n1. Thống kê chuồng trại chưa che chắn và gửi số liệu theo\n"
     "Mẫu số 02 in ở cuối Công văn.\n\n2. Dự trữ rơm khô, cỏ ủ chua cho mùa đông.\n\n"
     "3. Gửi báo cáo về Phòng Nông nghiệp trước ngày 25/10/2026.", ["1", "2", "3"]),
    ("Ủy ban nhân dân huyện đề nghị các xã:\n\n1. Thống kê chuồng trại chưa che chắn và lập biểu theo\n"
     "MẪU SỐ 02 kèm theo.\n\n2. Dự trữ rơm khô, cỏ ủ chua cho mùa đông.", ["1", "2"]),
    # the form printed in the body, its title alone in capitals: its headings order nothing
    ("Ủy ban nhân dân huyện đề nghị các xã:\n\n1. Dự trữ rơm khô, cỏ ủ chua cho mùa đông.\n\n"
     "MẪU SỐ 02\nTHỐNG KÊ CHUỒNG TRẠI\n\n1. Tổng số hộ nuôi: ……………\n\n2. Số chuồng chưa che chắn: ……………", ["1"]),
]
# fmt: on


def test_a_form_title_stands_alone() -> None:
    failures = [f"{body[-60:]!r}: {got}" for body, want in TEMPLATE_BODIES if (got := _task_ids(body)) != want]
    assert not failures, failures


# (news paragraph, a body carrying on an order): the saying and the done words are printed in small letters
# fmt: off
CARRIED_ON = [
    ("Bộ Thông tin và Truyền thông tổ chức rà soát các trạm phát sóng ven biển.", True),
    ("Sở Khoa học và Công nghệ Thông tin triển khai đợt kiểm định cân điện tử.", True),
    ("Cục Hàng hải cho hay các cảng biển tổ chức neo đậu tàu an toàn.", False),
    ("Sở Công Thương thông tin các chợ đầu mối tổ chức bán hàng bình ổn giá.", False),
    ("Bộ Xây dựng đã tổ chức kiểm tra các công trình nhà cao tầng.", False),
]
# fmt: on


def test_told_as_done_is_read_in_small_letters() -> None:
    failures = [f"{text!r}: {not want}" for text, want in CARRIED_ON if _body_carries_on_order(text) != want]
    assert not failures, failures


def test_a_running_mention_of_the_republic_opens_no_second_document() -> None:
    body = "Ủy ban nhân dân huyện đề nghị:\n\n1. Các xã che chắn chuồng trại.\n\n2. Các hộ dự trữ thức ăn.\n"
    after = "\nGhi chú: hàng năm nhiều tổ chức quốc tế tặng Cộng hòa xã hội chủ nghĩa Việt Nam giống bò tốt.\n"
    document = extract(HEAD + body + TAIL + after)
    kinds = [section.kind for section in document.sections]
    assert "preamble" not in kinds, kinds  # a second document's header would open a preamble after the signature


# (a paragraph ending in a lead-in, whether its first sentence tells facts before the lead-in)
# fmt: off
TOLD_BEFORE = [
    ("Rét đậm kéo dài nhiều ngày ở vùng cao. Ủy ban nhân dân huyện yêu cầu:", True),
    # a stop before a small letter (accented or not) ends no sentence: an abbreviation or an OCR break
    ("Rét đậm kéo dài nhiều ngày ở vùng cao, nhiệt độ rất thấp. ở các xã ven suối, huyện yêu cầu:", False),
    ("Nhiệt độ hạ thấp vào ban đêm. ước tính có hàng trăm con bê nghé yếu, huyện yêu cầu:", False),
]
# fmt: on


def test_the_first_sentence_ends_before_a_capital() -> None:
    failures = [f"{text!r}: {not want}" for text, want in TOLD_BEFORE if _told_before_lead_in(text) != want]
    assert not failures, failures


def test_the_first_sentence_is_found_in_linear_time() -> None:
    """Stops after a short word ("TP. Hà") are no sentence's end: each is judged by the letters right before it."""

    def seconds(repeats: int) -> float:
        text = "Ở TP. Hà " * repeats + "huyện yêu cầu:"
        start = time.perf_counter()
        _told_before_lead_in(text)
        return time.perf_counter() - start

    assert seconds(4000) < 0.5  # scanning back from the start at each stop took seconds


# (the last paragraph after the items, a closing that the last task must not take in)
CLOSINGS = [
    "Ủy ban nhân dân huyện trân trọng cám ơn./.",
    "Xin trân trọng cảm ơn các hợp tác xã đã chung tay./.",
]


def test_the_closing_is_no_part_of_the_last_task() -> None:
    items = "Ủy ban nhân dân huyện đề nghị:\n\n1. Các xã che chắn chuồng trại.\n\n2. Các hộ dự trữ rơm khô.\n\n"
    failures = [closing for closing in CLOSINGS if closing[:20] in _last_task_text(items + closing)]
    assert not failures, failures


# (the paragraph before the items, its colon lost): a lead-in, no implicit task of its own
# fmt: off
LOST_COLON_LEADS = [
    "Để giữ đàn gia súc qua mùa rét, Ủy ban nhân dân huyện yêu cầu",
    "Để giữ đàn gia súc qua mùa rét, các xã làm ngay mấy biện pháp giữ ấm sau",
    "Để giữ đàn gia súc qua mùa rét, các xã bám sát mấy nội dung cụ thể sau",
]
# fmt: on


def test_a_lead_in_with_its_colon_lost() -> None:
    items = "\n\n1. Các xã che chắn chuồng trại.\n\n2. Các hộ dự trữ rơm khô."
    failures = [(lead, ids) for lead in LOST_COLON_LEADS if (ids := _task_ids(lead + items)) != ["1", "2"]]
    assert not failures, failures


# (the opening of a news lead, whether a news agency's tag opens it)
NEWS_TAGS = [
    ("TTXVN - Sáng 9/10, huyện tổ chức", True),
    ("(QĐND) – Chiều 9/10, huyện tổ chức", True),
    ("xem(TTXVN) – Chiều 9/10, huyện tổ chức", False),
    ("tinVTV - Sáng 9/10, huyện tổ chức", False),
]


def test_a_news_tag_opens_the_lead() -> None:
    failures = [f"{text!r}: {not want}" for text, want in NEWS_TAGS if bool(_NEWS_TAG.match(text)) != want]
    assert not failures, failures
