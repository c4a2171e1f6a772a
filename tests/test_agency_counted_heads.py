"""A shared head counted instead of "các" ("ba bộ: Y tế, Công Thương, VH-TT&DL": one ministry per member, as "các Bộ:"
reads), and the bodies "sự phối hợp giữa …" names are the doers, working together: leads, not partners (issue 9,
after h20). A count before another word is no head ("hai đơn vị: …"). The letter is made up for the test."""

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


def test_a_counted_head_names_its_members() -> None:
    tasks = {task.id: [(a.name, a.role) for a in task.agencies] for task in extract(LETTER).tasks}
    assert tasks["1"] == [
        ("Bộ Tài chính", "lead"),
        ("Bộ Công Thương", "lead"),
        ("Bộ Văn hóa, Thể thao và Du lịch", "lead"),
    ]
    assert tasks["2"] == [("Bộ Xây dựng", "lead"), ("Bộ Nội vụ", "lead")]
    assert ("Bộ Công Thương", "coordinate") in tasks["3"]
    assert not any(name.startswith("Bộ") for name, _ in tasks["4"])
