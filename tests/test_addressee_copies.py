"""A letter's copies ("Đồng kính gửi: …", issue 9's addressee forms): the bodies listed there are addressees in the
header, informed of the letter, but the items that name no actor are the "Kính gửi" bodies' own, not theirs. The
letter is made up for the test."""

from __future__ import annotations

from directive_extract import extract

LETTER = """BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 123/BYT-DP
Hà Nội, ngày 5 tháng 3 năm 2024
V/v tăng cường phòng chống dịch sởi

Kính gửi:
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;
- Sở Y tế các tỉnh, thành phố.

Đồng kính gửi: Bộ Giáo dục và Đào tạo.

Trước tình hình dịch sởi gia tăng, Bộ Y tế đề nghị:

1. Chỉ đạo các đơn vị y tế tăng cường giám sát ca bệnh.

2. Đề nghị Bộ Giáo dục và Đào tạo chỉ đạo các trường học phối hợp.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Nguyễn Văn A
"""


def test_copies_are_addressees_but_not_the_items_actors() -> None:
    notice = extract(LETTER)
    assert notice.header.addressees == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Sở Y tế các tỉnh, thành phố",
        "Bộ Giáo dục và Đào tạo",
    ]
    leads = {task.id: [(a.name, a.role) for a in task.agencies] for task in notice.tasks}
    assert leads["1"] == [("Ủy ban nhân dân cấp tỉnh", "lead"), ("Sở Y tế cấp tỉnh", "lead")]
    assert leads["2"] == [("Bộ Giáo dục và Đào tạo", "lead")]  # named in its own item, it acts there
