"""A container's title wrapped over a blank line by a PDF conversion (stages/wrapped_titles.py): its continuation
is the title's end, so the heading names the body its clauses inherit. Joined only where the title is visibly cut
(a comma, a hyphen, "và"/"của" … at its end, or the next line going on in small letters) and the continuation is
one short line opening no item. Each case is made up for the test (none is a corpus sentence)."""

from __future__ import annotations

from directive_extract import extract
from directive_extract.document import Document
from directive_extract.stages.lines import split_lines
from directive_extract.stages.normalize import normalize

from .test_recognizers import check_table

RULES = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\n\nQUY ĐỊNH\nPhân công quản lý chợ nông thôn\n\n{title}\n\n"
    "1. Lập danh mục các điểm chợ tạm cần giải tỏa.\n\n2. Hướng dẫn tiểu thương sắp xếp lại quầy hàng.\n"
)


def clause_leads(title: str) -> list[tuple[str, list[str]]]:
    return [(task.id, [a.name for a in task.agencies]) for task in extract(RULES.format(title=title)).tasks]


def title_paragraph(text: str) -> str:
    doc = split_lines(normalize(Document.from_source(text)))
    return " ".join(doc.flat[doc.paragraphs[0].start : doc.paragraphs[0].end].split())


CENTRE = "Trung tâm Dịch vụ nông nghiệp và Khuyến nông huyện"
# (title as printed, the clauses' ids and leads)
# fmt: off
LEADS = [
    # a name cut mid-way: the rest goes on in small letters
    ("Điều 6. Trách nhiệm của Trung tâm Dịch vụ nông nghiệp và Khuyến\n\nnông huyện",
     [("Điều 6.1", [CENTRE]), ("Điều 6.2", [CENTRE])]),
    # a list of bodies cut after its comma
    ("Điều 6. Trách nhiệm của Phòng Kinh tế và Hạ tầng,\n\nPhòng Tài nguyên và Môi trường",
     [("Điều 6.1", ["Phòng Kinh tế và Hạ tầng", "Phòng Tài nguyên và Môi trường"]),
      ("Điều 6.2", ["Phòng Kinh tế và Hạ tầng", "Phòng Tài nguyên và Môi trường"])]),
]
PARAGRAPHS = [
    # cut after "và": one paragraph
    ("Điều 9. Trách nhiệm của Phòng Văn hóa và\n\nThông tin huyện\n\n1. Kiểm tra biển quảng cáo.\n",
     "Điều 9. Trách nhiệm của Phòng Văn hóa và Thông tin huyện"),
    # a title not cut, then its body in a sentence of its own: two paragraphs
    ("Điều 9. Trách nhiệm của Phòng Văn hóa và Thông tin\n\nChủ trì kiểm tra biển quảng cáo.\n",
     "Điều 9. Trách nhiệm của Phòng Văn hóa và Thông tin"),
    # cut after a comma, but an item follows the blank line: no continuation
    ("Điều 9. Phòng Văn hóa và Thông tin có các nhiệm vụ sau,\n\n1. Kiểm tra biển quảng cáo.\n",
     "Điều 9. Phòng Văn hóa và Thông tin có các nhiệm vụ sau,"),
]
# fmt: on


def test_a_title_wrapped_over_a_blank_line_names_the_body_its_clauses_inherit() -> None:
    check_table(LEADS, clause_leads)


def test_only_a_visibly_cut_title_goes_on_past_the_blank_line() -> None:
    check_table(PARAGRAPHS, title_paragraph)
