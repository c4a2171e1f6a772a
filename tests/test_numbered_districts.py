"""Hồ Chí Minh City's numbered urban districts (before 2025: "quận 1" … "quận 12", places.csv) are places named by
their number: "quận 3" given work is that district's committee, and "quận 1, 5, 11" lists three districts (the
level word shared, as "huyện Củ Chi, Bình Chánh"). A figure is no district ("quận 3,5 triệu"), nor a place of an
event ("tại quận 3"). Every case is invented."""

from __future__ import annotations

from .test_agency_every_level_forms import _agencies
from .test_recognizers import check_table

# fmt: off
NUMBERED = [
    ("Giao quận 12 rà soát các công trình xây dựng trái phép.", [("Ủy ban nhân dân quận 12", "lead")]),
    ("Sở Xây dựng, quận 4, 7, Bình Thạnh phải báo cáo tiến độ giải ngân.",
     [("Sở Xây dựng", "lead"), ("Ủy ban nhân dân quận 4", "lead"), ("Ủy ban nhân dân quận 7", "lead"),
      ("Ủy ban nhân dân quận Bình Thạnh", "lead")]),
    ("Tại quận 3 đã ghi nhận 5 ca mắc mới.", []),
    ("Sở Tài chính, quận 6 bố trí 3,5 tỷ đồng cho dự án.", [("Sở Tài chính", "lead"), ("Ủy ban nhân dân quận 6", "lead")]),
]
# fmt: on


def test_a_numbered_district_is_a_place_named_by_its_number() -> None:
    check_table(NUMBERED, _agencies)
