"""News reporting an order: after "X yêu cầu …", the article goes on with the order's own sentences, opened by a
verb of doing in the imperative, also one that considers or reviews ("Xem xét trách nhiệm …", "Kiểm điểm …") or
forbids ("Không chấp nhận …", after "Ngoài ra,"), also one the site cut with "…". Each is a task; the article's account of what was done ("… đã
kiểm tra …") is none. The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

NEWS = (
    "Bộ trưởng yêu cầu xử lý nghiêm vi phạm an toàn thực phẩm\n\nThứ Hai, 14/04/2025 - 10:15\n\n"
    "Trong năm 2024, lực lượng chức năng đã kiểm tra hơn 3.000 cơ sở, phát hiện 412 cơ sở vi phạm.\n\n"
    "Bộ trưởng yêu cầu các địa phương tăng cường thanh tra, kiểm tra an toàn thực phẩm tại bếp ăn tập thể.\n\n"
    "Xem xét trách nhiệm của người đứng đầu cơ quan để xảy ra ngộ độc thực phẩm tập thể.\n\n"
    "Ngoài ra, không chấp nhận việc can thiệp để bỏ qua lỗi vi phạm của cơ sở kinh doanh.\n\n"
    "Kiểm điểm, xử lý nghiêm cán bộ buông lỏng quản lý, bao che cho sai phạm.\n\n"
    "Đồng thời, rà soát các bếp ăn tập thể, công bố kết quả kiểm tra…\n"
)

OPENINGS = [
    "Bộ trưởng yêu cầu",
    "Xem xét trách nhiệm",
    "Ngoài ra, không chấp nhận",
    "Kiểm điểm, xử lý",
    "Đồng thời, rà",
]


def test_the_sentences_of_a_reported_order_are_its_tasks() -> None:
    tasks = extract(NEWS).tasks
    got = [(task.id, task.text[: len(opening)]) for task, opening in zip(tasks, OPENINGS, strict=False)]
    assert got == [(f"p{i + 1}", opening) for i, opening in enumerate(OPENINGS)]
    assert len(tasks) == len(OPENINGS)
