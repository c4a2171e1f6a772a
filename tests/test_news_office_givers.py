"""In a report, the Prime Minister printed by his title directs: "Thủ tướng chỉ đạo …" tells his order, whatever
follows the verb, so he is its giver, not an actor (cues/roles.tsv `office_as_body`); a ministry's own "chỉ đạo"
stays its deed, and a report sent to him makes him its receiver. Invented report, no corpus text."""

from __future__ import annotations

from directive_extract import extract

REPORT = (
    "Thủ tướng chỉ đạo tổng kiểm tra phòng cháy\n\n"
    "Theo thông báo của Văn phòng Chính phủ hôm qua, Thủ tướng chỉ đạo tiếp tục tổng kiểm tra phòng cháy với chung "
    "cư mini, Bộ Công an chủ trì thực hiện.\n\n"
    "Phó Thủ tướng Trần Hồng Hà chỉ đạo Bộ Xây dựng khẩn trương rà soát quy chuẩn.\n\n"
    "Bộ Công an chỉ đạo tiếp tục kiểm tra các cơ sở kinh doanh karaoke.\n\n"
    "Bộ Công an báo cáo Thủ tướng Chính phủ kết quả trước ngày 30/6.\n"
)


def _agencies() -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for t in extract(REPORT).tasks for a in t.agencies]


def test_the_prime_minister_directing_is_the_orders_giver() -> None:
    found = _agencies()
    assert ("Thủ tướng Chính phủ", "lead") not in found
    assert ("Bộ Công an", "lead") in found and ("Bộ Xây dựng", "lead") in found


def test_a_report_sent_to_him_makes_him_its_receiver() -> None:
    assert ("Thủ tướng Chính phủ", "report_to") in _agencies()
