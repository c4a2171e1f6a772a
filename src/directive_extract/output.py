"""Build the Notice from a processed Document: the one place where internal offsets become source spans.

Every `text` is taken from the source at its mapped span, so `source[start:end] == text` holds by
construction; `check_spans` verifies it on the way out anyway, because a wrong map is a bug that
must never reach a user's file silently.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

from .document import Document
from .errors import SpanError
from .findings import Due, Finding
from .schema import (
    Agency,
    Deadline,
    DistributionLine,
    Header,
    Metric,
    Notice,
    Person,
    Reference,
    Section,
    Signature,
    Source,
    Task,
    TaskAgency,
)
from .stages.paragraph_reading import Item


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _span_text(doc: Document, start: int, end: int) -> tuple[str, tuple[int, int]]:
    s, e = doc.to_source(start, end)
    return doc.source_text[s:e], (s, e)


def _as_printed(doc: Document, start: int, end: int, value: str) -> str:
    """A distribution line is kept as printed: what normalizing rewrote one character for one (stages/normalize.py)
    is printed back, an eth "Ð" read as "Đ" ("- LĐ Văn phòng Ð. ĐBQH") or a tone mark moved ("Toà án" read as
    "Tòa án"), where the value is the line's text one character for one."""
    at = doc.text.find(value, start, end)
    if at < 0:
        return value
    s, e = doc.to_source(at, at + len(value))
    printed = doc.source_text[s:e]
    if len(printed) != len(value) or not all(map(_printed_back, printed, value)):
        return value
    return printed


_ETHS = {"\u00d0": "Đ", "\u00f0": "đ"}


def _printed_back(printed: str, read: str) -> bool:
    """One character of a distribution line that is printed as in the source: the same letter, an eth, or the
    same base letter with its tone mark placed elsewhere; a lookalike letter of a PDF font ("ƣ" read as "ư")
    stays read."""
    return (
        printed == read
        or _ETHS.get(printed) == read
        or unicodedata.normalize("NFD", printed)[0] == unicodedata.normalize("NFD", read)[0]
    )


def _located(doc: Document, start: int, end: int, **fields: Any) -> dict[str, Any]:
    """An internal span and its fields -> the same with the source `text` and `span`."""
    fields["text"], fields["span"] = _span_text(doc, start, end)
    return fields


def _agency(doc: Document, f: Finding, model: type[Agency] | type[TaskAgency]) -> Agency | TaskAgency:
    fields = dict(name=f.label, role=f.value, rule=f.rule)
    if model is Agency:
        fields["task_id"] = f.task_id
    else:
        fields["inherited"] = f.inherited
    return model(**_located(doc, f.start, f.end, **fields))


def _deadline(doc: Document, f: Finding) -> Deadline:
    due: Due = f.value
    fields = _located(doc, f.start, f.end, kind=f.label, value=due.value, time=due.time, rule=f.rule)
    return Deadline(**fields, start=due.start)  # `start` is also the name of _located's offset


def _metric(doc: Document, f: Finding) -> Metric:
    q = f.value
    return Metric(
        **_located(
            doc,
            f.start,
            f.end,
            indicator=f.label,
            value=q.value,
            value_max=q.value_max,
            unit=q.unit,
            kind=q.kind,
            place=q.place,
            as_of=q.as_of,
            task_id=f.task_id,
            rule=f.rule,
        )
    )


