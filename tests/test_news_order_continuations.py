"""A news report's run of orders going on past its first paragraph (ANNOTATING, news convention; ids are ranks).

After a leader's order to a class of bodies, later paragraphs carry it on: the bodies again after a connector
("Đồng thời, các Bộ, ngành rà soát …") or after the year the deed falls in ("Năm 2027 các Bộ, ngành hoàn thành
…"), or the matter taken up and the deed with no subject ("Về công tác kiểm tra chuyên ngành, quán triệt …").
Not tasks: the same openings telling what was done ("Năm 2025, các Bộ, ngành đã cắt giảm …"), and a matter
followed by no deed ("Về công tác kiểm tra, kết quả còn hạn chế."). Every report below is made up for the test."""

from __future__ import annotations

from directive_extract import extract
from tests.test_news_order_paragraphs import implicit_task_failures

HEAD = "Đẩy mạnh cải cách thủ tục xuất nhập khẩu\n\n(12.03.2026 09:15)\n\n"
ORDER = (
    "Phát biểu kết luận phiên họp, Phó Thủ tướng yêu cầu các Bộ, ngành tập trung hoàn thành các mục tiêu năm "
    "2026 về cải cách thủ tục hành chính trong lĩnh vực xuất nhập khẩu.\n\n"
)

ROWS = [
    (  # the bodies again after a connector, and after the year of the deed
        ORDER + "Đồng thời, các Bộ, ngành rà soát các văn bản về quản lý chuyên ngành đối với hàng hóa nhập khẩu.\n\n"
        "Năm 2027 các Bộ, ngành hoàn thành việc sửa đổi các danh mục hàng hóa thuộc diện kiểm tra.\n",
        ["Phát biểu kết luận", "Đồng thời, các Bộ", "Năm 2027 các Bộ"],
    ),
    (  # the matter, then the deed with no subject: the bodies ordered before do it
        ORDER + "Về công tác kiểm tra chuyên ngành, quán triệt thực hiện nghiêm các nghị quyết của Chính phủ.\n",
        ["Phát biểu kết luận", "Về công tác kiểm tra"],
    ),
    (  # a deed with no subject: "làm tốt" opens an order as "đẩy mạnh" does
        ORDER + "Làm tốt công tác quy hoạch; cùng các địa phương giải quyết các vấn đề tồn đọng.\n",
        ["Phát biểu kết luận", "Làm tốt công tác"],
    ),
    (  # the same openings telling what was done, and a matter with no deed: no orders
        ORDER + "Năm 2025, các Bộ, ngành đã cắt giảm hơn 60% điều kiện kinh doanh không cần thiết.\n\n"
        "Về công tác kiểm tra chuyên ngành, kết quả còn hạn chế so với yêu cầu.\n",
        ["Phát biểu kết luận"],
    ),
]


def test_news_order_continuations() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


def test_the_bodies_named_again_lead_their_task() -> None:
    tasks = extract(HEAD + ROWS[0][0]).tasks
    assert [[(a.name, a.role) for a in task.agencies] for task in tasks[1:]] == [
        [("Các bộ, ngành Trung ương", "lead")],
        [("Các bộ, ngành Trung ương", "lead")],
    ]
