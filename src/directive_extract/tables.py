"""Notices as flat tables (pandas), one per entity, for spreadsheets, SQL and dataframes.

    tables = notices_to_tables(load_notices("out"))
    write_tables(tables, "tables")      # tables/<name>.csv and tables/<name>.parquet

Tables link by `document` (the source file name, `source.file`) and `task_id`. A task's `top_task_id`
is the id of the top-level task it belongs to, so agencies and deadlines of sub-items roll up to
the numbered item a reader sees. Every table has a fixed column order and fixed pandas nullable
dtypes (`string`, `Int64`, `Float64`, `boolean`), and rows come in input order, then document
order (tasks depth-first as printed; agencies: the task lists' rows in task order, then the
document-level mentions), so the same notices always give the same bytes. An empty string is
stored as missing: CSV cannot tell the two apart, and the CSV round trip must give the same frame.

Agencies: the notice stores each mention once and a task's `agencies` list is a view of the
mentions that have a role in it, plus the leads it inherits (`inherited` true: the same span may be
inherited by several tasks, each gets its row). So the rows are the task lists (`in_task` true),
then the document-level mentions that are in no task list, those with no role or outside every
task (`in_task` false, `inherited` missing).

Metrics: the document-level `metrics` list holds every metric once, with `task_id`; a task's
`metrics` list is a view of it, so the document-level list gives the rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import ValidationError

from .files import walk_files, write_atomic_with
from .inputs import unshown
from .schema import Notice, Task

STR, INT, FLOAT, BOOL = "string", "Int64", "Float64", "boolean"

COLUMNS: dict[str, dict[str, str]] = {
    "notices": {
        "document": STR,
        "schema_version": STR,
        "sha256": STR,
        "chars": INT,
        "encoding": STR,
        "issuer": STR,
        "number": STR,
        "doc_type": STR,
        "place": STR,
        "date": STR,
        "urgency": STR,
        "subject": STR,
        "addressees": STR,
        "signer": STR,
        "authority": STR,
        "position": STR,
        "n_sections": INT,
        "n_top_tasks": INT,
        "n_tasks": INT,
        "n_task_agencies": INT,
        "n_agencies": INT,
        "n_deadlines": INT,
        "n_metrics": INT,
        "n_references": INT,
        "n_people": INT,
        "n_distribution": INT,
        "n_warnings": INT,
    },
    "tasks": {
        "document": STR,
        "task_id": STR,
        "parent_id": STR,
        "top_task_id": STR,
        "depth": INT,
        "heading": STR,
        "implicit": BOOL,
        "text": STR,
        "span_start": INT,
        "span_end": INT,
        "topics": STR,
    },
    "agencies": {
        "document": STR,
        "task_id": STR,
        "top_task_id": STR,
        "text": STR,
        "name": STR,
        "role": STR,
        "span_start": INT,
        "span_end": INT,
        "rule": STR,
        "in_task": BOOL,
        "inherited": BOOL,
    },
    "deadlines": {
        "document": STR,
        "task_id": STR,
        "top_task_id": STR,
        "text": STR,
        "kind": STR,
        "value": STR,
        "start": STR,
        "time": STR,
        "span_start": INT,
        "span_end": INT,
        "rule": STR,
    },
    "metrics": {
        "document": STR,
        "task_id": STR,
        "top_task_id": STR,
        "indicator": STR,
        "value": FLOAT,
        "value_max": FLOAT,
        "unit": STR,
        "kind": STR,
        "place": STR,
        "as_of": STR,
        "text": STR,
        "span_start": INT,
        "span_end": INT,
        "rule": STR,
    },
    "references": {
        "document": STR,
        "doc_type": STR,
        "number": STR,
        "date": STR,
        "text": STR,
        "span_start": INT,
        "span_end": INT,
        "rule": STR,
    },
}

ADDRESSEE_SEPARATOR = " | "
TOPIC_SEPARATOR = "|"

Row = dict[str, Any]


# --- walking one notice ------------------------------------------------------------------------


def document_key(notice: Notice) -> str:
    """The `document` value: the source file name, or the text's hash when it was not read from a file."""
    return notice.source.file or f"sha256:{notice.source.sha256[:16]}"


def iter_tasks(tasks: Iterable[Task], parent: Task | None = None, top: Task | None = None, depth: int = 0):
    """Yield (task, parent, top-level task, depth) for every task and sub-item, in document order."""
    for task in tasks:
        root = top or task
        yield task, parent, root, depth
        yield from iter_tasks(task.subtasks, task, root, depth + 1)


