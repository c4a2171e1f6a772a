"""PDF to text from its text layer (pypdf), with tables found on the page layout (pdfplumber).

pypdf's layout mode is used because it keeps the vertical gaps between paragraphs and blocks as
blank lines, which the header and task stages rely on; its horizontal padding (centring, justified
spacing, the gap between the two columns of a notice header) is squeezed to single spaces, which is
what plain mode gives. Lines stay hard-wrapped; the line stage reflows them. A scan has no text layer,
and guessing at it would give silent garbage, so it is refused with a pointer to OCR.

Tables: a task table printed with ruled cells comes out of the text layer as a jumble (each cell's
wrapped lines side by side with the next cell's). pdfplumber finds ruled tables from the drawn
lines and rectangles and gives each cell with its box. A data table (three or more cells with text
in one row, as in `docx.py`) replaces the page's lines that lie inside its box: one line per row,
cells joined by " | " (a cell's lines joined by a space; a cell spanning columns once, the lower
rows of a cell spanning rows as empty cells), a blank line between rows so the reflow stage never
joins two rows. The rest of the page stays pypdf's text, byte for byte: measured on the four raw2
PDFs, pdfplumber's layout text puts a blank line inside a sentence 45 times (pypdf: 2), which would
cut items apart, and its plain text keeps no blank line at all. The two texts are lined up by their
characters to know which pypdf lines fall in a table. White rectangles drawn without a border
(highlight backgrounds behind text, as in r2_01) are not rules: counted as rules, they made a
seven-column "table" of r2_01's opening paragraph. A page with more than `_MAX_EDGES` rules is
not searched (the search grows with their square), and if pdfplumber cannot read a file that pypdf
can, the text is given without tables.
"""

from __future__ import annotations

import difflib
import io
import itertools
import re
import unicodedata

from pypdf import PdfReader

from ..errors import CorruptFileError, EncryptedFileError, InputError, NoTextLayerError
from .data_tables import CELL_SEPARATOR, DATA_COLUMNS
from .quiet import quiet

_BLANK_RUN = re.compile(r"\n{3,}")
_MAX_EDGES = 4000  # a page drawn with more rules than this is not searched for tables (the search is quadratic)


