"""News reports telling an order in the passive, its giver left out (ANNOTATING, news convention): the bodies
ordered open the paragraph, then "được giao", "được yêu cầu" and their deed ("Bộ X được giao hoàn thành …", "Các
trường được yêu cầu …"). A noun's passive with "là" is read by `_ordered_passive`; a thing given ("Dự án được giao
vốn") is no body ordered. After "Theo thông báo của …, <giver> chỉ đạo …" the text's measures follow. Every report below is made up for the test."""

from __future__ import annotations

from .test_news_order_paragraphs import HEAD, implicit_task_failures

ROWS = [
    (  # a ministry given a deed in the passive, after a done account
        "Hôm qua, đoàn kiểm tra đã đến ba khu nhà trọ tại phường Tân Mai.\n\n"
        "Bộ Tư pháp được giao soạn thảo mẫu hợp đồng cho thuê phòng trọ trước tháng 3 năm sau.\n",
        ["Bộ Tư pháp được giao"],
    ),
    (  # bodies in small letters opened by "Các", ordered in the passive
        "Sáng 9/4, mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu.\n\n"
        "Các trường tiểu học ven sông được yêu cầu cho học sinh nghỉ buổi chiều, cử người trực tại cổng.\n",
        ["Các trường tiểu học ven"],
    ),
    (  # "Theo thông báo của …, <giver> chỉ đạo …": the text's measures follow, one with "phải", one in the passive
        "Theo thông báo phát đi chiều qua từ Ủy ban tỉnh, Chủ tịch tỉnh chỉ đạo rà soát các bến đò ngang.\n\n"
        "Mọi bến đò chở khách phải có đủ áo phao cho từng chuyến, không chở quá số người cho phép.\n\n"
        "Ban Quản lý bến thủy nội địa được giao cấp lại giấy phép cho các bến đạt yêu cầu trước mùa mưa.\n",
        ["Theo thông báo phát đi", "Mọi bến đò chở", "Ban Quản lý bến thủy"],
    ),
    (  # a thing given is no body ordered
        "Năm nay, dự án đường ven biển được giao thêm 200 tỷ đồng để đẩy nhanh tiến độ.\n",
        [],
    ),
]


def test_news_passive_orders() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures
