"""Annotated documents as labelled spans: where each gold agency, deadline and metric stands.

A gold file gives every item's `text`, an exact slice of the document, on the deepest task that
mentions it (../shared/ANNOTATION.md). Tasks are located in order, each item inside its task (every
occurrence there when it is two words or more: a body named twice in one item is the same body),
metrics in document order. An item that is not inside its task (a lead the task inherits from its
lead-in) labels nothing. Spans are converted to the internal text of the Document, which is what
the model reads at run time.

Agencies and deadlines are annotated only inside tasks, so only the task spans teach them (a body
named in the assessment is not a negative example); metrics are annotated everywhere.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..document import Document
from ..stages.lines import split_lines
from ..stages.normalize import normalize

KINDS = ("agency", "deadline", "metric")
TASK_KINDS = ("agency", "deadline")  # annotated inside tasks only


@dataclass
class Annotated:
    name: str
    doc: Document
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # internal offsets
    regions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # where a kind is annotated


def _to_internal(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    s = bisect_left(doc.starts, start)
    e = bisect_right(doc.ends, end)
    return (s, e) if s < e else None


def _occurrences(source: str, text: str, lo: int, hi: int, every: bool) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = source.find(text, lo, hi)
    while at >= 0:
        out.append((at, at + len(text)))
        if not every:
            break
        at = source.find(text, at + len(text), hi)
    return out


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if not kept or s >= kept[-1][1]:
            kept.append((s, e))
    return kept


def _walk_tasks(source: str, tasks: list[dict], lo: int, hi: int, found: dict[str, list[tuple[int, int]]]):
    """Yield each task's source span (top level first) and collect its items' spans into `found`."""
    cursor = lo
    for task in tasks:
        text = task.get("text") or ""
        at = source.find(text, cursor, hi) if text else -1
        if at < 0:
            continue
        start, end = at, at + len(text)
        cursor = start + 1
        yield start, end
        for kind, key in (("agency", "agencies"), ("deadline", "deadlines")):
            for item in task.get(key) or []:
                item_text = item.get("text") or ""
                if item_text.strip():
                    every = len(item_text.split()) >= 2
                    found[kind].extend(_occurrences(source, item_text, start, end, every))
        list(_walk_tasks(source, task.get("subtasks") or [], start, end, found))


def annotate(name: str, source: str, gold: dict) -> Annotated:
    """The labelled spans and annotated regions of one document, in the Document's internal offsets."""
    doc = split_lines(normalize(Document.from_source(source, file=name)))
    found: dict[str, list[tuple[int, int]]] = {kind: [] for kind in KINDS}
    task_spans = list(_walk_tasks(source, gold.get("tasks") or [], 0, len(source), found))
    cursor = 0
    for metric in gold.get("metrics") or []:
        text = metric.get("text") or ""
        if not text.strip():
            continue
        spans = _occurrences(source, text, cursor, len(source), False) or _occurrences(
            source, text, 0, len(source), False
        )
        if spans:
            found["metric"].extend(spans)
            cursor = spans[0][0] + 1
    result = Annotated(name, doc)
    for kind in KINDS:
        internal = [_to_internal(doc, s, e) for s, e in _without_overlaps(found[kind])]
        result.spans[kind] = [span for span in internal if span]
    whole = [(0, len(doc.text))]
    task_regions = [r for r in (_to_internal(doc, s, e) for s, e in _without_overlaps(task_spans)) if r]
    result.regions = {kind: (task_regions if kind in TASK_KINDS else whole) for kind in KINDS}
    return result
