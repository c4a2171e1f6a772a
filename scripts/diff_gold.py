"""Show what the predictions miss and add against gold, field by field (a debugging aid).

Usage: python scripts/diff_gold.py GOLD_DIR PRED_DIR [STEM ...] [--field agencies]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from directive_extract.evaluate import _gather, _gold_section_lines, _pred_section_lines, norm


def agency_pairs(tasks, with_role):
    return {(top, norm(a["name"]), a.get("role") if with_role else "") for top, a in _gather(tasks, "agencies")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("pred_dir", type=Path)
    parser.add_argument("stems", nargs="*")
    parser.add_argument("--field", action="append")
    args = parser.parse_args()
    fields = args.field or ["header", "agencies", "deadlines", "metrics", "references", "topics", "tasks"]
    for gold_path in sorted(args.gold_dir.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        if args.stems and stem not in args.stems:
            continue
        gold = json.loads(gold_path.read_text())
        pred_path = args.pred_dir / f"{stem}.json"
        pred = json.loads(pred_path.read_text()) if pred_path.exists() else {}
        print(f"===== {stem}")
        if "header" in fields:
            for key, value in gold["header"].items():
                if key != "addressees" and norm(value) != norm(pred.get("header", {}).get(key)):
                    print(f"  header.{key}: gold={value!r} pred={pred.get('header', {}).get(key)!r}")
        if "tasks" in fields:
            g = [t["id"] for t in gold["tasks"]]
            p = [t["id"] for t in pred.get("tasks", [])]
            if g != p:
                print(f"  tasks gold={g}\n        pred={p}")
        if "agencies" in fields:
            g, p = agency_pairs(gold["tasks"], True), agency_pairs(pred.get("tasks", []), True)
            for x in sorted(g - p):
                print("  - agency", x)
            for x in sorted(p - g):
                print("  + agency", x)
        if "deadlines" in fields:
            g = {(t, d["kind"], d["value"], d["text"]) for t, d in _gather(gold["tasks"], "deadlines")}
            p = {(t, d["kind"], d["value"], d["text"]) for t, d in _gather(pred.get("tasks", []), "deadlines")}
            for x in sorted(g - p):
                print("  - deadline", x)
            for x in sorted(p - g):
                print("  + deadline", x)
        if "metrics" in fields:
            key = lambda m: (m["indicator"], m["value"], m.get("value_max"), m["unit"], m["kind"], m["text"])  # noqa: E731
            g, p = {key(m) for m in gold["metrics"]}, {key(m) for m in pred.get("metrics", [])}
            for x in sorted(g - p, key=str):
                print("  - metric", x)
            for x in sorted(p - g, key=str):
                print("  + metric", x)
        if "references" in fields:
            g = {(r.get("number"), r["doc_type"]) for r in gold["references"]}
            p = {(r.get("number"), r["doc_type"]) for r in pred.get("references", [])}
            for x in sorted(g - p, key=str):
                print("  - ref", x)
            for x in sorted(p - g, key=str):
                print("  + ref", x)
        if "sections" in fields and gold.get("sections"):
            source = (args.gold_dir / f"{stem}.txt").read_text()
            lines = source.split("\n")
            g, p = _gold_section_lines(gold, source), _pred_section_lines(pred, source)
            for kind, line in sorted(set(g) | set(p), key=lambda x: (x[1] if x[1] is not None else -1, x[0])):
                mark = "=" if (kind, line) in g and (kind, line) in p else ("-" if (kind, line) in g else "+")
                text = lines[line].strip()[:70] if line is not None else "(gold start not found)"
                print(f"  {mark} {kind:12} {line!s:>4} {text}")
        if "topics" in fields:
            g = {
                (t, x) for t, x in ((t, x) for t, task in _gather_tasks(gold["tasks"]) for x in task.get("topics", []))
            }
            p = {
                (t, x)
                for t, x in ((t, x) for t, task in _gather_tasks(pred.get("tasks", [])) for x in task.get("topics", []))
            }
            for x in sorted(g - p):
                print("  - topic", x)
            for x in sorted(p - g):
                print("  + topic", x)


def _gather_tasks(tasks):
    out = []

    def walk(task, top):
        out.append((top, task))
        for sub in task.get("subtasks", []):
            walk(sub, top)

    for task in tasks:
        walk(task, task["id"])
    return out


if __name__ == "__main__":
    main()
