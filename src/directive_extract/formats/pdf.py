"""PDF to text from its text layer (pypdf): page texts joined by a blank line.

pypdf's layout mode is used because it keeps the vertical gaps between paragraphs and blocks as
blank lines, which the header and task stages rely on; its horizontal padding (centring, justified
spacing, the gap between the two columns of a notice header) is squeezed to single spaces, which is
what plain mode gives. Lines stay hard-wrapped; the line stage reflows them. A scan has no text layer,
and guessing at it would give silent garbage, so it is refused with a pointer to OCR.
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from ..errors import CorruptFileError, EncryptedFileError, InputError, NoTextLayerError
from .quiet import quiet

_BLANK_RUN = re.compile(r"\n{3,}")


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
    pages = [page for page in pages if page.strip()]
    if not pages:
        raise NoTextLayerError("the PDF has no text layer (a scanned image?): OCR it first")
    return "\n\n".join(pages), "pdf"
