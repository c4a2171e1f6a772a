"""The flat tables: documented columns, one row per JSON item, links that resolve, stable files."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from directive_extract import extract_file
from directive_extract.schema import Header, Notice, Source, Task, TaskAgency
from directive_extract.tables import load_notices, notices_to_tables, read_table, write_tables

from .conftest import CORPUS_DIR

# inherited agencies, nested items, metrics inside tasks, references, an overlap of deadline and agency
FILES = ["000_5c67a5602ba46e9c.txt", "001_2ec93f8c41f97414.txt", "002_8df910bebcacd667.txt", "ragdemo_01.txt"]


def columns(spec: str) -> dict[str, str]:
    """'name name:Int64 …' -> {column: dtype}; a column without a dtype is a nullable string."""
    return {name: dtype or "string" for name, _, dtype in (item.partition(":") for item in spec.split())}


# the documented schema, written out here so that a change to tables.py must change the test too
SPAN = "span_start:Int64 span_end:Int64"
EXPECTED = {
    "notices": columns(
        "document schema_version sha256 chars:Int64 encoding issuer number doc_type place date urgency subject"
        " addressees signer authority position n_sections:Int64 n_top_tasks:Int64 n_tasks:Int64"
        " n_task_agencies:Int64 n_agencies:Int64 n_deadlines:Int64 n_metrics:Int64 n_references:Int64"
        " n_people:Int64 n_distribution:Int64 n_warnings:Int64"
    ),
    "tasks": columns(f"document task_id parent_id top_task_id depth:Int64 heading implicit:boolean text {SPAN} topics"),
    "agencies": columns(f"document task_id top_task_id text name role {SPAN} rule in_task:boolean inherited:boolean"),
    "deadlines": columns(f"document task_id top_task_id text kind value start time {SPAN} rule"),
    "metrics": columns(
        f"document task_id top_task_id indicator value:Float64 value_max:Float64 unit kind place as_of text {SPAN} rule"
    ),
    "references": columns(f"document doc_type number date text {SPAN} rule"),
}


@pytest.fixture(scope="module")
def notices() -> list[Notice]:
    return [extract_file(CORPUS_DIR / name) for name in FILES]


@pytest.fixture(scope="module")
def tables(notices: list[Notice]) -> dict[str, pd.DataFrame]:
    return notices_to_tables(notices)


def walk_tasks(tasks: list[dict]):
    for task in tasks:
        yield task
        yield from walk_tasks(task["subtasks"])


def count_items(data: dict) -> dict[str, int]:
    """Rows each table should have for one dumped notice, counted from the plain dict."""
    tasks = list(walk_tasks(data["tasks"]))
    doc_only_agencies = [a for a in data["agencies"] if a["role"] is None or a["task_id"] is None]
    return {
        "notices": 1,
        "tasks": len(tasks),
        "agencies": sum(len(t["agencies"]) for t in tasks) + len(doc_only_agencies),
        "deadlines": sum(len(t["deadlines"]) for t in tasks),
        "metrics": len(data["metrics"]),
        "references": len(data["references"]),
    }


def test_task_lists_are_views_of_the_document_lists(notices: list[Notice]) -> None:
    """Each item is stored once: a task's agencies with a role and its metrics are the document-level
    items with its task_id (plus the leads it inherits), in the same order."""
    failures = []
    for notice in notices:
        data = json.loads(notice.model_dump_json())
        for task in walk_tasks(data["tasks"]):
            own = [(a["name"], a["span"], a["role"]) for a in task["agencies"] if not a["inherited"]]
            listed = [
                (a["name"], a["span"], a["role"])
                for a in data["agencies"]
                if a["task_id"] == task["id"] and a["role"] is not None
            ]
            metrics = [m for m in data["metrics"] if m["task_id"] == task["id"]]
            if own != listed or task["metrics"] != metrics:
                failures.append(f"{data['source']['file']} {task['id']}")
    assert not failures, failures


def test_every_table_has_the_documented_columns_and_dtypes(tables: dict[str, pd.DataFrame]) -> None:
    assert list(tables) == list(EXPECTED)
    for name, columns in EXPECTED.items():
        frame = tables[name]
        assert list(frame.columns) == list(columns), name
        assert {c: str(t) for c, t in frame.dtypes.items()} == columns, name


def test_row_counts_equal_the_items_in_the_json(notices: list[Notice], tables: dict[str, pd.DataFrame]) -> None:
    for notice in notices:
        data = json.loads(notice.model_dump_json())
        expected = count_items(data)
        for name, count in expected.items():
            rows = tables[name][tables[name]["document"] == data["source"]["file"]]
            assert len(rows) == count, (data["source"]["file"], name)
        row = tables["notices"].set_index("document").loc[data["source"]["file"]]
        assert row["n_tasks"] == expected["tasks"] and row["n_agencies"] == expected["agencies"]
        assert row["n_deadlines"] == expected["deadlines"] and row["n_metrics"] == expected["metrics"]
    assert sum(tables["agencies"]["inherited"].fillna(False)) > 0, "the sample should hold inherited agencies"
    assert sum(~tables["agencies"]["in_task"]) > 0, "and document-level mentions outside task lists"


def test_rows_follow_document_order(notices: list[Notice], tables: dict[str, pd.DataFrame]) -> None:
    assert list(tables["notices"]["document"]) == FILES
    for notice in notices:
        tasks = tables["tasks"][tables["tasks"]["document"] == notice.source.file]
        ids = [t["id"] for t in walk_tasks(json.loads(notice.model_dump_json())["tasks"])]
        assert list(tasks["task_id"]) == ids


def test_task_ids_link_to_the_tasks_table(tables: dict[str, pd.DataFrame]) -> None:
    known = set(zip(tables["tasks"]["document"], tables["tasks"]["task_id"], strict=True))
    tops = dict(
        zip(
            zip(tables["tasks"]["document"], tables["tasks"]["task_id"], strict=True),
            tables["tasks"]["top_task_id"],
            strict=True,
        )
    )
    for name in ("agencies", "deadlines", "metrics"):
        linked = tables[name].dropna(subset=["task_id"])
        for doc, task_id, top in zip(linked["document"], linked["task_id"], linked["top_task_id"], strict=True):
            assert (doc, task_id) in known, (name, doc, task_id)
            assert tops[(doc, task_id)] == top
    assert tables["deadlines"]["task_id"].notna().all()
    assert tables["agencies"].loc[tables["agencies"]["in_task"], "task_id"].notna().all()


def test_csv_and_parquet_round_trip_to_equal_frames(tables: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    paths = write_tables(tables, tmp_path)
    assert sorted(p.name for p in paths) == sorted(f"{n}.{s}" for n in EXPECTED for s in ("csv", "parquet"))
    for path in paths:
        pd.testing.assert_frame_equal(read_table(path), tables[path.stem], check_exact=True)
    assert (tmp_path / "tasks.csv").read_bytes().startswith(b"\xef\xbb\xbfdocument,")
    assert not list(tmp_path.glob(".*.tmp"))


def test_writing_twice_gives_identical_files(tables: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    first = write_tables(tables, tmp_path / "a")
    second = write_tables(tables, tmp_path / "b")
    # and the same documents extracted again, through JSON files as the CLI writes them
    json_dir = tmp_path / "json"
    json_dir.mkdir()
    for name in FILES:
        (json_dir / f"{Path(name).stem}.json").write_text(extract_file(CORPUS_DIR / name).model_dump_json(), "utf-8")
    third = write_tables(notices_to_tables(load_notices(json_dir)), tmp_path / "c")
    for one, two, three in zip(first, second, third, strict=True):
        assert one.name == two.name == three.name
        if one.suffix == ".csv":
            assert one.read_bytes() == two.read_bytes() == three.read_bytes(), one.name


def test_load_notices_skips_run_json_and_other_json(notices: list[Notice], tmp_path: Path) -> None:
    for notice in notices[:2]:
        (tmp_path / f"{Path(notice.source.file).stem}.json").write_text(notice.model_dump_json(), "utf-8")
    (tmp_path / "run.json").write_text(json.dumps({"counts": {"files": 2}}), "utf-8")
    (tmp_path / "other.json").write_text(json.dumps([1, 2, 3]), "utf-8")
    (tmp_path / "broken.json").write_text("{", "utf-8")
    loaded = load_notices(tmp_path)
    assert [n.source.file for n in loaded] == [n.source.file for n in notices[:2]]


def test_awkward_text_survives_the_csv_round_trip(tmp_path: Path) -> None:
    """Texts that pandas would read as missing, quotes, commas and CRLF line ends come back as written."""
    source = 'NA\r\n1. Giao "Sở Y tế", null; N/A\r\ntiếp'
    start = source.index("1.")
    agency_at = source.index("Sở Y tế")
    notice = Notice(
        source=Source(file="awkward.txt", sha256="0" * 64, chars=len(source)),
        header=Header(subject="NA", addressees=["null", "Sở Y tế"]),
        tasks=[
            Task(
                id="1",
                text=source[start:],
                span=(start, len(source)),
                agencies=[TaskAgency(text="Sở Y tế", name="Sở Y tế", role="lead", span=(agency_at, agency_at + 7))],
            )
        ],
    )
    tables = notices_to_tables([notice])
    for path in write_tables(tables, tmp_path):
        pd.testing.assert_frame_equal(read_table(path), tables[path.stem], check_exact=True)
    assert read_table(tmp_path / "tasks.csv")["text"][0] == source[start:]
    assert read_table(tmp_path / "notices.csv")["subject"][0] == "NA"
    assert pd.isna(read_table(tmp_path / "notices.csv")["number"][0])
