"""Header fields from the printed forms of Decree 30/2020/NĐ-CP and the Party's HD 36."""

from __future__ import annotations

import pytest

from directive_extract import extract

HEAD = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
BODY = "\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n1. Sở Y tế thực hiện.\n"

CASES = [
    # (text, field, expected)
    (
        "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n"
        + HEAD
        + "Số: 875 /TB-VPUBND\nLong An, ngày 30 tháng 5 năm 2021\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch\n"
        + BODY,
        "number",
        "875/TB-VPUBND",
    ),
    (
        "TỈNH ỦY KIÊN GIANG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nKiên Giang, ngày 01 tháng 11 năm 2021\nSố 09-CT/TU\n\nCHỈ THỊ\n\nvề việc tăng cường\n"
        + BODY,
        "issuer",
        "Tỉnh ủy Kiên Giang",
    ),
    (
        "TỈNH ỦY KIÊN GIANG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nKiên Giang, ngày 01 tháng 11 năm 2021\nSố 09-CT/TU\n\nCHỈ THỊ\n\nvề việc tăng cường\nlãnh đạo\n"
        + BODY,
        "subject",
        "về việc tăng cường lãnh đạo",
    ),
    (
        "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n"
        + HEAD
        + "Số: 875 /TB-VPUBND\nLong An, ngày 30 tháng 5 năm 2021\n\nTHÔNG BÁO\n\nKết luận\n"
        + BODY,
        "issuer",
        "Ủy ban nhân dân tỉnh Long An",
    ),
    (
        "UBND TỈNH BẮC GIANG\nSỞ Y TẾ\n"
        + HEAD
        + "Số: 12/SYT-NVY\nBắc Giang, ngày 5 tháng 4 năm 2020\nV/v triển khai xét nghiệm\n\nKính gửi: Các bệnh viện.\n"
        + BODY,
        "issuer",
        "Sở Y tế tỉnh Bắc Giang",
    ),
    (
        "UBND TỈNH BẮC GIANG\nSỞ Y TẾ\n"
        + HEAD
        + "Số: 12/SYT-NVY\nBắc Giang, ngày 5 tháng 4 năm 2020\nV/v triển khai xét nghiệm\n\nKính gửi: Các bệnh viện.\n"
        + BODY,
        "doc_type",
        "Công văn",
    ),
    (
        "UBND TỈNH BẮC GIANG\nSỞ Y TẾ\n"
        + HEAD
        + "Số: 12/SYT-NVY\nBắc Giang, ngày 5 tháng 4 năm 2020\nV/v triển khai xét nghiệm\ntrong trường học\n\nKính gửi: Các bệnh viện.\n"
        + BODY,
        "subject",
        "triển khai xét nghiệm trong trường học",
    ),
    (
        "UBND TỈNH BẮC GIANG\n" + HEAD + "Số: /UBND-KGVX\nBắc Giang, ngày 5 tháng 4 năm 2020\nV/v triển khai\n" + BODY,
        "number",
        None,
    ),
    (
        "UBND TỈNH BẮC GIANG\n" + HEAD + "Số: 12/UBND-KGVX\nTP. Hồ Chí Minh, ngày 5 tháng 4 năm 2020\n" + BODY,
        "place",
        "Thành phố Hồ Chí Minh",
    ),
    (
        "UBND TỈNH BẮC GIANG\n" + HEAD + "Số: 12/UBND-KGVX\nBắc Giang, ngày 31 tháng 2 năm 2020\n" + BODY,
        "date",
        None,
    ),
    (
        "UBND TỈNH BẮC GIANG\n" + HEAD + "Số: 12/UBND-KGVX\nBắc Giang, ngày 05 tháng 01 năm 2020\n" + BODY,
        "date",
        "2020-01-05",
    ),
    ("HỎA TỐC\n\nKính gửi: Các quận ủy, huyện ủy.\n" + BODY, "urgency", "hỏa tốc"),
    ("HOẢ TỐC\n\nKính gửi: Các quận ủy, huyện ủy.\n" + BODY, "urgency", "hỏa tốc"),
    ("THƯỢNG KHẨN\n\nKính gửi: Các quận ủy, huyện ủy.\n" + BODY, "urgency", "thượng khẩn"),
    ("KHẨN\n\nKính gửi: Các quận ủy, huyện ủy.\n" + BODY, "addressees", ["Các quận ủy, huyện ủy"]),
    (
        "BỘ Y TẾ\n"
        + HEAD
        + "Số: 10943/BYT-MT\nHà Nội, ngày 24 tháng 12 năm 2021\nV/v hướng dẫn\n\nKính gửi:\n- Các Bộ, cơ quan ngang Bộ;\n- UBND các tỉnh, thành phố.\n"
        + BODY,
        "addressees",
        ["Các Bộ, cơ quan ngang Bộ", "UBND các tỉnh, thành phố"],
    ),
    # "Kính gửi:" bullets separated by blank lines are one list: the blank line ends it only when no bullet follows
    (
        "SỞ NỘI VỤ\n"
        + HEAD
        + "Số: 77/SNV-CCVC\nPhú Yên, ngày 03 tháng 4 năm 2023\n\nKính gửi:\n\n- Sở Tư pháp;\n\n- Ủy ban nhân dân"
        " các huyện;\n\n- Trung tâm Lưu trữ lịch sử tỉnh.\n" + BODY,
        "addressees",
        ["Sở Tư pháp", "Ủy ban nhân dân các huyện", "Trung tâm Lưu trữ lịch sử tỉnh"],
    ),
    (
        "SỞ NỘI VỤ\n"
        + HEAD
        + "Số: 78/SNV-CCVC\nPhú Yên, ngày 03 tháng 4 năm 2023\n\nKính gửi:\n- Sở Tư pháp;\n\nSở Tài chính phối hợp"
        " tổ chức kiểm tra.\n\n1. Sở Y tế thực hiện.\n",
        "addressees",
        ["Sở Tư pháp"],
    ),
    # one addressee on its own line under an empty "Kính gửi:", a blank line on each side; not the body's opening
    (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n"
        + HEAD
        + "Số: 31/PGDĐT\nAn Phú, ngày 02 tháng 3 năm 2023\n\nKính gửi:\n\nGiám đốc các trung tâm học tập cộng đồng.\n"
        + BODY,
        "addressees",
        ["Giám đốc các trung tâm học tập cộng đồng"],
    ),
    (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n"
        + HEAD
        + "Số: 32/PGDĐT\nAn Phú, ngày 02 tháng 3 năm 2023\n\nKính gửi:\n\nThực hiện Công văn số 12/SGDĐT.\n"
        + BODY,
        "addressees",
        [],
    ),
    (
        "CHÍNH PHỦ\n"
        + HEAD
        + "Số: 116/NQ-CP\nHà Nội, ngày 24 tháng 9 năm 2021\n\nNGHỊ QUYẾT\nVề chính sách hỗ trợ người lao động\n"
        + BODY,
        "doc_type",
        "Nghị quyết",
    ),
    (
        "CHÍNH PHỦ\n"
        + HEAD
        + "Số: 116/NQ-CP\nHà Nội, ngày 24 tháng 9 năm 2021\n\nNGHỊ QUYẾT\nVề chính sách hỗ trợ người lao động\n"
        + BODY,
        "issuer",
        "Chính phủ",
    ),
    # the full stop a subject line is closed with is no part of the subject
    (
        "SỞ Y TẾ TỈNH CAO BẰNG\nSố: 12/SYT-NVY\nCao Bằng, ngày 05 tháng 3 năm 2024\nV/v tăng cường phòng chống dịch.\n"
        + BODY,
        "subject",
        "tăng cường phòng chống dịch",
    ),
    (
        "SỞ Y TẾ TỈNH CAO BẰNG\nSố: 12/KH-SYT\nCao Bằng, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTiêm chủng mở rộng năm 2024.\n"
        + BODY,
        "subject",
        "Tiêm chủng mở rộng năm 2024",
    ),
    # a header printed as a table row: the cell bars and the rule drawn under the issuer are no part of it
    (
        "| ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
        " --------------- |\n|---|---|\n| Số: 88/QĐ-UBND | Lạng Sơn, ngày 05 tháng 3 năm 2024 |\n\nQUYẾT ĐỊNH\n"
        "Về việc ban hành kế hoạch\n" + BODY,
        "issuer",
        "Ủy ban nhân dân tỉnh Lạng Sơn",
    ),
    (
        "SỞ Y TẾ TỈNH CAO BẰNG ______\nSố: 12/SYT-NVY\nCao Bằng, ngày 05 tháng 3 năm 2024\nV/v phòng chống dịch\n"
        + BODY,
        "issuer",
        "Sở Y tế tỉnh Cao Bằng",
    ),
    (
        "Bộ trưởng thăm trường học\n\nSáng nay, đoàn công tác đã đến thăm và làm việc với nhà trường về công tác chuẩn bị năm học mới tại địa phương.",
        "doc_type",
        None,
    ),
    (
        "Bộ trưởng thăm trường học\n\nSáng nay, đoàn công tác đã đến thăm và làm việc với nhà trường về công tác chuẩn bị năm học mới tại địa phương.",
        "number",
        None,
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), CASES)
def test_header_field(text: str, field: str, expected) -> None:
    assert getattr(extract(text).header, field) == expected
