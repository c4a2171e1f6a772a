"""A verb that opens the predicate after a body's name ends the name (issue 9, round h14): "Tổng cục … thành lập
đoàn", "Chi cục … tiến hành", "… chủ động", "… giải quyết", "… kiến nghị" are deeds, no words of a field printed in small
letters; a field printed with its capital ("Ban Tổ chức", "Sở Xây dựng") stays. Every case is invented."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    ("Trung tâm Phát triển quỹ đất thành lập hội đồng định giá.", ["Trung tâm Phát triển quỹ đất"]),
    ("Chi cục Phát triển nông thôn tiến hành thu phí neo đậu.", ["Chi cục Phát triển nông thôn"]),
    ("Sở Văn hóa chủ động liên hệ các nhà tài trợ.", ["Sở Văn hóa"]),
    ("Trung tâm Dịch vụ nông nghiệp giải quyết hồ sơ tồn đọng.", ["Trung tâm Dịch vụ nông nghiệp"]),
    ("Phòng Quản lý đô thị kiến nghị điều chỉnh giá vé.", ["Phòng Quản lý đô thị"]),
    # a field printed with its capital is the field's, whatever verb it is
    ("Ban Tổ chức Huyện ủy thành lập tổ thẩm định.", ["Ban Tổ chức Huyện ủy"]),
]
# fmt: on


def test_a_verb_after_a_name_ends_it() -> None:
    check_table(MENTIONS, mention_names)
