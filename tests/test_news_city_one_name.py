"""One body, one name in a news report (no issuer): the city's government the report names with its place where it
tells whose order it reports ("Chủ tịch UBND TP Hải Phòng yêu cầu …") is the body a later item reports to bare ("báo
cáo UBND TP"). Two cities named so leave the bare name bare; a letter with an issuer renames a body only by a fuller
form printed for an actor (a cited text's author names none). The texts are made up for the test."""

from __future__ import annotations

from directive_extract import extract


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for task in extract(text).tasks for a in task.agencies]


NEWS = (
    "Hải Phòng chủ động ứng phó áp thấp nhiệt đới\n\nThứ Hai, 18/09/2023 - 09:00\n\n"
    "Chủ tịch UBND TP Hải Phòng yêu cầu các sở, ngành thường xuyên theo dõi diễn biến của áp thấp nhiệt đới, "
    "kịp thời báo cáo UBND TP các nội dung cần chỉ đạo.\n"
)


def test_the_city_named_with_its_place_is_the_one_reported_to_bare() -> None:
    assert ("Ủy ban nhân dân thành phố Hải Phòng", "report_to") in _names(NEWS)


def test_two_cities_leave_the_bare_name_bare() -> None:
    two = NEWS.replace(
        "kịp thời báo cáo",
        "phối hợp với UBND TP Đà Nẵng hỗ trợ tàu thuyền; kịp thời báo cáo",
    )
    names = [name for name, _ in _names(two)]
    assert "Ủy ban nhân dân thành phố" in names
    assert "Ủy ban nhân dân thành phố Hải Phòng" not in names


def test_a_cited_authors_place_names_no_body_of_a_letter() -> None:
    letter = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN MAI SƠN Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/UBND-VP Mai Sơn, ngày 03 tháng 5 năm 2023\nV/v triển khai kế hoạch\n\n"
        "1. Phòng Tài chính - Kế hoạch triển khai Kế hoạch số 45/KH-UBND của UBND tỉnh Sơn La, báo cáo UBND tỉnh "
        "trước ngày 20/5/2023.\n"
    )
    assert ("Ủy ban nhân dân tỉnh", "report_to") in _names(letter)
