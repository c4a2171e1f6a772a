"""A list's head printed in small letters after its type word ("Phòng giáo dục và đào tạo các huyện: …", "Hạt kiểm
lâm các huyện A, B") names each member by the gazetteer's spelling of the head, as the capitalized head does, and a
head the gazetteer holds only with its level word ("Hạt Kiểm lâm huyện", "Trung tâm Y tế huyện") is read with the
list's level (issue 9, after h18). Every case is invented."""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# (text, names of the bodies read in it)
# fmt: off
MENTIONS = [
    ("Giao Phòng giáo dục và đào tạo các huyện: Krông Pắc, Ea Kar rà soát.",
     ["Phòng Giáo dục và Đào tạo huyện Krông Pắc", "Phòng Giáo dục và Đào tạo huyện Ea Kar"]),
    ("Giao Hạt kiểm lâm các huyện: Con Cuông, Tương Dương tuần tra.",
     ["Hạt Kiểm lâm huyện Con Cuông", "Hạt Kiểm lâm huyện Tương Dương"]),
    ("Hạt kiểm lâm các huyện Con Cuông và Tương Dương tuần tra.",
     ["Hạt Kiểm lâm huyện Con Cuông", "Hạt Kiểm lâm huyện Tương Dương"]),
    ("Trung tâm y tế các huyện Krông Pắc, Ea Kar tổ chức tiêm.",
     ["Trung tâm Y tế huyện Krông Pắc", "Trung tâm Y tế huyện Ea Kar"]),
    ("Giao Hạt kiểm lâm huyện Quỳ Châu kiểm tra.", ["Hạt Kiểm lâm huyện Quỳ Châu"]),
    ("Hạt kiểm lâm các huyện phối hợp.", ["Hạt Kiểm lâm cấp huyện"]),
]
# fmt: on


def test_a_head_in_small_letters_names_its_members_by_the_gazetteer() -> None:
    check_table(MENTIONS, mention_names)
