"""Sections of a news report's top and lead (ANNOTATION.md "Sections"; the corpus notes' news convention). The
header is the title and what is printed with it: the dateline (tests/test_news_datelines.py), a section's name or a
saved page's frame above it, a title cut short, the title printed again under the dateline. The lead under them
sums up what is ordered, planned or just decided (preamble) or tells the situation (assessment); in the account
after it, a basis opening tells the story unless it sets the context of orders reported. Every page is made up for
the test."""

from __future__ import annotations

from tests.test_news_datelines import FRAME, LEAD, ORDER, TITLE
from tests.test_section_forms import _check

HEADER = ("header", TITLE)
SECTION_ROWS = [
    (  # a feed's time stamp under the title is the header's
        TITLE + "\n2025-05-15T06:40:00+07:00\n\n" + LEAD + ORDER,
        [HEADER, ("assessment", "Mưa đá kèm lốc"), ("tasks", "Chủ tịch UBND")],
    ),
    (  # a section's name, the dateline, then the title: all the header's
        "Xã hội\n\nThứ Năm, 15/5/2025, 06:40 (GMT+7)\n\n" + TITLE + "\n\n" + LEAD + ORDER,
        [("header", "Xã hội"), ("assessment", "Mưa đá kèm lốc"), ("tasks", "Chủ tịch UBND")],
    ),
    (  # a title cut short ("..."), the feed's date, the title again as a link's text
        TITLE + " ...\nWed, 14 May 2025 21:05:00 +0700\n" + TITLE + " ...\n\n" + LEAD + ORDER,
        [HEADER, ("assessment", "Mưa đá kèm lốc"), ("tasks", "Chủ tịch UBND")],
    ),
    (  # a page saved whole: its frame down to the dateline, and the title under it, are the header
        FRAME + TITLE + "\n" + LEAD + ORDER,
        [("header", "![](https://so"), ("assessment", "Mưa đá kèm lốc"), ("tasks", "Chủ tịch UBND")],
    ),
]


def test_news_page_tops() -> None:
    _check(SECTION_ROWS)


# The lead under the title sums up what the report tells is ordered, planned or just decided (preamble), or tells
# the situation (assessment); a sub-heading printed right above it heads its part.
TOP = TITLE + "\n\nThứ Năm, 15/05/2025 - 06:40\n\n"
LEAD_ROWS = [
    (TOP + LEAD + ORDER, [HEADER, ("assessment", "Mưa đá kèm lốc"), ("tasks", "Chủ tịch UBND")]),
    (  # a plan
        TOP + "Các hộ có nhà bị tốc mái sẽ được huyện hỗ trợ tấm lợp và 2 triệu đồng mỗi hộ.\n\n" + ORDER,
        [HEADER, ("preamble", "Các hộ có nhà"), ("tasks", "Chủ tịch UBND")],
    ),
    (  # a forecast is no plan
        TOP + "Một vùng mây dông có khả năng hình thành trong chiều nay và sẽ gây mưa đá ở vùng cao.\n\n" + ORDER,
        [HEADER, ("assessment", "Một vùng mây d"), ("tasks", "Chủ tịch UBND")],
    ),
    (  # an act just done, with the sub-heading above it
        TOP + "Thiệt hại ở vùng cao\n\nChủ tịch UBND huyện Mường Lát vừa đến thăm các hộ bị tốc mái ở bản Pù Quăn."
        "\n\n" + LEAD + ORDER,
        [
            HEADER,
            ("preamble", "Thiệt hại ở vùng"),
            ("assessment", "Mưa đá kèm lốc"),
            ("tasks", "Chủ tịch UBND"),
        ],
    ),
    (  # a teaser cut short ("… ...") is the lead, no sub-heading of the tagged paragraph after it
        TOP + "Tại bản Pù Quăn, Chủ tịch UBND huyện vừa đến kiểm tra những mái nhà tốc mái và ...\n\n"
        "(MLT) - " + LEAD + ORDER,
        [HEADER, ("preamble", "Tại bản Pù Quă"), ("assessment", "(MLT) - Mưa đá"), ("tasks", "Chủ tịch UBND")],
    ),
    (  # a photo's caption under the lead, closed by its source, stays in the lead's part
        TOP + "Chủ tịch UBND huyện Mường Lát vừa đến thăm các gia đình ở bản Pù Quăn.\n\n"
        "Chủ tịch UBND huyện hỏi thăm một gia đình bị tốc mái. (Nguồn: Cổng TTĐT huyện)\n\n" + LEAD + ORDER,
        [HEADER, ("preamble", "Chủ tịch UBND"), ("assessment", "Mưa đá kèm lốc"), ("tasks", "Chủ tịch UBND")],
    ),
    (  # a lead under its source tag in brackets; the paragraph under a photo's caption opens its own part
        TOP + "(MLT) - Chiều 15/5, Chủ tịch UBND huyện Mường Lát đến làm việc cùng xã Pù Nhi về nhà tốc mái.\n"
        "[img]\nChủ tịch UBND huyện nói chuyện với cán bộ xã. Ảnh: T.LAN\n"
        "Báo cáo của UBND xã Pù Nhi cho thấy, 48 ngôi nhà bị tốc mái, 12 hộ đang ở nhờ nhà người thân.\n\n" + ORDER,
        [HEADER, ("preamble", "(MLT) - Chiều 1"), ("assessment", "Báo cáo của UBN"), ("tasks", "Chủ tịch UBND")],
    ),
    (  # a stance
        TOP + "Chủ tịch UBND huyện khẳng định: không để hộ nào bị tốc mái phải ở ngoài trời qua đêm.\n\n" + ORDER,
        [HEADER, ("preamble", "Chủ tịch UBND"), ("tasks", "Chủ tịch UBND")],
    ),
]


