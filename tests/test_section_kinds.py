"""Sections as ANNOTATION.md "Sections" says: each paragraph before the items by how it opens, a news
text's title as its header, a two-column tail line with the part of its leftmost text."""

from __future__ import annotations

from directive_extract import extract

NOTICE = """ỦY BAN NHÂN DÂN
TỈNH LONG AN
Số: 45/TB-UBND
Long An, ngày 10 tháng 5 năm 2021
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh

Ngày 08/5/2021, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp Ban Chỉ đạo.

Thời gian qua, dịch bệnh diễn biến phức tạp, toàn tỉnh ghi nhận 12 ca mắc.

________

Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:

1. Sở Y tế tăng cường xét nghiệm.

2. Công an tỉnh kiểm soát chặt chẽ.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:                              KT. CHỦ TỊCH
- Như trên;                            PHÓ CHỦ TỊCH
- Lưu: VT.

                                       Nguyễn Văn Út
"""


def _kinds(text: str) -> list[tuple[str, str]]:
    notice = extract(text)
    return [(s.kind, text[s.span[0] : s.span[1]].strip().split("\n")[0][:24].strip()) for s in notice.sections]


def test_parts_of_a_notice() -> None:
    assert _kinds(NOTICE) == [
        ("header", "ỦY BAN NHÂN DÂN"),
        ("preamble", "Ngày 08/5/2021, đồng chí"),  # a meeting's account is context
        ("assessment", "Thời gian qua, dịch bệnh"),  # the situation; the rule line stays in it
        ("tasks", "Chủ tịch UBND tỉnh yêu c"),  # a bare lead-in opens the tasks
        ("closing", "Văn phòng UBND tỉnh thôn"),
        ("distribution", "Nơi nhận:"),  # both columns on the line: its leftmost text
        ("signature", "Nguyễn Văn Út"),
    ]


def test_a_news_title_is_the_header() -> None:
    text = "Quản lý, điều trị hiệu quả F0 tại nhà\n\nNhiều địa phương ghi nhận số ca mắc tăng.\n"
    assert [kind for kind, _ in _kinds(text)] == ["header", "assessment"]


def test_the_last_request_closes_the_body_and_is_no_part_of_the_last_task() -> None:
    text = NOTICE.replace(
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành triển khai thực hiện nghiêm túc các nội dung trên./.",
    )
    notice = extract(text)
    assert [kind for kind, _ in _kinds(text)][4] == "closing"
    assert notice.tasks[-1].text == "2. Công an tỉnh kiểm soát chặt chẽ."
    # the same words inside the list, not last, are a task's own
    inside = text.replace(
        "2. Công an tỉnh", "Ủy ban nhân dân tỉnh yêu cầu các sở triển khai thực hiện.\n\n2. Công an tỉnh"
    )
    assert [kind for kind, _ in _kinds(inside)][4] == "closing"
    assert "yêu cầu các sở triển khai" in extract(inside).tasks[0].text


def test_a_page_of_a_header_and_a_signature_only() -> None:
    for text in ("TM. CHỦ TỊCH", "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A"):
        notice = extract(text)
        assert notice.tasks == [] and notice.sections, text
