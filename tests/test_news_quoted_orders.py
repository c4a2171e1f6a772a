"""News reports telling an order by its content first or in its giver's words (ANNOTATING, news convention): a
paragraph followed by "<giver> vừa yêu cầu như trên …" told the order, and that paragraph tells only who gave it and
why; right after an order, a paragraph that is its speaker's quote binding someone ("“Các xã phải …”, ông A nói.")
orders too, while one quoting no obligation does not. Every report below is made up for the test."""

from __future__ import annotations

from .test_news_order_paragraphs import HEAD, implicit_task_failures

ROWS = [
    (  # the order first, then "vừa yêu cầu như trên" naming its giver
        "Từ sáng mai, xe tải trên 10 tấn không được đi qua cầu Bến Lội cho tới khi sửa xong mố cầu.\n\n"
        "Chủ tịch huyện Tân Lộc Vũ Văn Hải vừa yêu cầu như trên lúc đoàn kỹ sư báo mố cầu bị nứt dài.\n\n"
        "Cầu Bến Lội được xây năm 1998, dài 120 m.\n",
        ["Từ sáng mai, xe tải"],
    ),
    (  # a quote binding its hearers right after an order, then an order again
        "Chủ tịch huyện Tân Lộc yêu cầu các xã ven đê trực chống lũ suốt đêm nay.\n\n"
        '"Chúng ta phải mở thêm 12 điểm sơ tán, sẵn sàng xe cứu thương, rà soát danh sách hộ nghèo", ông Hải nói.\n\n'
        "Chủ tịch huyện cũng yêu cầu trạm bơm Đông Hà vận hành hết công suất từ chiều nay.\n",
        ["Chủ tịch huyện Tân Lộc", '"Chúng ta phải mở', "Chủ tịch huyện cũng"],
    ),
    (  # the speaker named by his office, no honorific ("…", Bí thư huyện nêu rõ.)
        "Chủ tịch huyện Tân Lộc yêu cầu các xã ven đê trực chống lũ suốt đêm nay.\n\n"
        '"Nơi nào được giao phải chịu trách nhiệm đến cùng, kiên quyết xử lý vi phạm", Bí thư huyện Tân Lộc nêu rõ.\n',
        ["Chủ tịch huyện Tân Lộc", '"Nơi nào được giao'],
    ),
    (  # the official named again by honorific and name: "Ông Hải lưu ý …", "…, ông Hải chỉ đạo cần …"
        "Chủ tịch huyện Tân Lộc Vũ Văn Hải yêu cầu các xã ven đê trực chống lũ suốt đêm nay.\n\n"
        "Ông Hải lưu ý dự án nào nhà thầu không đủ năng lực phải kiên quyết thay thế.\n\n"
        "Đối với rác thải, ông Hải chỉ đạo cần quy hoạch thêm điểm xử lý bùn thải.\n",
        ["Chủ tịch huyện Tân Lộc", "Ông Hải lưu ý", "Đối với rác thải"],
    ),
    (  # a quote binding no one is the speaker's account
        "Chủ tịch huyện Tân Lộc yêu cầu các xã ven đê trực chống lũ suốt đêm nay.\n\n"
        '"Mực nước năm nay lên nhanh hơn mọi năm chừng nửa mét", ông Hải nói.\n',
        ["Chủ tịch huyện Tân Lộc"],
    ),
]


def test_news_quoted_orders() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures
