"""Header forms of unseen documents: OCR-damaged type lines, a trích yếu under the type line that opens like a
body paragraph or is printed with blank lines between its lines, a date line broken over two lines, the city
word of a place, rule marks left around the issuer, news datelines and headlines, a text under its own title.
None of these cases is a corpus document."""

from __future__ import annotations

from directive_extract import extract

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
BASES = "\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n1. Phòng Y tế thực hiện.\n"
UBND = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\n" + MOTTO + "Số: 41/KH-UBND\nYên Thế, ngày 3 tháng 3 năm 2024\n\n"
# a number whose code names no type: the type is the type line's alone
UBND_NO_CODE = UBND.replace("41/KH-UBND", "41/UBND-NN")
NEWS_BODY = (
    "\n\nSáng nay, Ủy ban nhân dân tỉnh đã tổ chức hội nghị triển khai nhiệm vụ năm 2025 với sự tham dự của "
    "lãnh đạo các sở, ngành và địa phương trong tỉnh.\n"
)

CASES = [
    # (text, field, expected)
    # a received stamp under the number and date, the receiving office in capitals, before the type line
    (
        "SỞ Y TẾ\n" + MOTTO + "Số: 52/SYT-NVY\nLong An, ngày 4 tháng 3 năm 2024\n\nTRUNG TÂM Y TẾ HUYỆN CẦN GIUỘC\n"
        "ĐẾN Số: 318\nNgày: 5/3/2024\n\nKẾ HOẠCH\nPhòng, chống sốt xuất huyết" + BASES,
        "issuer",
        "Sở Y tế",
    ),
    (  # OCR ran the stamp's line into the type line beside it: the type and the trích yếu under it are read
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n" + MOTTO + "Số: 07/CT-UBND\n\nĐẾN Số: ..... ~ CHỈ THỊ\n\n"
        "Về tăng cường quản lý\nvật liệu nổ công nghiệp" + BASES,
        "subject",
        "Về tăng cường quản lý vật liệu nổ công nghiệp",
    ),
    (
        "THỦ TƯỚNG CHÍNH PHỦ | " + MOTTO + "Số: 15/2026/QĐ-TTg | Hà Nội, ngày 4 tháng 4 năm 2026\n\nHỎA TỐC\n\n"
        "| CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ |\n| ĐẾN Giờ: 0 Ngày: 5/4/26 |\n\nQUYẾT ĐỊNH\nVề tín dụng" + BASES,
        "issuer",
        "Thủ tướng Chính phủ",
    ),
    # the type line as OCR prints it: a mark dropped or changed, a full stop after it
    (UBND_NO_CODE + "KỂ HOACH\nSửa chữa kênh mương nội đồng năm 2024" + BASES, "doc_type", "Kế hoạch"),
    (UBND + "CHỈ THI.\nVề tăng cường phòng cháy" + BASES, "doc_type", "Chỉ thị"),
    (UBND + "Quyét định\nVề việc giao chỉ tiêu trồng rừng" + BASES, "doc_type", "Quyết định"),
    (UBND + "THONG BAO\nKết luận của Chủ tịch UBND huyện" + BASES, "subject", "Kết luận của Chủ tịch UBND huyện"),
    (UBND + "Quyét định\nVề việc giao chỉ tiêu trồng rừng" + BASES, "issuer", "Ủy ban nhân dân huyện Yên Thế"),
    # a word in mixed case is no type line: the type comes from the number's code
    (UBND + "KếT LuẬN\nBuổi làm việc" + BASES, "doc_type", "Kế hoạch"),
    # a trích yếu that opens like a body paragraph, right under the type line
    (
        UBND + "KẾ HOẠCH\n\nTriển khai mô hình bếp ăn an toàn năm 2024" + BASES,
        "subject",
        "Triển khai mô hình bếp ăn an toàn năm 2024",
    ),
    (
        UBND + "KẾ HOẠCH\nThực hiện chiến dịch thu gom rác thải nhựa năm 2024\n\nĐể cụ thể hóa Kế hoạch số "
        "12/KH-UBND ngày 2/1/2024 của UBND tỉnh, huyện đề ra các việc sau:\n\n1. Phòng Tài nguyên làm đầu mối.\n",
        "subject",
        "Thực hiện chiến dịch thu gom rác thải nhựa năm 2024",
    ),
    # the bases right under the type line are no trích yếu
    (
        UBND + "QUYẾT ĐỊNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\n\n1. Phòng Y tế "
        "thực hiện.\n",
        "subject",
        None,
    ),
    # a title printed with a blank line after every line
    (
        UBND + "KẾ HOẠCH\n\nThực hiện việc cấp nước sạch mùa khô 2024\n\ncho các xã vùng cao huyện Yên Thế" + BASES,
        "subject",
        "Thực hiện việc cấp nước sạch mùa khô 2024 cho các xã vùng cao huyện Yên Thế",
    ),
    # "CÔNG ĐIỆN / V/v …": the marker goes, the "… điện:" line ends the trích yếu
    (
        "THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: 12/CĐ-TTg\nHà Nội, ngày 2 tháng 8 năm 2024\n\nCÔNG ĐIỆN\n"
        "V/v gia cố đê bao trước mùa lũ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ Quốc phòng;\n- Bộ Công an.\n" + BASES,
        "subject",
        "gia cố đê bao trước mùa lũ",
    ),
    # the note under an attached text's title is no part of it; a PDF font's lookalike of "Ư" is read as "Ư"
    (
        "BỘ Y TẾ\n" + MOTTO + "Số: 7/HD-BYT\nHà Nội, ngày 14 tháng 2 năm 2024\n\nHƯỚNG DẪN\nPhòng bệnh mùa đông\n"
        "(Ban hành kèm theo Công văn số 7/BYT-DP ngày 14/2/2024 của Bộ Y tế)" + BASES,
        "subject",
        "Phòng bệnh mùa đông",
    ),
    (
        "BỘ Y TẾ\n"
        + MOTTO
        + "Số: 7/BYT-DP\nHà Nội, ngày 14 tháng 2 năm 2024\n\nH\u01a2ỚNG DẪN\nPhòng bệnh cho ng\u01a3ời cao tuổi"
        + BASES,
        "subject",
        "Phòng bệnh cho người cao tuổi",
    ),
    (
        "BỘ Y TẾ\n"
        + MOTTO
        + "Số: 7/BYT-DP\nHà Nội, ngày 14 tháng 2 năm 2024\n\nH\u01a2ỚNG DẪN\nPhòng bệnh cho ng\u01a3ời cao tuổi"
        + BASES,
        "doc_type",
        "Hướng dẫn",
    ),
    # a date line a narrow table cell broke in two
    (
        "BỘ Y TẾ\n" + MOTTO + "Số: 7/CT-BYT\nHà Nội, ngày 14\ntháng 2 năm 2024\n\nCHỈ THỊ\nVề phòng bệnh" + BASES,
        "date",
        "2024-02-14",
    ),
    (
        "BỘ Y TẾ\n" + MOTTO + "Số: 7/CT-BYT\nHà Nội, ngày 14 tháng 2\nnăm 2024\n\nCHỈ THỊ\nVề phòng bệnh" + BASES,
        "date",
        "2024-02-14",
    ),
    # the city word is part of the place
    (
        "SỞ Y TẾ\n" + MOTTO + "Số: 9/SYT-NV\nThành phố Cần Thơ, ngày 1 tháng 6 năm 2024\nV/v tiêm chủng\n" + BASES,
        "place",
        "Thành phố Cần Thơ",
    ),
    (
        "SỞ Y TẾ\n" + MOTTO + "Số: 9/SYT-NV\nTp. Cần Thơ, ngày 1 tháng 6 năm 2024\nV/v tiêm chủng\n" + BASES,
        "place",
        "Thành phố Cần Thơ",
    ),
    # a blank date keeps its place
    (
        "SỞ Y TẾ\n" + MOTTO + "Số: /SYT-NV\nThành phố Cần Thơ, ngày   tháng 6 năm 2024\nV/v tiêm chủng\n" + BASES,
        "place",
        "Thành phố Cần Thơ",
    ),
    (
        "SỞ Y TẾ\n" + MOTTO + "Số:     /SYT-NV\nCần Thơ, ngày   tháng 6 năm 2024\nV/v tiêm chủng\n" + BASES,
        "number",
        None,
    ),
    ("SỞ Y TẾ\n" + MOTTO + "Số:     /SYT-NV\nCần Thơ, ngày   tháng 6 năm 2024\nV/v tiêm chủng\n" + BASES, "date", None),
    # a damaged or blank day: the place stays
    (
        "SỞ Y TẾ\n" + MOTTO + "Số: 9/SYT-NV\nBắc Kạn, ngày3Ftháng 6 năm 2024\nV/v tiêm chủng\n" + BASES,
        "place",
        "Bắc Kạn",
    ),
    (
        "SỞ Y TẾ\n" + MOTTO + "Số: /SYT-NV\nBắc Kạn,      tháng    năm 2024\nV/v tiêm chủng\n" + BASES,
        "place",
        "Bắc Kạn",
    ),
    ("UBND PHƯỜNG 4\n" + MOTTO + "Số: /UBND\nQuận 3, ngày   tháng 5 năm 2024\nV/v họp\n" + BASES, "place", "Quận 3"),
    (
        "BỘ Y TẾ\n" + MOTTO + "Số 7/CT-BYT     *Hà Nội, ngày 14 tháng 2 năm 2024*\n\nCHỈ THỊ\nVề phòng bệnh" + BASES,
        "place",
        "Hà Nội",
    ),
    # a gazette's page head or a source address above the header holds no number
    (
        "CÔNG BÁO/Số 118/Ngày 02-03-2024\nBỘ Y TẾ\n" + MOTTO + "Số: 7/CT-BYT\nHà Nội, ngày 14 tháng 2 năm 2024\n\n"
        "CHỈ THỊ\nVề phòng bệnh" + BASES,
        "number",
        "7/CT-BYT",
    ),
    (
        "Nguồn: https://example.vn/tai-lieu/Ke-hoach-8-KH-UBND-Soc-Trang-2024\n\nUBND TỈNH SÓC TRĂNG\n"
        + MOTTO
        + "Số: 8/KH-UBND\nSóc Trăng, ngày 4 tháng 1 năm 2024\n\nKẾ HOẠCH\nNạo vét luồng lạch ven biển"
        + BASES,
        "number",
        "8/KH-UBND",
    ),
    # an organ of the body printed above it takes the whole body's name; a body of its own takes the place
    (
        "UBND TỈNH GIA LAI\nVĂN PHÒNG\n"
        + MOTTO
        + "Số: 5/TB-VP\nGia Lai, ngày 2 tháng 5 năm 2024\n\nTHÔNG BÁO\nKết luận"
        + BASES,
        "issuer",
        "Văn phòng Ủy ban nhân dân tỉnh Gia Lai",
    ),
    (
        "UBND TỈNH GIA LAI\nSỞ Y TẾ\n"
        + MOTTO
        + "Số: 5/TB-SYT\nGia Lai, ngày 2 tháng 5 năm 2024\n\nTHÔNG BÁO\nKết luận"
        + BASES,
        "issuer",
        "Sở Y tế tỉnh Gia Lai",
    ),
    (
        "HỘI ĐỒNG NHÂN DÂN\nHUYỆN ĐẠI LỘC\nĐOÀN KIỂM TRA\n"
        + MOTTO
        + "Số: 2/BC-ĐKT\nĐại Lộc, ngày 2 tháng 5 năm 2024\n\n"
        "BÁO CÁO\nTình hình quản lý đất công ở các xã" + BASES,
        "issuer",
        "Đoàn kiểm tra của Hội đồng nhân dân huyện Đại Lộc",
    ),
    (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ YÊN\nTHƯỜNG TRỰC\n" + MOTTO + "Số: 2/TB-HĐND\nPhú Yên, ngày 2 tháng 5 năm 2024"
        "\n\nTHÔNG BÁO\nLịch tiếp công dân tháng 6" + BASES,
        "issuer",
        "Thường trực Hội đồng nhân dân tỉnh Phú Yên",
    ),
    # a body no list holds under its province: its type word as names print it, a known place at its end; "QUẢN"
    # folds like the level word "quận" but is printed with its own marks
    (
        "UBND TỈNH KIÊN GIANG\nBAN QUẢN LÝ VƯỜN QUỐC GIA U MINH THƯỢNG\n"
        + MOTTO
        + "Số: 17/KH-BQL\nKiên Giang, ngày 5 tháng 4 năm 2024\n\nKẾ HOẠCH\nPhòng cháy rừng mùa khô"
        + BASES,
        "issuer",
        "Ban Quản lý vườn quốc gia U Minh Thượng tỉnh Kiên Giang",
    ),
    # rule marks and markdown left around the issuer line
    (
        "UBND HUYỆN TÂN UYÊN _–\n" + MOTTO + "Số: 3/UBND-VP\nTân Uyên, ngày 1 tháng 6 năm 2024\nV/v họp\n" + BASES,
        "issuer",
        "Ủy ban nhân dân huyện Tân Uyên",
    ),
    (
        "BỘ TƯ PHÁP\\\n\\***\n" + MOTTO + "Số: 3/BTP-VP\nHà Nội, ngày 1 tháng 6 năm 2024\nV/v họp\n" + BASES,
        "issuer",
        "Bộ Tư pháp",
    ),
    # news: the headline is no trích yếu; the dateline under it is the date
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n\nThứ Sáu, 03/01/2025 - 08:15" + NEWS_BODY, "subject", None),
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n\nThứ Sáu, 03/01/2025 - 08:15" + NEWS_BODY, "date", "2025-01-03"),
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n\n03/01/2025" + NEWS_BODY, "date", "2025-01-03"),
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n08:15 03/01/2025 (GMT+07:00)" + NEWS_BODY, "date", "2025-01-03"),
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\nChủ nhật, ngày 5/1/2025 20:02" + NEWS_BODY, "date", "2025-01-05"),
    # a dateline written year first, as a feed stores it; a moment in another zone falls on Vietnam's date (UTC+7)
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n\n2025/01/03" + NEWS_BODY, "date", "2025-01-03"),
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n\n2025-01-03T08:15:00+07:00" + NEWS_BODY, "date", "2025-01-03"),
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n\n2025-01-03T02:15:00.000Z" + NEWS_BODY, "date", "2025-01-03"),
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n\n2025-01-03T20:30:00.000Z" + NEWS_BODY, "date", "2025-01-04"),
    # a timestamp has no word: no issuer line, the text stays a news report
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n\n2025-01-03T02:15:00.000Z" + NEWS_BODY, "issuer", None),
    # a date inside the lead is no dateline
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025\n\nNgày 03/01/2025, UBND tỉnh tổ chức hội nghị." + NEWS_BODY, "date", None),
    ("Hà Tĩnh triển khai nhiệm vụ năm 2025" + NEWS_BODY, "doc_type", None),
    # a text under its own title: the title is the subject
    (
        "Chỉ thị của Ban Thường vụ Huyện ủy về phòng, chống thiên tai" + NEWS_BODY,
        "subject",
        "Chỉ thị của Ban Thường vụ Huyện ủy về phòng, chống thiên tai",
    ),
]


def test_header_forms() -> None:
    failures = []
    for text, field, expected in CASES:
        got = getattr(extract(text).header, field)
        if got != expected:
            failures.append((text[:60], field, expected, got))
    assert not failures, "\n".join(map(repr, failures))
