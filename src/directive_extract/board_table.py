"""The board: every assignment across notices — which body must do what, by when — as one table.

    frame = board_frame(load_notices("out"), today="2021-06-10")

One row per agency a task lists with a role (lead, coordinate, report to; leads a task inherits
from its lead-in included, `inherited` true), grouped under one name per body (`agency`, see
agency_groups.py). A task's deadline is its own, or else the nearest enclosing task's ("1. Trước
ngày 31/3 … a) Sở Y tế …"). The due date is read from the deadline:

| kind | due |
| --- | --- |
| `date` | the date |
| `period` | the period's last day (`2021-12` → 2021-12-31, `2021-Q3` → 2021-09-30, `2021` → 2021-12-31) |
| `duration` | the notice's date plus the duration ("trong 03 ngày": the notice date + 3 days) |
| `immediate` | the notice's date ("ngay") |
| `recurring` | none: a standing duty has no due date |

A task with several deadlines is due at the earliest. `status` is as of `today`, which the caller
passes (nothing here reads the clock): `overdue` (due before today), `due_soon` (today to 7 days
on), `later`, or `no_deadline` (none, or none with a date).

Rows come grouped by body (folded name order), then by status, due date, notice and task order, so
the same notices and `today` always give the same table.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pandas as pd

from .agency_groups import NoticePlace, group_name, notice_place
from .names import squash
from .schema import Deadline, Notice, Task
from .tables import BOOL, INT, STR, document_key, iter_tasks
from .vn import fold_keep_case

DUE_SOON_DAYS = 7
STATUSES = {
    "overdue": "overdue",
    "due_soon": f"due within {DUE_SOON_DAYS} days",
    "later": "later",
    "no_deadline": "no deadline",
}
ROLE_ORDER = {"lead": 0, "coordinate": 1, "report_to": 2}

BOARD_COLUMNS: dict[str, str] = {
    "agency": STR,  # the name the body groups under
    "name": STR,  # the canonical name in this notice
    "text": STR,  # the mention as printed
    "role": STR,
    "inherited": BOOL,
    "status": STR,
    "due": STR,  # ISO date
    "due_from": STR,  # how the due date was read: date, period end, notice date (+ duration)
    "deadline": STR,  # every deadline of the task as printed, " | " between them
    "deadline_kind": STR,
    "deadline_value": STR,
    "document": STR,
    "notice_type": STR,
    "notice_number": STR,
    "notice_date": STR,
    "issuer": STR,
    "task_id": STR,
    "top_task_id": STR,
    "task_text": STR,  # the task's own text, without its sub-items
    "task_span_start": INT,
    "task_span_end": INT,
    "span_start": INT,
    "span_end": INT,
    "report_page": STR,  # the notice's page of `directive-extract report`, with the task's anchor
}
DEADLINE_SEPARATOR = " | "

_DURATION = re.compile(r"P(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+)H)?)?$")


def as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _period_end(value: str) -> date | None:
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return _month_end(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return _month_end(int(m.group(1)), 3 * int(m.group(2)))
    return None


def _after(start: date, duration: str) -> date | None:
    m = _DURATION.match(duration)
    if not m:
        return None
    parts = {key: int(number) for key, number in m.groupdict().items() if number}
    days = 365 * parts.get("y", 0) + 30 * parts.get("mo", 0) + 7 * parts.get("w", 0) + parts.get("d", 0)
    return start + timedelta(days=days + parts.get("h", 0) // 24)


def due_date(deadline: Deadline, notice_date: date | None) -> tuple[date | None, str | None]:
    """When a deadline falls due, and how that was read (None for a standing duty or an unknown base)."""
    try:
        if deadline.kind == "date":
            return date.fromisoformat(deadline.value), "date"
        if deadline.kind == "period":
            end = _period_end(deadline.value)
            return end, ("end of period" if end else None)
        if deadline.kind == "duration" and notice_date:
            return _after(notice_date, deadline.value), f"notice date + {deadline.value}"
        if deadline.kind == "immediate" and notice_date:
            return notice_date, "notice date (immediate)"
    except ValueError:
        pass
    return None, None


def status_of(due: date | None, today: date) -> str:
    if due is None:
        return "no_deadline"
    if due < today:
        return "overdue"
    return "due_soon" if due <= today + timedelta(days=DUE_SOON_DAYS) else "later"


@dataclass(frozen=True)
class TaskDeadline:
    """A task's deadlines (its own or its nearest parent's), and the one it is due at."""

    deadlines: tuple[Deadline, ...]
    primary: Deadline | None
    due: date | None
    due_from: str | None


def _task_deadlines(notice: Notice, notice_date: date | None) -> dict[str, TaskDeadline]:
    found: dict[str, TaskDeadline] = {}

    def visit(tasks: list[Task], inherited: TaskDeadline) -> None:
        for task in tasks:
            own = inherited
            if task.deadlines:
                dated = [(*due_date(d, notice_date), d) for d in task.deadlines]
                due, how, primary = min((x for x in dated if x[0]), key=lambda x: x[0], default=dated[0])
                own = TaskDeadline(tuple(task.deadlines), primary, due, how)
            found[task.id] = own
            visit(task.subtasks, own)

    visit(notice.tasks, TaskDeadline((), None, None, None))
    return found


def own_text(task: Task) -> str:
    """The task's text without its sub-items' ("2. Giao Sở Y tế:" for an item whose a), b) follow)."""
    parts, position = [], task.span[0]
    for sub in task.subtasks:
        if not (task.span[0] <= sub.span[0] and sub.span[1] <= task.span[1]):
            continue  # a row of a task table that restates this item, printed elsewhere
        parts.append(task.text[position - task.span[0] : max(position, sub.span[0]) - task.span[0]])
        position = max(position, sub.span[1])
    parts.append(task.text[position - task.span[0] :])
    return " … ".join(part.strip() for part in parts if part.strip())


def _notice_date(notice: Notice) -> date | None:
    try:
        return date.fromisoformat(notice.header.date) if notice.header.date else None
    except ValueError:
        return None


Row = dict[str, Any]


def notice_rows(notice: Notice, today: date, report_page: str | None = None) -> Iterator[Row]:
    """The board rows of one notice, in task order."""
    doc, place = document_key(notice), notice_place(notice)
    notice_date = _notice_date(notice)
    deadlines = _task_deadlines(notice, notice_date)
    for task, _, top, _ in iter_tasks(notice.tasks):
        due = deadlines[task.id]
        for agency in task.agencies:
            yield {
                "agency": group_name(agency.name, place),
                "name": agency.name,
                "text": squash(agency.text),
                "role": agency.role,
                "inherited": agency.inherited,
                "status": status_of(due.due, today),
                "due": due.due.isoformat() if due.due else None,
                "due_from": due.due_from,
                "deadline": DEADLINE_SEPARATOR.join(squash(d.text) for d in due.deadlines),
                "deadline_kind": due.primary.kind if due.primary else None,
                "deadline_value": due.primary.value if due.primary else None,
                "document": doc,
                "notice_type": notice.header.doc_type,
                "notice_number": notice.header.number,
                "notice_date": notice.header.date,
                "issuer": notice.header.issuer,
                "task_id": task.id,
                "top_task_id": top.id,
                "task_text": own_text(task),
                "task_span_start": task.span[0],
                "task_span_end": task.span[1],
                "span_start": agency.span[0],
                "span_end": agency.span[1],
                "report_page": f"{report_page}#task-{task.id}" if report_page else None,
            }


def sort_key(name: str) -> str:
    """Names in a reader's order without a Vietnamese collation: folded, then as printed."""
    return fold_keep_case(name).casefold() + "\0" + name


