"""Sections of news reports, reprinted telegrams and scanned letters (ANNOTATION.md "Sections"), one table per
form, with invented cases written for the form (no row is a sentence of a corpus document or shaped after one).
Rows: a text and the (kind, first characters of the first line) of its sections in order; every failing row is
collected, then the test fails once.
"""

from __future__ import annotations

from tests.test_section_forms import HEAD, _check

ORDERS = "1. Sở Xây dựng rà lại các cầu treo.\n\n2. Sở Tài chính cấp vốn sửa cầu.\n\n"
FIRST_TASK = ("tasks", "1. Sở Xây dựng rà")
TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hòa\n"
NEWS_TITLE = "Phó Thủ tướng yêu cầu bình ổn giá phân bón vụ đông xuân\n\n"
NEWS_ORDERS = "Phó Thủ tướng giao Bộ Công Thương theo dõi sát giá phân bón tại các đại lý cấp hai.\n"

# A news report: its title and the site's dateline ("Thứ Hai, 13/10/2025 - 10:20", page furniture) are the
# header; the lead that tells the act or the meeting ("TTXVN - Sáng 12/10, tại …", "… vừa ký văn bản …") is
# the context; what the report goes on to tell before the orders is the situation, whatever its paragraphs
# open with ("Theo …", "Để …"), since a news account cites sources, not bases.
NEWS_ROWS = [
    (  # a dateline with its weekday, a lead with the agency's tag, a source cited, an account of a purpose
        NEWS_TITLE + "Thứ Hai, 13/10/2025 - 10:20\n\nTTXVN - Sáng 12/10, tại Cần Thơ, Phó Thủ tướng làm việc"
        " với các doanh nghiệp phân bón.\n\nTheo Hiệp hội Phân bón, giá urê đã tăng gần 20% sau ba tuần.\n\nĐể giữ"
        " giá, một số nhà máy đã tăng ca sản xuất.\n\n" + NEWS_ORDERS,
        [
            ("header", "Phó Thủ tướng y"),
            ("preamble", "TTXVN - Sáng 12"),
            ("assessment", "Theo Hiệp hội"),
            ("tasks", "Phó Thủ tướng g"),
        ],
    ),
    (  # a bare date with its clock time; a lead that reports the signing; a forecast cited
        NEWS_TITLE + "13/10/2025 10:20 (GMT+7)\n\nPhó Thủ tướng vừa ký văn bản về bình ổn giá phân bón.\n\n"
        "Theo dự báo của các hiệp hội ngành hàng, nhu cầu phân bón sẽ tăng mạnh trong quý IV.\n\n" + NEWS_ORDERS,
        [
            ("header", "Phó Thủ tướng y"),
            ("preamble", "Phó Thủ tướng v"),
            ("assessment", "Theo dự báo của"),
            ("tasks", "Phó Thủ tướng g"),
        ],
    ),
    (  # the title run on by its lead with no blank line between
        "Phó Thủ tướng yêu cầu bình ổn giá phân bón vụ đông xuân\nVOV - Chiều 12/10, tại Cần Thơ, Phó Thủ tướng"
        " họp với các nhà máy phân bón phía Nam.\n\nNhiều đại lý đã ngừng bán chịu cho nông dân.\n\n" + NEWS_ORDERS,
        [
            ("header", "Phó Thủ tướng y"),
            ("preamble", "VOV - Chiều 12/10"),
            ("assessment", "Nhiều đại lý đ"),
            ("tasks", "Phó Thủ tướng g"),
        ],
    ),
]


def test_news_reports() -> None:
    _check(NEWS_ROWS)


# A page that reprints a telegram: its "Công điện gửi: …" line is the addressee list of the header.
TELEGRAM_ROWS = [
    (
        "Chống rét cho bộ đội và Nhân dân vùng cao\n\nNgày 04/01/2026, Bộ Chỉ huy Quân sự tỉnh Lào Cai có Công"
        " điện số 03/CĐ-BCH về chống rét.\n\nCông điện gửi: Ban Chỉ huy Quân sự các xã biên giới; Đồn Biên"
        " phòng Bát Xát.\n\n1. Các đơn vị cấp đủ chăn ấm cho chiến sĩ mới.\n\n2. Đồn Biên phòng Bát Xát giúp"
        " dân che chắn chuồng trâu.\n",
        [
            ("header", "Chống rét cho b"),
            ("preamble", "Ngày 04/01/2026"),
            ("header", "Công điện gửi:"),
            ("tasks", "1. Các đơn vị cấp"),
        ],
    ),
]


def test_reprinted_telegram() -> None:
    _check(TELEGRAM_ROWS)


