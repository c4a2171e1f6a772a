"""Finding: the one record every recognizer returns, rule-based or learned.

A recognizer finds spans of one kind in the document's internal text and says what each is:

| kind | label | value |
| --- | --- | --- |
| agency | canonical name | role (lead / coordinate / report_to) or None |
| deadline | deadline kind (date, period, …) | Due: ISO value ("2021-06-15", "P3D", "daily"), window start, time |
| metric | indicator (f0, tests, …) | Quantity |
| reference | doc type or None | Citation |
| person | the person's name | the title printed beside it |

`task_id` is set once, by the attach stage (the deepest task holding the span), except for a lead
a task inherits from its lead-in or the letter's addressees: its span lies outside the task, so the
agency recognizer names the task itself. Offsets are internal until the output is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

KINDS = ("agency", "deadline", "metric", "reference", "person")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float | int
    value_max: float | int | None
    unit: str
    kind: str  # observed | target
    place: str | None = None  # the locality the figure is about, as printed
    as_of: str | None = None  # the date or interval the figure refers to (ISO)


@dataclass(frozen=True, slots=True)
class Due:
    """What a deadline asks for: `value` as SCHEMA.md gives it, and what some forms add to it."""

    value: str  # ISO date, period ("2021-Q3"), duration ("P3D") or recurrence ("yearly", "now")
    start: str | None = None  # the first day of a window ("từ ngày 03/11 đến ngày 05/11/2021"), ISO
    time: str | None = None  # the time of day on the date ("trước 16 giờ 00 phút ngày 05/11/2021"): "16:00"


@dataclass(frozen=True, slots=True)
class Citation:
    number: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    kind: str
    label: str | None
    value: Any = None
    rule: str = ""
    score: float = 1.0
    task_id: str | None = None

    @property
    def inherited(self) -> bool:
        """A lead copied onto a task from its lead-in, the session or the addressees (span outside the task)."""
        return self.rule.endswith("+inherited")
