"""Since the map of 2025 (no district level, Luật Tổ chức chính quyền địa phương 2025) a commune has rooms of its
own: its "các phòng, ban, ngành" are `Các phòng, ban, ngành xã`, no district's. The era is the date's, or, when
the dateline's day was left blank for the signer ("ngày   tháng 10 năm 2025"), its month's. Before the map the same
words in a commune's text name the district's rooms. The plans are made up for the test."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.tables import iter_tasks


def _plan(dateline: str) -> str:
    return (
        "ĐẢNG BỘ TỈNH KHÁNH HÒA\nĐẢNG ỦY XÃ NINH PHƯỚC\n\nSố   -KH/ĐU\n\n"
        f"Ninh Phước, {dateline}\n\nKẾ HOẠCH\nTổ chức hội nghị điển hình tiên tiến\n\n"
        "I. NHIỆM VỤ\n1. Đảng ủy Ủy ban nhân dân xã chỉ đạo các phòng, ban, ngành chức năng chuẩn bị kinh phí.\n"
    )


def _names(text: str) -> list[str]:
    return [a.name for task, *_ in iter_tasks(extract(text).tasks) for a in task.agencies]


def test_a_communes_rooms_after_the_map_of_2025() -> None:
    assert "Các phòng, ban, ngành xã" in _names(_plan("ngày 20 tháng 10 năm 2025"))
    assert "Các phòng, ban, ngành xã" in _names(_plan("ngày     tháng 10 năm 2025"))


def test_the_same_words_before_the_map_name_the_districts_rooms() -> None:
    names = _names(_plan("ngày 20 tháng 10 năm 2024"))
    assert "Các phòng, ban, ngành xã" not in names, names