# The paragraph before the items: "Theo <a report, a bulletin, a count, a body as the teller>, …" tells the
# situation (assessment), "Theo đề nghị của …" is a basis; the account of a meeting ("… họp từ ngày …", "Buổi
# làm việc do … điều hành", "Tham dự có …") is context; "Về nội dung này, X có ý kiến như sau:" answers the
# context above and opens no part of its own; a paragraph that tells facts and only then leads in to the
# orders ("… tốc mái. Để sớm khắc phục, UBND tỉnh đề nghị:") goes by how it opens, so it is no bare lead-in.
LEAD_IN_ROWS = [
    (
        HEAD + "Theo thống kê của Hạt Kiểm lâm, từ đầu mùa khô đã có 9 vụ cháy thảm cỏ.\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("assessment", "Theo thống kê của"), FIRST_TASK],
    ),
    (
        HEAD + "Theo đề nghị của Sở Xây dựng tại Tờ trình số 31/TTr-SXD ngày 14/4/2023.\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Theo đề nghị của"), FIRST_TASK],
    ),
    (
        HEAD + "Ngày 11/4/2023, UBND tỉnh nhận được Báo cáo số 27/BC-SGTVT về sụt lún mặt đường.\n\n"
        "Về nội dung này, Chủ tịch UBND tỉnh có ý kiến như sau:\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Ngày 11/4/2023"), FIRST_TASK],
    ),
    (
        HEAD + "Cơn lốc chiều qua làm tốc mái 60 ngôi nhà ở hai xã ven biển. Để sớm khắc phục,"
        " UBND tỉnh đề nghị:\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("assessment", "Cơn lốc chiều qua"), FIRST_TASK],
    ),
    (  # the issuer reports its own act, its name long and holding commas: context, with the plan's purposes
        HEAD + "Hội đồng thi đua, khen thưởng phường Tân An xây dựng kế hoạch khen thưởng dịp Tết năm 2026 như"
        " sau:\n\nI. MỤC ĐÍCH\n\n1. Ghi nhận kịp thời người tốt việc tốt.\n\nII. NHIỆM VỤ TRỌNG TÂM\n\n1. Các"
        " khu phố đề xuất gương điển hình.\n\n2. Văn phòng phường lập hồ sơ khen thưởng.\n\n",
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Hội đồng thi đua"), ("tasks", "II. NHIỆM VỤ TRỌ")],
    ),
    (  # the account of the meeting a notice reports, whatever its first words: context
        HEAD + "Tổ công tác liên ngành về đất đai họp từ ngày 15 đến ngày 16/4/2023 tại nhà văn hóa thôn Hạ."
        "\n\nBuổi làm việc do Tổ trưởng tổ công tác điều hành. Tham dự có trưởng các thôn."
        "\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Tổ công tác liên"), FIRST_TASK],
    ),
    (  # the enacting formula, in markdown emphasis without its colon, closes the bases above it
        HEAD + "Căn cứ Luật Tổ chức chính quyền địa phương;\n\n**QUYẾT NGHỊ**\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Luật Tổ"), FIRST_TASK],
    ),
    (  # a list of bases whose next item names a law without repeating "Căn cứ"
        HEAD + "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;\nNghị định số 67/2018/NĐ-CP"
        " ngày 14/5/2018 của Chính phủ quy định chi tiết Luật Thủy lợi;\n\nBộ luật Dân sự ngày 24 tháng 11 năm 2015;\n\n"
        "Căn cứ Quyết định số 88/QĐ-UBND ngày 09/01/2023;\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Căn cứ Luật Thủy"), FIRST_TASK],
    ),
    (  # a blank line inside a paragraph (a scan's page break): the part in small letters goes on with it
        HEAD + "Thực hiện Kế hoạch số 19/KH-UBND ngày 06/3/2023 của UBND tỉnh về kiểm tra các chung cư cũ,\n\n"
        "nhà tập thể xuống cấp trước mùa mưa năm nay.\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Thực hiện Kế hoạch"), FIRST_TASK],
    ),
    (  # a letter that continues an earlier one opens with its basis
        HEAD + "Tiếp theo Văn bản số 204/UBND-KT ngày 21/3/2023, Chủ tịch UBND tỉnh bổ sung như sau:\n\n" + ORDERS,
        [("header", "ỦY BAN NHÂN DÂN"), ("preamble", "Tiếp theo Văn bản"), FIRST_TASK],
    ),
]


def test_lead_ins() -> None:
    _check(LEAD_IN_ROWS)


