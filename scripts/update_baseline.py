"""Raise the regression floors in tests/baseline.json to the scores the pipeline reaches now.

Floors only go up: a field whose score dropped keeps its old floor (and its test fails).
`--rebase NAME` is for the day documents join corpus NAME: its floors are set to what the pipeline
reaches on the larger corpus, lower ones included (say so in the commit, with the first-sight table).
Each batch of the corpus (`corpus/h2`, `corpus/pjj` …, by file-name prefix) keeps floors of its own,
which a new batch does not lower: a new batch gets its first floors, the others only go up (unless
named with --rebase, e.g. after a gold correction in that batch).
Usage: python scripts/update_baseline.py [--margin 0.005] [--rebase corpus] [--rebase corpus/h4]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from directive_extract.evaluate import FIELDS  # noqa: E402
from tests.test_corpus_scores import CORPORA, batches, score, score_batch  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--margin", type=float, default=0.005, help="floor = score - margin, rounded down")
    parser.add_argument("--rebase", action="append", default=[], help="corpus whose documents changed")
    args = parser.parse_args()
    path = ROOT / "tests" / "baseline.json"
    baseline = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for corpus, gold_dir in CORPORA.items():
        if not any(gold_dir.glob("*.gold.json")):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            reports = {corpus: score(gold_dir, Path(tmp) / "pred")}
            if corpus == "corpus":
                for batch in batches(gold_dir):
                    reports[batch] = score_batch(batch, Path(tmp) / "pred", Path(tmp) / batch, gold_dir)
        for name_of_set, report in reports.items():
            floors = baseline.setdefault(name_of_set, {})
            for name in FIELDS:
                new = max(0.0, int((report.score(name) - args.margin) * 1000) / 1000)
                old = floors.get(name, 0.0)
                floors[name] = new if name_of_set in args.rebase else max(old, new)
                print(
                    f"{name_of_set:18} {name:14} score {report.score(name):.3f}  floor {old:.3f} -> {floors[name]:.3f}"
                )
    path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
