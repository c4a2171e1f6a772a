"""Run the taggers and attach each finding to the deepest task that holds it.

Agencies and deadlines sit on the deepest task that mentions them; metrics are listed once at the
top level with the id of the deepest task holding them (and repeated on that task); references and
people are document-wide. Deadlines repeated in one task with the same value are listed once.
Offsets stay internal here; output.py maps them to the source.
"""

from __future__ import annotations

from ..document import Document
from .agencies import find_agencies
from .deadlines import find_deadlines
from .metrics import find_metrics
from .people import find_people
from .references import find_references
from .tasks import task_index
from .topics import cue_positions, topics_in


def _all_items(items):
    for item in items:
        yield item
        yield from _all_items(item.children)


def tag(doc: Document) -> Document:
    layout = doc.results["layout"]
    tasks = layout.tasks
    index = task_index(doc)
    tagged: dict[str, dict[str, list]] = {}

    def slot(item, key: str) -> list:
        return tagged.setdefault(item.id, {}).setdefault(key, [])

    agency_result = find_agencies(doc)
    for task_id, mentions in agency_result.by_task.items():
        for m in mentions:
            tagged.setdefault(task_id, {}).setdefault("agencies", []).append(
                {"start": m.start, "end": m.end, "name": m.name, "role": m.role, "rule": m.rule}
            )
    doc.results["agencies"] = [
        {
            "start": m.start,
            "end": m.end,
            "name": m.name,
            "task_id": m.task.id if m.task else None,
            "role": m.role,
            "rule": m.rule,
        }
        for m in agency_result.mentions
    ]

    for d in find_deadlines(doc):
        item = index.deepest(d.start)
        if item is None:
            continue
        bucket = slot(item, "deadlines")
        if any(x["kind"] == d.kind and x["value"] == d.value for x in bucket):
            continue
        bucket.append({"start": d.start, "end": d.end, "kind": d.kind, "value": d.value, "rule": d.rule})

    metrics = []
    for m in find_metrics(doc, lambda offset: index.deepest(offset) is not None):
        item = index.deepest(m.start)
        entry = {
            "start": m.start,
            "end": m.end,
            "indicator": m.indicator,
            "value": m.value,
            "value_max": m.value_max,
            "unit": m.unit,
            "kind": m.kind,
            "task_id": item.id if item else None,
            "rule": m.rule,
        }
        metrics.append(entry)
        if item is not None:
            slot(item, "metrics").append(entry)
    doc.results["metrics"] = metrics

    doc.results["references"] = [
        {
            "start": r.start,
            "end": r.end,
            "doc_type": r.doc_type,
            "number": r.number,
            "date": r.date,
            "rule": r.rule,
        }
        for r in find_references(doc)
    ]
    doc.results["people"] = [
        {"start": p.start, "end": p.end, "name": p.name, "title": p.title, "rule": p.rule} for p in find_people(doc)
    ]

    positions = cue_positions(doc.folded)
    for item in _all_items(tasks):
        tagged.setdefault(item.id, {})["topics"] = topics_in(positions, item.start, item.end)
    doc.results["tagged"] = tagged
    return doc
