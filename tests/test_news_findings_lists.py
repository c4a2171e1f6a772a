"""A news report's bullet list of what an inspection found is no list of orders (ANNOTATING, news convention 1: an
account of what was found is assessment). Under "… đoàn kiểm tra đã phát hiện … Cụ thể:", bullets that order nothing
("- Công ty có vi phạm về nhãn hàng hóa …") are findings; the report's paragraphs before and after them are read as
prose, the orders among them tasks p1, p2 …, to the report's end (no closing formula of a letter cuts them). A list of what is to be done ("Việc chi trả được thực hiện như sau:" over
"• Đoàn khoa sẽ trích …") keeps its items. Every report below is made up for the test."""

from __future__ import annotations

from directive_extract import extract

REPORT = (
    "Kết luận kiểm tra Công ty cổ phần Sữa Tươi Miền Tây\n\n"
    "Bộ Công Thương vừa công bố kết luận kiểm tra việc chấp hành pháp luật về thương mại của Công ty cổ phần Sữa "
    "Tươi Miền Tây.\n\n"
    "Qua 80 vụ kiểm tra, đoàn đã phát hiện một số hành vi không chấp hành đúng quy định của doanh nghiệp. Cụ thể:\n\n"
    "- Công ty có vi phạm về nhãn hàng hóa quy định tại Điều 30 Nghị định số 119/2017/NĐ-CP.\n\n"
    "- Công ty có vi phạm về khuyến mại quy định tại Điều 48 Nghị định số 185/2013/NĐ-CP.\n\n"
    "Đối với các vi phạm hành chính, Bộ Công Thương đã chỉ đạo Cục Quản lý thị trường xử lý theo quy định.\n\n"
    "Bộ Công Thương yêu cầu Công ty cổ phần Sữa Tươi Miền Tây khắc phục các vi phạm, báo cáo Bộ Công Thương "
    "trước ngày 30/9/2026.\n\n"
    "Thông cáo của Bộ cũng nhấn mạnh, việc kiểm tra chấp hành pháp luật trong kinh doanh là công việc quan trọng.\n\n"
    "“Bộ trưởng Công Thương đang chỉ đạo Cục Quản lý thị trường tiếp tục rà soát các quy trình nghiệp vụ”, văn bản "
    "của Văn phòng Bộ nêu.\n\n"
    "Công ty cổ phần Sữa Tươi Miền Tây được thành lập năm 2012, đến nay có 40 cửa hàng.\n"
)

ARRANGED = (
    "BCH Đoàn trường thông báo về việc chi trả đoàn phí. Việc chi trả được thực hiện như sau:\n\n"
    "  • Ngày 10/9/2026, Đoàn trường sẽ trích số tiền đoàn phí và trả về cho các Đoàn khoa.\n"
    "  • Đoàn khoa sẽ trích 2/3 số tiền đoàn phí để trả về cho các chi đoàn.\n"
)


def test_a_list_of_findings_is_no_list_of_orders() -> None:
    tasks = extract(REPORT).tasks
    assert [(task.id, task.text[:30]) for task in tasks] == [
        ("p1", "Đối với các vi phạm hành chính"),
        ("p2", "Bộ Công Thương yêu cầu Công ty"),
        ("p3", "“Bộ trưởng Công Thương đang ch"),
    ]


def test_a_list_of_what_is_to_be_done_keeps_its_items() -> None:
    assert [task.id for task in extract(ARRANGED).tasks] == ["1", "2"]
