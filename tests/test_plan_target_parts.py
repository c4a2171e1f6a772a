"""A plan's part of targets ("II. CHỈ TIÊU") states figures it aims at, no order; with its tasks ("II. CHỈ TIÊU,
NHIỆM VỤ") it is tasks (issue 9: plans of unseen documents). Invented text."""

from __future__ import annotations

import pytest

from directive_extract import extract

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN GIO LINH

Số: 55/KH-UBND

Gio Linh, ngày 3 tháng 4 năm 2024

KẾ HOẠCH
Phòng chống dịch sốt xuất huyết năm 2024

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích: Giảm số ca mắc.

2. Yêu cầu: Các đơn vị phối hợp chặt chẽ.

II. {part}

- 100% ổ dịch được xử lý.
- Tỷ lệ mắc dưới 50/100.000 dân.

III. TỔ CHỨC THỰC HIỆN

1. Phòng Y tế huyện
- Tham mưu UBND huyện ban hành văn bản chỉ đạo.
- Tổng hợp, báo cáo kết quả về UBND huyện trước ngày 25 hằng tháng.

2. Trung tâm Y tế huyện
- Giám sát ca bệnh, xử lý ổ dịch.
- Phối hợp với Phòng Giáo dục và Đào tạo tổ chức tuyên truyền trong trường học.

3. UBND các xã, thị trấn
- Chỉ đạo Trạm Y tế xã tổ chức chiến dịch diệt lăng quăng.

4. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể
- Vận động nhân dân tham gia.

Trên đây là Kế hoạch phòng chống dịch sốt xuất huyết năm 2024, yêu cầu các đơn vị nghiêm túc thực hiện./.

Nơi nhận:
- Sở Y tế;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn C
"""


@pytest.mark.parametrize(
    ("part", "first_ids"),
    [
        ("CHỈ TIÊU", ["III.1", "III.2"]),
        ("CÁC CHỈ TIÊU CHỦ YẾU", ["III.1", "III.2"]),
        ("CHỈ TIÊU, NHIỆM VỤ", ["II", "III.1"]),
    ],
)
def test_a_part_of_targets_is_no_task(part: str, first_ids: list[str]) -> None:
    assert [task.id for task in extract(PLAN.format(part=part)).tasks][:2] == first_ids
