"""A head over ministries and other bodies: "các bộ, cơ quan: Công an, Giao thông vận tải, …, Ủy ban An toàn giao
thông Quốc gia" — the ministries by their field, the other bodies by their whole names (issue 9, after h15). Every
case is invented."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    ("Thủ tướng yêu cầu các bộ, cơ quan: Tài chính, Văn hóa, Thể thao và Du lịch, Ủy ban Dân tộc thực hiện.",
     ["Thủ tướng Chính phủ", "Bộ Tài chính", "Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban Dân tộc"]),
    ("Đề nghị các Bộ, cơ quan: Xây dựng, Nội vụ phối hợp.", ["Bộ Xây dựng", "Bộ Nội vụ"]),
]
# fmt: on


def test_a_head_over_ministries_and_other_bodies() -> None:
    check_table(MENTIONS, mention_names)
