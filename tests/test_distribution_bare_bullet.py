"""A "Nơi nhận" bullet printed alone on its line, its item on the next (a scan's column break): the item's span opens
at its first letter, not at the line break. Made-up letter."""

from __future__ import annotations

from directive_extract import extract

LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 12/UBND-VX\nLong An, ngày 03 tháng 5 năm 2021\nV/v phòng, chống dịch\n\n"
    "Kính gửi: Sở Y tế\n\n1. Sở Y tế rà soát các điểm cách ly.\n\n"
    "Nơi nhận:\n- Như trên;\n-\nLưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Út\n"
)


def test_a_bare_bullets_item_span_opens_at_its_text() -> None:
    notice = extract(LETTER)
    for line in notice.distribution_spans:
        assert line.text == line.text.strip(), line
        assert LETTER[line.span[0] : line.span[1]] == line.text
