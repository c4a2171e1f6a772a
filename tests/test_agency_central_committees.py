"""Central bodies the gazetteer holds from their founding texts (agency_sources.csv): the national search-and-rescue
committee (`tkcn`) printed in full, with the abbreviation "TKCN" for "Tìm kiếm cứu nạn", and by the name it had
before; the Students' Association (`hsv`) at the centre and in a province (invented sentences)."""

from __future__ import annotations

import pytest

from directive_extract import extract

FULL = "Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (f"Đề nghị {FULL} chỉ đạo ứng phó bão.", [FULL]),
        ("Ngày 2-9, Văn phòng Ủy ban Quốc gia ứng phó sự cố, thiên tai và TKCN đã ứng trực 24/24 giờ.",
         [f"Văn phòng {FULL}"]),
        ("Ủy ban Quốc gia Tìm kiếm Cứu nạn chủ trì diễn tập.", ["Ủy ban Quốc gia Tìm kiếm Cứu nạn"]),
    ],
)  # fmt: skip
def test_national_search_and_rescue_committee(text: str, names: list[str]) -> None:
    assert [a.name for a in extract(text).agencies] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Trung ương Hội Sinh viên Việt Nam phát động cuộc thi.", ["Trung ương Hội Sinh viên Việt Nam"]),
        ("Giao Tỉnh đoàn, Hội Sinh viên tỉnh tổ chức tuyên truyền.", ["Tỉnh đoàn", "Hội Sinh viên Việt Nam tỉnh"]),
    ],
)  # fmt: skip
def test_students_association(text: str, names: list[str]) -> None:
    assert [a.name for a in extract(text).agencies] == names
