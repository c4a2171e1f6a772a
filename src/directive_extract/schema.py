"""The output contract of ../shared/SCHEMA.md as pydantic models.

Every item that points into the document has `text` and `span`; `span` is a pair of Python string
offsets into the source text exactly as decoded, and `source_text[span[0]:span[1]] == text`.
`rule` names the rule that produced an item, so a regression can be traced back to it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ._version import __version__

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]
SectionKind = Literal["header", "preamble", "assessment", "tasks", "closing", "distribution", "signature"]
Role = Literal["lead", "coordinate", "report_to"]
DeadlineKind = Literal["date", "period", "duration", "recurring", "immediate"]
Indicator = Literal[
    "f0",
    "f1",
    "f2",
    "f3",
    "deaths",
    "tests",
    "people_tested",
    "tested_share",
    "vaccinated_share",
    "vaccine_doses",
    "localities",
    "plan_completion",
    "recovered",
    "severe",
    "in_treatment",
    "quarantined",
    "other",
]
Unit = Literal["person", "case", "test", "dose", "locality", "percent"]
MetricKind = Literal["observed", "target"]
Topic = Literal[
    "testing",
    "contact_tracing",
    "quarantine",
    "distancing",
    "treatment",
    "vaccination",
    "communication",
    "enforcement",
    "economy",
    "social_support",
    "supply",
    "coordination",
    "border",
    "health_system",
]
Urgency = Literal["hỏa tốc", "thượng khẩn", "khẩn"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(Model):
    file: str | None = None
    sha256: str
    chars: int = Field(description="length of the decoded source text")
    encoding: str = Field("utf-8", description="encoding the bytes were decoded from; spans index the decoded text")
    extractor: str = Field(f"directive-extract {__version__}", description="the program and version that made this")


class Header(Model):
    issuer: str | None = None
    number: str | None = None
    doc_type: str | None = None
    place: str | None = None
    date: str | None = Field(None, description="ISO 8601 date of the date line")
    urgency: Urgency | None = None
    subject: str | None = None
    addressees: list[str] = Field(default_factory=list)
    evidence: dict[str, Span] = Field(
        default_factory=dict, description="source span of the line each header field was read from"
    )


class Section(Model):
    kind: SectionKind
    heading: str | None = None
    span: Span
    rule: str | None = None


class TaskAgency(Model):
    text: str
    name: str
    role: Role
    span: Span
    rule: str | None = None
    inherited: bool = Field(
        False, description="a lead the task takes from its lead-in, the meeting or the addressees (span outside it)"
    )


class Agency(Model):
    text: str
    name: str
    span: Span
    task_id: str | None = None
    role: Role | None = None
    rule: str | None = None


class Deadline(Model):
    text: str
    kind: DeadlineKind
    value: str
    start: str | None = Field(
        None, description="the first day of a window, ISO ('từ ngày 03/11 đến ngày 05/11/2021': '2021-11-03')"
    )
    time: str | None = Field(
        None, description="the time of day on the deadline's date ('trước 16 giờ 00 phút ngày 05/11/2021': '16:00')"
    )
    span: Span
    rule: str | None = None


class Metric(Model):
    text: str
    indicator: Indicator
    value: float | int
    value_max: float | int | None = None
    unit: Unit
    kind: MetricKind
    place: str | None = Field(None, description="the locality the figure is about, as printed ('Hà Nội 25 ca')")
    as_of: str | None = Field(None, description="the date or interval the figure refers to ('tính đến ngày 11/9/2021')")
    task_id: str | None = None
    span: Span
    rule: str | None = None


class Task(Model):
    id: str
    text: str
    span: Span
    heading: str | None = Field(None, description="the item's marker as printed, e.g. 'II.', '1-', 'a)', '-'")
    implicit: bool = Field(False, description="a directive paragraph outside any numbered item (ids p1, p2 …)")
    agencies: list[TaskAgency] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    subtasks: list[Task] = Field(default_factory=list)


class Reference(Model):
    text: str
    doc_type: str | None = None
    number: str | None = None
    date: str | None = None
    span: Span
    rule: str | None = None


class Person(Model):
    text: str
    name: str
    title: str | None = None
    span: Span
    rule: str | None = None


class Signature(Model):
    authority: str | None = None
    position: str | None = None
    signer: str | None = None
    span: Span | None = Field(None, description="source span of the signature block, when found")


class DistributionLine(Model):
    text: str
    span: Span


class Notice(Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    header: Header = Field(default_factory=Header)
    sections: list[Section] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    agencies: list[Agency] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    signature: Signature = Field(default_factory=Signature)
    distribution: list[str] = Field(default_factory=list)
    distribution_spans: list[DistributionLine] = Field(
        default_factory=list, description="the distribution lines with their spans (same order)"
    )
    warnings: list[str] = Field(default_factory=list, description="what the pipeline noticed but could not settle")


def json_schema() -> dict:
    return Notice.model_json_schema()
