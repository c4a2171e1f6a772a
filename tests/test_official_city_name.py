"""The one city whose level word is part of its official name: every body of Hồ Chí Minh City is named with
"Thành phố Hồ Chí Minh" however the text prints it ("UBND TP.HCM", "Sở Y tế thành phố Hồ Chí Minh"), as the gold
files write it; other cities keep their level word in small letters ("thành phố Hà Nội")."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.names import official_city_name


def test_the_city_named_with_its_level() -> None:
    assert official_city_name("Sở Y tế thành phố Hồ Chí Minh") == "Sở Y tế Thành phố Hồ Chí Minh"
    assert official_city_name("Ủy ban nhân dân thành phố Hà Nội") == "Ủy ban nhân dân thành phố Hà Nội"


def test_bodies_of_the_city_in_a_report() -> None:
    notice = extract(
        "Trường học phải bảo đảm an toàn thực phẩm\n\nSáng 5/9, UBND TP.HCM yêu cầu Sở GD-ĐT TP.HCM kiểm tra bếp "
        "ăn của các trường học.\n"
    )
    names = {a.name for a in notice.agencies}
    assert "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh" in names, names
