"""News reports of orders (ANNOTATING, news convention): what a paragraph's sentences tell, read past its opening.

A report's paragraph may open with a noun a verb of saying follows ("Thông báo nêu rõ: …": the text speaks, nothing
is ordered), with a verb of reporting addressed to someone and then its speaker ("Báo cáo với đoàn giám sát, bà A
cho biết …": an account), with a clause that concedes a done deed ("Dù đã …, nhưng …, chủ đầu tư vẫn yêu cầu …": the
main clause orders), or with the matter and then, in its next sentence, an authority ordering on it ("Về việc di
dời …, nhiều hộ chưa đồng ý. Huyện đề nghị xã …"). A name of a place after "nút giao" (an interchange) is no body
given a task. Every report below is made up for the test."""

from __future__ import annotations

from directive_extract.stages.paragraph_reading import is_directive_paragraph
from tests.test_news_order_paragraphs import implicit_task_failures

HEAD = "Tin giao thông miền núi\n\nThứ Hai, 17/11/2025 - 09:10\n\n"

ROWS = [
    (  # a text's noun, then a verb of saying: the text speaks, no one is ordered
        "Thông báo nêu rõ: nghị quyết của tỉnh đã chọn hạ tầng làm khâu đột phá, ưu tiên đường ven biển và các "
        "tuyến nối vùng cao.\n\n"
        "Lãnh đạo huyện Ba Tơ giao Phòng Kinh tế rà soát hồ sơ mặt bằng tuyến đường ven biển.\n",
        ["Lãnh đạo huyện Ba Tơ"],
    ),
    (  # a verb of reporting addressed to someone, then its speaker: an account
        "Báo cáo với đoàn giám sát, bà Lê Thị Hoa, Trưởng phòng Kinh tế huyện cho biết tuyến đường dài 12km đã "
        "thông xe được một nửa.\n\n"
        "Lãnh đạo huyện Ba Tơ giao Phòng Kinh tế rà soát hồ sơ mặt bằng tuyến đường ven biển.\n",
        ["Lãnh đạo huyện Ba Tơ"],
    ),
    (  # a clause that concedes a done deed, then the main clause's order
        "Dù đã sang tháng 11 nhưng mưa vẫn kéo dài, tuy nhiên Ban quản lý dự án vẫn đề nghị các tổ thi công tăng ca "
        "để kịp thông xe trước Tết.\n",
        ["Dù đã sang tháng 11"],
    ),
    (  # a province named alone is its government: its plan after a fronted clause is the report's task
        "Ngoài các lễ hội hiện có ở phố đi bộ, Quảng Ngãi sẽ tổ chức thêm chợ đêm ẩm thực vào cuối tuần.\n",
        ["Ngoài các lễ hội hiện có"],
    ),
    (  # the matter in the lead sentence, then an authority ordering on it
        "Về việc di dời 15 hộ dân ở bãi sông, nhiều hộ chưa đồng ý với phương án tái định cư. Huyện đề nghị xã "
        "kiên trì đối thoại với từng hộ.\n",
        ["Về việc di dời 15"],
    ),
]


def test_news_order_sentences() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


def test_a_place_named_after_an_interchange_is_given_nothing() -> None:
    # "nút giao Phước Lộc": the interchange's name, not "giao" (assign) and a body
    assert not is_directive_paragraph("Còn 3 hộ dân ở nút giao Phước Lộc chưa nhận tiền bồi thường.")
    assert is_directive_paragraph("Giao Phòng Tài chính chi trả tiền bồi thường cho 3 hộ dân.")
