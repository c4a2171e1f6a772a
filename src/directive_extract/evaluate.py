"""Score predictions against gold files, field by field, as ../shared/ANNOTATION.md describes.

Names are compared after NFC, casefolding and whitespace collapsing. Agencies match fuzzily
(RapidFuzz token_sort_ratio >= 90) within the same top-level task; items found in subtasks are
gathered up to their top-level task. Scores are micro-averaged over the whole corpus.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .read import decode

HEADER_FIELDS = ("issuer", "number", "doc_type", "place", "date", "urgency", "subject")
FIELDS = (
    "header",
    "tasks",
    "agencies",
    "agency_roles",
    "deadlines",
    "metrics",
    "references",
    "topics",
    "signature",
    "distribution",
    "sections",
)
NOT_IN_OVERALL = ("sections",)
AGENCY_MATCH = 90
TASK_TEXT_F1 = 0.9


def norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).casefold().split())
    return value


@dataclass
class Count:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    def add(self, other: Count) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    counts: dict[str, Count] = field(default_factory=lambda: {f: Count() for f in FIELDS})
    per_doc: dict[str, dict[str, Count]] = field(default_factory=dict)
    documents: int = 0
    missing: list[str] = field(default_factory=list)

    def score(self, name: str) -> float:
        return self.counts[name].f1

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            name: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "support": c.tp + c.fn}
            for name, c in self.counts.items()
        }


def _multiset(gold: list, pred: list) -> Count:
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return Count(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def _gather(tasks: list[dict], key: str) -> list[tuple[str, dict]]:
    """(top-level id, item) for every item under `key` in each top-level task and its subtasks."""
    out: list[tuple[str, dict]] = []

    def walk(task: dict, top: str) -> None:
        for item in task.get(key, []) or []:
            out.append((top, item))
        for sub in task.get("subtasks", []) or []:
            walk(sub, top)

    for task in tasks:
        walk(task, task["id"])
    return out


def _char_f1(gold_span: tuple[int, int] | None, pred_span: tuple[int, int]) -> float:
    if gold_span is None:
        return 0.0
    overlap = max(0, min(gold_span[1], pred_span[1]) - max(gold_span[0], pred_span[0]))
    total = (gold_span[1] - gold_span[0]) + (pred_span[1] - pred_span[0])
    return 2 * overlap / total if total else 1.0


def _score_tasks(gold: dict, pred: dict, source: str | None) -> Count:
    gold_tasks = {t["id"]: t for t in gold.get("tasks", [])}
    pred_tasks = {t["id"]: t for t in pred.get("tasks", [])}
    tp = 0
    for tid, gtask in gold_tasks.items():
        ptask = pred_tasks.get(tid)
        if ptask is None:
            continue
        if source is not None:
            start = source.find(gtask["text"])
            gspan = (start, start + len(gtask["text"])) if start >= 0 else None
            pspan = tuple(ptask["span"]) if ptask.get("span") else None
            if pspan is None or _char_f1(gspan, pspan) < TASK_TEXT_F1:
                continue
        tp += 1
    return Count(tp, len(pred_tasks) - tp, len(gold_tasks) - tp)


def _score_agencies(gold: dict, pred: dict, with_role: bool) -> Count:
    def pairs(tasks: list[dict]) -> set[tuple[str, str, str | None]]:
        return {(top, norm(a["name"]), a.get("role") if with_role else None) for top, a in _gather(tasks, "agencies")}

    gold_pairs, pred_pairs = pairs(gold.get("tasks", [])), pairs(pred.get("tasks", []))
    unmatched = set(pred_pairs)
    tp = 0
    for top, name, role in sorted(gold_pairs, key=str):
        best = None
        for cand in unmatched:
            if cand[0] == top and cand[2] == role:
                score = 100.0 if cand[1] == name else fuzz.token_sort_ratio(cand[1], name)
                if score >= AGENCY_MATCH and (best is None or score > best[0]):
                    best = (score, cand)
        if best:
            unmatched.discard(best[1])
            tp += 1
    return Count(tp, len(pred_pairs) - tp, len(gold_pairs) - tp)


def _reference_key(ref: dict) -> str:
    if ref.get("number"):
        return norm(ref["number"]).replace(" ", "")
    return "type:" + str(norm(ref.get("doc_type")))


def score_document(gold: dict, pred: dict, source: str | None = None) -> dict[str, Count]:
    counts: dict[str, Count] = {}
    gh, ph = gold.get("header") or {}, pred.get("header") or {}
    equal = sum(norm(gh.get(f)) == norm(ph.get(f)) for f in HEADER_FIELDS)
    counts["header"] = Count(equal, len(HEADER_FIELDS) - equal, len(HEADER_FIELDS) - equal)
    counts["tasks"] = _score_tasks(gold, pred, source)
    counts["agencies"] = _score_agencies(gold, pred, with_role=False)
    counts["agency_roles"] = _score_agencies(gold, pred, with_role=True)
    counts["deadlines"] = _multiset(
        [(t, d["kind"], norm(d["value"])) for t, d in _gather(gold.get("tasks", []), "deadlines")],
        [(t, d["kind"], norm(d["value"])) for t, d in _gather(pred.get("tasks", []), "deadlines")],
    )

    def metric_key(m: dict) -> tuple:
        vmax = m.get("value_max")
        return (
            m["indicator"],
            float(m["value"]),
            None if vmax is None else float(vmax),
            m["unit"],
            m["kind"],
        )

    counts["metrics"] = _multiset(
        [metric_key(m) for m in gold.get("metrics", [])], [metric_key(m) for m in pred.get("metrics", [])]
    )
    counts["references"] = _multiset(
        sorted({_reference_key(r) for r in gold.get("references", [])}),
        sorted({_reference_key(r) for r in pred.get("references", [])}),
    )
    counts["topics"] = _multiset(
        sorted({(t, x) for t, x in _gather_topics(gold.get("tasks", []))}),
        sorted({(t, x) for t, x in _gather_topics(pred.get("tasks", []))}),
    )
    gs, ps = (gold.get("signature") or {}).get("signer"), (pred.get("signature") or {}).get("signer")
    same = norm(gs) == norm(ps)
    counts["signature"] = Count(1 if same else 0, 0 if same else 1, 0 if same else 1)
    counts["distribution"] = _multiset(
        [norm(x) for x in gold.get("distribution", [])], [norm(x) for x in pred.get("distribution", [])]
    )
    if gold.get("sections") and source is not None:  # documents whose gold has no sections are skipped
        counts["sections"] = score_sections(gold, pred, source)
    return counts


def _line_starts(source: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(source) if ch == "\n")
    return starts


def _gold_section_lines(gold: dict, source: str) -> list[tuple[str, int | None]]:
    """(kind, line) of each gold section: the first line after the previous one's that opens with `start`."""
    lines = source.split("\n")
    out: list[tuple[str, int | None]] = []
    previous = -1
    for section in gold["sections"]:
        start = section.get("start") or ""
        found = next((i for i in range(previous + 1, len(lines)) if lines[i].lstrip().startswith(start)), None)
        out.append((section.get("kind"), found))
        if found is not None:
            previous = found
    return out