# The closing formulas of a letter after its orders: the bare courtesy "Trân trọng!", the thanks
# ("… trân trọng cảm ơn …", "… mong nhận được sự quan tâm …"), "Nhận được Kế hoạch này, …",
# "Căn cứ nội dung nêu trên, các phường …", "(Đính kèm là: …)".
CLOSING_ROWS = [
    (
        HEAD + "Căn cứ Chương trình số 8/CTr-UBND của UBND tỉnh;\n\n" + ORDERS + ending + TAIL,
        [
            ("header", "ỦY BAN NHÂN DÂN"),
            ("preamble", "Căn cứ Chương trình"),
            FIRST_TASK,
            ("closing", ending[:14]),
            ("distribution", "Nơi nhận:"),
            ("signature", "KT. CHỦ TỊCH"),
        ],
    )
    for ending in (
        "Trân trọng!\n\n",
        "Sở Giao thông vận tải trân trọng cảm ơn Quý Ủy ban đã quan tâm./.\n\n",
        "Nhận được Kế hoạch này, các xã, phường sắp xếp người trực ngay./.\n\n",
        "Để cuộc điều tra đúng tiến độ, Cục Thống kê mong nhận được sự quan tâm của Quý Ủy ban tỉnh./.\n\n",
        "Căn cứ nội dung nêu trên, các phường tự sắp xếp người trực./.\n\n",
        "(Đính kèm là: Bản đồ các điểm sạt lở trên tuyến đường tỉnh 640)\n\n",
    )
]


def test_closing_formulas() -> None:
    _check(CLOSING_ROWS)


# A scan that holds a letter and, after its tail, the document it forwards with a header of its own: the
# second document starts at its issuer and motto line (or the issuer line in capitals above a motto printed
# alone in its column), not in the signature, and its header is the context of what it goes on to say
# (preamble). The tail here is two columns flattened (the signing block beside the "Nơi nhận" items: a line
# belongs to its leftmost text) and ends with a page number.
TWO_COLUMN_TAIL = (
    "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; CHỦ TỊCH\n- UBND các phường; Lê Văn Hòa\n- Lưu: VT.\n\n3\n\n"
)
FIRST_LETTER = HEAD + "Căn cứ Chương trình số 8/CTr-UBND của UBND tỉnh;\n\n" + ORDERS + TWO_COLUMN_TAIL
FIRST_PARTS = [
    ("header", "ỦY BAN NHÂN DÂN"),
    ("preamble", "Căn cứ Chương trình"),
    FIRST_TASK,
    ("distribution", "Nơi nhận: TM. ỦY"),
]
SECOND_DOCUMENT_ROWS = [
    (
        FIRST_LETTER + "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ĐỒNG XUÂN          Độc lập"
        " - Tự do - Hạnh phúc\n\nNỘI QUY\nTiếp công dân tại trụ sở xã\n\nChương I\nNHỮNG ĐIỀU CHUNG\n\n"
        "Điều 1. Đối tượng áp dụng\nNội quy này áp dụng với mọi người đến trụ sở.\n",
        [*FIRST_PARTS, ("preamble", "ỦY BAN NHÂN DÂN")],
    ),
    (
        FIRST_LETTER + "TRƯỜNG: ……………\n                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                              Độc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\nSố học sinh bỏ học giữa năm\n\n"
        "Số em nghỉ quá 45 ngày: ……\n",
        [*FIRST_PARTS, ("preamble", "TRƯỜNG: ……………")],
    ),
]


def test_second_document_after_the_tail() -> None:
    _check(SECOND_DOCUMENT_ROWS)


# An appendix that is a report form for the recipients to fill in (blanks of dots to write on): its headings
# ("I. ĐƠN VỊ BÁO CÁO", "II. SỐ LIỆU RÀ SOÁT", "III. ĐỀ XUẤT, GIẢI PHÁP …") are the form's, not parts of the letter,
# so the whole form is one part, and it orders nothing (preamble).
LETTER = HEAD + "Căn cứ Chương trình số 8/CTr-UBND của UBND tỉnh;\n\n" + ORDERS + TAIL
FORM_ROWS = [
    (
        LETTER + "\nPhụ lục: MẪU BÁO CÁO SỐ CẦU YẾU TRÊN ĐỊA BÀN\n(Kèm theo Công văn số 12/UBND-VX)\n\n"
        "I. ĐƠN VỊ BÁO CÁO\n1. Tên xã: ..........................\n2. Người lập biểu: ..........................\n"
        "II. SỐ LIỆU RÀ SOÁT\n1. Số cầu cần sửa: ..........................\n"
        "III. ĐỀ XUẤT, GIẢI PHÁP SỬA CHỮA\n"
        "..........................................\n",
        [
            ("header", "ỦY BAN NHÂN DÂN"),
            ("preamble", "Căn cứ Chương trình"),
            FIRST_TASK,
            ("distribution", "Nơi nhận:"),
            ("signature", "KT. CHỦ TỊCH"),
            ("preamble", "Phụ lục: MẪU BÁO"),
        ],
    ),
]


def test_a_form_to_fill_in() -> None:
    _check(FORM_ROWS)
