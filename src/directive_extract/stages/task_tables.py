"""Task tables: a plan's "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành" rows.

The readers write a table one row per line with " | " between cells (a .docx or .pdf table; a pipe
table in plain text is read the same way, its outer pipes dropped). A table is a task table when its
heading row names the content and who acts, a lead, coordinate or monitor column
(`cues/table_columns.tsv`). Each later row that holds content is a task; a row that is only a
heading ("I. KIỆN TOÀN TỔ CHỨC", or a roman number and a title) opens a group whose rows are
numbered under it ("I.1", "I.2"). When a group's heading restates an item of the body ("II.1. Kiện
toàn … phòng thủ dân sự"), its rows become that item's subtasks, numbered on after its own
("II.1.1", "II.1.2"; SCHEMA "Task tables").

The rows' cells are kept on the items (`Item.role_cells`: column and internal span of each piece,
`Item.time_spans`, `Item.cells`: the columns a row fills), so the agency stage gives the bodies of a
lead column the role `lead`, of a coordinate column `coordinate` and of a monitor column
`report_to`, and the deadline of a time column is read from the cell alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..cues import alternation, load_cues
from ..document import Document, Paragraph, walk_items
from ..vn import fold_keep_case
from .paragraph_cell_tables import rows_printed_a_cell_a_paragraph
from .table_cells import COLUMN_KINDS, Cell, column_of

RESTATES = 80  # token_set_ratio of a group heading and a body item's heading that makes them one item
_SEPARATOR = re.compile(r"(?:(?<![ \t])[ \t]+)?\|[ \t]*")  # spaces from the start of their run: linear
_ROMAN = re.compile(r"^(?P<label>[IVX]{1,5})\s*[.\-–)]?\s*(?P<title>.*)$")
_NUMBER = re.compile(r"^(?P<label>\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])\s*[.)]?$")


@dataclass
class Row:
    paragraph: Paragraph
    cells: list[Cell]


@dataclass
class TaskTable:
    columns: dict[int, str]  # cell index -> column kind
    heading: Row
    rows: list[Row] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.heading.paragraph.start

    @property
    def end(self) -> int:
        return (self.rows[-1] if self.rows else self.heading).paragraph.end


def cells_of(doc: Document, para: Paragraph, outer: bool = False) -> list[Cell] | None:
    """The cells of a paragraph printed as a table row ("a | b | c", "| a | b |"), or None. With `outer`, a
    leading pipe's empty cell is kept: " | | thực hiện" continues the cells of the row above it, one for one."""
    if doc.text.find("|", para.start, para.end) < 0:  # most paragraphs: not sliced to be told so
        return None
    text = doc.text[para.start : para.end]
    if "\n" in text.strip():
        return None
    cells: list[Cell] = []
    pos = 0
    for sep in [*_SEPARATOR.finditer(text), None]:
        end = sep.start() if sep else len(text)
        raw = text[pos:end]
        lead = len(raw) - len(raw.lstrip())
        cells.append(Cell(para.start + pos + lead, para.start + pos + len(raw.rstrip()), raw.strip()))
        pos = sep.end() if sep else len(text)
    if outer:
        return cells if len(cells) >= 2 else None
    if text.lstrip().startswith("|"):
        cells = cells[1:]  # a pipe table's outer pipes
    if text.rstrip().endswith("|") and cells and not cells[-1].text:
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


