"""Train the span model into models/spans/ from the annotated corpus (`make train`).

One CRF per kind (agency, deadline, metric) on every gold document of corpus/docs except cov_* and
tbl_*; config.json takes the features and the merge policy that the cross-validation chose
(models/spans/crossval.json, written by `make crossval`), and MODEL_CARD.md is regenerated from
both. The same corpus gives the same files, byte for byte (no randomness; the digests are in
config.json).

Usage: python scripts/train_model.py [--corpus corpus/docs] [--out models/spans]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from importlib.metadata import version
from pathlib import Path

from directive_extract._version import __version__
from directive_extract.learned.crf import TRAIN_PARAMS
from directive_extract.learned.gold import KINDS
from directive_extract.learned.training import EXCLUDED_PREFIXES, load_annotated, source_of, sources, train_all

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("agencies", "agency_roles", "deadlines", "metrics")


def _card(config: dict, crossval: dict | None) -> str:
    lines = [
        "# Model card: directive-extract span model (CRF)",
        "",
        f"Version {config['version']}, trained by `make train` (scripts/train_model.py) with directive-extract "
        f"{config['extractor']}.",
        "",
        "**What it does.** Marks agency, deadline and metric spans in Vietnamese administrative documents, one "
        "linear-chain CRF per kind (python-crfsuite, L-BFGS, "
        + ", ".join(f"{k}={v}" for k, v in TRAIN_PARAMS.items())
        + ") over syllables labelled B/I/O. Agencies and deadlines are tagged inside the tasks the rules find, "
        "metrics everywhere. What a span is (canonical name and role, deadline kind and value, indicator and "
        "quantity) is read by the rules' own readers on the span (src/directive_extract/learned/recognizer.py).",
        "",
        "**Features.** The syllable with and without diacritics, its shape (Xx, XX, digits, date-like), the "
        "same for two syllables either side, bigrams with each neighbour, first/last of the line, and the "
        "project's vocabularies (type words of agency names, level words, time and count words)"
        + (", and underthesea's word boundaries" if config["features"]["word_boundaries"] else "")
        + (
            "; and the open-class features (role cues before and after, distance from a type word, title-case runs, "
            "places, class starts, boundary words, item lines: learned/open_class.py)"
            if config["features"].get("open_class")
            else ""
        )
        + ".",
        "",
        f"**Data.** {config['training']['documents']} annotated documents of corpus/docs from "
        f"{len(config['training']['sources'])} sources (files {', '.join(p + '*' for p in EXCLUDED_PREFIXES)} "
        "never read); training sequences per kind: "
        + ", ".join(f"{k} {n}" for k, n in config["training"]["sequences"].items())
        + ". No weak labels: the rules' output over unannotated documents was not used (see README).",
        "",
    ]
    if crossval:
        measured = [f for f in FIELDS if f in next(iter(crossval["table"].values()))]
        lines += [
            f"**Scores** (leave-one-source-out over {crossval['documents']} documents, {len(crossval['sources'])} "
            "sources; F1, precision, recall; scripts/crossval.py):",
            "",
            "| variant | " + " | ".join(measured) + " |",
            "| --- |" + " --- |" * len(measured),
        ]
        for variant, fields in crossval["table"].items():
            cells = [
                f"{fields[f]['f1']:.3f} (P {fields[f]['precision']:.2f} R {fields[f]['recall']:.2f})" for f in measured
            ]
            lines.append(f"| {variant} | " + " | ".join(cells) + " |")
        lines += [""]
    lines += [
        "**Policy** (merge with the rules, per kind: the best held-out variant; `rules` means the kind is not "
        "tagged at all): " + "; ".join(_policy_line(kind, p) for kind, p in config["policy"].items()) + ".",
        "",
        "**Use.** Opt-in: `directive-extract extract --model …`, `extract(text, model=True)`, or the spaCy "
        'component with `config={"model": True}`. ' + _use_line(config["policy"]) + " Limits: "
        f"{config['training']['documents']} training documents from {len(config['training']['sources'])} sources; "
        "held out by source, the agency model alone finds about half of what the rules find, and merged it does "
        "not beat them; few documents hold most of the metrics, so the metric model finds almost none elsewhere.",
        "",
    ]
    return "\n".join(lines)


def _use_line(policy: dict) -> str:
    tagged = [kind for kind, p in policy.items() if p["mode"] != "rules"]
    if not tagged:
        return (
            "With this policy it tags nothing (no kind's merge beats the rules on held-out sources), so `--model` "
            "gives the rules' output; the models are kept to be re-measured as annotated sources grow."
        )
    return (
        f"It tags {', '.join(tagged)} only; not on by default, for its held-out gain over the rules is within the "
        "resampling noise above and it costs about a third of the throughput (README, The learned recognizer)."
    )


def _policy_line(kind: str, policy: dict) -> str:
    line = f"{kind}: {policy.get('variant', policy['mode'])}"
    if policy.get("carried"):
        return line + f" (measured on {policy['measured_on_documents']} documents by an earlier run, not re-measured)"
    if policy["mode"] != "rules" and "rules_f1" in policy:
        line += (
            f" (held-out F1 {policy['f1']:.4f} against {policy['rules_f1']:.4f} for the rules alone, better on "
            f"{policy['share_of_resamples_better']:.0%} of bootstrap resamples of the documents)"
        )
    return line


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT / "corpus" / "docs"))
    parser.add_argument("--out", default=str(ROOT / "models" / "spans"))
    args = parser.parse_args()
    out = Path(args.out)
    crossval_path = out / "crossval.json"
    crossval = json.loads(crossval_path.read_text(encoding="utf-8")) if crossval_path.is_file() else None
    use_boundaries = bool(crossval and crossval["features"]["word_boundaries"])
    open_class = bool(crossval and crossval["features"].get("open_class", False))
    started = time.process_time()
    docs = load_annotated(Path(args.corpus))
    table = sources(Path(args.corpus))
    counts = train_all([a for a, _, _ in docs], out, use_boundaries, open_class)
    policy = {kind: {"mode": "rules"} for kind in KINDS}
    if crossval:
        policy = crossval["policy"]
    config = {
        "version": "1",
        "extractor": __version__,
        "python-crfsuite": version("python-crfsuite"),
        "kinds": list(KINDS),
        "features": {"word_boundaries": use_boundaries, "open_class": open_class},
        "params": TRAIN_PARAMS,
        "policy": policy,
        "training": {
            "documents": len(docs),
            "sources": sorted({source_of(a.name, table) for a, _, _ in docs}),
            "files": [a.name for a, _, _ in docs],
            "sequences": counts,
        },
        "sha256": {kind: hashlib.sha256((out / f"{kind}.crfsuite").read_bytes()).hexdigest() for kind in KINDS},
    }
    (out / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(_card(config, crossval), encoding="utf-8")
    print(f"trained {', '.join(KINDS)} into {out} in {time.process_time() - started:.0f} s CPU")


if __name__ == "__main__":
    main()
