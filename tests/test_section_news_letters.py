"""Sections of news reports, reprinted telegrams and scanned letters (ANNOTATION.md "Sections"), one table per
form, with cases written for the form rather than copied from the corpus. Rows: a text and the (kind, first
characters of the first line) of its sections in order; every failing row is collected, then the test fails once.
"""

from __future__ import annotations

from tests.test_section_forms import HEAD, _check

ORDERS = "1. Sở Y tế tăng cường kiểm tra.\n\n2. Sở Tài chính bố trí kinh phí.\n\n"
TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n"
NEWS_TITLE = "Thủ tướng yêu cầu bảo đảm an toàn hồ đập mùa mưa lũ\n\n"
NEWS_ORDERS = "Thủ tướng yêu cầu Bộ Nông nghiệp và Môi trường kiểm tra an toàn các hồ chứa trước ngày 30/9.\n"

# A news report: its title and the site's dateline ("Thứ Năm, 05/9/2024 - 08:15", page furniture) are the
# header; the lead that tells the act or the meeting ("TTXVN - Sáng 3/9, tại …", "… vừa ký công điện …") is
# the context; what the report goes on to tell before the orders is the situation, whatever its paragraphs
# open with ("Theo …", "Để …"), since a news account cites sources, not bases.
NEWS_ROWS = [
    (  # a dateline with its weekday, a lead with the agency's tag, a source cited, an account of a purpose
        NEWS_TITLE + "Thứ Năm, 05/9/2024 - 08:15\n\nTTXVN - Sáng 4/9, tại Hà Nội, Phó Thủ tướng chủ trì cuộc"
        " họp về an toàn hồ đập.\n\nTheo Cục Thủy lợi, cả nước có hơn 1.200 hồ chứa xuống cấp.\n\nĐể chủ động"
        " ứng phó, nhiều tỉnh đã hạ mực nước hồ.\n\n" + NEWS_ORDERS,
        [
            ("header", "Thủ tướng yêu cầu"),
            ("preamble", "TTXVN - Sáng 4/9"),
            ("assessment", "Theo Cục Thủy lợi"),
            ("tasks", "Thủ tướng yêu cầu"),
        ],
    ),
    (  # a bare date with its clock time; a lead that reports the signing; a forecast cited
        NEWS_TITLE + "05/9/2024 08:15 (GMT+7)\n\nThủ tướng Chính phủ vừa ký công điện về bảo đảm an toàn"
        " hồ đập.\n\nTheo dự báo của Trung tâm Dự báo khí tượng thủy văn quốc gia, mưa lớn còn kéo dài.\n\n"
        + NEWS_ORDERS,
        [
            ("header", "Thủ tướng yêu cầu"),
            ("preamble", "Thủ tướng Chính phủ"),
            ("assessment", "Theo dự báo của"),
            ("tasks", "Thủ tướng yêu cầu"),
        ],
    ),
    (  # the title run on by its lead with no blank line between
        "Thủ tướng yêu cầu bảo đảm an toàn hồ đập mùa mưa lũ\nVOV - Chiều 4/9, tại trụ sở Chính phủ, Thủ"
        " tướng họp với các bộ về an toàn hồ đập.\n\nNhiều hồ chứa đã đầy nước sau đợt mưa lớn.\n\n" + NEWS_ORDERS,
        [
            ("header", "Thủ tướng yêu cầu"),
            ("preamble", "VOV - Chiều 4/9"),
            ("assessment", "Nhiều hồ chứa đã"),
            ("tasks", "Thủ tướng yêu cầu"),
        ],
    ),
]


def test_news_reports() -> None:
    _check(NEWS_ROWS)


# A page that reprints a telegram: its "Công điện gửi: …" line is the addressee list of the header.
TELEGRAM_ROWS = [
    (
        "Ứng phó khẩn cấp với bão số 5\n\nNgày 20/8/2025, Bộ Quốc phòng có Công điện số 12/CĐ-BQP về ứng phó"
        " với bão số 5.\n\nCông điện gửi: Bộ Tư lệnh các Quân khu 3, 4; Bộ Tư lệnh Bộ đội Biên phòng.\n\n"
        "1. Các đơn vị duy trì nghiêm chế độ trực.\n\n2. Bộ Tư lệnh Bộ đội Biên phòng kêu gọi tàu thuyền vào"
        " nơi tránh trú.\n",
        [
            ("header", "Ứng phó khẩn cấp"),
            ("preamble", "Ngày 20/8/2025"),
            ("header", "Công điện gửi:"),
            ("tasks", "1. Các đơn vị duy"),
        ],
    ),
]


def test_reprinted_telegram() -> None:
    _check(TELEGRAM_ROWS)


