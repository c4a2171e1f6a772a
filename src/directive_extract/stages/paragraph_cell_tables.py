"""A task table printed one cell a paragraph: what docx2txt and HTML-to-text conversions make of a table.

    TT / Nội dung / Thời gian triển khai / Đơn vị chủ trì / Đơn vị phối hợp      (the heading, a paragraph a cell)
    I / Cập nhật khối lượng theo thời khóa biểu                                   (a group: a roman number, a title)
    1 / Lập danh sách các thửa đất công … / Trước 15/3/2025 / Phòng Nội vụ / Các xã  (a row)

Each cell is its own paragraph, blank lines between them all, so no line says where a row ends: the number
column does. The heading is a run of paragraphs that each name a column, the number column first and the
content and an actor column among them; a row runs from a paragraph that is a row's number alone ("1", "2.1",
"III") to the next. A row with more paragraphs than columns has a content cell printed over several (a wrapped
line, two sentences): the columns before and after the content take theirs from each end. A row with fewer has
left cells empty: a time cell found among them ("Trước 15/3/2025") places the columns around it, else the cells
fill the columns in order. The last row keeps no more paragraphs than it has columns (what follows the table
is no cell of it) and a row never runs into a paragraph of prose longer than any cell of the table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..cues import alternation, load_cues
from ..document import Document, Paragraph
from .agencies.grammar import NAME_CUE_KINDS
from .deadlines import find_deadlines, notice_base_date
from .table_cells import COLUMN_KINDS, Cell, column_of

_HEADING_MAX = 12  # columns: a longer run of column names is no table's heading
_ROW_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVX]{1,5})[.)]?")
_TIME_CELL_CHARS = 60
# a time cell with no deadline in it ("Thường xuyên": SCHEMA reads none), still the time column's
_STANDING = re.compile(r"(?i:thường xuyên|liên tục)(?!\w)")

_CELL_MAX = 600  # a paragraph longer than this is prose after the table, not a cell


@lru_cache(maxsize=1)
def _number_column_line() -> re.Pattern[str]:
    """On the folded text: a line that is only a number column's name ("TT", "STT": cues/table_columns.tsv)."""
    cues = load_cues("table_columns.tsv", COLUMN_KINDS)
    return re.compile(rf"^[ \t]*+(?i:{alternation(cues, 'number')})[ \t]*+$", re.MULTILINE)


def _single_line(doc: Document, para: Paragraph) -> str | None:
    text = doc.text[para.start : para.end].strip()
    return text if para.first_line == para.last_line and text else None


def _cell(doc: Document, paras: list[Paragraph]) -> Cell:
    """One cell printed over `paras`: its text joined, each paragraph a span of it."""
    spans = []
    for para in paras:
        raw = doc.text[para.start : para.end]
        lead = len(raw) - len(raw.lstrip())
        spans.append((para.start + lead, para.start + len(raw.rstrip())))
    text = " ".join(doc.text[s:e] for s, e in spans)
    return Cell(spans[0][0], spans[-1][1], text, spans if len(spans) > 1 else [])


def _empty_at(offset: int) -> Cell:
    return Cell(offset, offset, "")


def _heading_at(doc: Document, paragraphs: list[Paragraph], k: int) -> tuple[list[list[Paragraph]], list[str]] | None:
    """The heading printed a cell a paragraph from paragraph `k`: each cell's paragraphs (a name wrapped onto a
    paragraph in small letters: "Cơ quan chủ trì" / "thẩm tra") and the column each names; None when none is there."""
    cells: list[list[Paragraph]] = []
    for para in paragraphs[k : k + 2 * _HEADING_MAX]:
        text = _single_line(doc, para)
        if text is None or len(text) >= 80:
            break
        if text[:1].islower() and cells:  # "Cơ quan chủ trì" / "thẩm tra", "Đơn vị phối" / "hợp"
            cells[-1].append(para)
        else:
            cells.append([para])
    kinds = _kinds(doc, cells)
    if "" in kinds:  # the heading ends before the first cell that names no column
        cells, kinds = cells[: kinds.index("")], kinds[: kinds.index("")]
    if len(kinds) < 3 or len(kinds) > _HEADING_MAX or kinds[0] != "number" or "content" not in kinds:
        return None
    return (cells, kinds) if {"lead", "coordinate", "monitor"} & set(kinds) else None


