"""A report's lead that tells a text sent with its orders ("Bộ … vừa ban hành văn bản yêu cầu các cơ quan … triển
khai …"), when the body's first paragraph of prose, past a sub-heading, spells it out ("Cụ thể, Bộ yêu cầu Cục …"),
is the report's summary: the orders are the body's paragraphs, p1 the first of them (ANNOTATING, news convention 2;
issue 9, after h19). A lead not spelled out stays the first order. Every report is made up for the test."""

from __future__ import annotations

from .test_news_order_paragraphs import HEAD, implicit_task_failures

ROWS = [
    (  # the lead names the text and its orders, a sub-heading, then "Cụ thể, …" spells them out one by one
        "Mùa mưa bão năm nay đến sớm, vì vậy Bộ Nông nghiệp và Môi trường vừa có văn bản yêu cầu các đơn vị thuộc Bộ "
        "triển khai công điện của Thủ tướng Chính phủ về ứng phó bão.\n\n"
        "Bảo đảm an toàn hồ đập\n\n"
        "Cụ thể, Bộ yêu cầu Cục Quản lý và Xây dựng công trình thủy lợi kiểm tra các hồ chứa xung yếu.\n\n"
        "Cục Quản lý đê điều và Phòng, chống thiên tai trực ban 24/24 giờ trong những ngày có bão.\n",
        ["Cụ thể, Bộ yêu cầu", "Cục Quản lý đê điều"],
    ),
    (  # the same lead with no paragraph spelling it out: the lead is the order
        "Mùa mưa bão năm nay đến sớm, vì vậy Bộ Nông nghiệp và Môi trường vừa có văn bản yêu cầu các đơn vị thuộc Bộ "
        "triển khai công điện của Thủ tướng Chính phủ về ứng phó bão.\n\n"
        "Năm ngoái, bão số 3 làm vỡ 12 hồ chứa nhỏ ở các tỉnh phía Bắc.\n",
        ["Mùa mưa bão năm nay"],
    ),
]


def test_a_lead_spelled_out_by_the_body_is_its_summary() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures
