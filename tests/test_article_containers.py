"""Articles and chapters as containers (ANNOTATING.md, settled 1 and 2; decisions 2). An article heading is a
top-level container: it closes a roman part printed before it, never nests under it. The roman parts an enacting
article holds ("Điều 1. Phê duyệt … với những nội dung chủ yếu sau:" over "I. MỤC TIÊU", "II. GIẢI PHÁP", then "Điều
2.") are what the decision approves, no order; so are the parts printed before "Điều 2." when the first page with
"Điều 1." is lost. Each case is made up for the test (none is a corpus sentence)."""

from __future__ import annotations

from directive_extract import extract

from .test_decision_article_forms import top_ids
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


CODE = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nBỘ QUY TẮC GIAO TIẾP NƠI CÔNG SỞ\n\n"
    "Chương I\nQUY ĐỊNH CHUNG\n\nI. Mục đích\n\nXây dựng nếp giao tiếp văn minh giữa người dân và công chức.\n\n"
    "Chương II\nQUY TẮC GIAO TIẾP CHUNG\n\n1. Chào hỏi người đến liên hệ công việc.\n\n"
    "2. Không to tiếng, cãi vã tại phòng tiếp dân.\n\n"
    "Chương III\nQUY TẮC GIAO TIẾP CỤ THỂ\n\nI. Khi tiếp dân\n\n1. Lắng nghe ý kiến của người dân đến cuối.\n\n"
    "Chương IV\nTỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ hướng dẫn các cơ quan niêm yết Bộ quy tắc tại phòng tiếp dân.\n\n"
    "2. Ủy ban nhân dân các huyện kiểm tra việc thực hiện Bộ quy tắc tại các xã./.\n"
)
REGULATION = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\n\nQUY ĐỊNH\nPhân công quản lý chợ nông thôn\n\n"
    "Chương I\n\nNHỮNG QUY ĐỊNH CHUNG\n\nĐiều 1. Quy định này áp dụng cho các chợ nông thôn trên địa bàn huyện.\n\n"
    "Chương II\n\nTRÁCH NHIỆM CỦA CÁC CƠ QUAN\n\nĐiều 2. Trách nhiệm của Phòng Kinh tế và Hạ tầng\n\n"
    "1. Lập danh mục các điểm chợ tạm cần giải tỏa.\n\n2. Hướng dẫn tiểu thương sắp xếp lại quầy hàng.\n"
)
# (text, top-level task ids)
# fmt: off
CHAPTERS = [
    # a chapter with a roman numeral over items is a roman container; the chapters of conduct norms order no body
    (CODE, ["IV.1", "IV.2"]),
    # chapters over articles: the articles stand alone, the chapter headings hold none
    (REGULATION, ["Điều 2.1", "Điều 2.2"]),
]
# fmt: on


def test_a_chapter_is_a_roman_container_and_only_chapters_titled_by_tasks_hold_them() -> None:
    check_table(CHAPTERS, top_ids)


def sections_of(text: str) -> list[tuple[str, str]]:
    notice = extract(text)
    return [(part.kind, text[part.span[0] : part.span[0] + 9]) for part in notice.sections]


# (text, each section's kind and first characters)
# fmt: off
CHAPTER_SECTIONS = [
    # a part starts at its chapter heading (the title's note and a title above the marker: test_chapter_heads.py)
    (CODE, [("header", "ỦY BAN NH"), ("preamble", "Chương I\n"), ("tasks", "Chương IV")]),
    (REGULATION, [("header", "ỦY BAN NH"), ("preamble", "Chương I\n"), ("tasks", "Chương II")]),
]
# fmt: on


def test_a_part_starts_at_its_chapter_heading() -> None:
    check_table(CHAPTER_SECTIONS, sections_of)
