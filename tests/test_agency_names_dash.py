"""Fields joined by a dash, and a state body printed bare in its own level's letter (issue 9). Every case is
invented."""

from __future__ import annotations

import pytest

from directive_extract import extract

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    # a head that names a body only with its place, read on by a field after a dash: another body's name
    ("Giao Ban Dân tộc - Tôn giáo chủ trì thực hiện.", ["Ban Dân tộc - Tôn giáo"]),
    # a common word that opens with a type word's syllable ("Khoa học") is a term of the field, no faculty
    ("Giao Phòng Đào tạo - Khoa học công nghệ chủ trì.", ["Phòng Đào tạo - Khoa học công nghệ"]),
    ("Viện Vật lý - Khoa học Vật liệu phối hợp.", ["Viện Vật lý - Khoa học Vật liệu"]),
    # after a whole name a dash opens an apposition, not a longer name
    ("Sở Y tế - Cơ quan thường trực của Ban Chỉ đạo theo dõi.", ["Sở Y tế", "Ban Chỉ đạo"]),
    ("Ban Dân tộc tỉnh - Sở Tài chính phối hợp.", ["Ban Dân tộc tỉnh", "Sở Tài chính"]),
    # a type word after the dash with no words of its own is the field's last term; with its level, a body
    ("Phối hợp với Trung tâm Thông tin - Thư viện xây dựng video.", ["Trung tâm Thông tin - Thư viện"]),
    ("Giao Trung tâm Thông tin – Thư viện.", ["Trung tâm Thông tin - Thư viện"]),
    ("Sở Y tế - Thư viện tỉnh phối hợp.", ["Sở Y tế", "Thư viện tỉnh"]),
]
# fmt: on


def test_fields_joined_by_a_dash() -> None:
    check_table(MENTIONS, mention_names)


LETTER = """ỦY BAN NHÂN DÂN TỈNH KON TUM

Số: 5/UBND-VX

Kon Tum, ngày 3 tháng 3 năm 2023

Kính gửi: các sở, ngành.

1. Giao {body} chủ trì, phối hợp với Sở Tài chính rà soát chính sách.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn A
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ban Dân tộc", ["Ban Dân tộc", "Sở Tài chính"]),  # the province's, named by its field: kept bare
        ("Thanh tra", ["Sở Tài chính"]),  # a type word alone at a clause's start: a word of the sentence
        ("Ban Chỉ đạo", ["Sở Tài chính"]),
    ],
)
def test_a_state_body_named_by_its_field_is_its_levels_in_its_levels_letter(body: str, expected: list[str]) -> None:
    notice = extract(LETTER.format(body=body))
    assert [a.name for a in notice.tasks[0].agencies] == expected