def find_task_tables(doc: Document, paragraphs: list[Paragraph]) -> tuple[list[TaskTable], list[Paragraph]]:
    """The task tables among `paragraphs`, and the paragraphs that are not in one.

    Inside a table, a short line without cells between two rows is a row merged across the table
    (a group heading: "I. KIỆN TOÀN TỔ CHỨC").
    """
    tables: list[TaskTable] = []
    rest: list[Paragraph] = []
    current: TaskTable | None = None
    paragraphs = [line for para in paragraphs for line in _row_lines(doc, para)]
    rows = [cells_of(doc, para) for para in paragraphs]
    if any(row is None for row in rows):
        paragraphs, rows = _rows_printed_a_cell_a_line(doc, paragraphs, rows)
        paragraphs, rows = rows_printed_a_cell_a_paragraph(doc, paragraphs, rows)
    wrapped_at = -1  # the second line of a heading row whose cells wrapped onto it
    for k, para in enumerate(paragraphs):
        cells = rows[k]
        if k == wrapped_at:
            continue
        if cells is None:
            text = doc.text[para.start : para.end].strip()
            merged = current is not None and len(text) < 200 and k + 1 < len(paragraphs) and rows[k + 1] is not None
            if merged:
                current.rows.append(
                    Row(
                        para,
                        [
                            Cell(
                                para.start + doc.text[para.start : para.end].find(text[:1]),
                                para.start + len(doc.text[para.start : para.end].rstrip()),
                                text,
                            )
                        ],
                    )
                )
                continue
            current = None
            rest.append(para)
            continue
        columns = {i: kind for i, cell in enumerate(cells) if (kind := column_of(cell.text))}
        kinds = set(columns.values())
        if "content" in kinds and kinds & {"lead", "coordinate", "monitor"}:
            current = TaskTable(columns, Row(para, cells))
            tables.append(current)
            continue
        if current is None and k + 1 < len(paragraphs) and (wrapped := _wrapped_heading(doc, para, paragraphs[k + 1])):
            current, wrapped_at = wrapped, k + 1
            tables.append(current)
            continue
        if current is None:
            rest.append(para)
            continue
        if current.rows and (continued := _continued_row(doc, para, current)) is not None:
            _merge_into(current.rows[-1], para, continued)
            continue
        current.rows.append(Row(para, cells))
    return tables, rest


def _continued_row(doc: Document, para: Paragraph, table: TaskTable) -> list[Cell] | None:
    """The cells of a line that goes on with the row above it, or None: a row a page break or a wrapped line
    split ("2 | Ban hành chiến lược … giai đoạn 2026- | Phòng R&D | … | Bản dự thảo … các bên", then " | 2030 |
    |  |  | liên quan"). In a table whose heading has no outer pipe, a line that opens with one leaves its
    number cell empty; it goes on with the row above when it has the heading's cells and its content is empty,
    goes on in lower case or a number, or stands alone in its row (no body, no time): a row of its own would
    name its doers. The row above must be a task's (a number and content of its own)."""
    if not doc.text[para.start : para.end].lstrip().startswith("|"):
        return None
    if doc.text[table.heading.paragraph.start : table.heading.paragraph.end].lstrip().startswith("|"):
        return None  # a pipe table: every row opens with its outer pipe
    cells = cells_of(doc, para, outer=True)
    if cells is None or len(cells) != len(table.heading.cells):
        return None
    above = table.rows[-1]
    if row_label(above, table) is None or not ((content := cell(above, table, "content")) and content.text):
        return None
    number, own = cell_in(cells, table, "number"), cell_in(cells, table, "content")
    if number is None or number.text or own is None:
        return None
    doers = [c for kind in ("lead", "coordinate", "monitor", "time") if (c := cell_in(cells, table, kind)) and c.text]
    if not own.text or not own.text[0].isupper() or not doers:
        return cells
    return None


def cell_in(cells: list[Cell], table: TaskTable, kind: str) -> Cell | None:
    for index, column in table.columns.items():
        if column == kind and index < len(cells):
            return cells[index]
    return None


def _merge_into(row: Row, para: Paragraph, cells: list[Cell]) -> None:
    """The row above with a continued line's cells joined to its own, one for one; it then ends where the line
    does."""
    for index, below in enumerate(cells):
        if index >= len(row.cells) or not below.text:
            continue
        above = row.cells[index]
        spans = [*above.spans(), (below.start, below.end)]
        text = f"{above.text} {below.text}" if above.text else below.text
        start, end = (above.start, above.end) if above.text else (below.start, below.end)
        row.cells[index] = Cell(start, end, text, spans)
    first = row.paragraph
    row.paragraph = Paragraph(first.start, para.end, first.first_line, para.last_line)


