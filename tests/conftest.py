"""Shared fixtures: where the corpora are, small factories for test tables, the pipeline run up to a stage."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from directive_extract.document import Document
from directive_extract.pipeline import prepare

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_DIR = SHARED / "corpus" / "dev"
RAW_DIR = SHARED / "corpus" / "raw"
CORPUS_DIR = ROOT / "corpus" / "docs"


# the suite's longest tests (minutes each): started first, each on its own worker, while the short ones fill the
# other worker, rather than met last on the same one
LONGEST = ("test_make_train_reproduces_the_committed_model", "test_every_compiled_pattern_is_linear")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests first, then the others marked slow, then the rest, each group in collection order."""
    items.sort(key=lambda item: 0 if item.name in LONGEST else 1 if item.get_closest_marker("slow") else 2)


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


@pytest.fixture(scope="session")
def pipeline_until() -> Callable[[str, str], Document]:
    """`pipeline_until(text, "sections")`: the Document of `text` after the stages up to and including that one."""

    def run(text: str, stage: str) -> Document:
        return prepare(text, until=stage)

    return run


@pytest.fixture
def cue_table_with_row(monkeypatch):
    """A cue table (`resources/cues/NAME`) with one more line, as a clerk would add it.

    Call it with the file name, the row, and the compiled-pattern caches built from that table; it
    returns the new line's number. The caches are cleared again after the test.
    """
    from directive_extract import cues

    original = cues._read
    cleared: list = []

    def add(name: str, row: str, *caches) -> int:
        def read(file: str) -> str:
            text = original(file)
            return text + row + "\n" if file == name else text

        monkeypatch.setattr(cues, "_read", read)
        cleared[:] = [cues.load_cues, *caches]
        for cache in cleared:
            cache.cache_clear()
        return len(original(name).splitlines()) + 1

    yield add
    for cache in cleared:
        cache.cache_clear()
