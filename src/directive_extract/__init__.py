"""directive-extract: Vietnamese administrative documents to span-exact normalized JSON.

from directive_extract import extract, extract_file
notice = extract(text)            # -> Notice (pydantic)
notice.model_dump_json()
frame = board(notices, today="2021-06-10")   # who must do what, by when (a pandas DataFrame)

The pipeline (its data, its patterns and the pydantic models) is imported at the first call, not
with the package, so a command that does not extract (`directive-extract --help`) starts at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ._version import __version__
from .errors import DirectiveExtractError, InputError
from .read import DEFAULT_MAX_BYTES, read_file

if TYPE_CHECKING:
    import pandas as pd

    from .schema import Notice

__all__ = ["DirectiveExtractError", "InputError", "Notice", "__version__", "board", "extract", "extract_file"]


def extract(text: str, file: str | None = None) -> Notice:
    """Extract one notice from its text. Never reads the clock; any string gives a valid Notice."""
    from .pipeline import extract_document

    return extract_document(text, file=file)


def extract_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Notice:
    """Read, decode and extract one file; raises InputError for what cannot be read as a document."""
    from .pipeline import extract_document

    text, encoding = read_file(path, max_bytes=max_bytes)
    return extract_document(text, file=Path(path).name, encoding=encoding)


def board(notices: Iterable[Notice], today: date | str, agency: str | None = None) -> pd.DataFrame:
    """Every assignment of `notices` (body, role, task, deadline, due date, status as of `today`).

    One row per body a task assigns, grouped under one name per body across notices ("Sở Y tế" of
    a Long An notice is "Sở Y tế tỉnh Long An"); `agency` keeps one body's rows. See board_table.py.
    pandas is imported here, not on the extraction path.
    """
    from .board_table import board_frame

    return board_frame(notices, today=today, agency=agency)


def __getattr__(name: str) -> object:
    if name == "Notice":
        from .schema import Notice

        return Notice
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
