"""A news report's sapo whose order one body paragraph tells again in other words ("… UBND tỉnh đề nghị người dân
…" over "Tỉnh còn đề nghị bà con …", most of its words again, in another order) is the preamble, no task; a
sapo whose order the body does not tell again is the first one. A paragraph that names a text signed and then, in
its next sentence, "Theo đó, …" what it orders opens the text's measures: the paragraphs after it, a body and its
deed, are tasks. The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

TITLE = "Lào Cai khuyên người dân tránh lên núi khi rét đậm\n\nThứ Hai, 06/01/2025 - 06:45\n\n"
SAPO = (
    "Trước đợt rét hại kéo dài, UBND tỉnh Lào Cai đề nghị người dân không đưa gia súc lên núi chăn thả, nhất là "
    "vào ban đêm.\n\n"
)
BODY = (
    "Lãnh đạo tỉnh sáng nay ký, ban hành Chỉ thị khẩn về chống rét cho người và vật nuôi. Theo đó, tỉnh giao "
    "các huyện vùng cao rà soát chuồng trại của từng hộ.\n\n"
    "Các xã biên giới lập tổ kiểm tra chuồng trại và phát chăn ấm cho hộ nghèo.\n\n"
    "Tỉnh còn đề nghị bà con vào ban đêm không chăn thả gia súc trên núi, đưa vật nuôi vào chuồng kín gió.\n"
)
OTHER_BODY = "Các trường mầm non cho trẻ nghỉ học khi nhiệt độ xuống dưới 7 độ C.\n"


def test_a_sapo_whose_order_the_body_tells_again_is_no_task() -> None:
    openings = [task.text[:12] for task in extract(TITLE + SAPO + BODY).tasks]
    assert openings == ["Lãnh đạo tỉn", "Các xã biên ", "Tỉnh còn đề "]


def test_a_sapo_the_body_does_not_tell_again_is_the_first_task() -> None:
    tasks = extract(
        TITLE + SAPO + "Phó Chủ tịch tỉnh giao các huyện thống kê số gia súc chết rét.\n\n" + OTHER_BODY
    ).tasks
    assert tasks[0].text.startswith("Trước đợt rét hại")