def test_news_leads() -> None:
    _check(LEAD_ROWS)


# In the account after the lead, a paragraph that opens like a basis ("Theo …", "Để …") tells the story
# (assessment), unless it sets the context of orders reported, as in a directive: the text reported, a text issued,
# or the lead-in to the orders.
ACCOUNT_ROWS = [
    (
        TOP + LEAD + "Đây là nội dung công văn UBND huyện Mường Lát gửi các xã vùng cao chiều 15/5.\n\n" + ORDER,
        [HEADER, ("assessment", "Mưa đá kèm lốc"), ("preamble", "Đây là nội dung"), ("tasks", "Chủ tịch UBND")],
    ),
    (
        TOP + LEAD + "Theo ông Lò Văn Sáu, trưởng bản Pù Quăn, đây là trận mưa đá lớn nhất trong mười năm.\n\n" + ORDER,
        [HEADER, ("assessment", "Mưa đá kèm lốc"), ("tasks", "Chủ tịch UBND")],
    ),
    (
        TOP
        + LEAD
        + "Ngày 15/5, UBND huyện Mường Lát có công văn số 88/UBND-NN về khôi phục nhà tốc mái sau mưa đá.\n\n"
        + "Theo dự báo, mưa dông còn kéo dài đến hết tuần.\n\n"
        + ORDER,
        [
            HEADER,
            ("assessment", "Mưa đá kèm lốc"),
            ("preamble", "Ngày 15/5, UBND"),
            ("assessment", "Theo dự báo, m"),
            ("tasks", "Chủ tịch UBND"),
        ],
    ),
    (
        TOP
        + LEAD
        + "Để sớm ổn định đời sống người dân, Tổ công tác của huyện đề nghị các xã:\n\n"
        + "Huy động dân quân giúp các hộ lợp lại mái nhà trước ngày 18/5.\n",
        [HEADER, ("assessment", "Mưa đá kèm lốc"), ("preamble", "Để sớm ổn định"), ("tasks", "Huy động dân q")],
    ),
]


def test_news_account_context() -> None:
    _check(ACCOUNT_ROWS)
