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


COMMA_BEFORE_THE_VERB = (
    "Thủ tướng chỉ đạo mở rộng bảo hiểm y tế\n\n"
    "(Báo Tin Tức) - Ngày 12/5/2027, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến về bảo hiểm y tế toàn dân.\n\n"
    "Tại hội nghị, nhiều địa phương cho biết tỷ lệ tham gia còn thấp.\n\n"
    "Từ thực tế đó, Thủ tướng Lê Văn Minh, chỉ đạo: “Tham gia bảo hiểm y tế là bắt buộc, đã được quy định trong "
    "Luật.\nQuyết tâm đến năm 2030 đạt trên 95% người dân tham gia.\n"
    "Trước hết là 63 Bí thư, 63 Chủ tịch phải làm việc này vì dân”.\n\n"
    "Cũng tại hội nghị, các ngành quan tâm, chỉ đạo sát sao.\n"
)


def test_a_comma_between_the_official_and_his_verb_still_gives_the_order() -> None:
    tasks = extract(COMMA_BEFORE_THE_VERB).tasks
    assert [task.text.split(",")[0] for task in tasks] == ["Từ thực tế đó"]


def test_the_one_who_has_issued_a_directive_is_its_speaker() -> None:
    report = (
        "Thủ tướng chỉ đạo tăng cường phòng, chống lụt bão\n\nThứ Năm, 14/08/2025 - 17:30\n\n"
        "Thủ tướng Chính phủ vừa có Chỉ thị các bộ, ngành khẩn trương kiện toàn Ban Chỉ huy phòng, chống thiên tai.\n"
    )
    names = [agency.name for agency in extract(report).tasks[0].agencies]
    assert "Thủ tướng Chính phủ" not in names and "Các bộ, ngành Trung ương" in names
