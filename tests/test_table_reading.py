"""Tables read as tables: a plan's task table comes out one row per line, cells joined by " | ".

A .docx plan and a .pdf plan are built here: a two-column header block (a layout table, read as
today so the header still parses), a five-column task table with merged cells, and a signature
block. Each expected block is checked on its own and every miss is reported at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_extract import extract_file
from directive_extract.formats import pdf as pdf_format
from directive_extract.read import read_file

from .test_formats import unicode_font

HEAD_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU", "Số: 15/KH-UBND"]
HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cà Mau, ngày 05 tháng 3 năm 2026"]
TITLE = ["KẾ HOẠCH", "Triển khai công tác phòng thủ dân sự năm 2026"]
LEAD_IN = "Ủy ban nhân dân tỉnh giao nhiệm vụ cho các cơ quan, đơn vị như sau:"
CLOSING = "Các sở, ngành, địa phương tổ chức thực hiện nghiêm túc Kế hoạch này."
SIGNATURE_LEFT = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
SIGNATURE_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]
TABLE_HEAD = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]

HEADER_FIELDS = [  # (field of notice.header, expected): the header block still parses
    ("number", "15/KH-UBND"),
    ("date", "2026-03-05"),
    ("doc_type", "Kế hoạch"),
]


def check_blocks(text: str, cases: list[tuple[str, str]]) -> list[str]:
    """The cases whose block is not one of the text's blank-line separated blocks."""
    blocks = text.split("\n\n")
    return [f"{name}: {expected!r} not a block" for name, expected in cases if expected not in blocks]


def check_header(path: Path) -> list[str]:
    header = extract_file(path).header
    return [
        f"header.{field}: {getattr(header, field)!r} != {expected!r}"
        for field, expected in HEADER_FIELDS
        if getattr(header, field) != expected
    ]


# --- docx ---------------------------------------------------------------------------------------


def _fill(cell, lines: list[str], style: str | None = None) -> None:
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line, style=style)


def make_docx_plan(path: Path, spacer: bool = False) -> Path:
    """A plan as Word writes it; `spacer` puts an empty column between the header halves (Word often does)."""
    import docx

    document = docx.Document()
    head = document.add_table(rows=1, cols=3 if spacer else 2)
    _fill(head.cell(0, 0), HEAD_LEFT)
    _fill(head.cell(0, 2 if spacer else 1), HEAD_RIGHT)
    for line in [*TITLE, LEAD_IN]:
        document.add_paragraph(line)

    tasks = document.add_table(rows=6, cols=5)
    for col, text in enumerate(TABLE_HEAD):
        tasks.cell(0, col).text = text
    tasks.cell(1, 0).merge(tasks.cell(1, 4)).text = "I. KIỆN TOÀN TỔ CHỨC"  # gridSpan over the row
    tasks.cell(2, 2).merge(tasks.cell(3, 2)).text = "Bộ Chỉ huy Quân sự tỉnh"  # vMerge down two rows
    for row, cells in {
        2: ["1", "Kiện toàn Ban Chỉ huy phòng thủ dân sự tỉnh", None, "Sở Nội vụ", "Quý II/2026"],
        3: ["2", "Diễn tập phòng thủ dân sự cấp tỉnh", None, "Các sở, ngành", "Trước ngày 30/11/2026"],
        4: ["3", "Tuyên truyền:", "Sở Văn hóa", "Đài Phát thanh", "Thường xuyên"],
        5: ["4", "Sơ kết theo địa bàn", "Sở Nội vụ", "UBND các huyện", "Tháng 12 hằng năm"],
    }.items():
        for col, text in enumerate(cells):
            if text is not None:
                tasks.cell(row, col).text = text
    tasks.cell(2, 3).add_paragraph("Công an tỉnh")  # a cell of two paragraphs
    for item in ("trên báo chí;", "trên mạng xã hội."):  # a Word list inside a cell keeps its numbers
        tasks.cell(4, 1).add_paragraph(item, style="List Number")
    inner = tasks.cell(5, 1).add_table(rows=2, cols=3)  # a table nested in a cell
    for (row, col), text in {(0, 0): "Đợt", (0, 1): "Địa bàn", (0, 2): "Thời gian", (1, 0): "1",
                             (1, 1): "Huyện Cái Nước", (1, 2): "Quý III/2026"}.items():  # fmt: skip
        inner.cell(row, col).text = text

    document.add_paragraph(CLOSING)
    signature = document.add_table(rows=1, cols=2)
    _fill(signature.cell(0, 0), SIGNATURE_LEFT)
    _fill(signature.cell(0, 1), SIGNATURE_RIGHT)
    document.save(path)
    return path


