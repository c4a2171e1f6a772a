"""A company printed by its name is a body (ANNOTATING settled 8, SCHEMA's open-class rule): "Công ty cổ phần …",
"Công ty TNHH …", a group's legal form after a dash; companies named as a kind are not. Every case is invented."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    ("Giao Công ty Cổ phần Cấp nước Quảng Trị chủ trì rà soát.", ["Công ty cổ phần Cấp nước Quảng Trị"]),
    ("Công ty CP Môi trường đô thị Đông Hà thu gom rác.", ["Công ty cổ phần Môi trường đô thị Đông Hà"]),
    ("Giao Công ty TNHH Xây dựng Trường Sơn khắc phục sạt lở.", ["Công ty trách nhiệm hữu hạn Xây dựng Trường Sơn"]),
    # a group's legal form after a dash closes its name; a dash before another body's name still parts them
    ("Giao Tập đoàn Vingroup - Công ty cổ phần chủ trì.", ["Tập đoàn Vingroup - Công ty cổ phần"]),
    ("Giao Sở Y tế - Sở Tài chính phối hợp.", ["Sở Y tế", "Sở Tài chính"]),
    # companies named as a kind
    ("Các công ty cổ phần trên địa bàn thực hiện nghiêm.", []),
]
# fmt: on


def test_companies_by_their_names() -> None:
    check_table(MENTIONS, mention_names)
