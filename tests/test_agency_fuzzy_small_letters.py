"""OCR repair reads damaged letters, never a word of the sentence: a head followed by a field in small letters that
opens with the letter of a gazetteer form's capital ("các Cục quản lý đường bộ", "Cục Quân y") is not that body;
a field whose first letter was lost ("Bộ ư pháp") is still mended (issue 9, after h19). Every case is invented."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    ("Tổng cục Đường bộ Việt Nam chỉ đạo các Cục quản lý đường bộ kiểm tra cầu yếu.", ["Tổng cục Đường bộ Việt Nam"]),
    ("Cục Đường thủy nội địa Việt Nam chỉ đạo các cảng vụ kiểm tra bến khách.", ["Cục Đường thủy nội địa Việt Nam"]),
    ("Đề nghị gửi báo cáo về Tổng cục Quản lý đất đai, địa chỉ: số 10 Tôn Thất Thuyết.", ["Tổng cục Quản lý đất đai"]),
]
# fmt: on


def test_a_field_in_small_letters_is_no_damaged_name() -> None:
    check_table(MENTIONS, mention_names)
