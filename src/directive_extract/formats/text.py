"""Plain text bytes to str: BOMs, UTF-16 without BOM, strict UTF-8, then the legacy Vietnamese tables.

Strict UTF-8 is tried before any detection work: it is the common case, and legacy 8-bit text is
practically never valid UTF-8. Spans index the returned text (a BOM is not part of it).
"""

from __future__ import annotations

import codecs

from ..errors import BinaryInputError, DecodeError
from . import legacy

_HEAD = 8192
_UTF16_NUL_SHARE = 0.3  # in UTF-16 text most code units are ASCII or Latin-1: one byte of the pair is NUL


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when NULs sit on one side of the byte pairs only, else None."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0 : pairs * 2 : 2].count(0)
    odd = head[1 : pairs * 2 : 2].count(0)
    if odd >= _UTF16_NUL_SHARE * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= _UTF16_NUL_SHARE * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _utf32_without_bom(head: bytes) -> str | None:
    """ "utf-32-le" or "utf-32-be" when the two high bytes of every four are NUL (text in the BMP) and the
    low byte almost never is."""
    quads = len(head) // 4
    if quads < 2:
        return None
    columns = [head[k : quads * 4 : 4].count(0) for k in range(4)]
    if columns[2] == columns[3] == quads and columns[0] <= 0.02 * quads:
        return "utf-32-le"
    if columns[0] == columns[1] == quads and columns[3] <= 0.02 * quads:
        return "utf-32-be"
    return None


def _strict(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {label} text at byte {exc.start}") from exc


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; returns (text, label)."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", "UTF-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts both
        return _strict(data, "utf-32", "UTF-32"), "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "UTF-16"), "utf-16"
    head = data[:_HEAD]
    if b"\x00" in head:
        utf32 = _utf32_without_bom(head)
        if utf32 is not None and not len(data) % 4:
            text = _strict(data, utf32, "UTF-32")
            if sum(not c.isprintable() and c not in "\t\n\r\f" for c in text[:_HEAD]) > len(text[:_HEAD]) // 100:
                raise BinaryInputError("binary content: not a text document")
            return text, "utf-32"
        codec = _utf16_without_bom(head)
        if codec is None or len(data) % 2:
            raise BinaryInputError("binary content (NUL bytes): not a text document")
        text = _strict(data, codec, "UTF-16")
        if sum(not c.isprintable() and c not in "\t\n\r\f" for c in text[:_HEAD]) > len(text[:_HEAD]) // 100:
            raise BinaryInputError("binary content: not a text document")
        return text, "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return legacy.detect(data)