def _kinds(doc: Document, cells: list[list[Paragraph]]) -> list[str]:
    return [column_of(_cell(doc, paras).text) or "" for paras in cells]


def _is_row_number(doc: Document, para: Paragraph) -> bool:
    text = _single_line(doc, para)
    return text is not None and _ROW_NUMBER.fullmatch(text) is not None


@lru_cache(maxsize=1)
def _type_words() -> frozenset[str]:
    """A body's type words ("Ủy ban", "Sở"), lower case: a cell that holds only one was wrapped before its field."""
    cues = load_cues("agency_names.tsv", NAME_CUE_KINDS)
    return frozenset(c.phrase.lower() for c in cues if c.kind in ("type_word", "type_word_level"))


def _pieces(doc: Document, paras: list[Paragraph]) -> list[list[Paragraph]]:
    """A row's paragraphs grouped into the pieces of its cells: one that goes on in small letters joins the one
    before, and one that is a type word alone ("Ủy ban" / "Kinh tế và Tài chính") the one after."""
    pieces: list[list[Paragraph]] = []
    open_name = False
    for para in paras:
        text = doc.text[para.start : para.end].strip()
        if pieces and (open_name or text[:1].islower()):
            pieces[-1].append(para)
        else:
            pieces.append([para])
        open_name = text.lower() in _type_words()
    return pieces


def _row_cells(doc: Document, kinds: list[str], pieces: list[list[Paragraph]], base: str | None) -> list[Cell]:
    """The cells of one row's pieces after its number, one per column after the number column (`base`: the
    notice's date, for a time cell without its year)."""
    columns = kinds[1:]
    end = pieces[-1][-1].end if pieces else 0
    if not pieces:
        return [_empty_at(end) for _ in columns]
    content = columns.index("content")
    if len(pieces) >= len(columns):
        before, after = content, len(columns) - content - 1
        middle = [p for piece in pieces[before : len(pieces) - after] for p in piece]
        cells = [_cell(doc, piece) for piece in pieces[:before]] + [_cell(doc, middle)]
        return cells + [_cell(doc, piece) for piece in pieces[len(pieces) - after :]]
    cells = [_empty_at(end) for _ in columns]
    if "time" in columns:
        at = next((i for i, piece in enumerate(pieces) if i > 0 and _a_time_cell(doc, piece, base)), None)
        time = columns.index("time")
        if at is not None and time > content:
            cells[content] = _cell(doc, [p for piece in pieces[:at] for p in piece])
            for offset, piece in enumerate(pieces[at:]):
                if time + offset < len(columns):
                    cells[time + offset] = _cell(doc, piece)
            return cells
    for offset, piece in enumerate(pieces):
        cells[min(content + offset, len(columns) - 1)] = _cell(doc, piece)
    return cells


def _a_time_cell(doc: Document, piece: list[Paragraph], base: str | None) -> bool:
    """A short piece the deadline reader, reading it as a time field, finds a deadline in ("Trước 15/8/2020", "Quý
    III/2026", "Hằng năm"), or a standing time ("Thường xuyên")."""
    text = _cell(doc, piece).text
    if len(text) > _TIME_CELL_CHARS:
        return False
    if _STANDING.match(text):
        return True
    return bool(find_deadlines(text, base_date=base, time_field=True))


