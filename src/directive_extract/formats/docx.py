"""Word .docx to text: body paragraphs, tables and text boxes in reading order, list numbers restored.

One paragraph per line with a blank line between paragraphs: a Word paragraph is never wrapped, so
the blank line keeps the later reflow stage from joining two of them.

Tables come in two kinds. A layout table (one or two columns that hold text: the header block
"ỦY BAN NHÂN DÂN … | CỘNG HÒA …", "Kính gửi: | …", the "Nơi nhận | KT. CHỦ TỊCH" signature block)
is read cell by cell, each paragraph a line of its own, so those blocks parse as if typed. A data
table (three or more columns with text in one row: "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối
hợp | Thời gian hoàn thành") is read as a table: one line per row, cells joined by " | " (a cell's
paragraphs joined by a space), with a blank line between rows as between paragraphs, so the reflow
stage never joins two rows. A cell merged across columns (gridSpan) is one cell; the lower part of a
cell merged down rows (vMerge continuation) is an empty cell, so a row keeps its cells in place. A
table nested in a data table's cell follows that cell's row, read by the same rules. Only columns
with text count: Word header blocks often have an empty spacer column between the two halves (r2_05).
Footnotes and endnotes follow the body, one line each with its number in brackets (`notes.py`).
The work is linear in the XML, whose size `safezip` has bounded before parsing.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ..errors import CorruptFileError, EncryptedFileError, InputError
from .data_tables import CELL_SEPARATOR, DATA_COLUMNS
from .notes import note_lines
from .numbering import Numbering
from .safezip import open_checked

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, and password-protected .docx
_BLOCKS = {qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:customXml")}
_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_TEXTBOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# text under these is not shown: deleted or moved-away revisions, property blocks (tab stops), and the
# old-format copy Word keeps of every text box; text boxes are read as blocks of their own
_HIDDEN = {qn("w:del"), qn("w:moveFrom"), qn("w:pPr"), qn("w:rPr"), _TEXTBOX, _FALLBACK}


def _visible(element, paragraph) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is paragraph:
            return True
        if ancestor.tag in _HIDDEN:
            return False
    return True


def paragraph_text(paragraph) -> str:
    """The text Word shows for a w:p with revisions accepted: insertions in, deletions out."""
    parts = []
    for element in paragraph.iter(*_TEXT):
        if _visible(element, paragraph):
            text = _TEXT[element.tag]
            parts.append(element.text or "" if text is None else text)
    return "".join(parts)


def _textboxes(paragraph) -> Iterator:
    """Text boxes anchored in a paragraph (the header block of a notice is sometimes drawn in one)."""
    for box in paragraph.iter(_TEXTBOX):
        if all(a.tag not in (_TEXTBOX, _FALLBACK) for a in box.iterancestors() if a is not paragraph):
            yield box


def _own_paragraphs(container) -> Iterator:
    """The w:p elements of a body, cell or text box in reading order, not descending into tables."""
    for child in container.iterchildren(*_BLOCKS):
        if child.tag == qn("w:p"):
            yield child
            for box in _textboxes(child):
                yield from _own_paragraphs(box)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _own_paragraphs(content)
        elif child.tag != qn("w:tbl"):
            yield from _own_paragraphs(child)


def _cells(table) -> Iterator[list]:
    """The w:tc elements of each w:tr, row by row."""
    for row in table.iterchildren(qn("w:tr")):
        yield list(row.iterchildren(qn("w:tc")))


def _is_data_table(table) -> bool:
    """Three or more cells with text of their own in one row (text of nested tables not counted)."""
    for cells in _cells(table):
        filled = 0
        for cell in cells:
            if any(paragraph_text(p).strip() for p in _own_paragraphs(cell)):
                filled += 1
                if filled >= DATA_COLUMNS:
                    return True
    return False


def _continues_merge(cell) -> bool:
    """A cell under the first of a vertical merge (w:vMerge without "restart"): Word shows it empty."""
    properties = cell.find(qn("w:tcPr"))
    merge = properties.find(qn("w:vMerge")) if properties is not None else None
    return merge is not None and merge.get(qn("w:val"), "continue") != "restart"


class _Reader:
    """Lines of text in reading order, with Word's list numbers counted in document order."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.lines: list[str] = []

    def paragraph(self, element) -> str:
        """The paragraph as shown, its list marker first; an empty numbered paragraph still takes its number."""
        marker = self.numbering.marker(element)
        text = paragraph_text(element).strip()
        return marker + text if text else ""

    def blocks(self, container) -> None:
        for child in container.iterchildren(*_BLOCKS):
            if child.tag == qn("w:p"):
                self._line(self.paragraph(child))
                for box in _textboxes(child):
                    self.blocks(box)
            elif child.tag == qn("w:tbl"):
                self.table(child)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self.blocks(content)
            else:
                self.blocks(child)

    def table(self, table) -> None:
        if not _is_data_table(table):
            for cells in _cells(table):  # layout: every paragraph of every cell a line, as typed
                for cell in cells:
                    self.blocks(cell)
            return
        for cells in _cells(table):
            texts: list[str] = []
            nested: list[str] = []
            for cell in cells:
                parts = self._cell(cell, nested)
                texts.append("" if _continues_merge(cell) else " ".join(" ".join(parts).split()))
            if any(texts):
                self._line(CELL_SEPARATOR.join(texts))
            self.lines.extend(nested)

    def _cell(self, container, nested: list[str]) -> list[str]:
        """The paragraphs of a data cell; the lines of tables inside it go to `nested`, to follow the row.

        Everything is read in document order, so Word's list counters advance as Word's do.
        """
        parts = []
        for child in container.iterchildren(*_BLOCKS):
            if child.tag == qn("w:p"):
                parts.append(self.paragraph(child))
                for box in _textboxes(child):
                    parts.extend(self._cell(box, nested))
            elif child.tag == qn("w:tbl"):
                kept, self.lines = self.lines, []
                self.table(child)
                kept, self.lines = self.lines, kept
                nested.extend(kept)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    parts.extend(self._cell(content, nested))
            else:
                parts.extend(self._cell(child, nested))
        return parts

    def _line(self, text: str) -> None:
        if text:
            self.lines.append(text)


def _related_element(document, relationship: str):
    """The XML of a part the document points to (numbering, styles), or None when it has none."""
    try:
        return document.part.part_related_by(relationship).element
    except (KeyError, AttributeError):
        return None


def read(data: bytes, max_bytes: int) -> tuple[str, str]:
    """Text of a .docx; refuses bombs, entity declarations and damaged archives before parsing."""
    if data.startswith(OLE_MAGIC):
        raise EncryptedFileError(
            "a password-protected Word file or an old .doc saved as .docx: open it in Word and save as .docx"
        )
    if not data.startswith(b"PK"):
        raise CorruptFileError("not a valid .docx file: it is not a zip archive")
    open_checked(data, max_bytes).close()
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering(_related_element(document, RT.NUMBERING), _related_element(document, RT.STYLES))
        reader = _Reader(numbering)
        reader.blocks(document.element.body)
        notes = note_lines(document, _own_paragraphs, paragraph_text)
    except InputError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged package
        raise CorruptFileError(f"not a readable .docx file ({type(exc).__name__}: {exc})") from exc
    # the notes follow the body, which stays what it is without them (its offsets do not move)
    return "\n\n".join(reader.lines + notes), "docx"
