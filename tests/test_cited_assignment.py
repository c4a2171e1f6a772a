"""A letter that opens by telling what a text it cites assigned ("Thừa ủy quyền của Chủ tịch UBND tỉnh tại Công văn số
…; trong đó, giao Sở …"): the assignment is the cited text's, the letter's basis, no task of its own; a sentence after
it that asks something is the letter's order. Made-up letters."""

from __future__ import annotations

from directive_extract import extract

LETTER = (
    "SỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 512/SKHĐT-TH\nNghệ An, ngày 12 tháng 12 năm 2023\nV/v báo cáo nguồn lực\n\n"
    "Kính gửi:\n- Bộ Kế hoạch và Đầu tư;\n- Bộ Tài chính.\n\n{body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)
TOLD = (
    "Thừa ủy quyền của Chủ tịch UBND tỉnh tại Công văn số 1794/UBND-TH ngày 30/11/2023; trong đó, giao Sở Kế hoạch "
    "và Đầu tư chủ trì, phối hợp với các đơn vị liên quan báo cáo kiểm kê các nguồn lực năm 2023."
)


def test_a_cited_texts_assignment_is_no_task_of_the_letter() -> None:
    assert extract(LETTER.format(body=TOLD)).tasks == []


def test_a_request_after_it_is_the_letters_order() -> None:
    body = TOLD + " Sở Kế hoạch và Đầu tư đề nghị Bộ Tài chính cung cấp số liệu trước ngày 20/12/2023."
    tasks = extract(LETTER.format(body=body)).tasks
    assert len(tasks) == 1
    assert ("Bộ Tài chính", "lead") in [(a.name, a.role) for a in tasks[0].agencies]


def test_a_cited_decisions_assignment_in_a_scan() -> None:
    # the sentence opens in the text it cites and goes on to what its author assigned; a scan's two spaces between words
    body = (
        "Tại  Quyết  định  số  1383/QĐ-TTg  ngày  04/8/2021  của  Thủ  tướng  Chính  phủ  về  phê  duyệt  Đề  án  "
        "tổng  kiểm  kê  tài  nguyên  nước,  có  giao  Bộ  Tài  nguyên  và  Môi  trường  chủ  trì  xây  dựng  kế  "
        "hoạch  chi  tiết."
    )
    assert extract(LETTER.format(body=body)).tasks == []


def test_a_scanned_legal_basis_is_no_task() -> None:
    body = (
        "Căn  cứ  Quyết  định  số  12/2023/QĐ-UBND  của  UBND  tỉnh,  Sở  Tài  chính  có  trách  nhiệm  thẩm  định  "
        "dự  toán  các  đơn  vị."
    )
    assert extract(LETTER.format(body=body)).tasks == []
