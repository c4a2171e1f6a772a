"""A scanned letter that lost its issuer line names its writer where it asks or thanks in its own voice ("… kính đề
nghị …", "… trân trọng cảm ơn …"): the body opening that sentence or clause is the issuer. Only a letter (a "Kính
gửi" list) is read so; a report's body that "trân trọng đề nghị" is no issuer of a page that prints none. Made-up
letters."""

from __future__ import annotations

from directive_extract import extract

LETTER = "V/v gop y du thao ke hoach\nKinh gui:\n-  Vụ  Pháp  chế;\n-  Viện  Khoa  học  Tài  nguyên  nước.\n{body}\n"


def test_the_writer_of_a_courtesy_formula_is_the_issuer() -> None:
    body = (
        "Do  thời  gian  gấp,  Cục  Quản  lý  tài  nguyên  nước  trân  trọng  đề  nghị  Quý  cơ  quan  góp  ý  trước  "
        "ngày  14/12/2022."
    )
    notice = extract(LETTER.format(body=body))
    assert notice.header.issuer == "Cục Quản lý tài nguyên nước"
    # the writer asking is no agency of its request
    assert "Cục Quản lý tài nguyên nước" not in [a.name for t in notice.tasks for a in t.agencies]


def test_a_thanks_names_the_writer_too() -> None:
    body = (
        "Đề  nghị  các  đơn  vị  gửi  ý  kiến  trước  ngày  14/12/2022.\n"
        "Sở  Tài  nguyên  và  Môi  trường  trân  trọng  cảm  ơn  sự  phối  hợp  của  Quý  cơ  quan./."
    )
    assert extract(LETTER.format(body=body)).header.issuer == "Sở Tài nguyên và Môi trường"


def test_no_letter_no_writer_read() -> None:
    report = (
        "Hà Nội tăng cường phòng chống dịch\n\nThứ Hai, 07/12/2026\n\n"
        "Sở Y tế trân trọng đề nghị người dân đi tiêm nhắc lại trước ngày 20/12.\n"
    )
    assert extract(report).header.issuer is None