def _open(data: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # many PDFs are "encrypted" for permissions only, with no password
        except Exception:  # e.g. AES without the optional crypto package
            opened = 0
        if not opened:
            raise EncryptedFileError("the PDF is password-protected: remove the password first")
    return reader


def _page_text(page) -> str:
    try:
        layout = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode is the younger code path; plain mode still reads the page
        layout = ""
    if not layout.strip():
        return (page.extract_text() or "").strip("\n")
    lines = (" ".join(line.split()) for line in layout.splitlines())
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")


# --- tables -------------------------------------------------------------------------------------


def _is_white(color) -> bool:
    if isinstance(color, int | float):
        color = (color,)
    if not isinstance(color, tuple | list) or not color or not all(isinstance(c, int | float) for c in color):
        return False
    return all(c == 0 for c in color) if len(color) == 4 else all(c >= 0.99 for c in color)  # CMYK, gray, RGB


def _drawn(obj: dict) -> bool:
    """False for a rectangle nobody sees as a rule: filled white (or not at all) and not stroked."""
    if obj.get("object_type") != "rect":
        return True
    stroked = obj.get("stroke") and not _is_white(obj.get("stroking_color"))
    filled = obj.get("fill") and not _is_white(obj.get("non_stroking_color"))
    return bool(stroked or filled)


def _cell_text(text: str | None) -> str:
    return " ".join((text or "").split())


def _rows(table) -> list[str]:
    """The table's rows as " | " lines; a cell spanning columns appears once, one spanning rows is empty below."""
    lines = []
    middles = [(column.bbox[0] + column.bbox[2]) / 2 for column in table.columns]
    for row, texts in zip(table.rows, table.extract(), strict=True):
        cells = []
        for j, box in enumerate(row.cells):
            if box is not None:
                cells.append(_cell_text(texts[j]))
                continue
            left = next((other for other in reversed(row.cells[:j]) if other is not None), None)
            if left is None or left[2] <= middles[j]:
                cells.append("")  # under a cell merged down the rows
        if any(cells):
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


def _data_tables(page) -> list[tuple[tuple[float, float, float, float], list[str]]]:
    """(box, row lines) of each data table on a pdfplumber page, top to bottom."""
    visible = page.filter(_drawn)
    if len(visible.edges) > _MAX_EDGES:
        return []
    found = []
    for table in visible.find_tables():
        filled = max(sum(1 for text in row if _cell_text(text)) for row in table.extract())
        if filled >= DATA_COLUMNS:
            found.append((table.bbox, _rows(table)))
    return sorted(found, key=lambda item: item[0][1])


def _key(line: str) -> str:
    return unicodedata.normalize("NFC", "".join(line.split()))


def _words(line: str) -> set[str]:
    return set(unicodedata.normalize("NFC", line).split())


def _inside(box: dict, tables) -> int | None:
    """The table a pdfplumber text line lies in (its middle inside the box), or None."""
    middle = (box["top"] + box["bottom"]) / 2
    for t, ((x0, top, x1, bottom), _) in enumerate(tables):
        if top <= middle <= bottom and box["x0"] < x1 and box["x1"] > x0:
            return t
    return None


_UNKNOWN = -1


def _owners(lines: list[str], page, tables) -> list[int | None]:
    """For each pypdf line, the table it lies in, or None.

    pypdf's lines are lined up with pdfplumber's (which have boxes) by their characters. Outside
    tables the two agree line for line. Inside a table they group the cells' lines differently, so a
    pypdf line left over is placed by the words it shares with pdfplumber's lines between the same
    two agreed lines; a line still unplaced (a blank one) belongs to a table when the lines on
    both sides of it do.
    """
    plumbed = page.extract_text_lines(return_chars=False)
    where = [_inside(box, tables) for box in plumbed]
    numbered = [i for i, line in enumerate(lines) if line.strip()]
    matcher = difflib.SequenceMatcher(
        None, [_key(lines[i]) for i in numbered], [_key(p["text"]) for p in plumbed], autojunk=False
    )
    owner: list[int | None] = [_UNKNOWN] * len(lines)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):  # the same lines, a space or mark apart
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                owner[numbered[i]] = where[j]
        elif j2 > j1:
            candidates = [(_words(plumbed[j]["text"]), where[j]) for j in range(j1, j2)]
            for i in range(i1, i2):
                words = _words(lines[numbered[i]])
                shared, table = max(((len(words & other), t) for other, t in candidates), key=lambda c: c[0])
                if shared:
                    owner[numbered[i]] = table
    known = [i for i, t in enumerate(owner) if t != _UNKNOWN]
    for before, after in itertools.pairwise(known):
        if owner[before] is not None and owner[before] == owner[after]:
            for i in range(before + 1, after):
                owner[i] = owner[before]
    return [None if t == _UNKNOWN else t for t in owner]


def _place(text: str, page, tables) -> str:
    """The page's pypdf text with the lines inside each table replaced by the table's rows."""
    lines = text.split("\n")
    owner = _owners(lines, page, tables)
    starts: dict[int, list[int]] = {}
    for t in range(len(tables)):
        inside = [i for i in range(len(lines)) if owner[i] == t]
        starts.setdefault(inside[0] if inside else len(lines), []).append(t)
    out: list[str] = []
    for i in range(len(lines) + 1):
        for t in starts.get(i, []):
            out += ["", *"\n\n".join(tables[t][1]).split("\n"), ""]
        if i < len(lines) and owner[i] is None:
            out.append(lines[i])
    return _BLANK_RUN.sub("\n\n", "\n".join(out)).strip("\n")


def _with_tables(data: bytes, texts: list[str]) -> list[str]:
    """The page texts with their data tables as rows; the texts as they are if pdfplumber fails."""
    try:
        import pdfplumber

        placed = []
        with quiet("pdfminer", "pdfplumber"), pdfplumber.open(io.BytesIO(data)) as pdf:
            for page, text in zip(pdf.pages, texts, strict=False):
                tables = _data_tables(page) if text.strip() else []
                placed.append(_place(text, page, tables) if tables else text)
                page.close()
    except Exception:  # pdfminer gives up on some files pypdf reads; their text is still good
        return texts
    return placed + texts[len(placed) :]


def read(data: bytes, max_bytes: int) -> tuple[str, str]:
    """Text of a PDF's pages; NoTextLayerError for scans, clear errors for locked or damaged files."""
    if b"%PDF-" not in data[:1024]:
        raise CorruptFileError("not a valid PDF file: no %PDF header")
    try:
        with quiet("pypdf"):
            reader = _open(data)
            pages = [_page_text(page) for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise CorruptFileError(f"not a readable PDF file ({type(exc).__name__}: {exc})") from exc
    if not any(page.strip() for page in pages):
        raise NoTextLayerError("the PDF has no text layer (a scanned image?): OCR it first")
    pages = [page for page in _with_tables(data, pages) if page.strip()]
    return "\n\n".join(pages), "pdf"
