"""News conventions settled in ANNOTATING ("News reports", 2026-12-06): the sapo is the preamble when the body tells
its orders again — also when it is the sapo's later sentences the body prints word for word — and a task only when
it prints an order the body does not; a photo and its caption between two order paragraphs belong to no task.
Every report below is made up for the test."""

from __future__ import annotations

from directive_extract import extract

from .test_news_order_paragraphs import implicit_task_failures

HEAD = "Thời sự\n\nThứ ba, 9/3/2027, 07:15 (GMT+7)\n\nBộ Nông nghiệp yêu cầu 9 tỉnh chống hạn mặn\n\n"

SAPO_ROWS = [
    (  # the sapo's lead sentence told in other words, its two orders printed again word for word: preamble
        "Bộ Nông nghiệp vừa có văn bản gửi 9 tỉnh ven biển yêu cầu tăng cường ứng phó hạn mặn. Kiên quyết không để lúa đông xuân "
        "chết khô vì thiếu nước. Các tỉnh cần báo cáo diện tích bị ảnh hưởng về Bộ trước thứ Sáu.\n\n"
        "Theo văn bản, Bộ đề nghị các tỉnh khẩn trương đóng cống ngăn mặn, tích trữ nước ngọt trong kênh nội đồng.\n\n"
        "Bên cạnh đó, chủ động lấy nước theo lịch của công ty thủy lợi, kiên quyết không để lúa đông xuân chết khô vì thiếu "
        "nước. Các tỉnh cần báo cáo diện tích bị ảnh hưởng về Bộ trước thứ Sáu.\n",
        ["Theo văn bản, Bộ đề nghị", "Bên cạnh đó, chủ động"],
    ),
    (  # the sapo holds the order, the body only refers back to it: the report's first order
        "Chủ tịch UBND tỉnh Bạc Liêu yêu cầu mọi hộ dân vùng ven biển trữ đủ nước ngọt dùng trong hai tháng.\n\n"
        "Ông chỉ đạo như vậy sau chuyến kiểm tra các cống ngăn mặn chiều qua.\n\n"
        "Trung tâm Khí tượng thủy văn tỉnh cho biết độ mặn tại cửa sông đã vượt 4 phần nghìn.\n",
        ["Chủ tịch UBND tỉnh Bạc Liêu"],
    ),
]


def test_a_sapo_the_body_tells_again_is_no_task() -> None:
    failures = implicit_task_failures(HEAD, SAPO_ROWS)
    assert not failures, failures


CAPTIONED = (
    "Sáng nay, mặn đã vào sâu 60 km trên sông Cổ Chiên.\n\n"
    "Chủ tịch UBND tỉnh Trà Vinh yêu cầu Sở Nông nghiệp và Môi trường vận hành các cống theo con nước.\n\n"
    "Nông dân xã Long Hòa bơm nước ngọt vào ruộng lúa. Ảnh: Hoài Thanh\n\n"
    "Tỉnh cũng yêu cầu các huyện lập tổ trực cống suốt đêm.\n"
)


def test_a_caption_between_two_orders_is_in_neither_task() -> None:
    tasks = extract(HEAD + CAPTIONED).tasks
    assert [task.id for task in tasks] == ["p1", "p2"]
    assert tasks[0].text.endswith("vận hành các cống theo con nước.")
    assert tasks[1].text.startswith("Tỉnh cũng yêu cầu")
