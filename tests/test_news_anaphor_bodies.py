"""A news report names a body again by its type word alone as the subject of a deed ("Bộ cần lập …"): it
is the body of that type the report named last before it, though it names other bodies of that type further on.
The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

NEWS = (
    "Chính phủ chỉ đạo cấp nước sạch cho vùng hạn mặn\n\nThứ Sáu, 07/03/2025 - 15:20\n\n"
    "Phó Thủ tướng giao Bộ Tài chính bố trí ngay kinh phí để các tỉnh khoan giếng và mua bồn trữ nước.\n\n"
    "Bộ cần lập phương án cấp nước ngọt bằng xà lan cho các xã cù lao trước mùa khô.\n\n"
    "Bên cạnh đó, Bộ Y tế phối hợp với Bộ Xây dựng kiểm tra chất lượng nước tại các trạm cấp nước nông thôn.\n"
)


def test_the_type_word_alone_is_the_body_named_last_before_it() -> None:
    tasks = extract(NEWS).tasks
    assert tasks[1].text.startswith("Bộ cần lập")
    assert [agency.name for agency in tasks[1].agencies] == ["Bộ Tài chính"]
