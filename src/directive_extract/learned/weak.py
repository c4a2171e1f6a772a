"""Weak labels: the rules' own findings over documents nobody annotated, as extra training data.

For a document without gold, the rules' agency (not inherited), deadline and metric findings become
its spans, and the tasks the rules find become its regions. Whether this helps is measured
(scripts/crossval.py --weak); the weakly labelled documents of a held-out source are left out of
its fold like its annotated ones.
"""

from __future__ import annotations

from ..document import Document
from ..pipeline import run
from .gold import KINDS, TASK_KINDS, Annotated


def annotate_weak(name: str, source: str) -> Annotated:
    doc = run(Document.from_source(source, file=name), until="attach")
    spans = {
        kind: sorted({(f.start, f.end) for f in doc.findings if f.kind == kind and not f.inherited}) for kind in KINDS
    }
    kept: dict[str, list[tuple[int, int]]] = {}
    for kind, found in spans.items():
        kept[kind] = []
        for s, e in found:
            if not kept[kind] or s >= kept[kind][-1][1]:
                kept[kind].append((s, e))
    tasks = [(t.start, t.end) for t in doc.layout.tasks] if doc.layout else []
    result = Annotated(name, doc, kept)
    result.regions = {kind: (tasks if kind in TASK_KINDS else [(0, len(doc.text))]) for kind in KINDS}
    return result
