"""Every dated deadline of the board as an iCalendar event (RFC 5545), built with `icalendar`.

One all-day event per task and due date, whatever the number of bodies assigned to it: the
summary names the leads and the task, the description lists every body with its role, the
deadline as printed and the source notice. The UID is a hash of the notice, task and deadline, so
re-running the board over a grown folder updates the events an office has subscribed to instead
of duplicating them, and DTSTAMP is `today` (the board's date), so the same input gives the same
bytes. The `icalendar` library (maintained, used by calendar servers) does the escaping, line
folding on UTF-8 boundaries and CRLF line ends that hand-written iCalendar text gets wrong.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pandas as pd
from icalendar import Calendar, Event

from .board_page import ROLE_LABELS
from .board_table import event_uid

PRODID = "-//directive-extract//board//VI"
SUMMARY_CHARS = 120


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _value(row: pd.Series, column: str) -> str | None:
    value = row[column]
    return None if pd.isna(value) else str(value)


def _event(rows: pd.DataFrame, stamp: datetime) -> Event:
    first = rows.iloc[0]
    due = date.fromisoformat(first["due"])
    leads = list(dict.fromkeys(rows.loc[rows["role"] == "lead", "agency"])) or list(dict.fromkeys(rows["agency"]))
    notice = " ".join(x for x in (_value(first, "notice_type"), _value(first, "notice_number")) if x)
    notice = notice or first["document"]
    bodies = [f"{row['agency']} ({ROLE_LABELS[row['role']]})" for _, row in rows.iterrows()]
    description = [
        f"Deadline: {_value(first, 'deadline') or ''} ({_value(first, 'due_from') or ''})",
        "Bodies: " + "; ".join(dict.fromkeys(bodies)),
        f"Notice: {notice}" + (f", {first['notice_date']}" if _value(first, "notice_date") else ""),
        f"Issuer: {_value(first, 'issuer') or '—'}",
        f"Document: {first['document']}, task {first['task_id']}",
        "",
        " ".join(str(first["task_text"]).split()),
    ]
    event = Event()
    event.add("uid", f"{event_uid(first)}@directive-extract")
    event.add("dtstamp", stamp)
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("summary", _short(f"{', '.join(leads)}: {first['task_text']}", SUMMARY_CHARS))
    event.add("description", "\n".join(description))
    event.add("categories", sorted({str(role) for role in rows["role"]}))
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy that day
    return event


def board_calendar(frame: pd.DataFrame, today: date, name: str = "directive-extract deadlines") -> bytes:
    """The iCalendar file of every row of the board that has a due date, one event per task and date."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = datetime(today.year, today.month, today.day, tzinfo=UTC)
    dated = frame.dropna(subset=["due"])
    keys = ["due", "document", "task_span_start", "task_id"]
    for _, rows in dated.sort_values(keys, kind="stable").groupby(keys, sort=False):
        calendar.add_component(_event(rows, stamp))
    return calendar.to_ical()