DOCX_BLOCKS = [  # (what, the block expected in the text)
    ("header cell, left", "ỦY BAN NHÂN DÂN"),
    ("header cell, number", "Số: 15/KH-UBND"),
    ("header cell, right", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("header cell, date", "Cà Mau, ngày 05 tháng 3 năm 2026"),
    ("heading row", "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"),
    ("row merged across (gridSpan): once", "I. KIỆN TOÀN TỔ CHỨC"),
    ("two paragraphs in a cell", "1 | Kiện toàn Ban Chỉ huy phòng thủ dân sự tỉnh | Bộ Chỉ huy Quân sự tỉnh | Sở Nội vụ Công an tỉnh | Quý II/2026"),
    ("vMerge continuation empty", "2 | Diễn tập phòng thủ dân sự cấp tỉnh |  | Các sở, ngành | Trước ngày 30/11/2026"),
    ("list numbers in a cell", "3 | Tuyên truyền: 1. trên báo chí; 2. trên mạng xã hội. | Sở Văn hóa | Đài Phát thanh | Thường xuyên"),
    ("row holding a nested table", "4 | Sơ kết theo địa bàn | Sở Nội vụ | UBND các huyện | Tháng 12 hằng năm"),
    ("nested table, its own rows", "Đợt | Địa bàn | Thời gian"),
    ("nested table, second row", "1 | Huyện Cái Nước | Quý III/2026"),
    ("signature cell, left", "Nơi nhận:"),
    ("signature cell, right", "TM. ỦY BAN NHÂN DÂN"),
    ("signature cell, name", "Nguyễn Văn An"),
]  # fmt: skip


def test_docx_task_table_reads_as_rows_and_layout_tables_as_today(tmp_path):
    path = make_docx_plan(tmp_path / "plan.docx")
    text, label = read_file(path)
    failures = check_blocks(text, DOCX_BLOCKS) + check_header(path)
    blocks = text.split("\n\n")
    rows = [block for block in blocks if " | " in block]
    if [row.split(" | ")[0] for row in rows] != ["TT", "1", "2", "3", "4", "Đợt", "1"]:
        failures.append(f"rows out of order: {rows}")
    if blocks[:6] != HEAD_LEFT + HEAD_RIGHT or blocks[-6:] != SIGNATURE_LEFT + SIGNATURE_RIGHT:
        failures.append(f"layout tables not one paragraph a block: {blocks[:6]} … {blocks[-6:]}")
    assert label == "docx"
    assert not failures, "\n".join(failures)


def test_docx_header_with_an_empty_spacer_column_stays_layout(tmp_path):
    """Three grid columns, two with text (r2_05's header): a layout table, each line a block."""
    path = make_docx_plan(tmp_path / "plan.docx", spacer=True)
    text, _ = read_file(path)
    failures = check_header(path)
    if text.split("\n\n")[:6] != HEAD_LEFT + HEAD_RIGHT:
        failures.append(f"header block changed: {text.split(chr(10) * 2)[:6]}")
    assert not failures, "\n".join(failures)


# --- pdf ----------------------------------------------------------------------------------------

PDF_ROWS = [
    ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    ("1", "Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp theo quy định mới", "Bộ Chỉ huy Quân sự tỉnh",
     "Sở Nội vụ, Công an tỉnh", "Quý II/2026"),
    ("2", "Rà soát, cập nhật kế hoạch ứng phó sự cố thiên tai", None, "UBND các huyện", "Trước ngày 30/11/2026"),
]  # fmt: skip
PDF_WRAPPED = (  # a paragraph wrapped by the page: its lines stay as pypdf gives them
    "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai công tác phòng thủ dân sự năm 2026 với các "
    "nhiệm vụ cụ thể tại Phụ lục kèm theo, giao các cơ quan, đơn vị như sau:"
)


def _font(pdf) -> None:
    font = unicode_font()
    if font is None:
        pytest.skip("no DejaVuSans.ttf on this machine (needed to write Vietnamese into a PDF)")
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=10)


