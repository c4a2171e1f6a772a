"""News reporting an order with a verb of urging ("giục", "hối thúc", "đốc thúc", "nhắc nhở", "quán triệt"): the
authority urges the one named right after the verb, and the paragraph is a task whose giver is no agency of it. A
text's account ("… văn bản … nhắc nhở, đôn đốc …", the verb with no one after it) orders nothing. A paragraph that
goes on "Cùng đó, đơn vị này phải …" after the order is one, though a later sentence of it refers to "những nội
dung nêu trên" the way a closing formula does. The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

NEWS = (
    "Bộ Xây dựng hối thúc hoàn thành các khu nhà ở công nhân\n\nThứ Ba, 11/03/2025 - 08:40\n\n"
    "Từ đầu năm, nhiều khu nhà ở công nhân tại các khu chế xuất vẫn dừng thi công vì thiếu vốn.\n\n"
    "Bộ Xây dựng yêu cầu các tỉnh rà soát quỹ đất sạch dành để xây nhà ở công nhân trong quý II.\n\n"
    "Bộ trưởng cũng hối thúc các chủ đầu tư bổ sung nhân lực để thi công cả ca đêm.\n\n"
    "Cùng đó, đơn vị này phải lập danh mục dự án chậm giải ngân theo từng tỉnh. Các tỉnh được đề nghị gửi Bộ "
    "đánh giá về những nội dung nêu trên.\n\n"
    "Trước đây, đã có nhiều văn bản của Bộ trưởng, Thứ trưởng nhắc nhở, đôn đốc việc giải ngân.\n"
)

# the urging body printed before the one urged: the speaker, no agency of the task
URGING_BODY = (
    "Tỉnh đốc thúc thanh toán vốn cho các công trình\n\nThứ Tư, 12/03/2025 - 09:10\n\n"
    "Đến hết tháng 2, tỉnh mới giải ngân được 6% kế hoạch vốn được giao.\n\n"
    "UBND tỉnh Kon Tum cũng đốc thúc các chủ đầu tư hoàn thiện hồ sơ thanh toán khối lượng đã nghiệm thu.\n"
)

OPENINGS = ["Bộ Xây dựng yêu cầu", "Bộ trưởng cũng hối thúc", "Cùng đó, đơn vị này phải"]


def test_an_authority_urging_someone_tells_an_order() -> None:
    tasks = extract(NEWS).tasks
    assert [(task.id, task.text[: len(opening)]) for task, opening in zip(tasks, OPENINGS, strict=True)] == [
        (f"p{i + 1}", opening) for i, opening in enumerate(OPENINGS)
    ]


def test_the_one_urging_is_the_speaker_not_an_agency() -> None:
    (urged,) = extract(URGING_BODY).tasks
    assert urged.text.startswith("UBND tỉnh Kon Tum cũng đốc thúc")
    assert [agency.name for agency in urged.agencies] == []


def test_a_verb_of_urging_with_no_one_after_it_is_an_account() -> None:
    assert not any(task.text.startswith("Trước đây") for task in extract(NEWS).tasks)
