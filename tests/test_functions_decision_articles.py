"""A decision on a body's functions and duties, OCR'd: an article heading behind a speck of the scan ("- Điều 3.")
is the next article when its number follows the last one's, never a quote; the article on the body's organisation
and staff ("Cơ cấu tổ chức và biên chế") states content and holds no tasks (ANNOTATING.md, decisions 2). Each case
is made up for the test (none is a corpus sentence). An article's first clause whose "1" OCR read as a bracket or a
bar ("_— ], Trình …") is clause 1 when the next is "2."."""

from __future__ import annotations

from .test_decision_article_forms import top_ids
from .test_recognizers import check_table

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: 21/2025/QĐ-UBND\nBạc Liêu, ngày 03 tháng 9 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Về chức năng của Sở Dân tộc và Tôn giáo\n\nQUYẾT ĐỊNH:\n\n{body}\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLâm Văn Tâm\n"
)
DUTIES = (
    "Điều 1. Nhiệm vụ và quyền hạn\n\n1. Theo dõi đời sống đồng bào Khmer ở các ấp ven biển.\n\n"
    "2. Lập sổ theo dõi các cơ sở thờ tự trên toàn tỉnh.\n\n"
)
STAFF = "{speck}Điều 2. {title}\n\n1. Lãnh đạo gồm một Giám đốc và hai Phó Giám đốc.\n\n2. Văn phòng và hai phòng nghiệp vụ.\n\n"
EXECUTE = "Điều 3. Giám đốc Sở Dân tộc và Tôn giáo chịu trách nhiệm thi hành Quyết định này./."
EXPECTED = ["Điều 1.1", "Điều 1.2", "Điều 3"]


def _decision(speck: str, title: str) -> str:
    return DECISION.format(body=DUTIES + STAFF.format(speck=speck, title=title) + EXECUTE)


# (text, top-level task ids)
# fmt: off
SPECKED_ARTICLES = [
    # a dash or a stroke the scan read before the next article's heading: that article, holding no tasks
    (_decision("- ", "Cơ cấu tổ chức và biên chế"), EXPECTED),
    (_decision("_— ", "Cơ cấu tổ chức và biên chế"), EXPECTED),
    # the article printed clean: the same
    (_decision("", "Cơ cấu tổ chức và biên chế"), EXPECTED),
    # an article on staff alone states content too
    (_decision("", "Biên chế"), EXPECTED),
    # not: an article named out of sequence behind a dash is a bullet of the clause before it
    (DECISION.format(body=DUTIES + STAFF.format(speck="- ", title="Cơ cấu tổ chức").replace("Điều 2.", "Điều 7.")),
     ["Điều 1.1", "Điều 1.2", "Điều 1.1-2", "Điều 1.2-2"]),
]
# fmt: on


def test_an_article_behind_a_speck_and_an_organisation_article() -> None:
    check_table(SPECKED_ARTICLES, top_ids)


MISREAD = (
    "Điều 1. Nhiệm vụ và quyền hạn\n\n{first} Đề xuất với tỉnh các việc sau:\n\na) Phương án giữ rừng ngập mặn.\n\n"
    "b) Phương án nuôi tôm sạch.\n\n{second} Lập sổ theo dõi các cơ sở thờ tự trên toàn tỉnh.\n\n" + EXECUTE
)
# fmt: off
MISREAD_FIRST_CLAUSE = [
    (DECISION.format(body=MISREAD.format(first="_— ],", second="2.")), ["Điều 1.1", "Điều 1.2", "Điều 3"]),
    (DECISION.format(body=MISREAD.format(first="|.", second="2.")), ["Điều 1.1", "Điều 1.2", "Điều 3"]),
    # not: a bracket behind a quote, or one not followed by clause 2
    (DECISION.format(body=MISREAD.format(first="“],", second="2.")), ["Điều 1.a", "Điều 1.b", "Điều 1.2", "Điều 3"]),
    (DECISION.format(body=MISREAD.format(first="],", second="3.")), ["Điều 1.a", "Điều 1.b", "Điều 1.3", "Điều 3"]),
]
# fmt: on


def test_a_first_clause_whose_number_ocr_misread() -> None:
    check_table(MISREAD_FIRST_CLAUSE, top_ids)
