"""The national interagency committees the gazetteer holds (agency_sources.csv `tkcn`): printed in full, with the
abbreviation "TKCN" for "Tìm kiếm cứu nạn", and by the name they had before (invented sentences)."""

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
