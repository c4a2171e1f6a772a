"""The ordered stages and the recognizers: the only place that knows the order.

A stage takes the Document and returns it with its own typed field written. A recognizer takes the
Document and returns Findings; the `recognize` stage runs them all, in the order listed, and the
`attach` stage then sets each finding's task. A new recognizer (a learned model, a table reader) is
added to RECOGNIZERS and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .document import Document
from .findings import Finding
from .learned.merge import merge
from .output import build_notice
from .schema import Notice
from .stages.agencies import recognize_agencies
from .stages.attach import attach
from .stages.deadlines import recognize_deadlines
from .stages.header import header
from .stages.issuer import issuer
from .stages.lines import split_lines
from .stages.metrics import recognize_metrics
from .stages.normalize import normalize
from .stages.people import recognize_people
from .stages.references import recognize_references
from .stages.sections import sections
from .stages.signature import signature
from .stages.task_tables import recognize_table_deadlines
from .stages.tasks import tasks
from .stages.topics import topics

if TYPE_CHECKING:  # the model (and python-crfsuite) is imported only when one is asked for
    from .learned.model import SpanModel

Stage = Callable[[Document], Document]
Recognizer = Callable[[Document], list[Finding]]

RECOGNIZERS: list[Recognizer] = [
    recognize_agencies,
    recognize_deadlines,
    recognize_metrics,
    recognize_references,
    recognize_people,
    recognize_table_deadlines,
]


def recognize(doc: Document) -> Document:
    """Reads what each recognizer reads (text, header, layout, task index); writes `doc.findings`."""
    for recognizer in RECOGNIZERS:
        doc.findings.extend(recognizer(doc))
    return doc


def recognize_with_model(model: SpanModel) -> Stage:
    """The recognize stage with the model's recognizers after the rules', merged by the model's policy."""

    def recognize(doc: Document) -> Document:
        for recognizer in [*RECOGNIZERS, *model.recognizers]:
            doc.findings.extend(recognizer(doc))
        doc.findings = merge(doc.findings, model.policy)
        return doc

    return recognize


STAGES: list[Stage] = [
    normalize,
    split_lines,
    header,
    signature,
    issuer,
    tasks,
    sections,
    recognize,
    attach,
    topics,
]


def stage_names() -> list[str]:
    return [stage.__name__ for stage in STAGES]


def run(doc: Document, stages: list[Stage] | None = None, until: str | None = None) -> Document:
    """Run the stages in order; with `until`, stop after the stage of that name (for tests and tools)."""
    if until is not None and until not in stage_names():
        raise ValueError(f"no stage named {until!r}; the stages are {', '.join(stage_names())}")
    for stage in stages or STAGES:
        doc = stage(doc)
        if stage.__name__ == until:
            break
    return doc


def prepare(text: str, until: str, file: str | None = None) -> Document:
    """A Document of `text` run through the stages up to and including `until`."""
    return run(Document.from_source(text, file=file), until=until)


_SURROGATE = re.compile("[\ud800-\udfff]")


def stages_with_model(model: SpanModel | None) -> list[Stage]:
    """STAGES, with the recognize stage running the model too when one is given."""
    if model is None:
        return STAGES
    return [recognize_with_model(model) if stage is recognize else stage for stage in STAGES]


def extract_document(
    text: str, file: str | None = None, encoding: str = "utf-8", model: SpanModel | None = None
) -> Notice:
    """The notice of any string. Lone surrogates (which no file decodes to, and which cannot be written as
    UTF-8) become U+FFFD one for one, so every span still indexes the caller's string; a warning says so."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    replaced = 0
    if _SURROGATE.search(text):
        text, replaced = _SURROGATE.subn("\ufffd", text)
    doc = Document.from_source(text, file=file, encoding=encoding)
    if replaced:
        doc.warnings.append(f"{replaced} lone surrogate code point(s) replaced by U+FFFD; spans are unchanged")
    notice = build_notice(run(doc, stages=stages_with_model(model)))
    if model is not None:  # an output made with the model says so (and `--resume` tells the two apart)
        notice.source.extractor += f" + span model {model.fingerprint}"
    return notice
