"""Word .docx to text: body paragraphs, table cells and text boxes in reading order, list numbers restored.

One paragraph per line with a blank line between paragraphs: a Word paragraph is never wrapped, so
the blank line keeps the later reflow stage from joining two of them. Tables are read row by row,
cell by cell (the header block of a notice is usually a two-column table).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ..errors import CorruptFileError, EncryptedFileError, InputError
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


def _blocks(container) -> Iterator:
    """The w:p elements under a body, cell or text box, in reading order, descending into tables."""
    for child in container.iterchildren(*_BLOCKS):
        if child.tag == qn("w:p"):
            yield child
            for box in _textboxes(child):
                yield from _blocks(box)
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                for cell in row.iterchildren(qn("w:tc")):
                    yield from _blocks(cell)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content)
        else:
            yield from _blocks(child)


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
        lines = []
        for element in _blocks(document.element.body):
            text = paragraph_text(element).strip()
            if text:
                lines.append(numbering.marker(element) + text)
            else:
                numbering.marker(element)  # an empty numbered paragraph still takes its number
    except InputError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged package
        raise CorruptFileError(f"not a readable .docx file ({type(exc).__name__}: {exc})") from exc
    return "\n\n".join(lines), "docx"
