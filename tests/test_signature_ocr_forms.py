"""The signing column as OCR flattens it into the "Nơi nhận" list: its first line run on after the label
("Nơi nhận: KT.GIÁM ĐỐC", damaged: "ki GIAM ĐÔC"), its position after an item's closing mark ("- UBND tỉnh;
KT. CHU TỊCH"); and the Party's and an association's blocks ("T/M ĐẢNG ỦY", "TM. BAN CHẤP HÀNH" with no name). None is a corpus document."""

from __future__ import annotations

from directive_extract import extract

BODY = (
    "SỞ NỘI VỤ\n\nSố: 15/SNV-TCBC\nV/v rà soát biên chế\n\nKính gửi: Các sở, ngành.\n\n"
    "1. Các cơ quan rà soát biên chế năm 2024, gửi Sở Nội vụ trước ngày 30/6/2024./.\n\n"
)

CASES = [
    # (text, field, expected)
    (
        BODY + "Nơi nhận: KT.CHÁNH THANH TRA\n- Như trên;\n- Thanh tra tỉnh (b/c);\n- Lưu: VT, TCBC.\n\nLê Văn Tám\n",
        "distribution",
        ["Như trên", "Thanh tra tỉnh (b/c)", "Lưu: VT, TCBC"],
    ),
    (
        BODY + "Nơi nhận: KT.CHÁNH THANH TRA\n- Như trên;\n- Thanh tra tỉnh (b/c);\n- Lưu: VT, TCBC.\n\nLê Văn Tám\n",
        "authority",
        "KT.CHÁNH THANH TRA",
    ),
    (BODY + "Nơi nhận: ki GIAM ĐÔC\n- Như trên;\n- Lưu: VT.\n\nLê Văn Tám\n", "distribution", ["Như trên", "Lưu: VT"]),
    (BODY + "Nơi nhận: KT, PHO GIAM ĐOC\n- Như trên;\n- Lưu: VT.\n\nLê Văn Tám\n", "authority", "KT, PHO GIAM ĐOC"),
    (BODY + "Nơi nhận: ẩ ĩ ·\n- Như trên;\n- Lưu: VT.\n\nLê Văn Tám\n", "distribution", ["Như trên", "Lưu: VT"]),
    # an item on the label line stays an item
    (BODY + "Nơi nhận: Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Tám\n", "distribution", ["Như trên", "Lưu: VT"]),
    (
        BODY + "Nơi nhận: TT.TU, TT.HĐND;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Tám\n",
        "distribution",
        ["TT.TU, TT.HĐND", "Lưu: VT"],
    ),
    # the signing column after an item's closing mark, OCR-damaged
    (
        BODY + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên;\n- Thường trực Huyện ủy; KT. CHU TỊCH\n"
        "- Lưu: VT, NC.\n\nPhạm Văn Đồng\n",
        "distribution",
        ["Như trên", "Thường trực Huyện ủy", "Lưu: VT, NC"],
    ),
    (
        BODY + "Nơi nhận: KT. GIÁM ĐỐC\n- Như trên: Q PHÓ GIAM ĐÓC\n- Lưu: VT.\n\nLê Văn Tám\n",
        "distribution",
        ["Như trên", "Lưu: VT"],
    ),
    # capitals after a closing mark that hold no title are part of the item ("Các ban: TC-KH; QL-ĐT"), and so is
    # a school's name ("TRƯỜNG …": a title closes the signing column's line, a school's name opens with the word)
    (
        BODY + "Nơi nhận:\n- Các ban: TC-KH; QL-ĐT;\n- Lưu: VT, KT, TTHT.\n\nGIÁM ĐỐC\n\nLê Văn Tám\n",
        "distribution",
        ["Các ban: TC-KH; QL-ĐT", "Lưu: VT, KT, TTHT"],
    ),
    (
        BODY + "Nơi nhận:\n- Như trên;\n- Các đơn vị: PHÒNG GD&ĐT; TRƯỜNG THPT NGÔ QUYỀN;\n- Lưu: VT.\n\nGIÁM ĐỐC\n"
        "\nLê Văn Tám\n",
        "distribution",
        ["Như trên", "Các đơn vị: PHÒNG GD&ĐT; TRƯỜNG THPT NGÔ QUYỀN", "Lưu: VT"],
    ),
    (
        BODY + "Nơi nhận:\n- Như trên;\n- Ban Quản lý dự án: TRƯỜNG MẦM NON SAO MAI\n- Lưu: VT.\n\nGIÁM ĐỐC\n"
        "\nLê Văn Tám\n",
        "position",
        "GIÁM ĐỐC",
    ),
    # the Party's block and a presidium's, the name not printed
    (
        BODY + "Nơi nhận:\n- Các chi bộ trực thuộc;\n- Lưu VP.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nVũ Minh Khoa\n",
        "authority",
        "T/M ĐẢNG ỦY",
    ),
    (
        BODY + "Nơi nhận:\n- Các chi bộ trực thuộc;\n- Lưu VP.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nVũ Minh Khoa\n",
        "signer",
        "Vũ Minh Khoa",
    ),
    (
        BODY + "Nơi nhận:\n- Các chi hội cơ sở;\n- Lưu VP.\n\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\n",
        "authority",
        "TM. BAN CHẤP HÀNH",
    ),
    (BODY + "Nơi nhận:\n- Các chi hội cơ sở;\n- Lưu VP.\n\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\n", "signer", None),
    (
        BODY + "Nơi nhận:\n- Các sở;\n- Lưu VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNgô Thị Hà\n",
        "position",
        "PHÓ CHỦ TỊCH",
    ),
]


def _field(notice, field: str):
    if field == "distribution":
        return notice.distribution
    return getattr(notice.signature, field)


def test_signing_column_forms() -> None:
    failures = []
    for text, field, expected in CASES:
        got = _field(extract(text), field)
        if got != expected:
            failures.append((text[len(BODY) : len(BODY) + 50], field, expected, got))
    assert not failures, "\n".join(map(repr, failures))