def _pred_section_lines(pred: dict, source: str) -> list[tuple[str, int]]:
    """(kind, line of the first non-blank character) of each predicted section, runs of one kind merged first."""
    from bisect import bisect_right

    line_starts = _line_starts(source)
    out: list[tuple[str, int]] = []
    for section in pred.get("sections", []) or []:
        if out and out[-1][0] == section.get("kind"):
            continue
        start, end = section.get("span") or (0, 0)
        first = next((i for i in range(start, min(end, len(source))) if not source[i].isspace()), None)
        if first is None:
            continue
        out.append((section.get("kind"), bisect_right(line_starts, first) - 1))
    return out


def score_sections(gold: dict, pred: dict, source: str) -> Count:
    """Micro F1 of (kind, start line), as ../shared/ANNOTATION.md "Sections" describes."""
    return _multiset(_gold_section_lines(gold, source), _pred_section_lines(pred, source))


def _gather_topics(tasks: list[dict]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def walk(task: dict, top: str) -> None:
        out.extend((top, topic) for topic in task.get("topics", []) or [])
        for sub in task.get("subtasks", []) or []:
            walk(sub, top)

    for task in tasks:
        walk(task, task["id"])
    return out


def evaluate_dirs(gold_dir: Path, pred_dir: Path) -> Report:
    report = Report()
    for gold_path in sorted(Path(gold_dir).rglob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        pred_path = Path(pred_dir) / f"{stem}.json"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source_path = gold_path.with_name(f"{stem}.txt")
        # decoded exactly as the extractor decodes it (no newline translation), so spans agree
        source = decode(source_path.read_bytes())[0] if source_path.exists() else None
        if pred_path.exists():
            pred = json.loads(pred_path.read_text(encoding="utf-8"))
        else:
            report.missing.append(stem)
            pred = {}
        counts = score_document(gold, pred, source)
        report.per_doc[stem] = counts
        for name, count in counts.items():
            report.counts[name].add(count)
        report.documents += 1
    return report
