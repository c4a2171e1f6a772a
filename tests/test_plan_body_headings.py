"""A plan's part that charges bodies item by item ("III. TỔ CHỨC THỰC HIỆN" over "1. Sở …", "2. Các sở, ngành")
whose next body heading lost its number in conversion ("UBND huyện, thị xã, thành phố" on a line of its own, then its
duties): that line is the next item. A line that names a body under an item that is no body's heading stays in the
item. Every text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LAM SƠN\n\nSố: 77/KH-UBND\n\nLam Sơn, ngày 3 tháng 4 năm 2025\n\nKẾ HOẠCH\n"
    "Tổ chức Tuần lễ sách mùa xuân\n\nI. MỤC ĐÍCH\n\nLan tỏa thói quen đọc sách trong cộng đồng.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
)
CHARGED = (
    "1. Sở Văn hóa, Thể thao và Du lịch\n\n- Dựng gian trưng bày sách tại quảng trường.\n\n"
    "2. Các sở, ban, ngành tỉnh\n\n- Giới thiệu sách của tác giả quê nhà tới bạn đọc.\n\n"
    "UBND huyện, thị xã, thành phố\n\n- Vận động thư viện xã mang sách về tham gia tuần lễ.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)
NOT_CHARGED = (
    "1. Sở Văn hóa, Thể thao và Du lịch\n\n- Dựng gian trưng bày sách tại quảng trường.\n\n"
    "2. Nguồn kinh phí\n\n- Nguồn ngân sách tỉnh năm 2025.\n\n"
    "UBND huyện, thị xã, thành phố\n\n- Vận động thư viện xã mang sách về tham gia tuần lễ.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def _charged(text: str) -> list[tuple[str, str]]:
    return [(task.id, task.text.split("\n", 1)[0]) for task in extract(text).tasks if task.id.startswith("II.")]


def test_a_body_heading_that_lost_its_number_is_the_next_item() -> None:
    assert _charged(HEAD + CHARGED) == [
        ("II.1", "1. Sở Văn hóa, Thể thao và Du lịch"),
        ("II.2", "2. Các sở, ban, ngành tỉnh"),
        ("II.3", "UBND huyện, thị xã, thành phố"),
    ]


def test_under_an_item_that_charges_no_body_the_line_stays_in_it() -> None:
    assert [task_id for task_id, _ in _charged(HEAD + NOT_CHARGED)] == ["II.1", "II.2"]
