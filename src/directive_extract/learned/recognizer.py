"""The model's spans as Findings: one recognizer per kind, `rule` "model.<kind>", `score` the model's.

The model says where a span is; what it is (an agency's canonical name and role, a deadline's kind
and value, a metric's indicator and quantity) is read by the same readers the rules use, applied to
the span and its clause only:

- agency: the gazetteer's name when the span holds a known body (the longest), else the span as
  printed; the role from the words before and after it (stages/agencies/roles.py);
- deadline: the deadline reader on the span's clause, keeping what overlaps the span; else a date or
  a number of days printed inside the span;
- metric: the metric reader on the span's clause, keeping what overlaps the span.

A span that none of them can read is dropped: a finding always has its value. Agencies and
deadlines are looked for in the tasks only (where they are annotated), metrics everywhere.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document
from ..findings import Due, Finding
from ..names import expand_abbreviations
from ..stages.agencies.canonical import known_body
from ..stages.agencies.division_levels import Where
from ..stages.agencies.mentions import Mention
from ..stages.agencies.roles import role_of
from ..stages.agencies.shared_heads import find_mentions
from ..stages.deadlines import find_deadlines
from ..stages.metrics import find_metrics
from ..vn import DATE, date_from_match, fold_keep_case, parse_number
from .crf import Span, Tagger
from .features import type_words
from .gold import TASK_KINDS

_DAYS = re.compile(r"(\d{1,3})\s*ngày", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_TITLES = frozenset({"thu", "truong", "lanh", "dao", "giam", "doc", "chu", "tich"})  # "Thủ trưởng các sở"
_CLAUSE_END = re.compile(r"[.;:!?\n]")


def regions(doc: Document, kind: str) -> list[tuple[int, int]]:
    if kind not in TASK_KINDS:
        return [(0, len(doc.text))]
    layout = doc.layout
    return [(task.start, task.end) for task in layout.tasks] if layout else []


def _clause(flat: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_END.finditer(flat, max(0, start - 160), start)), default=max(0, start - 160))
    right = _CLAUSE_END.search(flat, end, min(len(flat), end + 160))
    return left, right.start() if right else min(len(flat), end + 160)


def _name_start(printed: str) -> int:
    """Where the body's name starts, after a leader's title ("Thủ trưởng các sở, ban ngành tỉnh")."""
    at = 0
    for word in _WORD.finditer(printed):
        if fold_keep_case(word.group()).lower() not in _TITLES:
            return word.start()
        at = word.end()
    return at


def _opens_with_type_word(printed: str) -> bool:
    """The first word is a type word of the name grammar: written so, or printed without diacritics (OCR)."""
    words = [w.lower() for w in _WORD.findall(printed)[:2]]
    if words and fold_keep_case(words[0]) == "cac":
        words.pop(0)
    if not words:
        return False
    word = words[0]
    return word in type_words(accented=True) or (word == fold_keep_case(word) and word in type_words())


def _agency(doc: Document, span: Span, masked: str, where: Where) -> Finding | None:
    printed = " ".join(doc.flat[span.start : span.end].split()).strip(" ,;:.-")
    if len(printed) < 2:
        return None
    known = find_mentions(doc.flat, (span.start, span.end), doc.folded, where)
    if known:
        name = max(known, key=lambda m: m.end - m.start).name
    else:
        printed = printed[_name_start(printed) :]
        if not _opens_with_type_word(printed):
            return None  # "Quới Sơn", "Phỏng vấn": a place or a word, not a body the name grammar knows
        name = known_body(printed) or expand_abbreviations(printed)
    task = doc.task_index.deepest(span.start) if doc.task_index else None
    role = None
    if task is not None:
        mention = Mention(span.start, span.end, name, "model.agency", task=task)
        role = role_of(doc.folded, doc.flat, [mention], task.start, masked)
    return Finding(span.start, span.end, "agency", name, role, "model.agency", span.score)


def _deadline(doc: Document, span: Span, base_date: str | None) -> Finding | None:
    a, b = _clause(doc.flat, span.start, span.end)
    for found in find_deadlines(doc.flat[a:b], base_date=base_date, folded=doc.folded[a:b]):
        if found.start + a < span.end and span.start < found.end + a:
            return Finding(span.start, span.end, "deadline", found.label, found.value, "model.deadline", span.score)
    printed = doc.flat[span.start : span.end]
    dates = list(re.finditer(DATE, printed, re.IGNORECASE))
    year = int(base_date[:4]) if base_date else None
    if dates and (value := date_from_match(dates[-1], year)):
        return Finding(span.start, span.end, "deadline", "date", Due(value), "model.deadline", span.score)
    days = _DAYS.search(printed)
    if days and (n := parse_number(days.group(1))):
        due = Due(f"P{int(n)}D")
        return Finding(span.start, span.end, "deadline", "duration", due, "model.deadline", span.score)
    return None


def _metric(doc: Document, span: Span, base_date: str | None, in_task) -> Finding | None:
    a, b = _clause(doc.flat, span.start, span.end)
    for found in find_metrics(doc.flat[a:b], lambda offset: in_task(offset + a), base_date):
        if found.start + a < span.end and span.start < found.end + a:
            return replace(found, start=span.start, end=span.end, rule="model.metric", score=span.score)
    return None


class SpanRecognizer:
    """A recognizer (Document -> Findings of one kind) backed by a trained Tagger."""

    def __init__(self, kind: str, tagger: Tagger) -> None:
        self.kind = kind
        self.tagger = tagger
        self.__name__ = f"model_{kind}"

    def spans(self, doc: Document) -> list[Span]:
        found: list[Span] = []
        for start, end in regions(doc, self.kind):
            found.extend(self.tagger.spans(doc.flat, doc.folded, start, end))
        return found

    def __call__(self, doc: Document) -> list[Finding]:
        spans = self.spans(doc)
        base_date = doc.header.date if doc.header else None
        if self.kind == "agency":
            masked = list(doc.folded)
            for span in spans:
                masked[span.start : span.end] = "@" * (span.end - span.start)
            masked_folded = "".join(masked)
            where = Where.of(doc)  # once per document: its province is read from the whole text
            found = [_agency(doc, span, masked_folded, where) for span in spans]
        elif self.kind == "deadline":
            found = [_deadline(doc, span, base_date) for span in spans]
        else:
            index = doc.task_index

            def in_task(offset: int) -> bool:
                return index is not None and index.deepest(offset) is not None

            found = [_metric(doc, span, base_date, in_task) for span in spans]
        return [f for f in found if f is not None]
