"""The signer's name printed on the line of a distribution item.

Form: a two-column tail (nơi nhận on the left, the signing block on the right) flattened to text puts the
signer's name, the block's last line, at the end of one of the last items: after the item's closing mark
("- Lưu: VT, NV. Trần Văn An") or a wide gap ("- Lưu: VT.            Trần Văn An"). The name is the signer
and not part of the item. A title-case body or place at the end of an item is not a name. Cases invented.
"""

from __future__ import annotations

from directive_extract import extract

BODY = "ỦY BAN NHÂN DÂN HUYỆN A\nSố: 12/UBND-VP\nV/v phòng chống bão\n\nGiao Phòng Nông nghiệp theo dõi.\n\n"

# fmt: off
CASES = [  # (the tail, the signer, the distribution items)
    ("Nơi nhận:                         KT. CHỦ TỊCH\n- Như trên;                       PHÓ CHỦ TỊCH\n"
     "- Lưu: VT, NN.                    Đỗ Thị Mai\n",
     "Đỗ Thị Mai", ["Như trên", "Lưu: VT, NN"]),
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Sở Nông nghiệp; CHỦ TỊCH\n- Các xã, thị trấn; Hoàng Văn Bình\n"
     "- Lưu: VT.\n",
     "Hoàng Văn Bình", ["Sở Nông nghiệp", "Các xã, thị trấn", "Lưu: VT"]),
    ("Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT, KHTC (Hg). Phan Quốc Việt\n",
     "Phan Quốc Việt", ["Như trên", "Lưu: VT, KHTC (Hg)"]),
    # a body in title case at the end of an item stays in the item
    ("Nơi nhận:                         KT. CHỦ TỊCH\n- Như trên;                       PHÓ CHỦ TỊCH\n"
     "- Trường Tiểu học Lê Văn Tám;\n- Lưu: VT.\n\n                                  Vũ Minh Tâm\n",
     "Vũ Minh Tâm", ["Như trên", "Trường Tiểu học Lê Văn Tám", "Lưu: VT"]),
    # a recipient named after a single space, the signing column not yet seen: a recipient, not the signer
    ("Nơi nhận:\n- Như trên;\n- Đ/c PCT. Lê Văn Hùng\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n",
     "Trần Văn Bình", ["Như trên", "Đ/c PCT. Lê Văn Hùng", "Lưu: VT"]),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT, Lê Thị Hoa\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n",
     "Trần Văn Bình", ["Như trên", "Lưu: VT, Lê Thị Hoa"]),
    # the digital signature's place printed above the name, in title case: the family-name-led name wins
    ("Nơi nhận:                         KT. GIÁM ĐỐC\n- Như trên;                       PHÓ GIÁM ĐỐC\n- Lưu: VT.\n"
     "                                      Sở Nông nghiệp\n                                      Tỉnh Cà Mau\n"
     "\n                                      Lâm Thị Hoa\n",
     "Lâm Thị Hoa", ["Như trên", "Lưu: VT"]),
    # an attached regulation after the tail: its "Chương I" does not replace the column's signer
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như Điều 3; CHỦ TỊCH\n- Lưu: VT. Đinh Văn Khoa\n\nQUY ĐỊNH\nChương I\n"
     "QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\n",
     "Đinh Văn Khoa", ["Như Điều 3", "Lưu: VT"]),
]
# fmt: on


def test_a_signer_printed_beside_an_item_is_the_signer_and_not_in_the_item() -> None:
    failures = []
    for tail, signer, items in CASES:
        notice = extract(BODY + tail)
        got_items = list(notice.distribution)
        if notice.signature.signer != signer or got_items != items:
            failures.append((tail[-40:], notice.signature.signer, got_items))
    assert not failures, failures
