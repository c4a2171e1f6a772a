"""News reporting an order by who speaks it: a sector whose words are printed in small letters ("ngành y tế kêu gọi
…", "toàn ngành giáo dục yêu cầu …") gives the order as an authority does; a paragraph that is a speaker's account
("Theo ông A, … .") tells the order given in a later sentence ("Hiện nay, Sở X đã yêu cầu …"). Each is a task whose
speaker is no agency of it. The text is made up for the test."""

from __future__ import annotations

from directive_extract import extract

NEWS = (
    "Tỉnh siết kiểm tra rau quả trước mùa lễ hội\n\nThứ Năm, 20/02/2025 - 07:30\n\n"
    "Trong tuần qua, lượng rau quả từ các tỉnh lân cận đưa về chợ đầu mối tăng gần gấp đôi.\n\n"
    "Theo ông Lò Văn Thiện, phần lớn số hàng này chưa rõ nguồn gốc vì thương lái gom từ nhiều vùng trồng. "
    "Hiện nay, Chi cục Thú y đã yêu cầu các ban quản lý chợ lập sổ theo dõi từng lô hàng nhập về.\n\n"
    "Để người tiêu dùng yên tâm, ngành nông nghiệp khuyến cáo các hợp tác xã dán tem truy xuất lên từng thùng hàng.\n"
)

OPENINGS = ["Theo ông Lò Văn Thiện", "Để người tiêu dùng yên tâm"]


def test_a_sector_and_a_speakers_account_tell_orders() -> None:
    tasks = extract(NEWS).tasks
    assert [(task.id, task.text[: len(opening)]) for task, opening in zip(tasks, OPENINGS, strict=True)] == [
        ("p1", OPENINGS[0]),
        ("p2", OPENINGS[1]),
    ]


def test_the_body_that_ordered_in_the_account_is_its_speaker() -> None:
    account = extract(NEWS).tasks[0]
    assert "Chi cục Thú y" not in [agency.name for agency in account.agencies]
