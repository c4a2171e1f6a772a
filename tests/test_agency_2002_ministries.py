"""The ministries of the 2002-2007 Government that the 2007 restructuring merged away (agency_sources.csv cp2002,
Nghị quyết 02/2002/QH11): a text of those years names them by their name, in a shared-head list too, and each is a
body of its own, not a newer ministry. The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

LETTER = """THỦ TƯỚNG CHÍNH PHỦ

Số: 12/TTg-NN
Hà Nội, ngày 2 tháng 1 năm 2006

Kính gửi: Các Bộ, ngành

1. Các Bộ: Thủy sản, Thương mại, Công nghiệp phối hợp kiểm tra chất lượng hàng xuất khẩu.

2. Bộ Văn hóa - Thông tin hướng dẫn tuyên truyền về xuất khẩu.

3. Bộ Bưu chính, Viễn thông bảo đảm thông tin liên lạc thông suốt.
"""


def test_the_ministries_of_2002_are_bodies_of_their_own() -> None:
    tasks = extract(LETTER).tasks
    assert [[a.name for a in task.agencies] for task in tasks] == [
        ["Bộ Thủy sản", "Bộ Thương mại", "Bộ Công nghiệp"],
        ["Bộ Văn hóa - Thông tin"],
        ["Bộ Bưu chính, Viễn thông"],
    ]


# the flood and storm committees of the Pháp lệnh Phòng, chống lụt, bão (1993), a page of those years printing their
# field in small letters: "lụt bão" is a field's words (agency_names.tsv field_word), the name is read whole
def test_the_flood_and_storm_committees_printed_in_small_letters() -> None:
    tasks = extract(
        LETTER.split("1. Các Bộ")[0] + "1. Bộ Quốc phòng phối hợp chặt chẽ với Ban chỉ đạo phòng chống lụt bão trung "
        "ương và các tỉnh ven biển.\n\n2. Ban Chỉ huy phòng, chống lụt, bão tỉnh Quảng Ninh trực ban 24/24 giờ.\n"
    ).tasks
    assert [a.name.casefold() for a in tasks[0].agencies][:2] == [
        "bộ quốc phòng",
        "ban chỉ đạo phòng chống lụt bão trung ương",
    ]
    assert [a.name for a in tasks[1].agencies] == ["Ban Chỉ huy phòng, chống lụt, bão tỉnh Quảng Ninh"]
