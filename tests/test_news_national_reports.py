"""A report of a ministry's orders to every province: a province's body it names bare ("Sở GTVT") is every
province's, as in the ministry's own letter (`Sở Giao thông vận tải cấp tỉnh`); in a report about one province the
same bare name stays that province's body. Invented reports, no corpus text."""

from __future__ import annotations

from directive_extract import extract

NATIONAL = (
    "Bộ GTVT yêu cầu tăng cường bảo đảm an toàn giao thông dịp nghỉ lễ\n\n"
    "Để bảo đảm an toàn giao thông trong dịp nghỉ lễ, Bộ GTVT vừa có văn bản chỉ đạo các cơ quan, đơn vị liên quan "
    "triển khai nhiều giải pháp.\n\n"
    "Bộ GTVT yêu cầu Sở GTVT tăng cường kiểm tra, xử lý các xe khách vi phạm trên các tuyến đường đi Hà Nội và "
    "Đà Nẵng.\n"
)


def _agencies(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for t in extract(text).tasks for a in t.agencies]


def test_a_bare_provincial_body_in_a_ministrys_report_is_every_provinces() -> None:
    assert ("Sở Giao thông vận tải cấp tỉnh", "lead") in _agencies(NATIONAL)


def test_in_a_report_about_one_province_it_stays_the_provinces_own() -> None:
    one = NATIONAL.replace("Hà Nội và Đà Nẵng", "Bắc Ninh").replace("dịp nghỉ lễ\n", "dịp nghỉ lễ tại Bắc Ninh\n")
    one = one.replace("triển khai nhiều giải pháp.", "triển khai nhiều giải pháp tại Bắc Ninh.")
    found = _agencies(one)
    assert ("Sở Giao thông vận tải", "lead") in found and ("Sở Giao thông vận tải cấp tỉnh", "lead") not in found
