"""The ordered stages: the only place that knows the order."""

from __future__ import annotations

from collections.abc import Callable

from .document import Document
from .output import build_notice
from .schema import Notice
from .stages.header import header
from .stages.issuer import issuer
from .stages.lines import split_lines
from .stages.normalize import normalize
from .stages.sections import sections
from .stages.signature import signature
from .stages.tag import tag
from .stages.tasks import tasks

Stage = Callable[[Document], Document]

STAGES: list[Stage] = [
    normalize,
    split_lines,
    header,
    signature,
    issuer,
    tasks,
    sections,
    tag,  # agencies, deadlines, metrics, references, people, topics
]


def run(doc: Document, stages: list[Stage] | None = None) -> Document:
    for stage in stages or STAGES:
        doc = stage(doc)
    return doc


def extract_document(text: str, file: str | None = None, encoding: str = "utf-8") -> Notice:
    doc = run(Document.from_source(text, file=file, encoding=encoding))
    return build_notice(doc)
