"""Issuers printed in capitals: a school's name (its level and its own name), a name a narrow header cell wrapped
onto a third line, and a date line printed in figures (issue 9: headers of unseen documents). Invented rows."""

from __future__ import annotations

import pytest

from directive_extract import extract
from directive_extract.stages.agencies.canonical import canonical_upper_name

# fmt: off
NAMES = [
    ("TRƯỜNG THCS NGUYỄN DU", "Trường Trung học cơ sở Nguyễn Du"),
    ("TRƯỜNG ĐH DUY TÂN", "Trường Đại học Duy Tân"),
    ("TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ ĐỒNG TÂN", "Trường Tiểu học và Trung học cơ sở Đồng Tân"),
    ("TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN", "Trường Trung học phổ thông chuyên Lê Quý Đôn"),
    ("TRƯỜNG CAO ĐẲNG Y TẾ QUẢNG TRỊ", "Trường Cao đẳng Y tế Quảng Trị"),  # a college's field, then its place
    ("TRƯỜNG TRUNG HỌC CƠ SỞ THÀNH PHỐ BẾN TRE", "Trường Trung học cơ sở thành phố Bến Tre"),
    ("TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG TRỊ", "Trường Chính trị tỉnh Quảng Trị"),  # no level of education: as before
    # a body no list holds: its field opens with a capital, a site's kind keeps its small letters
    ("KHOA KHOA HỌC MÁY TÍNH", "Khoa Khoa học máy tính"),
    ("BAN QUẢN LÝ VỊNH HẠ LONG", "Ban Quản lý vịnh Hạ Long"),
]
# fmt: on


@pytest.mark.parametrize(("printed", "name"), NAMES)
def test_a_school_printed_in_capitals(printed: str, name: str) -> None:
    assert canonical_upper_name(printed) == name


BODY = "\n\nKính gửi: Các tổ chuyên môn.\n\n1. Tổ Toán rà soát.\n\nHIỆU TRƯỞNG\n\nLê Văn An\n"


@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        # the school's own name wrapped onto a third line; no place of the office above it
        ("PHÒNG GD&ĐT HUYỆN GIO LINH\nTRƯỜNG TRUNG HỌC CƠ SỞ\nHOÀNG HOA THÁM", "Trường Trung học cơ sở Hoàng Hoa Thám"),
        ("UBND HUYỆN GIO LINH\nTRƯỜNG TIỂU HỌC\nKIM ĐỒNG", "Trường Tiểu học Kim Đồng"),
        # a third line that is a piece of the national name a narrow cell cut is no part of the issuer
        ("VĂN PHÒNG\nCHÍNH PHỦ\nCỘNG HÒA XÃ", "Văn phòng Chính phủ"),
        # the name above wrapped before its "và", then the unit that issues
        ("TRƯỜNG ĐẠI HỌC KỸ THUẬT\nVÀ CÔNG NGHỆ MIỀN TRUNG\nKHOA ĐIỆN TỬ VIỄN THÔNG", "Khoa Điện tử viễn thông"),
    ],
)
def test_an_issuer_wrapped_over_three_lines(lines: str, issuer: str) -> None:
    header = extract(lines + "\nSố: 15/KH-THCS\nGio Linh, ngày 3 tháng 4 năm 2024" + BODY).header
    assert header.issuer == issuer


def test_a_date_line_in_figures() -> None:
    header = extract("UBND TỈNH QUẢNG TRỊ\nSố: 15/UBND-NN\nQuảng Trị, ngày 3/4/2024" + BODY).header
    assert (header.place, header.date) == ("Quảng Trị", "2024-04-03")
