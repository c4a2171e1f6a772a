"""A shared head counted instead of "các" ("ba bộ: Y tế, Công Thương, VH-TT&DL": one ministry per member, as "các Bộ:"
reads), and the bodies "sự phối hợp giữa …" names are the doers, working together: leads, not partners (issue 9,
after h20). A count before another word is no head ("hai đơn vị: …"). A head's members printed in brackets after it
(after h22_f1). The letters are made up for the test."""

from __future__ import annotations

from directive_extract import extract

LETTER = """BỘ TÀI CHÍNH

Số: 77/BTC-VP

Kính gửi: Sở Tài chính các tỉnh, thành phố

1. Phải có sự phối hợp giữa ba bộ: Tài chính, Công Thương, VH-TT&DL để ban hành hướng dẫn trong quý II/2027.
2. Đề nghị hai bộ: Xây dựng, Nội vụ rà soát quy định.
3. Sở Tài chính phối hợp với Bộ Công Thương kiểm tra.
4. Phân công hai đơn vị: tổ kiểm tra và tổ giám sát thực hiện.
"""


def _agencies_by_task(letter: str) -> dict[str, list[tuple[str, str | None]]]:
    return {task.id: [(a.name, a.role) for a in task.agencies] for task in extract(letter).tasks}


def test_a_counted_head_names_its_members() -> None:
    tasks = _agencies_by_task(LETTER)
    assert tasks["1"] == [
        ("Bộ Tài chính", "lead"),
        ("Bộ Công Thương", "lead"),
        ("Bộ Văn hóa, Thể thao và Du lịch", "lead"),
    ]
    assert tasks["2"] == [("Bộ Xây dựng", "lead"), ("Bộ Nội vụ", "lead")]
    assert ("Bộ Công Thương", "coordinate") in tasks["3"]
    assert not any(name.startswith("Bộ") for name, _ in tasks["4"])


# the members of a shared head printed in brackets after it ("các Sở ngành (Tài chính, Xây dựng)"), and the bodies
# one meets with ("họp với …") are partners (h22_f1)
BRACKETED = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG

Số: 88/KH-STTTT

KẾ HOẠCH

1. Tổ chức hội nghị họp với các doanh nghiệp viễn thông, các Sở ngành (Tài chính, Xây dựng, Kế hoạch và Đầu tư) tháo gỡ khó khăn.
2. Giao các Sở (Y tế, Công Thương) kiểm tra an toàn thực phẩm.
3. Kiểm tra các xã (Hoành Mô, Quảng Đức) trên tuyến biên giới.
"""


def test_a_shared_head_s_members_in_brackets() -> None:
    tasks = _agencies_by_task(BRACKETED)
    assert tasks["1"] == [
        ("Sở Tài chính", "coordinate"),
        ("Sở Xây dựng", "coordinate"),
        ("Sở Kế hoạch và Đầu tư", "coordinate"),
    ]
    assert tasks["2"] == [("Sở Y tế", "lead"), ("Sở Công Thương", "lead")]
    assert tasks["3"] == []  # places where a check is made, no bodies
