"""The training set: annotated documents read from a corpus folder, grouped by source.

Files whose names start with one of `EXCLUDED_PREFIXES` are never read (documents kept for scoring
at first sight). The source of a document is its repository in the folder's SOURCES.tsv; files not
listed there (the five dev notices) are one source of their own.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..read import decode
from . import crf
from .gold import KINDS, Annotated, annotate

EXCLUDED_PREFIXES = ("cov_", "tbl_")
UNLISTED_SOURCE = "shared/corpus/dev"


def gold_files(folder: Path) -> list[Path]:
    return [
        path
        for path in sorted(Path(folder).glob("*.gold.json"))
        if not path.name.startswith(EXCLUDED_PREFIXES) and path.with_name(_stem(path) + ".txt").is_file()
    ]


def _stem(gold_path: Path) -> str:
    return gold_path.name[: -len(".gold.json")]


def load_annotated(folder: Path) -> list[tuple[Annotated, dict, str]]:
    """(annotated document, gold, source text) of every gold file, in name order."""
    out = []
    for path in gold_files(folder):
        stem = _stem(path)
        source = decode(path.with_name(stem + ".txt").read_bytes())[0]
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.append((annotate(stem, source, gold), gold, source))
    return out


def unannotated(folder: Path) -> list[Annotated]:
    """The folder's documents without a gold file, labelled by the rules (weak.py)."""
    from .weak import annotate_weak

    out = []
    for path in sorted(Path(folder).glob("*.txt")):
        if path.name.startswith(EXCLUDED_PREFIXES) or path.with_name(path.stem + ".gold.json").exists():
            continue
        out.append(annotate_weak(path.stem, decode(path.read_bytes())[0]))
    return out


def sources(folder: Path) -> dict[str, str]:
    """Document stem -> source repository, from SOURCES.tsv beside (or above) the documents."""
    for candidate in (Path(folder) / "SOURCES.tsv", Path(folder).parent / "SOURCES.tsv"):
        if candidate.is_file():
            with candidate.open(encoding="utf-8", newline="") as handle:
                return {row["file"].rsplit(".", 1)[0]: row["repo"] for row in csv.DictReader(handle, delimiter="\t")}
    return {}


def source_of(stem: str, table: dict[str, str]) -> str:
    return table.get(stem, UNLISTED_SOURCE)


def train_all(
    docs: list[Annotated], out_dir: Path, use_boundaries: bool = False, open_class: bool = False
) -> dict[str, int]:
    """One model per kind into `out_dir/<kind>.crfsuite`; returns the training sequences per kind. Each document's
    sequences are featurized once for every kind (what `crf.train` does kind by kind, in the same order)."""
    trainers = {kind: crf.new_trainer() for kind in KINDS}
    counts = dict.fromkeys(KINDS, 0)
    for annotated in docs:
        features: dict[tuple[int, int], list[list[str]]] = {}
        for kind in KINDS:
            for xseq, yseq in crf.training_sequences([annotated], kind, use_boundaries, open_class, features):
                trainers[kind].append(xseq, yseq)
                counts[kind] += 1
    for kind, trainer in trainers.items():
        crf.train_into(trainer, Path(out_dir) / f"{kind}.crfsuite")
    return counts
