"""A Party committee's cells and sub-committees named as a class: "các chi, đảng bộ trực thuộc" (the "bộ" shared),
"các đảng bộ, chi bộ cơ sở trực thuộc Huyện ủy" -> `Các chi bộ, đảng bộ trực thuộc` (with the committee they
belong to when printed); and the local government named bare before a class it directs with ("chỉ đạo chính
quyền, các tổ chức chính trị - xã hội …") leaves the class its lead. Every case is invented."""

from __future__ import annotations

from .test_agency_every_level_forms import _agencies


def test_party_cells_as_a_class() -> None:
    assert _agencies("Các chi, đảng bộ trực thuộc có trách nhiệm lãnh đạo tốt công tác bầu cử.") == [
        ("Các chi bộ, đảng bộ trực thuộc", "lead")
    ]
    assert _agencies("Các đảng bộ, chi bộ cơ sở trực thuộc Huyện ủy tổ chức quán triệt nghị quyết.") == [
        ("Các chi bộ, đảng bộ trực thuộc Huyện ủy", "lead")
    ]


def test_a_class_after_the_bare_local_government_is_directed() -> None:
    found = _agencies("Ban Thường vụ chỉ đạo chính quyền, các tổ chức chính trị - xã hội tuyên truyền sâu rộng.")
    assert ("Các đoàn thể chính trị - xã hội", "lead") in found, found


def test_a_party_committees_organ_printed_before_the_body_it_belongs_to_is_one_body() -> None:
    # "Ủy ban Kiểm tra Đảng ủy" read by the grammar, then the body whose Party committee it is
    assert _agencies("Ủy ban Kiểm tra Đảng ủy Công an tỉnh chủ trì kiểm tra việc thực hiện.") == [
        ("Ủy ban Kiểm tra Đảng ủy Công an tỉnh", "lead")
    ]
    assert _agencies("Ban Thường vụ Đảng ủy Sở Y tế chỉ đạo các chi bộ trực thuộc quán triệt.")[0] == (
        "Ban Thường vụ Đảng ủy Sở Y tế",
        "lead",
    )
