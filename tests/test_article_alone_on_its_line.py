"""A decision's article printed as "Điều 2." alone on its line, its clauses the bullets under it (a PDF's text layer
prints it so): the article is a task holding them, as "Điều 2. Giao …" would be. The decision is made up for the
test."""

from __future__ import annotations

from directive_extract import extract

DECISION = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 12/QĐ-UBND\nĐà Nẵng, ngày 14 tháng 7 năm 2023\n\nQUYẾT ĐỊNH\n"
    "Phê duyệt danh mục điểm sinh hoạt cộng đồng\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt danh mục các điểm sinh hoạt cộng đồng tại các khu dân cư trên địa bàn thành phố.\n"
    "Điều 2.\n"
    "- Giao UBND các quận, huyện chủ trì triển khai đầu tư xây dựng các điểm sinh hoạt cộng đồng.\n"
    "- Giao Sở Tài chính chủ trì, phối hợp với UBND các quận, huyện đề xuất phương án xử lý nhà công sản.\n"
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
)


def test_an_article_alone_on_its_line_holds_its_bullets() -> None:
    tasks = extract(DECISION).tasks
    assert [t.id for t in tasks] == ["Điều 2"]
    assert [s.id for s in tasks[0].subtasks] == ["Điều 2.1", "Điều 2.2"]
    assert "Sở Tài chính" in {a.name for s in tasks[0].subtasks for a in s.agencies}
