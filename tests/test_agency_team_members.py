"""The bodies a team is made of take part in what it is given: partners ("Tổ công tác gồm lãnh đạo các bộ, ngành:
…", "Đoàn kiểm tra gồm đại diện Sở Y tế, …"), and a note in brackets after one member of a list gives that member its
own role ("5 Bộ: Ngoại giao (chủ trì), Y tế, …": the list goes on after the note). After a body alone the note says
whose the work is, not the body's role ("phối hợp với Sở X (cơ quan chủ trì) tham mưu …"). Issue 9, after h10_22 and
h43_a1; the letter is made up for the test."""

from __future__ import annotations

from directive_extract import extract

LETTER = """VĂN PHÒNG CHÍNH PHỦ

Số: 88/TB-VPCP

THÔNG BÁO

1. Giao Phó Thủ tướng làm Tổ trưởng Tổ công tác, thành phần Tổ công tác gồm lãnh đạo các bộ, ngành: Xây dựng, Tài chính và Văn phòng Chính phủ; hoàn thành trong tháng 3.
2. Giao Tổ công tác gồm lãnh đạo 4 Bộ: Ngoại giao (chủ trì), Y tế, Công an, Quốc phòng rà soát quy trình cấp thị thực.
3. Thành lập Đoàn kiểm tra liên ngành gồm đại diện Bộ Công Thương, Bộ Y tế kiểm tra an toàn thực phẩm.
4. Bộ Nội vụ phối hợp với Bộ Tư pháp (cơ quan chủ trì) tham mưu hoàn thiện dự thảo Nghị định.
5. Giao các Bộ: Tài chính, Xây dựng (phối hợp), Công Thương rà soát các dự án.
"""


def test_a_team_s_members_are_partners_and_a_note_sets_one_apart() -> None:
    tasks = {task.id: [(a.name, a.role) for a in task.agencies] for task in extract(LETTER).tasks}
    assert ("Bộ Xây dựng", "coordinate") in tasks["1"]
    assert ("Bộ Tài chính", "coordinate") in tasks["1"]
    assert ("Văn phòng Chính phủ", "coordinate") in tasks["1"]
    assert ("Bộ Ngoại giao", "lead") in tasks["2"]
    for ministry in ("Bộ Y tế", "Bộ Công an", "Bộ Quốc phòng"):
        assert (ministry, "coordinate") in tasks["2"]
    assert ("Bộ Công Thương", "coordinate") in tasks["3"]
    assert ("Bộ Y tế", "coordinate") in tasks["3"]
    assert ("Bộ Tư pháp", "coordinate") in tasks["4"]
    assert tasks["5"] == [("Bộ Tài chính", "lead"), ("Bộ Xây dựng", "coordinate"), ("Bộ Công Thương", "lead")]