# The paragraph before the items: "Theo <a report, a bulletin, a count, a body as the teller>, …" tells the
# situation (assessment), "Theo đề nghị của …" is a basis; the account of a meeting ("… họp từ ngày …", "Cuộc họp
# do … chủ trì", "Tham dự có …") is context; "Về việc này, X có ý kiến như sau:" answers the
# context above and opens no part of its own; a paragraph that tells facts and only then leads in to the
# orders ("… mưa lớn. Để ứng phó, UBND tỉnh yêu cầu:") goes by how it opens, so it is no bare lead-in.
LEAD_IN_ROWS = [
    (
        HEAD + "Theo thống kê của Chi cục Thú y, trong tháng 7 có 14 ổ dịch tại 5 huyện.\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("assessment", "Theo thống kê của"), ("tasks", "1. Sở Y tế tăng")],
    ),
    (
        HEAD + "Theo đề nghị của Sở Y tế tại Tờ trình số 8/TTr-SYT ngày 01/3/2022.\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Theo đề nghị của"), ("tasks", "1. Sở Y tế tăng")],
    ),
    (
        HEAD + "Ngày 05/3/2022, UBND tỉnh nhận được Tờ trình số 8/TTr-SYT của Sở Y tế về tiêm chủng.\n\n"
        "Về vấn đề này, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Ngày 05/3/2022"), ("tasks", "1. Sở Y tế tăng")],
    ),
    (
        HEAD + "Trong hai ngày 12 và 13/8, mưa lớn làm ngập nhiều tuyến đường nội thị. Để chủ động ứng phó,"
        " UBND tỉnh yêu cầu:\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("assessment", "Trong hai ngày"), ("tasks", "1. Sở Y tế tăng")],
    ),
    (  # the issuer reports its own act, its name long and holding commas: context, with the plan's purposes
        HEAD + "Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự xã Hòa Phong xây dựng"
        " Kế hoạch ứng phó mùa mưa bão năm 2026 như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Bảo đảm an toàn tính mạng"
        " của Nhân dân.\n\nII. NHIỆM VỤ CỤ THỂ\n\n1. Các thôn rà soát hộ dân vùng ngập.\n\n2. Trạm Y tế xã chuẩn bị"
        " cơ số thuốc.\n\n",
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Ban Chỉ huy phòng"), ("tasks", "II. NHIỆM VỤ CỤ")],
    ),
    (  # the account of the meeting a notice reports, whatever its first words: context
        HEAD + "Hội nghị Ban Thường vụ Huyện ủy lần thứ 7 họp từ ngày 02 đến ngày 03/3/2022 tại trụ sở Huyện ủy."
        "\n\nBuổi làm việc do đồng chí Bí thư Huyện ủy chủ trì. Tham dự có các đồng chí Ủy viên Ban Thường vụ."
        "\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Hội nghị Ban T"), ("tasks", "1. Sở Y tế tăng")],
    ),
    (  # the enacting formula, in markdown emphasis without its colon, closes the bases above it
        HEAD + "Căn cứ Luật Tổ chức chính quyền địa phương;\n\n**QUYẾT NGHỊ**\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Luật Tổ"), ("tasks", "1. Sở Y tế tăng")],
    ),
    (  # a list of bases whose next item names a law without repeating "Căn cứ"
        HEAD + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nNghị định số 30/2020/NĐ-CP"
        " ngày 05/3/2020 của Chính phủ về công tác văn thư;\n\nBộ luật Lao động ngày 20 tháng 11 năm 2019;\n\n"
        "Căn cứ Quyết định số 15/QĐ-UBND ngày 02/01/2022;\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Luật Tổ"), ("tasks", "1. Sở Y tế tăng")],
    ),
    (  # a blank line inside a paragraph (a scan's page break): the part in small letters goes on with it
        HEAD + "Thực hiện Chỉ thị số 05/CT-UBND ngày 02/02/2022 của UBND tỉnh về tăng cường phòng, chống\n\n"
        "dịch bệnh trong trường học, bảo đảm an toàn khi học sinh trở lại trường.\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Thực hiện Chỉ"), ("tasks", "1. Sở Y tế tăng")],
    ),
    (  # a letter that continues an earlier one opens with its basis
        HEAD + "Tiếp theo Công văn số 15/UBND-VX ngày 10/02/2022, UBND tỉnh chỉ đạo như sau:\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Tiếp theo Công"), ("tasks", "1. Sở Y tế tăng")],
    ),
]


def test_lead_ins() -> None:
    _check(LEAD_IN_ROWS)


