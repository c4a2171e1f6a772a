"""A news report counts and names its places once ("làm việc với lãnh đạo 3 xã An Phú, Bình Lợi và Tân Hòa"), then
speaks of them in the plural: "các xã", "các địa phương" there are those three People's Committees, each mention
spanning the plural (stages/agencies/named_sets.py). Not after a locative, not where the count is not the number of
names, not in a letter (its "các xã" is every commune of its level). Invented report."""

from __future__ import annotations

from directive_extract import extract

REPORT = (
    "Chủ tịch huyện làm việc với 3 xã vùng lũ\n\n"
    "Chiều 7/10, Chủ tịch UBND huyện Cần Giuộc làm việc với lãnh đạo 3 xã An Phú, Bình Lợi và Tân Hòa.\n\n"
    "Nước lũ đã gây ngập nhiều tuyến đường trên địa bàn các xã.\n\n"
    "Chủ tịch huyện yêu cầu các xã khẩn trương rà soát số hộ phải di dời, báo cáo trước ngày 10/10/2025.\n\n"
    "Ông cũng đề nghị Phòng Nông nghiệp phối hợp với các địa phương khắc phục hậu quả.\n"
)
THREE = [
    "Ủy ban nhân dân xã An Phú",
    "Ủy ban nhân dân xã Bình Lợi",
    "Ủy ban nhân dân xã Tân Hòa",
]


def _pairs(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role) for a in t.agencies] for t in extract(text).tasks]


def test_the_plural_names_each_place_the_report_counted() -> None:
    notice = extract(REPORT)
    assert [[(a.name, a.role) for a in t.agencies] for t in notice.tasks] == [
        [(name, "lead") for name in THREE],
        [("Phòng Nông nghiệp và Phát triển nông thôn", "lead")] + [(name, "coordinate") for name in THREE],
    ]
    for agency in notice.agencies:
        assert REPORT[agency.span[0] : agency.span[1]] == agency.text
    assert {a.text for a in notice.agencies if a.name in THREE and a.task_id} == {"các xã", "các địa phương"}


def test_a_count_that_is_not_the_number_of_names_is_no_set() -> None:
    # the plural is then every commune, the level's class (ANNOTATING, "Class names")
    assert _pairs(REPORT.replace("lãnh đạo 3 xã", "lãnh đạo 4 xã"))[0] == [("Ủy ban nhân dân cấp xã", "lead")]


def test_a_letters_plural_is_every_place_of_its_level() -> None:
    letter = (
        "ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC\nSố: 12/UBND-VP\nCần Giuộc, ngày 7 tháng 10 năm 2025\n\n"
        "Ngày 6/10, lũ đã gây ngập tại 3 xã An Phú, Bình Lợi và Tân Hòa.\n\n"
        "1. Giao các xã khẩn trương rà soát số hộ phải di dời.\n"
    )
    assert not any(name in THREE for task in _pairs(letter) for name, _ in task)


def test_the_plural_as_a_verbs_object_is_no_actor() -> None:
    """ "… hướng dẫn các xã về …", "… bàn giao cho các xã …": whom the work is for; "chỉ đạo các xã không được …" acts."""
    report = REPORT.replace(
        "Ông cũng đề nghị Phòng Nông nghiệp phối hợp với các địa phương khắc phục hậu quả.",
        "Ông giao Phòng Tài chính - Kế hoạch hướng dẫn các xã về định mức hỗ trợ.\n\n"
        "Ông yêu cầu Phòng Nông nghiệp bàn giao cho các xã số giống cây trồng trước ngày 15/10.",
    )
    assert _pairs(report) == [
        [(name, "lead") for name in THREE],
        [("Phòng Tài chính - Kế hoạch", "lead")],
        [("Phòng Nông nghiệp và Phát triển nông thôn", "lead")],
    ]
    ordered = REPORT.replace("yêu cầu các xã khẩn trương rà soát", "chỉ đạo các xã không được chậm trễ rà soát")
    assert _pairs(ordered)[0] == [(name, "lead") for name in THREE]
