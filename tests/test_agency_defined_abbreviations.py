"""A phrase the document abbreviates itself ("an toàn thông tin mạng (sau đây viết tắt là ATTTM)", "phòng cháy,
chữa cháy (PCCC)") is written out in the name of a body that prints the abbreviation; a body's own acronym, an
abbreviation the table already holds and letters that spell no phrase before them are left alone. Invented
texts, none a corpus sentence."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.stages.agencies.defined_abbreviations import (
    defined_abbreviations,
    with_phrases_written_out,
)

PLAN = (
    "KẾ HOẠCH\nỨng phó sự cố năm 2026\n\n"
    "Nhằm bảo đảm an toàn thông tin mạng (sau đây viết tắt là ATTTM) cho các hệ thống của Sở, Sở ban hành kế "
    "hoạch như sau.\n\n"
    "1. Văn phòng Sở chủ trì, phối hợp với Đội Ứng cứu sự cố ATTTM tỉnh Lâm Đồng kiểm tra các hệ thống.\n"
)


def test_the_definition_is_read() -> None:
    text = "bảo đảm an toàn thông tin mạng (sau đây viết tắt là ATTTM) và phòng cháy, chữa cháy (PCCC) tại"
    assert defined_abbreviations(text) == {"ATTTM": "an toàn thông tin mạng", "PCCC": "phòng cháy, chữa cháy"}


def test_what_defines_nothing() -> None:
    assert defined_abbreviations("Trung tâm Công nghệ thông tin (TTCNTT) của Sở") == {}  # a body's own name
    assert defined_abbreviations("ứng dụng công nghệ thông tin (CNTT) năm 2026") == {}  # the table's own
    assert defined_abbreviations("kiểm tra các hệ thống (ATTTM) của Sở") == {}  # the letters spell no phrase


def test_a_body_printing_the_abbreviation_is_named_in_full() -> None:
    task = extract(PLAN).tasks[0]
    assert [(a.name, a.role) for a in task.agencies] == [
        ("Văn phòng Sở", "lead"),
        ("Đội Ứng cứu sự cố an toàn thông tin mạng tỉnh Lâm Đồng", "coordinate"),
    ]
    assert [a.text for a in task.agencies][1] == "Đội Ứng cứu sự cố ATTTM tỉnh Lâm Đồng"


def test_only_whole_abbreviations_are_written_out() -> None:
    table = {"ATTTM": "an toàn thông tin mạng"}
    assert with_phrases_written_out("Đội ATTTMX", table) == "Đội ATTTMX"
    assert with_phrases_written_out("Đội ATTTM", table) == "Đội an toàn thông tin mạng"
