"""Orders a report carries on with after its first one, and the heads it prints them under (ANNOTATING, news
convention):

- bodies, however many, then the formula sending them to act within their remit ("Các sở: A, B; Công an tỉnh;
  UBND các huyện căn cứ chức năng, nhiệm vụ được giao khẩn trương …"): an order to each;
- a body printed by the abbreviation of its type word ("UBND các huyện, thị xã chủ động …", "TTYT huyện …") does
  as one printed in full does; a body's own act by deciding it ("… thành lập Ban Chỉ huy …") orders no one;
- "VH,TT&DL" (the field's first part cut off by a comma) is one field of a shared head, not two;
- "Theo đó, …" on the line under a report's title printed without a stop opens the report's body;
- a portal's category printed in capitals above the title ("THÔNG TIN CHỈ ĐẠO ĐIỀU HÀNH") is no issuer, and a
  report under it names its giver as the speaker, not as an actor.

Every text below is made up for the test."""

from __future__ import annotations

import pytest

from directive_extract import extract

from .test_news_order_paragraphs import HEAD, implicit_task_failures

_LEAD = (
    "(HBTV) - Ngày 5/12, UBND tỉnh Hòa Bình ban hành văn bản chỉ đạo bảo đảm an toàn giao thông dịp Tết Nguyên đán.\n\n"
)
_FIRST = (
    "Theo đó, giao Văn phòng Ban An toàn giao thông tỉnh chủ trì xây dựng kế hoạch bảo đảm trật tự, an toàn giao "
    "thông trên địa bàn tỉnh, báo cáo Chủ tịch UBND tỉnh trước ngày 20/12.\n\n"
)

ROWS = [
    (  # a list of a dozen names with a colon and semicolons, then the remit formula: the next order
        _LEAD
        + _FIRST
        + "Các sở: Xây dựng, Y tế, Tài chính; Công an tỉnh; UBND các huyện, thành phố; Đài Phát thanh và Truyền hình "
        "tỉnh căn cứ theo chức năng, nhiệm vụ được giao khẩn trương triển khai các giải pháp bảo đảm an toàn giao "
        "thông.\n",
        ["Theo đó, giao Văn phòng", "Các sở: Xây dựng"],
    ),
    (  # the class under its type word's abbreviation, then an adverb and its deed: the next order
        _LEAD + _FIRST + "UBND các huyện, thành phố chủ động cân đối kinh phí tổ chức lực lượng tuần tra trên các "
        "tuyến đường liên xã.\n",
        ["Theo đó, giao Văn phòng", "UBND các huyện, thành"],
    ),
    (  # a time phrase, then a body's own act by deciding it: an event told, no order
        _LEAD + _FIRST + "Sáng cùng ngày, UBND tỉnh Hòa Bình thành lập Ban Chỉ huy tiền phương tại trụ sở Sở Xây "
        "dựng để điều phối lực lượng.\n",
        ["Theo đó, giao Văn phòng"],
    ),
]


def test_its_content_under_a_title_without_a_stop_opens_a_paragraph() -> None:
    body = (
        "Ngày 26/5, UBND tỉnh ban hành Công văn số 70/UBND-TN về công tác lập kế hoạch sử dụng đất trên địa bàn tỉnh\n"
        "Theo đó, giao các sở, ngành liên quan rà soát nhu cầu sử dụng đất của ngành, gửi báo cáo về Sở Tài nguyên và "
        "Môi trường trước ngày 28/5.\n"
        "UBND các huyện tổ chức đánh giá tình hình thực hiện kế hoạch sử dụng đất kỳ đầu, gửi báo cáo về Sở Tài "
        "nguyên và Môi trường trước ngày 28/5.\n"
    )
    failures = implicit_task_failures(HEAD, [(body, ["Theo đó, giao các sở", "UBND các huyện tổ chức"])])
    assert not failures, failures


def test_orders_carried_on_in_remit_and_under_abbreviated_heads() -> None:
    failures = implicit_task_failures(HEAD, ROWS)
    assert not failures, failures


@pytest.mark.parametrize("printed", ["VH,TT&DL", "VH, TT&DL"])
def test_a_field_cut_by_its_own_comma_is_one_member(printed: str) -> None:
    text = (
        "UBND TỈNH HÒA BÌNH\n\nSố: 12/UBND-VX\n\nKính gửi: Các sở, ngành\n\nUBND tỉnh yêu cầu:\n\n"
        f"1. Các sở: Y tế, {printed}, Tài chính kiểm tra việc tổ chức lễ hội đầu xuân.\n\n"
        "2. Sở Xây dựng bố trí lực lượng hướng dẫn giao thông.\n"
    )
    names = [agency.name for agency in extract(text).tasks[0].agencies]
    assert names == ["Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"], names


def test_a_portal_category_above_the_title_is_no_issuer() -> None:
    text = (
        "TIN TỨC CHỈ ĐẠO ĐIỀU HÀNH\n\nHỗ trợ người dân dịp Tết\n\n20/12/2024 09:15 SA\n\n"
        "Ngày 19/12, UBND tỉnh ban hành văn bản số 512/UBND-VX về việc hỗ trợ người dân dịp Tết.\n\n"
        "UBND tỉnh giao Sở Tài chính chủ trì bố trí kinh phí hỗ trợ các hộ nghèo, báo cáo kết quả về Bộ Tài chính "
        "trước ngày 10/01/2025.\n"
    )
    notice = extract(text)
    assert notice.header.issuer is None, notice.header.issuer
    roles = [(agency.name, agency.role) for task in notice.tasks for agency in task.agencies]
    assert ("Sở Tài chính", "lead") in roles, roles
    assert not any(name.startswith("Ủy ban nhân dân") and role == "lead" for name, role in roles), roles
