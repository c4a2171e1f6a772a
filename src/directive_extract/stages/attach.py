"""Attach: set each finding's task once, and keep each item once.

Reads `doc.findings` and `doc.task_index`; rewrites `doc.findings` with `task_id` set to the
deepest task holding the span (a finding that names its task already, an inherited lead, keeps it).
A deadline outside every task is no constraint on a task and is dropped, and a task lists a
deadline of the same kind and value once (the first printed).
"""

from __future__ import annotations

from ..document import Document
from ..findings import Finding


def attach(doc: Document) -> Document:
    index = doc.task_index
    kept: list[Finding] = []
    seen_deadlines: set[tuple[str, str | None, object]] = set()
    for finding in doc.findings:
        if finding.task_id is None and index is not None:
            item = index.deepest(finding.start)
            if item is not None:
                finding = finding.in_task(item.id)
        if finding.kind == "deadline":
            key = (finding.task_id, finding.label, finding.value)
            if finding.task_id is None or key in seen_deadlines:
                continue
            seen_deadlines.add(key)
        kept.append(finding)
    doc.findings = kept
    return doc
