"""A sub-heading inside a news report's body (one short line, no sentence's end, over a much longer paragraph) titles
what follows and is no task even when worded as an order ("Các địa phương khẩn trương sơ tán dân"); a short order
printed as a sentence of its own is one. The report is made up for the test."""

from __future__ import annotations

from directive_extract import extract

REPORT = (
    "Bão số 5 áp sát đất liền\n\nThứ Năm, 14/08/2025 - 17:30\n\n"
    "Chiều 14/8, Phó Thủ tướng yêu cầu Bộ Quốc phòng sẵn sàng lực lượng, phương tiện cứu hộ các tỉnh ven biển.\n\n"
    "Các địa phương khẩn trương sơ tán dân\n\n"
    "Tại Thái Bình, đến chiều 14/8 tỉnh đã sơ tán hơn 2.000 hộ dân ở vùng trũng thấp đến nơi an toàn, lực lượng vũ "
    "trang trực sẵn tại các tuyến đê xung yếu.\n\n"
    "{last}\n"
)


def test_a_crosshead_worded_as_an_order_is_no_task() -> None:
    tasks = extract(REPORT.format(last="Tại Nam Định, các xã ven biển đã gia cố xong 3 km đê.")).tasks
    assert [task.text[:20] for task in tasks] == ["Chiều 14/8, Phó Thủ "]


def test_a_short_order_printed_as_a_sentence_is_a_task() -> None:
    report = REPORT.replace("Các địa phương khẩn trương sơ tán dân\n", "Các địa phương khẩn trương sơ tán dân.\n")
    tasks = extract(report.format(last="Tại Nam Định, các xã ven biển đã gia cố xong 3 km đê.")).tasks
    assert any(task.text.startswith("Các địa phương khẩn trương") for task in tasks)
