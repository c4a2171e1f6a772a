"""A shared-head list ("các Bộ: A, B, C") as a scan prints it: broken over lines after a comma, and holding a
member whose first piece opens like a body of its own ("Khoa học và Công nghệ": "Khoa" is a faculty's type word).

Every case is invented for its form (other ministries and duties than the corpus prints). A row is (text, the names
of the bodies read); the table fails once.
"""

from __future__ import annotations

from .test_agency_forms import mention_names
from .test_recognizers import check_table

# fmt: off
WRAPPED_LISTS = [
    # a member made of pieces, the first opening like a body of its own
    ("Giao các Bộ: Nội vụ, Khoa học và Công nghệ, Y tế rà soát danh mục nghề.",
     ["Bộ Nội vụ", "Bộ Khoa học và Công nghệ", "Bộ Y tế"]),
    # the list goes on after a line that ends with its comma
    ("Đề nghị các Bộ: Tài chính, Công an,\nNgoại giao, Y tế sớm có ý kiến về dự thảo.",
     ["Bộ Tài chính", "Bộ Công an", "Bộ Ngoại giao", "Bộ Y tế"]),
    # not: a line break after a member with no separator ends the list
    ("Đề nghị các Bộ: Tài chính, Công an\nNgoại giao nhân dân cần được coi trọng.",
     ["Bộ Tài chính", "Bộ Công an"]),
]
# fmt: on


def test_a_shared_head_list_wrapped_over_lines() -> None:
    check_table(WRAPPED_LISTS, mention_names)
