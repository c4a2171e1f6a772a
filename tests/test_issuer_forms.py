"""The issuer read from a resolution's own lines when its header prints none."""

from __future__ import annotations

from directive_extract import extract

# the council's name over its term and session, under the title (Decree 30/2020/NĐ-CP, form 1.1)
COUNCIL_LINES = (
    "NGHỊ QUYẾT\nVề giám sát chuyên đề năm 2027\nHỘI ĐỒNG NHÂN DÂN THỊ XÃ MƯỜNG LAY\nKHÓA VIII - KỲ HỌP THỨ BẢY\n"
    "Căn cứ Luật Thủy lợi đã được sửa đổi;\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1. Thành lập Đoàn giám sát về nước sạch nông thôn.\n"
)
# the enacting formula closing the bases
ENACTING = (
    "NGHỊ QUYẾT\n\nVề chế độ cho nhân viên thú y thôn\n\nCăn cứ Luật Thú y năm 2015;\n\n"
    "Hội đồng nhân dân tỉnh Điện Biên ban hành Nghị quyết cho nhân viên thú y thôn.\n\n"
    "Điều 1. Mỗi thôn bố trí một nhân viên thú y.\n"
)


def test_a_council_printed_over_its_term_is_the_issuer() -> None:
    assert extract(COUNCIL_LINES).header.issuer == "Hội đồng nhân dân thị xã Mường Lay"


def test_the_enacting_formula_names_the_issuer() -> None:
    assert extract(ENACTING).header.issuer == "Hội đồng nhân dân tỉnh Điện Biên"
