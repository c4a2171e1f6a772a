"""Read stage: a file to (text, label). Spans index the returned text exactly as returned.

The label says what was decoded: utf-8, utf-8-sig, utf-16, windows-1258, tcvn3, vni-windows (plain
text), or docx, pdf, html. The format comes from the suffix for .docx/.pdf/.html/.htm, otherwise
from the content (a PDF or Word file under another name is still read as what it is).
"""

from __future__ import annotations

import importlib
import stat
from pathlib import Path

from .errors import EmptyInputError, TooLargeError, UnreadableFileError, UnsupportedFormatError
from .formats.text import decode_text

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_BY_SUFFIX = {".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def decode(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a plain text file; returns (text, encoding label)."""
    return decode_text(data)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing what is missing, not a file, empty or too large (from stat, before reading)."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise UnreadableFileError(f"no such file: {path}") from exc
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError(f"{path} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(f"{path} is not a regular file")
    if info.st_size > max_bytes:
        raise TooLargeError(f"{info.st_size} bytes is over the limit of {max_bytes} bytes")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise UnreadableFileError(f"{path} vanished while being read") from exc
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise TooLargeError(f"over the limit of {max_bytes} bytes (the file grew while being read)")
    if not data.strip():
        raise EmptyInputError("empty file")
    return data


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<html" in head)


def sniff(path: Path, data: bytes) -> str:
    """The format to read: "text", "docx", "pdf" or "html"."""
    by_suffix = _BY_SUFFIX.get(path.suffix.lower())
    if by_suffix:
        return by_suffix
    if data.startswith(_OLE_MAGIC):
        raise UnsupportedFormatError("an old binary Word (.doc) file: open it in Word and save as .docx")
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if path.suffix.lower() != ".txt" and _looks_like_html(data):
        return "html"
    return "text"


def read_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Read and decode one document; raises an InputError subclass with a plain message on any problem."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    kind = sniff(path, data)
    if kind == "text":
        text, label = decode_text(data)
    else:
        reader = importlib.import_module(f".formats.{kind}", __package__)
        text, label = reader.read(data, max_bytes)
    if not text.strip():
        raise EmptyInputError("the document has no text")
    return text, label