def _order(rows: list[Row]) -> list[Row]:
    status_rank = {status: rank for rank, status in enumerate(STATUSES)}
    indexed = list(enumerate(rows))
    indexed.sort(
        key=lambda pair: (
            sort_key(pair[1]["agency"]),
            status_rank[pair[1]["status"]],
            pair[1]["due"] or "9999",
            pair[0],  # notice, then task order
        )
    )
    return [row for _, row in indexed]


def matches_agency(group: str, query: str) -> bool:
    """`query` names the body: the words of the query start a word run of its group name.

    Case does not matter, and a query typed without diacritics matches any ("so y te" finds "Sở Y
    tế tỉnh Long An"); a query with diacritics must match them ("Sở Y tế" does not find "Số y tế").
    """
    query = squash(query)
    if not query:
        return True
    folded = query == fold_keep_case(query)
    hay = fold_keep_case(group) if folded else group
    return re.search(r"(?<!\w)" + re.escape(query) + r"(?!\w)", hay, flags=re.IGNORECASE) is not None


def board_frame(
    notices: Iterable[Notice],
    today: date | str,
    agency: str | None = None,
    report_pages: Iterable[str | None] | None = None,
) -> pd.DataFrame:
    """Every assignment of `notices` as a DataFrame with BOARD_COLUMNS, status as of `today`.

    `agency` keeps the rows whose group name contains it as whole words; `report_pages` gives the
    report page of each notice (in the same order) for the `report_page` links.
    """
    today = as_date(today)
    notices = list(notices)
    pages = list(report_pages) if report_pages is not None else [None] * len(notices)
    rows = [row for notice, page in zip(notices, pages, strict=True) for row in notice_rows(notice, today, page)]
    if agency:
        rows = [row for row in rows if matches_agency(row["agency"], agency)]
    rows = _order(rows)
    frame = (
        pd.DataFrame.from_records(rows, columns=list(BOARD_COLUMNS))
        if rows
        else pd.DataFrame(columns=list(BOARD_COLUMNS))
    )
    frame = frame.astype(BOARD_COLUMNS)
    for column, dtype in BOARD_COLUMNS.items():
        if dtype == STR:
            frame[column] = frame[column].mask(frame[column] == "")
    return frame.reset_index(drop=True)


def event_uid(row: Row | pd.Series) -> str:
    """A stable id for the deadline of a task: the same notice and task give the same calendar event."""
    key = f"{row['document']}\0{row['task_id']}\0{row['due']}\0{row['deadline']}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


__all__ = [
    "BOARD_COLUMNS",
    "STATUSES",
    "NoticePlace",
    "as_date",
    "board_frame",
    "due_date",
    "matches_agency",
    "status_of",
]
