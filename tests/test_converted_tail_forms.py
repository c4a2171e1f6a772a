"""The tail of converted texts: the "Nơi nhận" list and the signing block as a .docx converted to markdown prints
them (one table row, markdown emphasis around the label, items run together after ";"), as OCR of two columns
prints them, and as a news page prints its byline. Every case is invented, none is a corpus document."""

from __future__ import annotations

from directive_extract import extract

from .test_table_tail import tail_row_failures

BODY = (
    "SỞ XÂY DỰNG\n\nSố: 41/SXD-QLN\nV/v rà soát nhà ở xuống cấp\n\nKính gửi: Các phòng, đơn vị trực thuộc.\n\n"
    "1. Các đơn vị thống kê nhà chung cư cũ, gửi Sở Xây dựng trước ngày 15/8/2025./.\n\n"
)

# (row, (authority, position, signer), distribution)
# fmt: off
ROWS = [
    # emphasis three deep around the label, an item's bullet glued to the ";" before it
    ("| ***Nơi nhận:*** - Như Điều 4;- Sở Nông nghiệp tỉnh Kon Tum; - Lưu: VT, QLĐT. | "
     "**KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG     Đoàn Văn Khải** |",
     ("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Đoàn Văn Khải"), ["Như Điều 4", "Sở Nông nghiệp tỉnh Kon Tum", "Lưu: VT, QLĐT"]),
    ("| _Nơi nhận:_ - Các hộ kinh doanh ven sông;- Lưu: VP. | TRƯỞNG BAN Lý Thị Nhàn |",
     (None, "TRƯỞNG BAN", "Lý Thị Nhàn"), ["Các hộ kinh doanh ven sông", "Lưu: VP"]),
]
# fmt: on


def test_a_markdown_table_row_tail() -> None:
    failures = tail_row_failures(ROWS)
    assert not failures, "\n".join(failures)


CASES = [
    # (text, field, expected)
    # a tone mark the normalizer moves ("uỷ" read as "ủy") is printed back: the list is kept as printed
    (
        BODY + "Nơi nhận:\n- Thường trực Huyện uỷ;\n- Toà án huyện Mỹ Xuyên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Tám\n",
        "distribution",
        ["Thường trực Huyện uỷ", "Toà án huyện Mỹ Xuyên", "Lưu: VT"],
    ),
]

NEWS = (
    "Tây Ninh yêu cầu khẩn trương nạo vét kênh tiêu trước mùa mưa\n\nThứ Hai, 12/05/2025 - 09:40\n\n"
    "UBND Tây Ninh vừa yêu cầu các huyện nạo vét xong kênh tiêu nội đồng trước ngày 30/5.\n"
    "Sở Nông nghiệp được giao kiểm tra tiến độ, gửi kết quả mỗi tuần.\n\n"
)
CASES += [
    # a news text's byline, alone at the left margin after the last paragraph, signs nothing
    (NEWS + "Hoàng Minh Tuấn\n", "signer", None),
    (NEWS + "Hoàng Minh Tuấn\nNông dân xã Tân Phong nạo vét kênh tiêu hôm 10/5.\n", "signer", None),
    # a name printed in the right column is a signer's, also in a page that reprints a conclusion
    (NEWS + " " * 60 + "Hoàng Minh Tuấn\n", "signer", "Hoàng Minh Tuấn"),
]

# a list OCR spread over many lines (a blank line after each item): the signing block after its last item
_MANY = "".join(f"- Hợp tác xã nuôi tôm ấp {k};\n\n" for k in range(1, 24))
CASES += [
    (
        BODY + "Nơi nhận:\n" + _MANY + "- Lưu: VT.\n\nKT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\nTạ Quang Vinh\n",
        "signer",
        "Tạ Quang Vinh",
    ),
]

# OCR of a scan lost the label's first letter at the margin ("ơi nhận:"), the signing column run on after it
CASES += [
    (
        BODY + "ơi nhận: TM. BAN QUẢN LÝ DỰ ÁN\n- Ban Quản lý chợ Bà Rịa;\n- Lưu: VT.\n\nTRƯỞNG BAN\n\nLâm Thị Yến\n",
        "distribution",
        ["Ban Quản lý chợ Bà Rịa", "Lưu: VT"],
    ),
    (
        BODY + "oi nhận: TM. BAN QUẢN LÝ DỰ ÁN\n- Ban Quản lý chợ Bà Rịa;\n- Lưu: VT.\n\nTRƯỞNG BAN\n\nLâm Thị Yến\n",
        "authority",
        "TM. BAN QUẢN LÝ DỰ ÁN",
    ),
]

