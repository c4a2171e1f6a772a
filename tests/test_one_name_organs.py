"""One body, one name for an organ: a document that names an organ with the body or the event it belongs to ("Đoàn
Chủ tịch Đại hội", "Ban Chỉ đạo ƯPT Bộ Công an") and bare elsewhere ("Đoàn Chủ tịch") names one organ; the rest of
a body's own name ("Đoàn Thanh niên Cộng sản Hồ Chí Minh"), a bare type word ("Văn phòng") and two fuller forms
leave the bare name bare. The texts are made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract

HEAD = "ĐẢNG BỘ TỈNH BẮC KẠN\n\nQUY CHẾ\nlàm việc của Đại hội\n\nĐiều 1. Nhiệm vụ\n"


def _names(text: str) -> list[tuple[str, str, str | None]]:
    return [(task.id, a.name, a.role) for task in extract(text).tasks for a in task.agencies]


@pytest.mark.parametrize(
    ("full", "bare"),
    [
        ("Đoàn Chủ tịch Đại hội", "Đoàn Chủ tịch"),
        ("Ban Tổ chức Hội thi", "Ban Tổ chức"),
        ("Ban Chỉ đạo ƯPT Bộ Công an", "Ban Chỉ đạo ƯPT"),
        ("Phòng Tham mưu thuộc Công an tỉnh", "Phòng Tham mưu"),
    ],
)
def test_the_bare_organ_takes_its_parent(full: str, bare: str) -> None:
    text = HEAD + f"1. {full} điều hành các phiên họp.\n2. Các đại biểu báo cáo {bare} kết quả thảo luận.\n"
    names = _names(text)
    assert any(name == full and role == "report_to" for _, name, role in names), names
    assert all(name != bare for _, name, _ in names), names


def test_the_rest_of_a_bodys_own_name_is_no_parent() -> None:
    text = (
        HEAD + "1. Đoàn Thanh niên Cộng sản Hồ Chí Minh phát động phong trào thi đua.\n"
        "2. Giao Đoàn Thanh niên tổ chức hoạt động tình nguyện.\n"
    )
    assert ("2", "Đoàn Thanh niên", "lead") in [(t.split(".")[-1], n, r) for t, n, r in _names(text)]


def test_two_parents_leave_the_organ_bare() -> None:
    text = (
        HEAD + "1. Ban Tổ chức Hội thi chuẩn bị giải thưởng.\n2. Ban Tổ chức Hội nghị chuẩn bị hội trường.\n"
        "3. Các đơn vị báo cáo Ban Tổ chức kết quả.\n"
    )
    assert any(name == "Ban Tổ chức" for _, name, _ in _names(text))


def test_a_bare_type_word_takes_no_parent() -> None:
    text = (
        HEAD + "1. Văn phòng Chính phủ theo dõi việc thực hiện.\n2. Giao Văn phòng tổng hợp ý kiến của các đại biểu.\n"
    )
    names = [name for _, name, _ in _names(text)]
    assert "Văn phòng Chính phủ" in names
    assert names.count("Văn phòng Chính phủ") == 1, names
