"""Read stage: bytes -> text. Spans index the decoded text (a UTF-8 BOM is not part of it)."""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import BinaryInputError, DecodeError, EmptyInputError, InputError, TooLargeError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name)."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    if encoding != "utf-16" and b"\x00" in body[:8192]:
        raise BinaryInputError("binary content (NUL bytes): not a text document")
    try:
        text = body.decode("utf-16" if encoding == "utf-16" else "utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding} text at byte {exc.start}") from exc
    return text, encoding


def read_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLargeError(f"{size} bytes is over the limit of {max_bytes} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not data.strip():
        raise EmptyInputError("empty file")
    return decode(data)
