"""Shared fixtures: where the corpora are, and small factories for test tables."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_DIR = SHARED / "corpus" / "dev"
RAW_DIR = SHARED / "corpus" / "raw"
CORPUS_DIR = ROOT / "corpus" / "docs"


def corpus_texts() -> list[Path]:
    """Every document we have: the shared dev and raw sets and the project corpus."""
    paths = sorted(DEV_DIR.glob("*.txt")) + sorted(RAW_DIR.glob("*.txt")) + sorted(CORPUS_DIR.glob("*.txt"))
    return paths


def raw_sources() -> list[dict[str, str]]:
    with (RAW_DIR / "SOURCES.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture(scope="session")
def shared_available() -> bool:
    if not DEV_DIR.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    return True