def _task_rows(doc: str, notice: Notice) -> Iterator[Row]:
    for task, parent, top, depth in iter_tasks(notice.tasks):
        yield {
            "document": doc,
            "task_id": task.id,
            "parent_id": parent.id if parent else None,
            "top_task_id": top.id,
            "depth": depth,
            "heading": task.heading,
            "implicit": task.implicit,
            "text": task.text,
            "span_start": task.span[0],
            "span_end": task.span[1],
            "topics": TOPIC_SEPARATOR.join(task.topics),
        }


def _item_row(doc: str, item, fields: set[str], links: dict, **extra) -> Row:
    """One extracted item as a row: its document and task links, the chosen fields, its span."""
    return {
        "document": doc,
        **links,
        **item.model_dump(include=fields),
        "span_start": item.span[0],
        "span_end": item.span[1],
        **extra,
    }


_AGENCY_FIELDS = {"text", "name", "role", "rule"}


def _agency_rows(doc: str, notice: Notice, tops: dict[str, str]) -> Iterator[Row]:
    for task, _, top, _ in iter_tasks(notice.tasks):
        for agency in task.agencies:
            links = {"task_id": task.id, "top_task_id": top.id}
            yield _item_row(doc, agency, _AGENCY_FIELDS, links, in_task=True, inherited=agency.inherited)
    for agency in notice.agencies:
        if agency.role is None or agency.task_id is None:  # the task lists hold the others
            links = {"task_id": agency.task_id, "top_task_id": tops.get(agency.task_id or "")}
            yield _item_row(doc, agency, _AGENCY_FIELDS, links, in_task=False, inherited=None)


def _deadline_rows(doc: str, notice: Notice) -> Iterator[Row]:
    for task, _, top, _ in iter_tasks(notice.tasks):
        for deadline in task.deadlines:
            links = {"task_id": task.id, "top_task_id": top.id}
            yield _item_row(doc, deadline, {"text", "kind", "value", "start", "time", "rule"}, links)


def _metric_rows(doc: str, notice: Notice, tops: dict[str, str]) -> Iterator[Row]:
    fields = {"indicator", "value", "value_max", "unit", "kind", "place", "as_of", "text", "rule"}
    for metric in notice.metrics:
        links = {"task_id": metric.task_id, "top_task_id": tops.get(metric.task_id or "")}
        yield _item_row(doc, metric, fields, links)


def _reference_rows(doc: str, notice: Notice) -> Iterator[Row]:
    for ref in notice.references:
        yield _item_row(doc, ref, {"doc_type", "number", "date", "text", "rule"}, {})


def _notice_row(doc: str, notice: Notice, counts: dict[str, int]) -> Row:
    header, signature = notice.header, notice.signature
    return {
        "document": doc,
        "schema_version": notice.schema_version,
        "sha256": notice.source.sha256,
        "chars": notice.source.chars,
        "encoding": notice.source.encoding,
        **header.model_dump(include={"issuer", "number", "doc_type", "place", "date", "urgency", "subject"}),
        "addressees": ADDRESSEE_SEPARATOR.join(header.addressees),
        **signature.model_dump(include={"signer", "authority", "position"}),
        "n_sections": len(notice.sections),
        "n_top_tasks": len(notice.tasks),
        "n_tasks": counts["tasks"],
        "n_task_agencies": counts["task_agencies"],
        "n_agencies": counts["agencies"],
        "n_deadlines": counts["deadlines"],
        "n_metrics": counts["metrics"],
        "n_references": counts["references"],
        "n_people": len(notice.people),
        "n_distribution": len(notice.distribution),
        "n_warnings": len(notice.warnings),
    }


def _notice_rows(notice: Notice) -> dict[str, list[Row]]:
    """Every table's rows for one notice."""
    doc = document_key(notice)
    tops = {task.id: top.id for task, _, top, _ in iter_tasks(notice.tasks)}
    rows = {
        "tasks": list(_task_rows(doc, notice)),
        "agencies": list(_agency_rows(doc, notice, tops)),
        "deadlines": list(_deadline_rows(doc, notice)),
        "metrics": list(_metric_rows(doc, notice, tops)),
        "references": list(_reference_rows(doc, notice)),
    }
    counts = {name: len(found) for name, found in rows.items()}
    counts["task_agencies"] = sum(1 for row in rows["agencies"] if row["in_task"])
    rows["notices"] = [_notice_row(doc, notice, counts)]
    return rows


# --- frames ------------------------------------------------------------------------------------


def _frame(name: str, rows: list[Row]) -> pd.DataFrame:
    """Rows to a frame with the table's column order and dtypes; empty strings become missing."""
    columns = COLUMNS[name]
    frame = pd.DataFrame.from_records(rows, columns=list(columns)) if rows else pd.DataFrame(columns=list(columns))
    frame = frame.astype(columns)
    for column, dtype in columns.items():
        if dtype == STR:
            frame[column] = frame[column].mask(frame[column] == "")
    return frame.reset_index(drop=True)


