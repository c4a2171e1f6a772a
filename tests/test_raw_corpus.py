"""Every raw document goes through; each one with numbered items yields tasks."""

from __future__ import annotations

import pytest

from directive_extract import extract_file

from .conftest import RAW_DIR, raw_sources

ROWS = raw_sources() if RAW_DIR.is_dir() else []


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_raw_document(row: dict[str, str]) -> None:
    notice = extract_file(RAW_DIR / row["file"])
    if row["has_numbered_tasks"] == "yes":
        assert notice.tasks, "a document with numbered items yields tasks"
