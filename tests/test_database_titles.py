"""A document's title as the Official Gazette and the legal-text sites print it: the type line, then "CỦA <ISSUER>
SỐ <number>" and "NGÀY … THÁNG … NĂM …" in capitals (on one line or two), then the subject (issue 9, round h16).
Every case is invented."""

from __future__ import annotations

from directive_extract import extract

BODY = (
    "\n\nNhằm đẩy mạnh việc sử dụng phần mềm nguồn mở trong các cơ quan nhà nước, Bộ trưởng chỉ thị:\n\n"
    "1. Sở Thông tin và Truyền thông triển khai cài đặt trước ngày 30/6/2009.\n"
)
# (title lines, issuer, number, date, subject)
# fmt: off
TITLES = [
    ("CHỈ THỊ\n\nCỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG SỐ 07/2008/CT-BTTTT\n\nNGÀY 30 THÁNG 12 NĂM 2008\n\nVỀ ĐẨY MẠNH SỬ DỤNG",
     "Bộ Thông tin và Truyền thông", "07/2008/CT-BTTTT", "2008-12-30", "VỀ ĐẨY MẠNH SỬ DỤNG"),
    ("QUYẾT ĐỊNH\nCỦA THỦ TƯỚNG CHÍNH PHỦ\nSỐ 235/2004/QĐ-TTg NGÀY 02 THÁNG 3 NĂM 2004\nVỀ VIỆC PHÊ DUYỆT DỰ ÁN",
     "Thủ tướng Chính phủ", "235/2004/QĐ-TTg", "2004-03-02", "VỀ VIỆC PHÊ DUYỆT DỰ ÁN"),
    # the subject on the issuer's line: the issuer read, the line the subject's
    ("THÔNG BÁO\nCỦA VĂN PHÒNG CHÍNH PHỦ VỀ Ý KIẾN KẾT LUẬN", "Văn phòng Chính phủ", None, None,
     "CỦA VĂN PHÒNG CHÍNH PHỦ VỀ Ý KIẾN KẾT LUẬN"),
    ("CHỈ THỊ\nCỦA ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nVỀ TĂNG CƯỜNG PHÒNG CHÁY",
     "Ủy ban nhân dân tỉnh Quảng Trị", None, None, "VỀ TĂNG CƯỜNG PHÒNG CHÁY"),
]
# fmt: on


def test_a_database_title_gives_issuer_number_date_and_subject() -> None:
    failures = []
    for title, issuer, number, date, subject in TITLES:
        header = extract(title + BODY).header
        got = (header.issuer, header.number, str(header.date) if header.date else None, header.subject)
        if got != (issuer, number, date, subject):
            failures.append(f"{title!r}: {got}")
    assert not failures, "\n".join(failures)


def test_a_ministrys_directive_so_titled_names_the_provinces_departments_as_a_class() -> None:
    notice = extract(TITLES[0][0] + BODY)
    assert [a.name for a in notice.tasks[0].agencies] == ["Sở Thông tin và Truyền thông cấp tỉnh"]
