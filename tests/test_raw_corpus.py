"""Every raw document goes through; each one with numbered items yields tasks, unless its gold, annotated by
reading, has none (pjj_17: its numbered items are clauses of a law quoted between “ and ”)."""

from __future__ import annotations

import json

import pytest

from directive_extract import extract_file

from .conftest import CORPUS_DIR, RAW_DIR, raw_sources

ROWS = raw_sources() if RAW_DIR.is_dir() else []


def _gold_has_no_tasks(file: str) -> bool:
    gold = CORPUS_DIR / file.replace(".txt", ".gold.json")
    return gold.is_file() and not json.loads(gold.read_text(encoding="utf-8"))["tasks"]


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_raw_document(row: dict[str, str]) -> None:
    notice = extract_file(RAW_DIR / row["file"])
    if row["has_numbered_tasks"] == "yes" and not _gold_has_no_tasks(row["file"]):
        assert notice.tasks, "a document with numbered items yields tasks"