def rows_printed_a_cell_a_paragraph(
    doc: Document, paragraphs: list[Paragraph], rows: list[list[Cell] | None]
) -> tuple[list[Paragraph], list[list[Cell] | None]]:
    """The paragraphs with each such table's heading and each of its rows joined as one, and their cells."""
    if _number_column_line().search(doc.folded) is None:
        return paragraphs, rows  # no line is a number column's name alone ("TT", "STT"): no such table
    out_paragraphs: list[Paragraph] = []
    out_rows: list[list[Cell] | None] = []
    k = 0
    split_from = len(paragraphs)  # from here on every paragraph is a block of lines already
    base = notice_base_date(doc)  # for a time cell without its year
    while k < len(paragraphs):
        heading = None
        opening = _single_line(doc, paragraphs[k]) if rows[k] is None else None
        if opening and column_of(opening) == "number":  # "TT", "STT": read on a block of lines a cell
            if k >= split_from:
                heading = _heading_at(doc, paragraphs, k)
            else:  # the splitter joins "…\n\n1\n\nTrưởng …": tried on the blocks a heading can span, split once
                window = _in_blocks(doc, paragraphs[k : k + 2 * _HEADING_MAX], rows[k : k + 2 * _HEADING_MAX])
                if _heading_at(doc, window[0], 0) is not None:
                    split = _in_blocks(doc, paragraphs[k:], rows[k:])
                    paragraphs, rows = paragraphs[:k] + split[0], rows[:k] + split[1]
                    split_from = k
                    heading = _heading_at(doc, paragraphs, k)
        if heading is None:
            out_paragraphs.append(paragraphs[k])
            out_rows.append(rows[k])
            k += 1
            continue
        heading, kinds = heading
        out_paragraphs.append(_joined([p for cell in heading for p in cell]))
        out_rows.append([_cell(doc, cell) for cell in heading])
        k += sum(len(cell) for cell in heading)
        while k < len(paragraphs) and rows[k] is None and _is_row_number(doc, paragraphs[k]):
            stop = k + 1
            while (
                stop < len(paragraphs)
                and rows[stop] is None
                and not _is_row_number(doc, paragraphs[stop])
                and len(doc.text[paragraphs[stop].start : paragraphs[stop].end].strip()) <= _CELL_MAX
            ):
                stop += 1
            last = stop >= len(paragraphs) or not _is_row_number(doc, paragraphs[stop])
            pieces = _pieces(doc, paragraphs[k + 1 : stop])
            if last:  # what follows the last row is no cell of it
                pieces = pieces[: len(kinds) - 1]
                stop = k + 1 + sum(len(piece) for piece in pieces)
            out_paragraphs.append(_joined(paragraphs[k:stop]))
            out_rows.append([_cell(doc, [paragraphs[k]]), *_row_cells(doc, kinds, pieces, base)])
            k = stop
            if last:
                break
    return out_paragraphs, out_rows


def _in_blocks(
    doc: Document, paragraphs: list[Paragraph], rows: list[list[Cell] | None]
) -> tuple[list[Paragraph], list[list[Cell] | None]]:
    """Each paragraph without cells split at its blank lines, one paragraph a block of lines."""
    out_paragraphs: list[Paragraph] = []
    out_rows: list[list[Cell] | None] = []
    for para, row in zip(paragraphs, rows, strict=True):
        if row is not None or para.first_line == para.last_line:
            out_paragraphs.append(para)
            out_rows.append(row)
            continue
        first = None
        for line in range(para.first_line, para.last_line + 2):
            blank = line > para.last_line or not doc.lines[line].text.strip()
            if blank and first is not None:
                out_paragraphs.append(_block(doc, para, first, line - 1))
                out_rows.append(None)
                first = None
            elif not blank and first is None:
                first = line
    return out_paragraphs, out_rows


def _block(doc: Document, para: Paragraph, first: int, last: int) -> Paragraph:
    start = para.start if first == para.first_line else doc.lines[first].start
    end = para.end if last == para.last_line else doc.lines[last].end
    return Paragraph(start, end, first, last)


def _joined(paras: list[Paragraph]) -> Paragraph:
    return Paragraph(paras[0].start, paras[-1].end, paras[0].first_line, paras[-1].last_line)
