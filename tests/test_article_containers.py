"""Articles and chapters as containers (ANNOTATING.md, settled 1 and 2; decisions 2). An article heading is a
top-level container: it closes a roman part printed before it, never nests under it. The roman parts an enacting
article holds ("Điều 1. Phê duyệt … với những nội dung chủ yếu sau:" over "I. MỤC TIÊU", "II. GIẢI PHÁP", then "Điều
2.") are what the decision approves, no order; so are the parts printed before "Điều 2." when the first page with
"Điều 1." is lost. Each case is made up for the test (none is a corpus sentence)."""

from __future__ import annotations

from directive_extract import extract

from .test_recognizers import check_table

DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 412/QĐ-TTg\nHà Nội, ngày 09 tháng 5 năm 2024\n\nQUYẾT ĐỊNH\n"
    "Phê duyệt Đề án phát triển cây dược liệu\n\nQUYẾT ĐỊNH:\n\n{body}\n\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n\n"
    "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Văn Hòa\n"
)
# the approved scheme's parts: a target, then solutions worded as deeds with no body named
SCHEME = (
    "II. MỤC TIÊU\n\n1. Đến năm 2030 diện tích vùng trồng cây dược liệu đạt 60 nghìn héc ta.\n\n"
    "III. GIẢI PHÁP CHỦ YẾU\n\n1. Bổ sung cơ chế hỗ trợ vùng trồng cây dược liệu\n\n"
    "a) Rà soát chính sách đất đai cho vùng trồng tập trung.\n\nb) Khuyến khích liên kết giữa nông hộ và nhà máy.\n\n"
    "2. Phát triển giống cây dược liệu bản địa có năng suất cao.\n\n"
)
CARRY_OUT = (
    "Điều 2. Tổ chức thực\nhiện\n\n1. Bộ Nông nghiệp và Môi trường chủ trì hướng dẫn từng tỉnh quy hoạch vùng "
    "trồng.\n\n2. Ủy ban nhân dân các tỉnh bố trí quỹ đất cho vùng trồng cây dược liệu.\n\n"
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    "Điều 4. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định này./."
)


def top_ids(text: str) -> list[str]:
    return [task.id for task in extract(text).tasks]


# (text, top-level task ids)
# fmt: off
APPROVED = [
    # the first page lost: the scheme's parts stand before "Điều 2."; the article closes them and holds its clauses
    (DECISION.format(body=SCHEME + CARRY_OUT), ["Điều 2.1", "Điều 2.2", "Điều 4"]),
    # printed whole: "Điều 1. Phê duyệt … sau:" holds the parts up to "Điều 2."
    (DECISION.format(body="Điều 1. Phê duyệt Đề án phát triển cây dược liệu với những nội dung chủ yếu sau:\n\n"
                          + SCHEME.replace("II. MỤC", "I. MỤC").replace("III. GIẢI", "II. GIẢI") + CARRY_OUT),
     ["Điều 2.1", "Điều 2.2", "Điều 4"]),
]
# fmt: on


def test_an_article_closes_the_roman_parts_before_it_and_the_parts_it_approves_order_nothing() -> None:
    check_table(APPROVED, top_ids)
