"""Sections of a news report that tells orders paragraph by paragraph (ANNOTATION.md "Sections", news convention of
the corpus notes): each run of reported orders is a tasks part, and the account between runs (done acts, figures,
forecasts) is assessment. The page's furniture falls in with them: a photo's caption stays in the part before it, a
sub-heading or a text's issuing between two orders stays inside the orders' part, what follows the last order (a
link's title, the byline) stays in it, and a sub-heading right above a paragraph heads that paragraph's part.
Rows: a report and the (kind, first characters of the first line) of its sections in order. Every report is made up
for the test."""

from __future__ import annotations

from tests.test_section_forms import _check

TITLE = "Các tỉnh Tây Nguyên gia cố đê bao trước lũ\n\nThứ Hai, 18/11/2024 - 07:15\n\n"
LEAD = "TTXVN - Sáng 17/11, mưa lớn kéo dài làm nước sông Đắk Bla dâng cao.\n\n"
ORDER_1 = "Chủ tịch UBND tỉnh Kon Tum yêu cầu các huyện ven sông gia cố đê bao trước 17h ngày 18/11.\n\n"
DONE = "Trong đêm qua, các xã ven sông đã chuyển 320 hộ lên các điểm cao.\n\n"
ORDER_2 = "Chủ tịch UBND tỉnh Gia Lai yêu cầu Sở Xây dựng kiểm tra các cầu tràn trên quốc lộ 19.\n\n"
FIGURES = "Từ đầu mùa mưa, toàn vùng có 14 điểm sạt lở với hơn 2.000 hộ bị ảnh hưởng.\n\n"
ORDER_3 = "Chủ tịch UBND tỉnh Đắk Lắk yêu cầu các huyện cấm người dân qua lại các ngầm tràn khi nước lên.\n"

HEADER = [("header", "Các tỉnh Tây N"), ("preamble", "TTXVN - Sáng 17")]

ROWS = [
    (  # runs of orders and the account between them alternate
        TITLE + LEAD + ORDER_1 + DONE + ORDER_2 + FIGURES + ORDER_3,
        [
            *HEADER,
            ("tasks", "Chủ tịch UBND tỉnh Kon"),
            ("assessment", "Trong đêm qua, các"),
            ("tasks", "Chủ tịch UBND tỉnh Gia"),
            ("assessment", "Từ đầu mùa mưa"),
            ("tasks", "Chủ tịch UBND tỉnh Đắk"),
        ],
    ),
    (  # a photo's caption after an order stays in the orders' part, before the account and between two orders
        TITLE
        + LEAD
        + ORDER_1
        + "Công nhân gia cố đê bao tại xã Sa Bình chiều 17/11. Ảnh: Hoàng Vũ.\n\n"
        + DONE
        + ORDER_2
        + "Xe tải chở đá hộc ra chân cầu tràn Ia Băng. Ảnh: Mai Lan.\n\n"
        + ORDER_3,
        [
            *HEADER,
            ("tasks", "Chủ tịch UBND tỉnh Kon"),
            ("assessment", "Trong đêm qua, các"),
            ("tasks", "Chủ tịch UBND tỉnh Gia"),
        ],
    ),
    (  # a photo its page links to the full-size file, and a stock photo's caption, stay in the orders' part too
        TITLE
        + LEAD
        + ORDER_1
        + "[![Đê bao ven sông Đắk Bla đoạn qua xã Sa Bình được gia cố bằng bao cát - Ảnh 1.]"
        + "(https://cdn.baokontum.example.vn/2024/11/17/de-bao-sa-binh-gia-co-17111520241117152233.jpg)]"
        + "(https://cdn.baokontum.example.vn/2024/11/17/de-bao-sa-binh-gia-co-17111520241117152233-full.jpg)\n\n"
        + "Ảnh minh họa/Nguồn: Báo Kon Tum\n\n"
        + DONE
        + ORDER_2,
        [
            *HEADER,
            ("tasks", "Chủ tịch UBND tỉnh Kon"),
            ("assessment", "Trong đêm qua, các"),
            ("tasks", "Chủ tịch UBND tỉnh Gia"),
        ],
    ),
    (  # a sub-heading and a text's issuing between two orders stay inside the orders' part
        TITLE
        + LEAD
        + ORDER_1
        + "Gia Lai\n\nCùng ngày, UBND tỉnh Gia Lai có công điện gửi những sở, ngành về đợt lũ.\n\n"
        + "Theo đó, người đứng đầu tỉnh Gia Lai yêu cầu Sở Xây dựng kiểm tra các cầu tràn trên quốc lộ 19.\n\n"
        + FIGURES
        + ORDER_3,
        [
            *HEADER,
            ("tasks", "Chủ tịch UBND tỉnh Kon"),
            ("assessment", "Từ đầu mùa mưa"),
            ("tasks", "Chủ tịch UBND tỉnh Đắk"),
        ],
    ),
    (  # a sub-heading right above an order heads the orders' part; one right above the account heads its part,
        # below a caption printed as a short line in the same paragraph
        TITLE
        + LEAD
        + ORDER_1
        + "Người dân kê cao đồ đạc tại thôn Kon Klor\nThiệt hại ban đầu\n\n"
        + DONE
        + "Gia Lai cấm xe qua cầu tràn\n\n"
        + ORDER_2,
        [
            *HEADER,
            ("tasks", "Chủ tịch UBND tỉnh Kon"),
            ("assessment", "Thiệt hại ban đầu"),
            ("tasks", "Gia Lai cấm xe qua"),
        ],
    ),
    (  # a caption that holds a sentence's end is no heading, though it stands right above an order
        TITLE + LEAD + DONE + "Toàn cảnh điểm cầu Kon Tum. (Nguồn: KTTV)\n\n" + ORDER_1,
        [*HEADER, ("assessment", "Trong đêm qua, các"), ("tasks", "Chủ tịch UBND tỉnh Kon")],
    ),
    (  # what follows the last order, a link's title and the byline, stays in its part
        TITLE + LEAD + ORDER_1 + DONE + ORDER_2 + "Gần 5.000 người dân Tây Nguyên sơ tán tránh lũ\n\n"
        "Hoàng Vũ - Mai Lan\n",
        [
            *HEADER,
            ("tasks", "Chủ tịch UBND tỉnh Kon"),
            ("assessment", "Trong đêm qua, các"),
            ("tasks", "Chủ tịch UBND tỉnh Gia"),
        ],
    ),
    (  # a ban issued, told between two orders, stays inside their part too
        TITLE + LEAD + ORDER_1 + "Tỉnh Kon Tum cũng có lệnh cấm đò ngang qua sông từ 0h ngày 19/11.\n\n" + ORDER_2,
        [*HEADER, ("tasks", "Chủ tịch UBND tỉnh Kon")],
    ),
]


def test_news_report_sections() -> None:
    _check(ROWS)
