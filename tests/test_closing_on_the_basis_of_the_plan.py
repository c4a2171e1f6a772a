"""A plan's closing paragraph may open "Trên cơ sở Kế hoạch này, yêu cầu …" instead of "Trên đây là Kế hoạch …":
it ends the last item's text there, as the usual formula does, rather than being read as the item's last lines
(issue 9, after h19). The plan is made up for the test."""

from __future__ import annotations

from directive_extract import extract

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN KỲ ANH

Số: 40/KH-UBND

KẾ HOẠCH
Tuyên truyền về an toàn thực phẩm năm 2026

III. TỔ CHỨC THỰC HIỆN

1. Phòng Văn hóa và Thông tin:

- Hướng dẫn các xã tuyên truyền trên hệ thống loa truyền thanh.

2. Trung tâm Văn hóa - Truyền thông huyện:

- Mở chuyên mục về an toàn thực phẩm trên sóng phát thanh.

Trên cơ sở Kế hoạch này, yêu cầu các phòng, ngành, UBND các xã cụ thể hóa chương trình hành động, tập trung chỉ đạo quyết liệt công tác bảo đảm an toàn thực phẩm./.
"""


def test_the_closing_on_the_basis_of_the_plan_ends_the_last_item() -> None:
    last = extract(PLAN).tasks[-1]
    assert last.id == "III.2"
    assert "Trên cơ sở" not in last.text
    assert last.text.rstrip().endswith("trên sóng phát thanh.")
