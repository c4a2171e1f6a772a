"""Header forms of unseen documents: OCR-damaged type lines, a trích yếu under the type line that opens like a
body paragraph or is printed with blank lines between its lines, a date line broken over two lines, the city
word of a place, rule marks left around the issuer, news datelines and headlines, a text under its own title.
None of these cases is a corpus document."""

from __future__ import annotations

from directive_extract import extract

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
BASES = "\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n1. Phòng Y tế thực hiện.\n"
UBND = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\n" + MOTTO + "Số: 41/KH-UBND\nYên Thế, ngày 3 tháng 3 năm 2024\n\n"
NEWS_BODY = (
    "\n\nSáng nay, Ủy ban nhân dân tỉnh đã tổ chức hội nghị triển khai nhiệm vụ năm 2025 với sự tham dự của "
    "lãnh đạo các sở, ngành và địa phương trong tỉnh.\n"
)

CASES = [
    # (text, field, expected)
    # the type line as OCR prints it: a mark dropped or changed, a full stop after it
    (UBND + "KÉ HOẠCH\nPhòng, chống thiên tai năm 2024" + BASES, "doc_type", "Kế hoạch"),
    (UBND + "CHỈ THI.\nVề tăng cường phòng cháy" + BASES, "doc_type", "Chỉ thị"),
    (UBND + "Quyét định\nVề việc thành lập Tổ công tác" + BASES, "doc_type", "Quyết định"),
    (UBND + "THONG BAO\nKết luận của Chủ tịch UBND huyện" + BASES, "subject", "Kết luận của Chủ tịch UBND huyện"),
    (UBND + "Quyét định\nVề việc thành lập Tổ công tác" + BASES, "issuer", "Ủy ban nhân dân huyện Yên Thế"),
    # a word in mixed case is no type line: the type comes from the number's code
    (UBND + "KếT LuẬN\nBuổi làm việc" + BASES, "doc_type", "Kế hoạch"),
    # a trích yếu that opens like a body paragraph, right under the type line
    (
        UBND + "KẾ HOẠCH\n\nTriển khai Tháng hành động vì trẻ em năm 2024" + BASES,
        "subject",
        "Triển khai Tháng hành động vì trẻ em năm 2024",
    ),
    (
        UBND + "KẾ HOẠCH\nThực hiện phong trào thi đua năm 2024\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 2/1/2024 "
        "của UBND tỉnh, UBND huyện ban hành kế hoạch như sau:\n\n1. Phòng Nội vụ chủ trì.\n",
        "subject",
        "Thực hiện phong trào thi đua năm 2024",
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
        UBND + "KẾ HOẠCH\n\nThực hiện công tác tuyển sinh năm học 2024-2025\n\ntrên địa bàn huyện Yên Thế" + BASES,
        "subject",
        "Thực hiện công tác tuyển sinh năm học 2024-2025 trên địa bàn huyện Yên Thế",
    ),
    # "CÔNG ĐIỆN / V/v …": the marker goes, the "… điện:" line ends the trích yếu
    (
        "THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: 12/CĐ-TTg\nHà Nội, ngày 2 tháng 8 năm 2024\n\nCÔNG ĐIỆN\n"
        "V/v ứng phó với áp thấp nhiệt đới\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ Quốc phòng;\n- Bộ Công an.\n" + BASES,
        "subject",
        "ứng phó với áp thấp nhiệt đới",
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
        "UBND PHƯỜNG 4\n" + MOTTO + "Số: /UBND\n7 Q Mỹ Tho, ngày 9 tháng 5 năm 2024\nV/v họp\n" + BASES,
        "place",
        "Mỹ Tho",
    ),
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
        "Source: https://example.vn/van-ban/Quyet-dinh-12-QD-UBND-Son-La-2024\n\nUBND TỈNH SƠN LA\n"
        + MOTTO
        + "Số: 12/QĐ-UBND\nSơn La, ngày 4 tháng 1 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác"
        + BASES,
        "number",
        "12/QĐ-UBND",
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
        "BÁO CÁO\nKết quả kiểm tra" + BASES,
        "issuer",
        "Đoàn kiểm tra của Hội đồng nhân dân huyện Đại Lộc",
    ),
    (
        "ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG AN HẢI\nBAN THƯỜNG TRỰC\n"
        + MOTTO
        + "Số: 2/KH-MTTQ\nAn Hải, ngày 2 tháng 5 năm 2024"
        "\n\nKẾ HOẠCH\nTổ chức ngày hội" + BASES,
        "issuer",
        "Ban thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường An Hải",
    ),
    # rule marks and markdown left around the issuer line
    (
        "UBND HUYỆN TÂN UYÊN —_\n" + MOTTO + "Số: 3/UBND-VP\nTân Uyên, ngày 1 tháng 6 năm 2024\nV/v họp\n" + BASES,
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
