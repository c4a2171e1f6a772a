"""News reporting an order: after "X yêu cầu …", the article goes on with the order's own sentences, opened by a
verb of doing in the imperative, also one that considers or reviews ("Xem xét, xử lý …", "Kiểm điểm …") or
forbids ("Không chấp nhận …", after "Ngoài ra,"), also one the site cut with "…". Each is a task; the article's account of what was done ("… đã
kiểm tra …") is none. The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

NEWS = (
    "Bộ trưởng yêu cầu xử lý nghiêm vi phạm an toàn thực phẩm\n\nThứ Hai, 14/04/2025 - 10:15\n\n"
    "Trong năm 2024, lực lượng chức năng đã kiểm tra hơn 3.000 cơ sở, phát hiện 412 cơ sở vi phạm.\n\n"
    "Bộ trưởng yêu cầu các tỉnh lấy mẫu thực phẩm tại bếp ăn tập thể của trường học mỗi tháng.\n\n"
    "Xem xét, xử lý kỷ luật chủ cơ sở tái phạm trong thời hạn một năm.\n\n"
    "Ngoài ra, không chấp nhận hồ sơ tự công bố sản phẩm nộp quá hạn.\n\n"
    "Kiểm điểm tập thể lãnh đạo trạm để xảy ra ngộ độc tại địa bàn.\n\n"
    "Đồng thời, công khai danh sách cơ sở vi phạm trên trang thông tin của tỉnh…\n"
)

OPENINGS = [
    "Bộ trưởng yêu cầu",
    "Xem xét, xử lý",
    "Ngoài ra, không chấp nhận",
    "Kiểm điểm tập thể",
    "Đồng thời, công khai",
]


def test_the_sentences_of_a_reported_order_are_its_tasks() -> None:
    tasks = extract(NEWS).tasks
    got = [(task.id, task.text[: len(opening)]) for task, opening in zip(tasks, OPENINGS, strict=False)]
    assert got == [(f"p{i + 1}", opening) for i, opening in enumerate(OPENINGS)]
    assert len(tasks) == len(OPENINGS)
