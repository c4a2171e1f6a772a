"""News reports of orders and a directive's last paragraph (issue 9, forms read after sealed set h32):

- a report's paragraph that announces what follows and ends with a stop ("… nghiêm túc thực hiện các nội dung sau.")
  is a lead-in, no order of its own;
- an urgency word right after a directive word told as reported ("… đã có chỉ đạo khẩn trương nhằm …") is that
  report's, no order;
- a body whose place is glued to its level by a stop ("Sở Tài chính TP.HCM phối hợp …") opens an order as any body
  does, right after another order;
- after a directive's numbered items, a paragraph naming the bodies that carry the text out ("Thủ trưởng …, UBND các
  xã … nghiêm túc triển khai thực hiện chỉ thị này.") is an order of the whole text, not the last item's continuation.

Every text below is made up for the test."""

from __future__ import annotations

from directive_extract import extract
from tests.test_news_order_paragraphs import implicit_task_failures

HEAD = "Khắc phục cơ sở vật chất trường học xuống cấp\n\nThứ Hai, 22/9/2025 - 09:10\n\n"

ROWS = [
    (
        "Thời gian qua dư luận phản ánh nhiều trường học xuống cấp. Để khắc phục, Chủ tịch UBND tỉnh Nguyễn Văn A "
        "đã có chỉ đạo khẩn trương nhằm khắc phục tình trạng này.\n\n"
        "Theo đó, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và UBND các xã nghiêm túc thực hiện các nội dung sau.\n\n"
        "Giao Sở Giáo dục và Đào tạo chủ trì rà soát cơ sở vật chất các trường học trước ngày 30/9.\n\n"
        "Sở Tài chính TP.HCM phối hợp với Sở Giáo dục và Đào tạo tham mưu phương án phân bổ kinh phí.\n",
        ["Giao Sở Giáo dục", "Sở Tài chính TP.HCM"],
    ),
]


def test_report_lead_ins_and_subjects() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


DIRECTIVE = (
    "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 07/CT-UBND\nKon Tum, ngày 19 tháng 2 năm 2024\n\nCHỈ THỊ\n"
    "Về tăng cường quản lý hộ tịch\n\nĐể thực hiện tốt công tác hộ tịch, Ủy ban nhân dân tỉnh chỉ thị:\n\n"
    "1. Sở Tư pháp chủ trì hướng dẫn nghiệp vụ hộ tịch cho cán bộ tư pháp cấp xã.\n\n"
    "2. Công an tỉnh xác minh hồ sơ kết hôn khi có đề nghị của Sở Tư pháp.\n\n"
    "3. Sở Thông tin và Truyền thông phối hợp với Báo Kon Tum tuyên truyền pháp luật về hôn nhân.\n\n"
)


def test_the_bodies_that_carry_the_directive_out() -> None:
    tail = (
        "Thủ trưởng các sở, ban, ngành liên quan, UBND các huyện, UBND các xã, phường, thị trấn nghiêm túc triển "
        "khai thực hiện chỉ thị này.\n"
    )
    tasks = extract(DIRECTIVE + tail).tasks
    assert [t.id for t in tasks] == ["1", "2", "3", "p1"]
    assert {a.name for a in tasks[3].agencies} >= {"Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"}


def test_a_decisions_last_article_keeps_who_carries_it_out() -> None:
    # "Điều 3. … có hiệu lực …" then the paragraph naming who carries the decision out: one article (the article's
    # own last paragraph, as the decisions of the corpus print it)
    decision = (
        "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 07/QĐ-UBND\nKon Tum, ngày 19 tháng 2 năm 2024\n\nQUYẾT ĐỊNH\n"
        "Về kế hoạch thời gian năm học\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Giao Sở Giáo dục và Đào tạo hướng dẫn các trường thực hiện kế hoạch thời gian năm học.\n\n"
        "Điều 2. Giao Sở Tài chính bố trí kinh phí.\n\n"
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo chịu trách nhiệm thi hành Quyết định "
        "này./.\n"
    )
    assert [t.id for t in extract(decision).tasks] == ["Điều 1", "Điều 2", "Điều 3"]
