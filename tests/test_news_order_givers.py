"""The body that gives an order a news report tells is its speaker, no agency of it: one that signs and issues the
text ("Chủ tịch UBND tỉnh A vừa ký ban hành công điện …"), and one named after the order its sentence told, ending
the sentence with its verb ("Sở X gia cố …, UBND tỉnh A chỉ đạo."). A body a verb of submitting makes the one to
issue ("trình UBND tỉnh ban hành …") is no speaker. The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

NEWS = (
    "Hà Tĩnh cấm tàu cá rời bến từ trưa mai\n\nChủ Nhật, 14/09/2025 - 18:05\n\n"
    "Chủ tịch UBND tỉnh Hà Tĩnh vừa ký ban hành công điện yêu cầu các huyện ven biển gọi tàu thuyền về bến.\n\n"
    "Sở Công Thương dự trữ đủ xăng dầu cho các trạm bơm tiêu úng trong ba ngày tới, UBND tỉnh Hà Tĩnh chỉ đạo.\n\n"
    "Chủ tịch tỉnh cũng giao Sở Nội vụ trình UBND tỉnh Hà Tĩnh ban hành quy chế khen thưởng người cứu hộ.\n"
)


def test_the_one_who_signs_the_text_is_its_speaker() -> None:
    task = extract(NEWS).tasks[0]
    assert task.text.startswith("Chủ tịch UBND tỉnh Hà Tĩnh vừa ký")
    assert not any("Hà Tĩnh" in agency.name for agency in task.agencies)


def test_the_body_named_after_its_order_is_its_speaker() -> None:
    task = extract(NEWS).tasks[1]
    assert [(agency.name, agency.role) for agency in task.agencies] == [("Sở Công Thương", "lead")]


def test_a_body_submitted_to_is_no_speaker() -> None:
    task = extract(NEWS).tasks[2]
    assert [agency.role for agency in task.agencies if agency.name.endswith("Hà Tĩnh")] == ["report_to"]
