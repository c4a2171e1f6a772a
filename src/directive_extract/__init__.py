"""directive-extract: Vietnamese administrative documents to span-exact normalized JSON.

from directive_extract import extract, extract_file
notice = extract(text)            # -> Notice (pydantic)
notice.model_dump_json()
frame = board(notices, today="2021-06-10")   # who must do what, by when (a pandas DataFrame)

The pipeline (its data, its patterns and the pydantic models) is imported at the first call, not
with the package, so a command that does not extract (`directive-extract --help`) starts at once.
"""

from __future__ import annotations

import os
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


def _model(model: bool | str | Path):
    """None for the rules alone; the trained span model (`True`: the default folder, else its folder)."""
    if not model:
        return None
    from .learned.model import load_model  # python-crfsuite is imported only when a model is asked for

    return load_model(None if model is True else model)


def extract(text: str, file: str | None = None, model: bool | str | Path = False) -> Notice:
    """Extract one notice from its text. Never reads the clock; any str gives a valid Notice.

    `model=True` adds the learned span recognizer (models/spans, `make train`), merged with the rules
    by its measured policy; a path names another model folder. A missing model raises ModelError.
    """
    from .pipeline import extract_document

    return extract_document(text, file=file, model=_model(model))


def extract_file(
    path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, model: bool | str | Path = False, document: str | None = None
) -> Notice:
    """Read, decode and extract one file; raises InputError for what cannot be read as a document.

    `document` names it in `source.file` (the batch passes its path relative to the folder given);
    by default the file name, printable even when it is not valid UTF-8."""
    from .pipeline import extract_document

    text, encoding = read_file(path, max_bytes=max_bytes)
    name = document or os.fsencode(Path(path).name).decode("utf-8", "backslashreplace")
    return extract_document(text, file=name, encoding=encoding, model=_model(model))


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