def make_pdf_plan(path: Path) -> Path:
    """Header lines, a wrapped paragraph, a ruled task table (one cell over two rows, one over two columns)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _font(pdf)
    for line in [*HEAD_LEFT, "", *HEAD_RIGHT, "", *TITLE, "", PDF_WRAPPED, ""]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(8, 60, 40, 40, 30), first_row_as_headings=False) as table:
        for number, cells in enumerate(PDF_ROWS):
            row = table.row()
            for col, text in enumerate(cells):
                if text is not None:
                    row.cell(text, rowspan=2 if (number, col) == (1, 2) else 1)
        row = table.row()
        row.cell("3")
        row.cell("Tuyên truyền, phổ biến kiến thức phòng thủ dân sự", colspan=2)
        row.cell("Sở Văn hóa")
        row.cell("Thường xuyên")
    for line in ["", CLOSING, "", *SIGNATURE_LEFT]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


PDF_BLOCKS = [
    ("header line", "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 15/KH-UBND"),
    ("wrapped paragraph as pypdf gives it", None),  # filled in from pypdf in the test
    ("heading row", "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"),
    ("row with wrapped cells", "1 | Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp theo quy định mới | Bộ Chỉ huy Quân sự tỉnh | Sở Nội vụ, Công an tỉnh | Quý II/2026"),
    ("cell merged down: empty below", "2 | Rà soát, cập nhật kế hoạch ứng phó sự cố thiên tai |  | UBND các huyện | Trước ngày 30/11/2026"),
    ("cell merged across: once", "3 | Tuyên truyền, phổ biến kiến thức phòng thủ dân sự | Sở Văn hóa | Thường xuyên"),
    ("text after the table", CLOSING),
]  # fmt: skip


def test_pdf_task_table_reads_as_rows(tmp_path):
    from pypdf import PdfReader

    path = make_pdf_plan(tmp_path / "plan.pdf")
    text, label = read_file(path)
    plain = pdf_format._page_text(PdfReader(path).pages[0])
    wrapped = next(block for block in plain.split("\n\n") if block.startswith("Ủy ban nhân dân tỉnh ban hành"))
    cases = [(name, wrapped if expected is None else expected) for name, expected in PDF_BLOCKS]
    failures = check_blocks(text, cases) + check_header(path)
    if "\n" not in wrapped:
        failures.append("the paragraph was not wrapped: the case tests nothing")
    if "Thời gian hoàn\n" in text or text.count("Kiện toàn Ban Chỉ huy") != 1:
        failures.append("the table's text is still there as pypdf laid it out")
    assert label == "pdf"
    assert not failures, "\n".join(failures)


def test_pdf_white_highlight_boxes_are_not_a_table(tmp_path):
    """Word draws highlighted text on white filled boxes with no border: no rules, no table (r2_01)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    _font(pdf)
    pdf.set_fill_color(255, 255, 255)
    for row in range(3):
        for col in range(3):
            pdf.rect(20 + 60 * col, 40 + 10 * row, 60, 10, style="F")
            pdf.text(22 + 60 * col, 47 + 10 * row, f"Ô số {row}{col}")
    pdf.output(str(tmp_path / "highlight.pdf"))
    text, _ = read_file(tmp_path / "highlight.pdf")
    assert " | " not in text and "Ô số 00" in text


@pytest.mark.parametrize(
    ("name", "patch"),
    [
        ("pdfplumber fails", lambda mp: mp.setattr("pdfplumber.open", lambda *a, **k: 1 / 0)),
        ("too many rules on the page", lambda mp: mp.setattr(pdf_format, "_MAX_EDGES", 3)),
    ],
)
def test_pdf_without_table_search_is_the_text_layer(tmp_path, monkeypatch, name, patch):
    """When tables are not searched the text is pypdf's as before, never an error."""
    from pypdf import PdfReader

    path = make_pdf_plan(tmp_path / "plan.pdf")
    plain = pdf_format._page_text(PdfReader(path).pages[0])
    patch(monkeypatch)
    assert read_file(path) == (plain, "pdf")
