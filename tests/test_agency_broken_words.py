"""Words a PDF text layer broke after their capital ("T hành phố", "S ở Y tế", "Ủ y ban"): the name readers
get the word whole, every offset kept, and a mention's span covers the broken text. The cases are invented."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.agencies.broken_words import mended_words
from directive_extract.vn import fold_keep_case

from .test_recognizers import check_table

# (text, the text the name readers get): only a type word's or a level word's first syllable is joined
# fmt: off
MENDS = [
    ("Bệnh viện Đa khoa T hị xã tiếp nhận", "Bệnh viện Đa khoa thị  xã tiếp nhận"),   # a level after a name: lower case
    ("S ở Nội vụ chủ trì", "Sở  Nội vụ chủ trì"),
    ("giao Ủ y ban nhân dân xã", "giao Ủy  ban nhân dân xã"),
    ("P hòng Tư pháp, C ục Thuế", "Phòng  Tư pháp, Cục  Thuế"),
    # not a broken word: a letter of its own, an abbreviation's last letter, a word no name opens with
    ("theo điểm A và mục B của Điều 5", "theo điểm A và mục B của Điều 5"),
    ("khu C ở phía đông", "khu C ở phía đông"),
    ("TP hành chính công", "TP hành chính công"),
    ("lớp D huyện nào cũng có", "lớp D huyện nào cũng có"),
    # OCR's "V" for the syllable "y" of a term of names ("y tế"): read as "y"; a "V" of its own stays
    ("giao Trạm V tế xã theo dõi", "giao Trạm y tế xã theo dõi"),
    ("Vụ Dược\nV tế cổ truyền", "Vụ Dược\ny tế cổ truyền"),
    ("Quân khu V tổ chức, phụ lục V kèm theo", "Quân khu V tổ chức, phụ lục V kèm theo"),
]
# fmt: on


def _mended(text: str) -> str:
    flat, folded = mended_words(text, fold_keep_case(text))
    assert len(flat) == len(folded) == len(text)
    assert folded == fold_keep_case(flat)
    return flat


def test_a_word_broken_after_its_capital_is_read_whole() -> None:
    check_table(MENDS, _mended)


def _agencies(body: str) -> list[tuple[str, str]]:
    notice = extract("ỦY BAN NHÂN DÂN TỈNH BẾN TRE\nSố: 45/KH-UBND\nKẾ HOẠCH\nVề việc phòng bệnh\n" + body)
    return [(a.text, a.name) for t in notice.tasks for a in t.agencies]


def test_a_body_printed_with_a_broken_word_is_found_with_its_printed_span() -> None:
    rows = [
        (
            "1. Trung tâm Văn hóa T hị xã tổ chức các buổi biểu diễn.\n",
            [("Trung tâm Văn hóa T hị xã", "Trung tâm Văn hóa thị xã")],
        ),
        ("1. S ở Tư pháp chủ trì kiểm tra.\n", [("S ở Tư pháp", "Sở Tư pháp")]),
        # a name wrapped before the misread "V" goes on; a body printed with it is the body it names
        (
            "1. Giao Sở\nV tế phối hợp với Trung tâm V tế huyện rà soát.\n",
            [("Sở\nV tế", "Sở Y tế"), ("Trung tâm V tế huyện", "Trung tâm Y tế cấp huyện")],
        ),
    ]
    check_table(rows, _agencies)
