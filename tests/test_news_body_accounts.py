"""A news paragraph that opens with what a body says ("Theo UBND huyện, …") is background unless it orders: the
authority's order may stand in any later clause, behind a connector ("… . Do đó, Huyện yêu cầu …"), and then the
paragraph is a task; one that only tells what the body reports is none. The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

NEWS = (
    "Huyện miền núi gia cố đê bao trước mùa lũ\n\n"
    "Nhiều đoạn đê bao ven sông Lô bị sạt sau đợt mưa kéo dài tháng trước.\n\n"
    "Theo UBND huyện Minh Khê, đoạn đê qua ba xã ven sông đã xuống cấp sau nhiều năm sử dụng. "
    "Do đó, Huyện yêu cầu gia cố ngay các điểm xung yếu trước ngày 15/5.\n\n"
    "Theo Phòng Nông nghiệp huyện, mực nước sông Lô đang thấp hơn cùng kỳ gần một mét.\n"
)


def test_a_bodys_account_that_orders_is_a_task() -> None:
    tasks = extract(NEWS).tasks
    assert [task.text[:33] for task in tasks] == ["Theo UBND huyện Minh Khê, đoạn đê"]


def test_the_account_opening_is_read_only_after_theo_and_a_body() -> None:
    from directive_extract.stages.news_orders import account_order_end

    assert account_order_end("Theo Sở Du lịch, khách tăng mạnh. Vì thế, Sở đề nghị các khách sạn giữ giá.") is not None
    assert account_order_end("Theo Sở Du lịch, khách tăng mạnh trong dịp lễ vừa qua.") is None
    assert account_order_end("Theo kế hoạch, khách tăng mạnh. Vì thế, Sở đề nghị các khách sạn giữ giá.") is None
