"""A sector noun given work names the body that governs the sector at the level of the one speaking (ANNOTATING rule
16, issue 9's "sector nouns used as actors"); a sector named as a field, an owner, a place's or a past deed is no
actor. Every sentence is made up for the test."""

from __future__ import annotations

import json

import pytest

from directive_extract import extract, resources
from directive_extract.errors import ResourceError

PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 15/CT-UBND\n\nCHỈ THỊ\nVề việc phòng, chống sốt xuất huyết\n\n"
DISTRICT = "ỦY BAN NHÂN DÂN\nHUYỆN BẢO LÂM\n\nSố: 15/CT-UBND\n\nCHỈ THỊ\nVề việc phòng, chống sốt xuất huyết\n\n"
MINISTRY = "BỘ Y TẾ\n\nSố: 15/CT-BYT\n\nCHỈ THỊ\nVề việc phòng, chống sốt xuất huyết\n\n"
CITY = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nSố: 15/CT-UBND\n\nCHỈ THỊ\nVề việc phòng, chống sốt xuất huyết\n\n"


def _agencies(text: str) -> list[tuple[str, str, str]]:
    notice = extract(text)
    return [(a.text, a.name, a.role) for t in notice.tasks for a in t.agencies]


ROWS = [
    (PROVINCE, "1. Ngành y tế tăng cường giám sát các ổ dịch.", [("Ngành y tế", "Sở Y tế", "lead")]),
    (
        MINISTRY,
        "1. Ngành giáo dục chủ động tuyên truyền trong trường học.",
        [("Ngành giáo dục", "Bộ Giáo dục và Đào tạo", "lead")],
    ),
    (
        DISTRICT,
        "1. Giao ngành giáo dục và đào tạo rà soát số học sinh.",
        [("ngành giáo dục và đào tạo", "Phòng Giáo dục và Đào tạo", "lead")],
    ),
    (
        PROVINCE,
        "1. Sở Xây dựng phối hợp với ngành Công an, Tư pháp kiểm tra các công trình.",
        [
            ("Sở Xây dựng", "Sở Xây dựng", "lead"),
            ("ngành Công an", "Công an tỉnh", "coordinate"),
            ("Tư pháp", "Sở Tư pháp", "coordinate"),
        ],
    ),
    (
        PROVINCE,
        "1. Công an tỉnh phối hợp chặt chẽ với ngành Kiểm sát, Tòa án xử lý các vụ án.",
        [
            ("Công an tỉnh", "Công an tỉnh", "lead"),
            ("ngành Kiểm sát", "Viện kiểm sát nhân dân tỉnh", "coordinate"),
            ("Tòa án", "Tòa án nhân dân tỉnh", "coordinate"),
        ],
    ),
    (
        CITY,
        "1. Ngành công an cần bố trí lực lượng tại các điểm nóng.",
        [("Ngành công an", "Công an thành phố Cần Thơ", "lead")],
    ),
    # no actor: a field, an owner, a place's sector, a deed told as done
    (PROVINCE, "1. Cán bộ ngành y tế phải mặc trang phục đúng quy định.", []),
    (PROVINCE, "1. Người dân thực hiện theo hướng dẫn của ngành y tế.", []),
    (PROVINCE, "1. Phối hợp với ngành y tế địa phương tổ chức phun hóa chất.", []),
    (PROVINCE, "1. Ngành y tế đã chỉ đạo các bệnh viện sẵn sàng giường bệnh.", []),
]


@pytest.mark.parametrize(("head", "item", "expected"), ROWS)
def test_a_sector_given_work_is_its_body_at_the_speakers_level(head: str, item: str, expected: list) -> None:
    assert _agencies(head + item + "\n") == expected


def test_a_merged_ministrys_sector_is_not_read_after_its_merger() -> None:
    """Giao thông vận tải's ministry and departments were merged away on 2025-03-01: a later document names no body."""
    item = "1. Ngành giao thông vận tải khẩn trương sửa chữa các tuyến đường bị sạt lở.\n"
    dated = "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 15/CT-UBND\n\nNinh Thuận, ngày 10 tháng 11 năm {year}\n\nCHỈ THỊ\nVề việc khắc phục sạt lở\n\n"
    assert _agencies(dated.format(year=2024) + item) == [("Ngành giao thông vận tải", "Sở Giao thông vận tải", "lead")]
    assert _agencies(dated.format(year=2025) + item) == []


def test_sectors_json_is_checked_on_load(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [row for row in resources.sectors()]
    assert {"Bộ Y tế", "Sở Y tế"} <= {body for row in rows for body in row.bodies.values()}

    def load(data: dict) -> None:
        monkeypatch.setattr(resources, "_read_text", lambda name: json.dumps(data, ensure_ascii=False))
        resources.sectors.cache_clear()
        try:
            resources.sectors()
        finally:
            monkeypatch.undo()
            resources.sectors.cache_clear()

    with pytest.raises(ResourceError, match=r"not in agencies\.csv"):
        load({"sectors": [{"printed": ["y tế"], "province": "Sở Y Tế Tỉnh"}]})
    with pytest.raises(ResourceError, match="lower case"):
        load({"sectors": [{"printed": ["Y tế"], "province": "Sở Y tế"}]})
    with pytest.raises(ResourceError, match="ISO date"):
        load({"sectors": [{"printed": ["y tế"], "province": "Sở Y tế", "until": "1/3/2025"}]})