class _Views:
    """The findings grouped once: by kind for the notice, by task for the task views."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.by_kind: dict[str, list[Finding]] = {}
        self.by_task: dict[str | None, dict[str, list[Finding]]] = {}
        for f in doc.findings:
            self.by_kind.setdefault(f.kind, []).append(f)
            self.by_task.setdefault(f.task_id, {}).setdefault(f.kind, []).append(f)
        self.metrics = {id(f): _metric(doc, f) for f in self.by_kind.get("metric", [])}

    def task(self, item: Item) -> Task:
        doc = self.doc
        text, span = _span_text(doc, *_trimmed(doc, item.start, item.end))
        found = self.by_task.get(item.id, {})
        return Task(
            id=item.id,
            text=text,
            span=span,
            heading=item.marker or None,
            implicit=item.kind == "implicit",
            agencies=[_agency(doc, f, TaskAgency) for f in found.get("agency", []) if f.value is not None],
            deadlines=[_deadline(doc, f) for f in found.get("deadline", [])],
            metrics=[self.metrics[id(f)] for f in found.get("metric", [])],
            topics=doc.topics.get(item.id, []),
            subtasks=[self.task(child) for child in item.children],
        )


def _sections(doc: Document) -> list[Section]:
    raw = doc.sections
    out: list[Section] = []
    n_source = len(doc.source_text)
    for k, sec in enumerate(raw):
        end = raw[k + 1].start if k + 1 < len(raw) else len(doc.text)
        s = 0 if k == 0 else out[-1].span[1]
        e = n_source if k + 1 == len(raw) else doc.to_source(end, end)[0]
        out.append(Section(kind=sec.kind, heading=sec.heading, span=(s, max(s, e)), rule=sec.rule))
    return out


def build_notice(doc: Document) -> Notice:
    source = Source(
        file=doc.file,
        sha256=hashlib.sha256(doc.source_text.encode("utf-8")).hexdigest(),
        chars=len(doc.source_text),
        encoding=doc.encoding,
    )
    h = doc.header
    header = Header()
    if h is not None:
        header = Header(
            issuer=h.issuer,
            number=h.number,
            doc_type=h.doc_type,
            place=h.place,
            date=h.date,
            urgency=h.urgency,
            subject=h.subject,
            addressees=h.addressees,
            evidence={key: doc.to_source(*span) for key, span in h.evidence.items()},
        )
    views = _Views(doc)
    tasks = [views.task(item) for item in doc.layout.tasks] if doc.layout else []

    tail = doc.tail
    signature = Signature()
    distribution: list[str] = []
    distribution_spans: list[DistributionLine] = []
    if tail is not None:
        sig_span = None
        if tail.signature_lines:
            first, last = doc.lines[tail.signature_lines[0]], doc.lines[tail.signature_lines[-1]]
            sig_span = doc.to_source(*_trimmed(doc, first.start, last.end))
        signature = Signature(authority=tail.authority, position=tail.position, signer=tail.signer, span=sig_span)
        for value, start, end in tail.distribution:
            if not value:
                continue
            start, end = _trimmed(doc, start, end)  # a bare bullet's item read on from the next line
            text, span = _span_text(doc, start, end)
            value = _as_printed(doc, start, end, value)
            distribution.append(value)
            distribution_spans.append(DistributionLine(text=text, span=span))

    notice = Notice(
        source=source,
        header=header,
        sections=_sections(doc),
        tasks=tasks,
        agencies=[_agency(doc, f, Agency) for f in views.by_kind.get("agency", []) if not f.inherited],
        metrics=list(views.metrics.values()),
        references=[
            Reference(
                **_located(doc, f.start, f.end, doc_type=f.label, number=f.value.number, date=f.value.date, rule=f.rule)
            )
            for f in views.by_kind.get("reference", [])
        ],
        people=[
            Person(**_located(doc, f.start, f.end, name=f.label, title=f.value, rule=f.rule))
            for f in views.by_kind.get("person", [])
        ],
        signature=signature,
        distribution=distribution,
        distribution_spans=distribution_spans,
        warnings=doc.warnings,
    )
    check_spans(notice, doc.source_text)
    return notice


def iter_spans(value: Any, path: str = ""):
    """Yield (path, text, span) for every item with both, anywhere in a dumped notice."""
    if isinstance(value, dict):
        if "span" in value and "text" in value and value["span"] is not None:
            yield path, value["text"], value["span"]
        for key, sub in value.items():
            yield from iter_spans(sub, f"{path}.{key}")
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from iter_spans(sub, f"{path}[{i}]")


def _task_spans(task: Task):
    """Every (where, text, span) of a task and its subtasks (module level: a nested recursive function is a
    reference cycle each call leaves to the garbage collector)."""
    yield f"task {task.id}", task.text, task.span
    for kind in (task.agencies, task.deadlines, task.metrics):
        for item in kind:
            yield f"task {task.id}", item.text, item.span
    for sub in task.subtasks:
        yield from _task_spans(sub)


def _spanned(notice: Notice):
    """Every (where, text, span) of a notice, walking the models directly (no dump: this runs per document)."""
    for task in notice.tasks:
        yield from _task_spans(task)
    for name in ("agencies", "metrics", "references", "people", "distribution_spans"):
        for item in getattr(notice, name):
            yield name, item.text, item.span


def check_spans(notice: Notice, source_text: str) -> None:
    for where, text, (start, end) in _spanned(notice):
        if not (0 <= start <= end <= len(source_text)) or source_text[start:end] != text:
            raise SpanError(f"span {start}:{end} in {where} does not slice the source to {text!r:.60}")