# The closing formulas of a letter after its orders: the bare courtesy "Trân trọng./.", the thanks
# ("… trân trọng cảm ơn …", "… rất mong nhận được sự quan tâm …"), "Nhận được Kế hoạch này, …",
# "Căn cứ nội dung chỉ đạo nêu trên, các đơn vị …", "(Đính kèm là: …)".
CLOSING_ROWS = [
    (
        HEAD + "Căn cứ Kế hoạch số 5/KH-UBND của UBND tỉnh;\n\n" + ORDERS + ending + TAIL,
        [
            ("header", "ỦY BAN NHÂN DÂN"),
            ("preamble", "Căn cứ Kế hoạch"),
            ("tasks", "1. Sở Y tế tăng"),
            ("closing", ending[:14]),
            ("distribution", "Nơi nhận:"),
            ("signature", "KT. CHỦ TỊCH"),
        ],
    )
    for ending in (
        "Trân trọng!\n\n",
        "Sở Xây dựng trân trọng cảm ơn sự phối hợp của Quý cơ quan./.\n\n",
        "Nhận được Kế hoạch này, đề nghị các đơn vị khẩn trương triển khai./.\n\n",
        "Để công tác tiêm chủng đạt kết quả, Sở Y tế rất mong nhận được sự quan tâm của Quý cơ quan./.\n\n",
        "Căn cứ nội dung chỉ đạo nêu trên, các đơn vị khẩn trương triển khai thực hiện./.\n\n",
        "(Đính kèm là: Kế hoạch số 5/KH-UBND ngày 02/01/2022 của Ủy ban nhân dân tỉnh)\n\n",
    )
]


def test_closing_formulas() -> None:
    _check(CLOSING_ROWS)


# A scan that holds a letter and, after its tail, the document it forwards with a header of its own: the
# second document starts at its issuer and motto line (or the issuer line in capitals above a motto printed
# alone in its column), not in the signature, and its header is the context of what it goes on to say
# (preamble). The tail here is two columns flattened (the signing block beside the "Nơi nhận" items: a line
# belongs to its leftmost text) and ends with a page number.
TWO_COLUMN_TAIL = "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; CHỦ TỊCH\n- UBND các xã; Lê Văn Hòa\n- Lưu: VT.\n\n3\n\n"
FIRST_LETTER = HEAD + "Căn cứ Kế hoạch số 5/KH-UBND của UBND tỉnh;\n\n" + ORDERS + TWO_COLUMN_TAIL
FIRST_PARTS = [
    ("header", "ỦY BAN NHÂN DÂN"),
    ("preamble", "Căn cứ Kế hoạch"),
    ("tasks", "1. Sở Y tế tăng"),
    ("distribution", "Nơi nhận: TM. ỦY"),
]
SECOND_DOCUMENT_ROWS = [
    (
        FIRST_LETTER + "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN SƠN HÒA          Độc lập"
        " - Tự do - Hạnh phúc\n\nQUY CHẾ\nLàm việc của Ủy ban nhân dân huyện\n\nChương I\nQUY ĐỊNH CHUNG\n\n"
        "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định về nguyên tắc làm việc.\n",
        [*FIRST_PARTS, ("preamble", "ỦY BAN NHÂN DÂN")],
    ),
    (
        FIRST_LETTER + "TRƯỜNG: ……………\n                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                              Độc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\nKết quả tiêm chủng tại trường\n\n"
        "Số học sinh đã tiêm: ……\n",
        [*FIRST_PARTS, ("preamble", "TRƯỜNG: ……………")],
    ),
]


def test_second_document_after_the_tail() -> None:
    _check(SECOND_DOCUMENT_ROWS)


# An appendix that is a report form for the recipients to fill in (blanks of dots to write on): its headings
# ("I. THÔNG TIN CHUNG", "II. TÌNH HÌNH VÀ KẾT QUẢ …", "III. NHIỆM VỤ, GIẢI PHÁP …") are the form's, not parts of the letter,
# so the whole form is one part, and it orders nothing (preamble).
LETTER = HEAD + "Căn cứ Kế hoạch số 5/KH-UBND của UBND tỉnh;\n\n" + ORDERS + TAIL
FORM_ROWS = [
    (
        LETTER + "\nPhụ lục: MẪU BÁO CÁO KẾT QUẢ TIÊM CHỦNG\n(Kèm theo Công văn số 12/UBND-VX)\n\nI. THÔNG TIN CHUNG\n"
        "1. Tên đơn vị: ..........................\n2. Người liên hệ: ..........................\n"
        "II. TÌNH HÌNH VÀ KẾT QUẢ TRIỂN KHAI\n1. Số người đã tiêm: ..........................\n"
        "III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI\n"
        "..........................................\n",
        [
            ("header", "ỦY BAN NHÂN DÂN"),
            ("preamble", "Căn cứ Kế hoạch"),
            ("tasks", "1. Sở Y tế tăng"),
            ("distribution", "Nơi nhận:"),
            ("signature", "KT. CHỦ TỊCH"),
            ("preamble", "Phụ lục: MẪU BÁO"),
        ],
    ),
]


def test_a_form_to_fill_in() -> None:
    _check(FORM_ROWS)
