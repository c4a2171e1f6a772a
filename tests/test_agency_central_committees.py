"""The national interagency committees the gazetteer holds (agency_sources.csv `tkcn`): printed in full, with the
abbreviation "TKCN" for "Tìm kiếm cứu nạn", and by the name they had before (invented sentences)."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

FULL = "Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn"
# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    (f"Đề nghị {FULL} chỉ đạo ứng phó bão.", [FULL]),
    ("Ngày 2-9, Văn phòng Ủy ban Quốc gia ứng phó sự cố, thiên tai và TKCN đã ứng trực 24/24 giờ.",
     [f"Văn phòng {FULL}"]),
    ("Ủy ban Quốc gia Tìm kiếm Cứu nạn chủ trì diễn tập.", ["Ủy ban Quốc gia Tìm kiếm Cứu nạn"]),
]
# fmt: on


def test_national_search_and_rescue_committee() -> None:
    check_table(MENTIONS, mention_names)
