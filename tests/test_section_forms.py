"""Sections by form (ANNOTATION.md "Sections"): where each part of a Vietnamese administrative text
starts, one table per form, with cases written for the form rather than copied from the corpus.

Each row: a text and the (kind, first characters of the first line) of its sections in order. Every
failing row is collected, then the test fails once.
"""

from __future__ import annotations

from directive_extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/UBND-VX\nPhú Yên, ngày 02 tháng 3 năm 2022\n\n"
BODY = "Căn cứ Kế hoạch số 5/KH-UBND của UBND tỉnh;\n\n1. Sở Y tế tăng cường kiểm tra.\n\n2. Sở Tài chính bố trí kinh phí.\n\n"
OPENING = [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Kế hoạch"), ("tasks", "1. Sở Y tế tăn")]


def _sections(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for section in extract(text).sections:
        first = text[section.span[0] : section.span[1]].strip().split("\n")[0].strip()
        out.append((section.kind, first[:14].strip()))
    return out


def _check(rows: list[tuple[str, list[tuple[str, str]]]]) -> None:
    failures = []
    for text, expected in rows:
        got = _sections(text)
        want = [(kind, start[:14].strip()) for kind, start in expected]
        if got != want:
            failures.append(f"\n{text!r}\n  want {want}\n  got  {got}")
    assert not failures, "".join(failures)


# The tail of a two-column page flattened to text: "Nơi nhận" list on the left, the signing block on the
# right. A line belongs to its leftmost text; a wrapped list item (whatever its first letter), a label
# ("Bản điện tử:", "Bản giấy:") and the OCR noise of a stamp printed beside an item stay in the list; the
# signature's own lines (authority, position in capitals, "(Đã ký)", the name, anything in the right
# half of the page) are the signature; a page number stays in the part before it.
TAIL_ROWS = [
    (  # a wrapped item opening with a capital ("Kế hoạch và Đầu tư …")
        HEAD + BODY + "Nơi nhận:                         TM. ỦY BAN NHÂN DÂN\n- Các Sở: Y tế, Tài chính,\n"
        "Kế hoạch và Đầu tư;                    CHỦ TỊCH\n- Lưu: VT.\n\n                        Trần Hữu Thế\n",
        [*OPENING, ("distribution", "Nơi nhận:"), ("signature", "Trần Hữu Thế")],
    ),
    (  # a label inside the list ("Bản giấy:"), the position on an item's line
        HEAD + BODY + "Nơi nhận:\n- Như trên;                            KT. CHỦ TỊCH\nBản giấy:\n"
        "- Thường trực Tỉnh ủy;                PHÓ CHỦ TỊCH\n- Lưu: VT, KGVX.\n\nLê Tấn Hổ\n",
        [*OPENING, ("distribution", "Nơi nhận:"), ("signature", "Lê Tấn Hổ")],
    ),
    (  # stamp noise printed beside items, and a page number after the list
        HEAD + BODY + "Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; ~ )Ặ ⁄ \n- UBND tỉnh (b/c); .Ø 2\n"
        "Phòng KHTC, Văn phòng Sở; ` ^\n- Lưu: VT.\n7\nPHÓ GIÁM ĐỐC\n(Đã ký)\nHồ Thị Nguyệt\n",
        [*OPENING, ("distribution", "Nơi nhận: KT."), ("signature", "PHÓ GIÁM ĐỐC")],
    ),
    (  # a wrapped item past one blank line opens in lower case; the name after a blank line is not one
        HEAD + BODY + "Nơi nhận:\n- Văn phòng Chính phủ (để báo cáo Thủ tướng\n\nvà các Phó Thủ tướng);\n"
        "- Lưu: VT.\n\nNguyễn Thanh Long\n",
        [*OPENING, ("distribution", "Nơi nhận:"), ("signature", "Nguyễn Thanh Long")],
    ),
    (  # a digital signature's stamp in the right column is the signature, even a "+07:00" line
        HEAD + BODY + "Nơi nhận:                                 GIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n"
        "                                          Sở Y tế\n                                          +07:00\n",
        [*OPENING, ("distribution", "Nơi nhận:"), ("signature", "Sở Y tế")],
    ),
]


def test_the_two_column_tail() -> None:
    _check(TAIL_ROWS)