def notices_to_tables(notices: Iterable[Notice]) -> dict[str, pd.DataFrame]:
    """One frame per entity (`notices`, `tasks`, `agencies`, `deadlines`, `metrics`, `references`)."""
    collected: dict[str, list[Row]] = {name: [] for name in COLUMNS}
    for notice in notices:
        for name, rows in _notice_rows(notice).items():
            collected[name].extend(rows)
    return {name: _frame(name, rows) for name, rows in collected.items()}


# --- reading and writing -----------------------------------------------------------------------


def _outputs_of_the_run(folder: Path) -> list[Path] | None:
    """The outputs `run.json` lists (written or up to date), in input order; None without a run.json."""
    try:
        run = json.loads((folder / "run.json").read_text(encoding="utf-8"))
        rows = run["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    outputs = []
    for row in rows:
        if isinstance(row, dict) and row.get("status") in ("ok", "skipped") and row.get("output"):
            outputs.append(folder / unshown(row["output"]))  # relative to the run's folder
    return outputs


def load_notices(json_dir: str | Path) -> list[Notice]:
    """The notices of a folder written by `directive-extract extract --out`, in input order.

    When the folder holds a `run.json`, exactly the outputs of that run are read (an output left by
    an earlier run for an input since removed is not); otherwise every `*.json` under the folder
    that validates as a Notice, by path. Hidden files and JSON that is not a Notice are skipped.
    """
    folder = Path(json_dir)
    paths = _outputs_of_the_run(folder)
    if paths is None:
        paths = sorted(
            p
            for p in walk_files(folder)
            if p.suffix == ".json" and p.name != "run.json" and not any(s.startswith(".") for s in p.parts)
        )
    notices: list[Notice] = []
    for path in paths:
        try:
            notices.append(Notice.model_validate_json(path.read_bytes()))
        except (OSError, ValueError, ValidationError):
            continue
    return notices


atomic_write = write_atomic_with  # the name report.py and users know

# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(…)", "-2+3",
# "@SUM(…)"): document text and file names are untrusted, so such a CSV cell gets a leading
# apostrophe, the usual convention (OWASP "CSV injection"), which spreadsheets show as text. A cell
# that already starts with an apostrophe gets one more, so `read_table` can take exactly one off.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralize_formula(value: Any) -> Any:
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def _restore_formula(value: Any) -> Any:
    return value[1:] if isinstance(value, str) and value.startswith("'") else value


def _write_csv(frame: pd.DataFrame, path: Path, name: str) -> None:
    safe = frame.copy()
    for column, dtype in COLUMNS.get(name, {}).items():
        if dtype == STR and column in safe:
            safe[column] = safe[column].map(neutralize_formula, na_action="ignore").astype(STR)
    safe.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")


def _write_parquet(frame: pd.DataFrame, path: Path, name: str) -> None:
    frame.to_parquet(path, index=False, engine="pyarrow")


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write `<name>.csv` and `<name>.parquet` per table, each atomically; returns the paths written.

    The CSV is UTF-8 *with a BOM* (`utf-8-sig`): without it Excel reads the file as the local
    ANSI code page and garbles every Vietnamese letter. Missing values are empty fields; line
    breaks inside a task's text stay inside its quoted field. Read a CSV back with `read_table`,
    which restores the dtypes and does not turn texts such as "NA" into missing values.
    """
    out = Path(out_dir)
    written: list[Path] = []
    for name, frame in tables.items():
        for suffix, writer in ((".csv", _write_csv), (".parquet", _write_parquet)):
            path = out / f"{name}{suffix}"
            atomic_write(path, lambda tmp, frame=frame, writer=writer, name=name: writer(frame, tmp, name))
            written.append(path)
    return written


def read_table(path: str | Path) -> pd.DataFrame:
    """A table written by `write_tables`, CSV or Parquet, with its documented dtypes."""
    path = Path(path)
    if path.suffix == ".parquet":
        return pd.read_parquet(path, engine="pyarrow")
    dtypes = COLUMNS.get(path.stem)
    # keep_default_na=False: only an empty field is missing, never a text that reads "NA" or "null"
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=dtypes, keep_default_na=False, na_values=[""])
    for column, dtype in (dtypes or {}).items():
        if dtype == STR and column in frame:  # the apostrophe put before a would-be formula comes off
            frame[column] = frame[column].map(_restore_formula, na_action="ignore").astype(STR)
    return frame
