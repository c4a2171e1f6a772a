"""directive-extract: Vietnamese administrative documents to span-exact normalized JSON.

from directive_extract import extract, extract_file
notice = extract(text)            # -> Notice (pydantic)
notice.model_dump_json()
"""

from __future__ import annotations

from pathlib import Path

from ._version import __version__
from .errors import DirectiveExtractError, InputError
from .pipeline import extract_document
from .read import DEFAULT_MAX_BYTES, read_file
from .schema import Notice

__all__ = ["DirectiveExtractError", "InputError", "Notice", "__version__", "extract", "extract_file"]


def extract(text: str, file: str | None = None) -> Notice:
    """Extract one notice from its text. Never reads the clock; any string gives a valid Notice."""
    return extract_document(text, file=file)


def extract_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Notice:
    """Read, decode and extract one file; raises InputError for what cannot be read as a document."""
    text, encoding = read_file(path, max_bytes=max_bytes)
    return extract_document(text, file=Path(path).name, encoding=encoding)
