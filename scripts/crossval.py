"""Leave-one-source-out cross-validation of the span model: rules alone, model alone, merged.

For each source (repository) of the corpus, the model is trained on the documents of every other
source and the held-out documents are extracted with each merge mode (learned/merge.py); the
predictions are scored with `directive-extract evaluate`'s scorer and micro-averaged over all
folds. Files named cov_* and tbl_* are never read. Writes models/spans/crossval.json (the table and
the per-kind policy it leads to: the best mode on the held-out F1, `rules` unless another beats it,
with the share of bootstrap resamples of the documents on which it beats the rules) and prints the
table as Markdown. --word-boundaries, --open-class, --weak, --c1 and --c2 measure the options the
README reports on.

Usage: python scripts/crossval.py [--corpus corpus/docs] [--word-boundaries] [--open-class] [--weak]
       [--c1 X] [--c2 X] [--jobs 2] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from directive_extract.document import Document
from directive_extract.evaluate import Count, score_document
from directive_extract.learned import crf
from directive_extract.learned.gold import KINDS
from directive_extract.learned.merge import merge
from directive_extract.learned.recognizer import SpanRecognizer
from directive_extract.learned.training import load_annotated, source_of, sources, unannotated
from directive_extract.output import build_notice
from directive_extract.pipeline import RECOGNIZERS, run
from directive_extract.stages.attach import attach
from directive_extract.stages.topics import topics

ROOT = Path(__file__).resolve().parents[1]
FIELD_OF = {"agency": "agency_roles", "deadline": "deadlines", "metric": "metrics"}
FIELDS = ("agencies", "agency_roles", "deadlines", "metrics")
FIELDS_OF_KIND = {"agency": ("agencies", "agency_roles"), "deadline": ("deadlines",), "metric": ("metrics",)}
VARIANTS = {
    "rules": {"mode": "rules"},
    "model": {"mode": "model"},
    "union": {"mode": "union"},
    "union, score ≥ 0.8": {"mode": "union", "min_score": 0.8},
    "agree": {"mode": "agree"},
}

_DATA: dict = {}


def _prepare(
    corpus: str, use_boundaries: bool, weak: bool = False, open_class: bool = False, kinds: tuple[str, ...] = KINDS
) -> None:
    if _DATA.get("key") == (corpus, use_boundaries, weak, open_class, kinds):
        return
    docs = load_annotated(Path(corpus))
    table = sources(Path(corpus))
    training = [a for a, _, _ in docs] + (unannotated(Path(corpus)) if weak else [])
    seqs = {
        kind: {a.name: list(crf.training_sequences([a], kind, use_boundaries, open_class)) for a in training}
        for kind in kinds
    }
    _DATA.update(key=(corpus, use_boundaries, weak, open_class, kinds), docs=docs, table=table, seqs=seqs)


def run_fold(
    corpus: str,
    held_out: str,
    use_boundaries: bool,
    weak: bool = False,
    params: dict | None = None,
    open_class: bool = False,
    kinds: tuple[str, ...] = KINDS,
) -> dict:
    _prepare(corpus, use_boundaries, weak, open_class, kinds)
    docs, table, seqs = _DATA["docs"], _DATA["table"], _DATA["seqs"]
    crf.TRAIN_PARAMS.update(params or {})
    train_names = [name for name in seqs[kinds[0]] if source_of(name, table) != held_out]
    counts = {v: {f: Count() for f in FIELDS} for v in VARIANTS}
    per_doc: dict[str, dict[str, dict[str, list[float]]]] = {}
    started = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        recognizers = []
        for kind in kinds:
            path = Path(tmp) / f"{kind}.crfsuite"
            crf.train_sequences((pair for name in train_names for pair in seqs[kind][name]), path)
            recognizers.append(SpanRecognizer(kind, crf.Tagger(path, use_boundaries, open_class)))
        train_seconds = time.process_time() - started
        tag_seconds = 0.0
        chars = 0
        for annotated, gold, source in docs:
            if source_of(annotated.name, table) != held_out:
                continue
            doc = run(Document.from_source(source, file=annotated.name), until="sections")
            ruled = [f for recognizer in RECOGNIZERS for f in recognizer(doc)]
            t = time.process_time()
            learned = [f for recognizer in recognizers for f in recognizer(doc)]
            tag_seconds += time.process_time() - t
            chars += len(source)
            for variant, setting in VARIANTS.items():
                doc.findings = merge(ruled + learned, {kind: setting for kind in kinds})
                doc.topics = {}
                notice = build_notice(topics(attach(doc)))
                scored = score_document(gold, notice.model_dump(mode="json"), source)
                for field in FIELDS:
                    counts[variant][field].add(scored[field])
                per_doc.setdefault(annotated.name, {})[variant] = {
                    f: [scored[f].tp, scored[f].fp, scored[f].fn] for f in FIELDS
                }
    return {
        "source": held_out,
        "train_docs": len(train_names),
        "counts": {v: {f: vars(c) for f, c in fields.items()} for v, fields in counts.items()},
        "per_doc": per_doc,
        "train_cpu_seconds": round(train_seconds, 1),
        "model_chars_per_cpu_second": round(chars / tag_seconds) if tag_seconds else None,
    }


def _f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def better_share(per_doc: dict, variant: str, field: str, rounds: int = 2000) -> float:
    """Paired bootstrap over documents: the share of resampled corpora on which `variant` has a higher F1
    than the rules alone on `field` (a fixed seed, so the same folds give the same number)."""
    if variant == "rules":
        return 0.0
    names = sorted(per_doc)
    rng = random.Random(13)
    better = 0
    for _ in range(rounds):
        a, b = [0.0] * 3, [0.0] * 3
        for name in rng.choices(names, k=len(names)):
            for i in range(3):
                a[i] += per_doc[name][variant][field][i]
                b[i] += per_doc[name]["rules"][field][i]
        better += _f1(*a) > _f1(*b)
    return round(better / rounds, 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "docs"))
    parser.add_argument("--word-boundaries", action="store_true", help="add underthesea's word boundaries as features")
    parser.add_argument("--open-class", action="store_true", help="add the open-class features (learned/open_class.py)")
    parser.add_argument("--weak", action="store_true", help="add the rules' labels over the unannotated documents")
    parser.add_argument("--c1", type=float, default=None, help="L1 penalty (default: crf.TRAIN_PARAMS)")
    parser.add_argument("--c2", type=float, default=None, help="L2 penalty")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS), help="train and measure only these")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", default=None, help="write the results as JSON here")
    parser.add_argument("--summarize", default=None, help="only recompute the table and policy of this output's folds")
    args = parser.parse_args()
    if args.summarize:
        done = json.loads(Path(args.summarize).read_text(encoding="utf-8"))
        kinds = done.get("kinds", list(KINDS))
        head = {k: v for k, v in done.items() if k not in ("table", "policy", "folds")} | {"kinds": kinds}
        result = head | summarize(done["folds"], kinds, Path(args.out) if args.out else None)
        report(result)
        if args.out:
            Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    _prepare(args.corpus, args.word_boundaries, args.weak, args.open_class, tuple(args.kinds))  # once, before the fork
    held = sorted({source_of(a.name, _DATA["table"]) for a, _, _ in _DATA["docs"]})
    params = {k: v for k, v in (("c1", args.c1), ("c2", args.c2)) if v is not None}
    n = len(held)
    with ProcessPoolExecutor(args.jobs) as pool:
        folds = list(
            pool.map(
                run_fold,
                [args.corpus] * n,
                held,
                [args.word_boundaries] * n,
                [args.weak] * n,
                [params] * n,
                [args.open_class] * n,
                [tuple(args.kinds)] * n,
            )
        )
    result = summarize(folds, args.kinds, Path(args.out) if args.out else None)
    result = {
        "corpus": str(Path(args.corpus).relative_to(ROOT)) if Path(args.corpus).is_relative_to(ROOT) else args.corpus,
        "documents": len(_DATA["docs"]),
        "sources": held,
        "features": {"word_boundaries": args.word_boundaries, "open_class": args.open_class},
        "kinds": args.kinds,
        "weak_labels": args.weak,
        "params": crf.TRAIN_PARAMS | params,
    } | result
    report(result)
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def summarize(folds: list[dict], kinds: list[str], previous_path: Path | None = None) -> dict:
    """The table (fields of the measured kinds), the policy and the folds. A kind not measured keeps the
    policy of `previous_path` (the crossval.json this run replaces), marked with the documents it was
    measured on, or else `rules`."""
    fields = [f for kind in kinds for f in FIELDS_OF_KIND[kind]]
    totals = {v: {f: Count() for f in fields} for v in VARIANTS}
    for fold in folds:
        for v in VARIANTS:
            for f in fields:
                totals[v][f].add(Count(**fold["counts"][v][f]))
    table = {
        v: {f: {"precision": c.precision, "recall": c.recall, "f1": c.f1} for f, c in of_variant.items()}
        for v, of_variant in totals.items()
    }
    per_doc = {name: variants for fold in folds for name, variants in fold["per_doc"].items()}
    previous = {}
    if previous_path is not None and previous_path.is_file():
        previous = json.loads(previous_path.read_text(encoding="utf-8"))
    policy = {}
    for kind, field in FIELD_OF.items():
        if kind not in kinds:
            if kind in previous.get("policy", {}):
                old = previous["policy"][kind]
                measured = old.get("measured_on_documents", previous["documents"])
                policy[kind] = old | {"measured_on_documents": measured, "carried": True}
            else:
                policy[kind] = {"mode": "rules", "variant": "rules", "measured_on_documents": 0, "carried": True}
            continue
        best = max(VARIANTS, key=lambda v: (round(table[v][field]["f1"], 4), v == "rules"))
        policy[kind] = VARIANTS[best] | {
            "variant": best,
            "f1": round(table[best][field]["f1"], 4),
            "rules_f1": round(table["rules"][field]["f1"], 4),
            "share_of_resamples_better": better_share(per_doc, best, field),
            "measured_on_documents": len(per_doc),
            # every variant against the rules on each field of the kind: F1 and the share of resamples it is better on
            "against_rules": {
                v: {f: [round(table[v][f]["f1"], 4), better_share(per_doc, v, f)] for f in FIELDS_OF_KIND[kind]}
                for v in VARIANTS
                if v != "rules"
            },
        }
    return {"table": table, "policy": policy, "folds": folds}


def report(result: dict) -> None:
    table = result["table"]
    fields = list(next(iter(table.values())))
    print("| variant | " + " | ".join(fields) + " |")
    print("| --- |" + " --- |" * len(fields))
    for v in VARIANTS:
        cells = [
            f"{table[v][f]['f1']:.3f} (P {table[v][f]['precision']:.2f} R {table[v][f]['recall']:.2f})" for f in fields
        ]
        print(f"| {v} | " + " | ".join(cells) + " |")
    for kind, p in result["policy"].items():
        if p.get("carried"):
            print(f"policy {kind}: {p['variant']} (carried, measured on {p['measured_on_documents']} documents)")
            continue
        print(
            f"policy {kind}: {p['variant']} (F1 {p['f1']} vs rules {p['rules_f1']}, better on "
            f"{p['share_of_resamples_better']:.0%} of resampled corpora)",
            file=sys.stderr,
        )
        for v, of_field in p.get("against_rules", {}).items():
            print(f"  {v}: " + ", ".join(f"{f} {f1} (better on {sh:.0%})" for f, (f1, sh) in of_field.items()))


if __name__ == "__main__":
    main()