def _blocks(doc: Document, paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """The paragraphs in runs printed on consecutive lines, no blank line between two of a run."""
    blocks: list[list[Paragraph]] = []
    for k, para in enumerate(paragraphs):
        if k and para.first_line == paragraphs[k - 1].last_line + 1:
            blocks[-1].append(para)
        else:
            blocks.append([para])
    return blocks


def _line_cells(doc: Document, block: list[Paragraph]) -> list[Cell]:
    """Each line of a block of paragraphs as a cell."""
    cells = []
    for para in block:
        for k in range(para.first_line, para.last_line + 1):
            line = doc.lines[k]
            text = line.text.strip()
            if text:
                lead = len(line.text) - len(line.text.lstrip())
                cells.append(Cell(line.start + lead, line.start + lead + len(text), text))
    return cells


@lru_cache(maxsize=1)
def _content_column_line_pattern() -> re.Pattern[str]:
    """A line that is only the name of a content column ("Nhiệm vụ", "Nội dung công việc"), on the folded text."""
    cues = load_cues("table_columns.tsv", COLUMN_KINDS)
    return re.compile(rf"^[ \t]*+(?i:{alternation(cues, 'content')})[^\n]{{0,30}}$", re.MULTILINE)


def _content_column_line(doc: Document) -> bool:
    return _content_column_line_pattern().search(doc.folded) is not None


_COLUMNS_MAX = 12  # the columns of a table printed a cell a line: more lines in a run are no heading of one


def _rows_printed_a_cell_a_line(
    doc: Document, paragraphs: list[Paragraph], rows: list[list[Cell] | None]
) -> tuple[list[Paragraph], list[list[Cell] | None]]:
    """A table a page printed a cell a line ("Đơn vị thực hiện" / "Nhiệm vụ" / "Thời hạn", then "UBND TP HCM" /
    "Hướng dẫn …" / "Sớm nhất", a blank line between rows): a run of lines that each name a column, the content's
    and who acts among them, then the runs of as many lines after it, each a row. Returns the paragraphs with each
    such run as one, and their rows."""
    if not _content_column_line(doc):
        return paragraphs, rows  # no line of the text is a content column's name alone: no such table
    row_of = {id(para): row for para, row in zip(paragraphs, rows, strict=True)}
    out_paragraphs: list[Paragraph] = []
    out_rows: list[list[Cell] | None] = []
    width = 0  # the columns of the table being read, 0 outside one
    for block in _blocks(doc, paragraphs):
        lines = block[-1].last_line - block[0].first_line + 1
        opens = width or column_of(doc.lines[block[0].first_line].text)  # a heading opens with a column's name
        may_be_a_row = 1 < lines <= _COLUMNS_MAX and opens and all(row_of[id(p)] is None for p in block)
        cells = _line_cells(doc, block) if may_be_a_row else []
        kinds = [column_of(cell.text) for cell in cells]
        acts = bool(set(kinds) & {"lead", "coordinate", "monitor"})
        heading = len(cells) > 1 and all(kinds) and "content" in kinds and acts
        if heading or (width and len(cells) == width and not any(kinds)):
            width = len(cells) if heading else width
            out_paragraphs.append(Paragraph(block[0].start, block[-1].end, block[0].first_line, block[-1].last_line))
            out_rows.append(cells)
            continue
        width = 0
        out_paragraphs.extend(block)
        out_rows.extend(row_of[id(p)] for p in block)
    return out_paragraphs, out_rows


_PAGE_NUMBER = re.compile(r"\s*+\d{1,3}\s*+")


def _row_lines(doc: Document, para: Paragraph) -> list[Paragraph]:
    """A paragraph of table rows printed on consecutive lines, a page's number among them ("9 | Thống nhất … | Sở
    A | Sở B | 5", "9", "10 | Cập nhật … | Sở A | 10": the rows ran on over a page break), as one paragraph a row,
    the page number left out; any other paragraph as it is."""
    if para.first_line == para.last_line or doc.text.find("|", para.start, para.end) < 0:
        return [para]
    lines = [(k, doc.lines[k]) for k in range(para.first_line, para.last_line + 1) if doc.lines[k].text.strip()]
    if not all("|" in line.text or _PAGE_NUMBER.fullmatch(line.text) for _, line in lines):
        return [para]
    return [Paragraph(line.start, line.end, k, k) for k, line in lines if "|" in line.text]


def _wrapped_heading(doc: Document, first: Paragraph, second: Paragraph) -> TaskTable | None:
    """A task table's heading printed over two lines, each cell's words wrapped onto the second, spacer cells
    between ("TT | Công việc | | Đơn vị | | Đơn vị phối | | Thời" over " | | | thực hiện | | hợp | | gian"):
    the cells joined one for one (the second line's leading pipe closes the number cell it leaves empty), the
    cells empty on both lines dropped, as its rows print none ("1 | Lập kế hoạch | Sở A | Sở B | 7")."""
    upper, lower = cells_of(doc, first, outer=True), cells_of(doc, second, outer=True)
    if upper is None or lower is None or lower[0].text or len(lower) > len(upper) + 1:
        return None
    joined = [" ".join(filter(None, (c.text, lower[i].text if i < len(lower) else ""))) for i, c in enumerate(upper)]
    kept = [Cell(c.start, c.end, text) for c, text in zip(upper, joined, strict=True) if text]
    columns = {i: kind for i, c in enumerate(kept) if (kind := column_of(c.text))}
    kinds = set(columns.values())
    if "content" not in kinds or not kinds & {"lead", "coordinate", "monitor"}:
        return None
    return TaskTable(columns, Row(first, kept))


def cell(row: Row, table: TaskTable, kind: str) -> Cell | None:
    return cell_in(row.cells, table, kind)


def column_cells(row: Row, table: TaskTable, kind: str) -> list[Cell]:
    """Every cell of the row under a column of `kind`: a table may have two lead columns ("Cơ quan trình |
    Cơ quan chủ trì thẩm tra") or two partner columns, each naming its own bodies."""
    return [row.cells[i] for i, column in table.columns.items() if column == kind and i < len(row.cells)]


def group_title(row: Row, table: TaskTable) -> tuple[str, str] | None:
    """(label, title) of a row that only heads a group: "I. KIỆN TOÀN …" alone, or "I | Kiện toàn …" with
    no lead, coordinate or time."""
    texts = [c.text for c in row.cells if c.text]
    if not texts:
        return None
    number = cell(row, table, "number")
    content = cell(row, table, "content")
    others = [cell(row, table, k) for k in ("lead", "coordinate", "monitor", "time")]
    if len(texts) == 1:
        match = _ROMAN.match(texts[0])
        return (match.group("label"), match.group("title")) if match else ("", texts[0])
    if number and _ROMAN.match(number.text) and not any(o and o.text for o in others):
        return _ROMAN.match(number.text).group("label"), content.text if content else ""
    return None


def row_label(row: Row, table: TaskTable) -> str | None:
    number = cell(row, table, "number")
    if number is None:
        return None
    match = _NUMBER.match(number.text)
    return match.group("label") if match else None


def roman_label(row: Row, table: TaskTable) -> str | None:
    """The roman number of a row that heads no group but is a task of its own ("III | Tính toán … | P9")."""
    number = cell(row, table, "number")
    match = _ROMAN.fullmatch(number.text) if number is not None else None
    return match.group("label") if match and not match.group("title") else None


def is_task_row(row: Row, table: TaskTable) -> bool:
    """Not a row of another table printed inside it (far fewer cells than the heading), nor a sub-heading
    (a number cell that holds words: "Đợt | Địa bàn | Thời gian")."""
    if 1 < len(row.cells) < len(table.heading.cells) - 1:
        return False
    number = cell(row, table, "number")
    return not (number and number.text and not _NUMBER.match(number.text) and not _ROMAN.match(number.text))


def item_headings(items, doc: Document) -> tuple[list, list[str]]:
    """The body items and their headings folded for `restated_item`: folded once per document, not once
    per group title (a long document has many of both)."""
    items = list(items)
    return items, [
        fold_keep_case(doc.flat[item.start + len(item.marker) : item.first_end].split(".")[0][:200]).lower()
        for item in items
    ]


def restated_item(title: str, headings: tuple[list, list[str]], before: int | None = None):
    """The body item whose heading the group title restates, if any (`headings` from `item_headings`):
    the best score at RESTATES or above, the first item of those that tie. With `before` (the table's start),
    only an item printed before the table: the table details what the body said first, never an item after."""
    if not title:
        return None
    items, texts = headings
    if before is not None:
        kept = [k for k, item in enumerate(items) if item.start < before]
        items, texts = [items[k] for k in kept], [texts[k] for k in kept]
    # rapidfuzz's loop in C; it keeps the first best, as a loop keeping only a higher score does
    best = process.extractOne(fold_keep_case(title).lower(), texts, scorer=fuzz.token_set_ratio, score_cutoff=RESTATES)
    return items[best[2]] if best else None


def _table_rows(doc: Document):
    return (item for item in walk_items(doc.layout.tasks if doc.layout else []) if item.cells)


_NO_DEADLINE = re.compile(r"^(?:thường\s+xuyên|liên\s+tục|hằng\s+ngày|hàng\s+ngày)\b", re.IGNORECASE)
# a time cell that names the meeting or the part of a month a row is due in, before the period: "Phiên giao ban
# tháng 7/2027", "Kỳ họp cuối quý II/2027", "Tuần đầu tháng 5/2027": the month or quarter it falls in; only the
# lead-ins of cues/deadlines.tsv (time_cell_lead_in) may come before the period
_PERIOD_INSIDE = re.compile(r"\s(?:tháng|quý)\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _time_cell_lead_in() -> re.Pattern[str]:
    from .deadlines import DEADLINE_CUE_KINDS

    cues = load_cues("deadlines.tsv", DEADLINE_CUE_KINDS)
    return re.compile(alternation(cues, "time_cell_lead_in"))


def recognize_table_deadlines(doc: Document) -> list:
    """Recognizer: the deadline of each task-table row, read from its time cell alone ("Trước ngày
    30/11/2025", "Quý II/2026", "2025", "10/2025", "Tháng 1 - 2/2026", "Tháng 12 hằng năm"; "Thường xuyên" is
    none). A cell printed without a cue word is read as the deadline it stands for: a date as "trước ngày …", a
    period or a range of them as "trong …", a month printed as in a date ("10/2025") as that month; a meeting or a
    part of a month before the period ("Phiên giao ban tháng 7/2027", "Đầu tháng 4/2027") as the period it falls
    in; the finding spans the whole cell."""
    from .deadlines import notice_base_date

    base = notice_base_date(doc)
    found = []
    for row in _table_rows(doc):
        for span in row.time_spans:  # a cell a page break split: the first piece that reads as a deadline
            read = _time_cell_deadlines(doc.flat[span[0] : span[1]], span, base)
            if read:
                found.extend(read)
                break
    return found


def _time_cell_deadlines(text: str, span: tuple[int, int], base: str | None) -> list:
    """The deadlines of one time cell's text printed at `span` (recognize_table_deadlines)."""
    from .deadlines import find_deadlines

    own = find_deadlines(text, base_date=base)
    if own:
        return [replace(f, start=f.start + span[0], end=f.end + span[0], rule=f.rule + "+table") for f in own]
    if _NO_DEADLINE.match(text.strip()):
        return []
    for prefix, kinds in (
        ("báo cáo ", {"recurring"}),
        ("trước ngày ", {"date"}),
        ("trong ", None),
        ("trong năm ", None),
    ):
        read = [f for f in find_deadlines(prefix + text, base_date=base) if kinds is None or f.label in kinds]
        if read:
            return [replace(read[0], start=span[0], end=span[1], rule=read[0].rule + "+table_cell")]
    bare = [f for f in find_deadlines(text, base_date=base, time_field=True) if f.rule == "deadline.field"]
    if bare and not text[: bare[0].start].strip():  # "10/2024": a month printed as in a date, no word
        return [replace(bare[0], start=span[0], end=span[1], rule=bare[0].rule + "+table_cell")]
    inside = _PERIOD_INSIDE.search(text)
    lead_in = fold_keep_case(text[: inside.start()].strip()).lower() if inside else ""
    if not (inside and _time_cell_lead_in().fullmatch(lead_in)):
        return []
    read = find_deadlines(text[inside.start() + 1 :], base_date=base, time_field=True)
    if read and read[0].start == 0 and read[0].label == "period":
        return [replace(read[0], start=span[0], end=span[1], rule=read[0].rule + "+table_cell_inside")]
    return []
