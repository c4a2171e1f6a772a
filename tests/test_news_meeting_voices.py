"""A hearing told as news: the plan's outline, the delegates' suggestions and the chair's orders. Only the chair's
orders are tasks; a connector's clause ("Trong đó, …") goes on with what the paragraph before it told, an order
only after an order (or after orders told as given). Invented report, no corpus text."""

from __future__ import annotations

from directive_extract import extract

HEARING = (
    "Tân Lập lấy ý kiến về quy hoạch chung xã\n\n"
    "2026-06-09\n\n"
    "Ngày 9/6, UBND xã Tân Lập đã tổ chức Hội nghị lấy ý kiến về Đồ án quy hoạch chung xã đến năm 2035.\n"
    "Theo định hướng, Đồ án được xây dựng trên quan điểm phát triển bền vững, lấy người dân làm trung tâm.\n"
    "Trong đó, địa phương xác định phát huy hiệu quả các lợi thế sẵn có thông qua phát triển nông nghiệp đặc sản.\n"
    "Tại hội nghị, các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến thiết thực.\n"
    "Các ý kiến cơ bản thống nhất với định hướng của đồ án; đồng thời, đề nghị tiếp tục mở rộng việc lấy ý kiến "
    "Nhân dân.\n"
    "Phát biểu kết luận hội nghị, Chủ tịch UBND xã yêu cầu Văn phòng HĐND và UBND xã tiếp tục phối hợp chặt chẽ "
    "với đơn vị tư vấn hoàn thiện đồ án.\n"
)


def _openings(text: str) -> list[str]:
    return [t.text[:24] for t in extract(text).tasks]


def test_the_outline_and_the_delegates_suggestions_are_no_orders() -> None:
    assert _openings(HEARING) == ["Phát biểu kết luận hội n"]


def test_a_connectors_clause_after_orders_told_goes_on_with_them() -> None:
    report = HEARING.replace(
        "Theo định hướng, Đồ án được xây dựng trên quan điểm phát triển bền vững, lấy người dân làm trung tâm.\n",
        "Để hoàn thành đúng hạn, Chủ tịch UBND xã đã giao công việc cụ thể cho từng bộ phận thực hiện.\n",
    ).replace(
        "Trong đó, địa phương xác định phát huy hiệu quả các lợi thế sẵn có thông qua phát triển nông nghiệp đặc sản.",
        "Trong đó, Văn phòng UBND xã rà soát lại hồ sơ đất công trước ngày 30/6.",
    )
    assert _openings(report)[0] == "Trong đó, Văn phòng UBND"