# items an OCR'd list wraps: a capital line carries on an item left open (no closing mark, or a comma inside a
# label's list of units), a lower-case line also past one blank line; two items may share a line after ";"
CASES += [
    (
        BODY
        + "Nơi nhận:\n- Ban Chỉ đạo chống ngập các phường\nVĩnh Hòa, Phước Long;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Tám\n",
        "distribution",
        ["Ban Chỉ đạo chống ngập các phường Vĩnh Hòa, Phước Long", "Lưu: VT"],
    ),
    (
        BODY
        + "Nơi nhận:\n- Sở Xây dựng: GĐ, các PGĐ,\nVăn phòng Sở, Thanh tra Sở,\n\ncác phòng chuyên môn;\n- Lưu: VT.\n\n"
        "GIÁM ĐỐC\n\nLê Văn Tám\n",
        "distribution",
        ["Sở Xây dựng: GĐ, các PGĐ, Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn", "Lưu: VT"],
    ),
    (
        BODY + "Nơi nhận:\n- Câu lạc bộ hưu trí xã Tân Hòa; - Đoàn Thanh niên xã Tân Hòa;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\n"
        "Lê Văn Tám\n",
        "distribution",
        ["Câu lạc bộ hưu trí xã Tân Hòa", "Đoàn Thanh niên xã Tân Hòa", "Lưu: VT"],
    ),
    (
        BODY + "Nơi nhận:\n- Hội đồng quản trị các hợp tác xã\nrau an toàn; - Phòng Kinh tế thị xã;\n- Lưu: VT.\n\n"
        "GIÁM ĐỐC\n\nLê Văn Tám\n",
        "distribution",
        ["Hội đồng quản trị các hợp tác xã rau an toàn", "Phòng Kinh tế thị xã", "Lưu: VT"],
    ),
    # a closed item is not carried on; the archive line closes the list; a signing title after "; -" is no item
    (
        BODY
        + "Nơi nhận:\n- Các hợp tác xã rau an toàn;\nBản điện tử gửi các xã.\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Tám\n",
        "distribution",
        ["Các hợp tác xã rau an toàn", "Lưu: VT"],
    ),
    (
        BODY
        + "Nơi nhận:\n- Các hợp tác xã rau an toàn;\n- Lưu: VT, KT\nBản điện tử gửi các xã\n\nGIÁM ĐỐC\n\nLê Văn Tám\n",
        "distribution",
        ["Các hợp tác xã rau an toàn", "Lưu: VT, KT"],
    ),
    (
        BODY + "Nơi nhận:\n- Các hợp tác xã rau an toàn; - PHÓ GIÁM ĐỐC\n- Lưu: VT.\n\nLê Văn Tám\n",
        "distribution",
        ["Các hợp tác xã rau an toàn", "Lưu: VT"],
    ),
]


def _field(notice, field: str):
    if field == "distribution":
        return notice.distribution
    return getattr(notice.signature, field)


def test_converted_tail_forms() -> None:
    failures = []
    for text, field, expected in CASES:
        notice = extract(text)
        got = _field(notice, field)
        if got != expected:
            failures.append((text[len(BODY) : len(BODY) + 60], field, expected, got))
        for line in notice.distribution_spans:
            if text[line.span[0] : line.span[1]] != line.text:
                failures.append(("span", line))
    assert not failures, "\n".join(map(repr, failures))


def _section_starts(text: str) -> list[tuple[str, str]]:
    """(kind, first line's text) of each section."""
    out = []
    for section in extract(text).sections:
        start, end = section.span
        body = text[start:end].lstrip()
        out.append((section.kind, body.split("\n", 1)[0].strip()))
    return out


def test_stamp_noise_under_the_list_stays_in_its_part() -> None:
    """A line of stamp noise with no word ("Zh") right under the list's last item: the signing block starts at
    its authority, not at the noise."""
    text = (
        BODY
        + "Nơi nhận:\n- Ban Quản lý chợ Bà Rịa;\n- Lưu: VT, QLN.\n       Xq\n \nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLâm Thị Yến\n"
    )
    kinds = _section_starts(text)
    assert ("distribution", "Nơi nhận:") in kinds, kinds
    assert ("signature", "KT. GIÁM ĐỐC") in kinds, kinds
