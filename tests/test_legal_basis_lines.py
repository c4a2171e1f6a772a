"""A decision's preamble cites texts as its bases ("Căn cứ Nghị định số … về … tự chịu trách nhiệm thực hiện nhiệm vụ
…;"): whatever duty a cited title names, the line is no order of this text, also where OCR lost a mark ("Can cứ …").
A basis clause before the bodies that act ("Căn cứ nhiệm vụ được giao, các đơn vị …") is not a citation. The
decision is made up for the test."""

from __future__ import annotations

from directive_extract import extract

HEAD = "TRƯỜNG ĐẠI HỌC HÒA BÌNH\nSố: 15/QĐ-ĐHHB\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy định công tác văn thư\n\n"
BASES = (
    "Can cứ Nghị định số 43/2006/NĐ-CP của Chính phủ quy định quyền tự chủ, tự chịu trách nhiệm thực hiện nhiệm "
    "vụ, tổ chức bộ máy của đơn vị sự nghiệp công lập;\n"
    "Căn cứ Thông tư số 47/2014/TT-BGDĐT của Bộ Giáo dục và Đào tạo hướng dẫn thực hiện chế độ làm việc;\n\n"
    "QUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định công tác văn thư của Trường.\n\n"
    "Điều 2. Trưởng phòng Hành chính - Tổng hợp chịu trách nhiệm thi hành Quyết định này./.\n"
)


def test_the_preambles_bases_are_no_tasks() -> None:
    assert [t.id for t in extract(HEAD + BASES).tasks] == ["Điều 2"]
