"""Command line: I/O, progress and exit codes only; the extraction lives in the library.

Conventions every command keeps: a command that writes files takes `--out`/`-o` (`--to` is kept
as an alias), a choice is a choice (`--format json|jsonl`, `--engine local|dask`), a missing or
empty input folder is an error with one clear line on stderr and exit code 2, and `--version`
prints the version.

Each command imports what it needs when it runs (the pipeline, pydantic, the scorer, rich's progress
and tables), so `--help` and a one-file `extract` start quickly.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from ._version import __version__
from .batch import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, FileResult, process_file, run_batch, write_jsonl
from .dask_engine import CLUSTER_TIMEOUT
from .errors import ClusterError
from .files import OutputDirError, check_output_dir, remove_stale_temporaries
from .inputs import InputFile, collect_inputs, shown
from .read import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from rich.progress import Progress

    from .schema import Notice

err = Console(stderr=True, soft_wrap=True)

USAGE_ERROR = 2  # as click: the command line or its inputs are wrong, nothing was done


class CleanHelpMixin:
    """Help that shows a flag as a flag and an argument by its name, not `<bool>` or `<list[Path]>`.

    Typer prints the Python type of every parameter; for a flag or an argument that is noise
    (a value-taking option keeps its metavar: `<path>`, `<int>`, `<json|jsonl>`). A test reads
    every command's help, so a Typer release that changes how this is drawn is noticed.
    """

    def format_help(self, ctx, formatter) -> None:
        for param in self.get_params(ctx):
            if getattr(param, "is_flag", False) or param.param_type_name == "argument":
                param.display_type_rich = lambda ctx: None
        super().format_help(ctx, formatter)


class CleanHelp(CleanHelpMixin, TyperCommand):
    pass


class CleanHelpGroup(CleanHelpMixin, TyperGroup):
    pass


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"directive-extract {__version__}\n")
        raise typer.Exit()


app = typer.Typer(
    cls=CleanHelpGroup, add_completion=False, no_args_is_help=True, help="Vietnamese administrative documents to JSON."
)


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Vietnamese administrative documents to JSON."""


def command(**kwargs):
    return app.command(cls=CleanHelp, **kwargs)


def fail(message: str, code: int = USAGE_ERROR) -> typer.Exit:
    err.print(f"[red]error[/red] {message}", highlight=False)
    return typer.Exit(code)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def out_option(help_text: str) -> typer.Option:
    return typer.Option(None, "--out", "-o", "--to", help=help_text)


def _progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[bold]extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} files/s  errors: {task.fields[errors]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


@command()
def extract(
    paths: list[Path] = typer.Argument(..., help="files or folders (searched recursively for .txt .docx .pdf .html)"),
    out: Path | None = out_option("write one JSON per document (the input tree mirrored) and OUT/run.json"),
    output_format: OutputFormat = typer.Option(
        OutputFormat.json, "--format", help="json: one file per document; jsonl: also OUT/notices.jsonl"
    ),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="documents processed in parallel (Dask: local workers)"),
    resume: bool = typer.Option(False, "--resume", help="skip documents whose output is up to date"),
    tables: bool = typer.Option(False, "--tables", help="also write CSV and Parquet tables to OUT/tables"),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="refuse files larger than this"),
    model: bool = typer.Option(False, "--model", help="also run the learned span recognizer (models/spans)"),
    model_dir: Path | None = typer.Option(None, "--model-dir", help="the trained model's folder (implies --model)"),
    engine: Engine = typer.Option(
        Engine.local, "--engine", help="local: --jobs processes here; dask: a Dask cluster (same outputs)"
    ),
    scheduler: str | None = typer.Option(
        None,
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler's address (default: a LocalCluster of --jobs workers)",
    ),
    partitioned: bool = typer.Option(
        False, "--partitioned", help="with --engine dask --tables: also OUT/tables/<name>/part.N.parquet datasets"
    ),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", min=0, help="seconds per document (0: no limit)"),
    max_memory: int = typer.Option(DEFAULT_MAX_MEMORY_MB, "--max-memory", min=0, help="MB per document (0: no limit)"),
    follow_links: bool = typer.Option(False, "--follow-links", help="follow links that lead out of the folders given"),
    cluster_timeout: float = typer.Option(
        CLUSTER_TIMEOUT,
        "--cluster-timeout",
        min=1,
        help="with --engine dask: seconds to wait for the cluster to "
        "be ready, and for some chunk of files to finish (then a clear error, never a hang)",
    ),
) -> None:
    """Extract notices. With --out: one JSON per document, a run summary, exit 1 if any file failed."""
    if engine is Engine.local and (scheduler or partitioned):
        raise fail("--scheduler and --partitioned need --engine dask")
    if partitioned and not tables:
        raise fail("--partitioned writes the tables: add --tables")
    model_path = _model_path(model or model_dir is not None, model_dir)
    files = collect_inputs(paths, exclude=[out] if out is not None else [], follow_links=follow_links)
    if not files:
        raise fail("no input files found (.txt .docx .pdf .html)")
    if out is not None:
        try:
            check_output_dir(out)  # before any extraction: a file, a read-only or a full folder fails now
        except OutputDirError as exc:
            raise fail(str(exc)) from exc
    if out is None:
        if engine is Engine.dask:
            raise fail("--engine dask writes files: give --out")
        _print_notices(files, max_bytes, jsonl=output_format is OutputFormat.jsonl or len(files) > 1, model=model_path)
        return
    client = None
    if engine is Engine.dask:
        from .dask_engine import open_client

        try:
            client = open_client(scheduler, workers=jobs, timeout=cluster_timeout)
        except ClusterError as exc:
            raise fail(str(exc)) from None
    stalled = False
    try:
        limits = {"timeout": timeout, "max_memory_mb": max_memory, "cluster_timeout": cluster_timeout}
        results = _run_with_progress(files, out, jobs, resume, max_bytes, client, limits, model_path)
        if output_format is OutputFormat.jsonl:
            write_jsonl(out, results)
        if tables:
            _write_tables(out, out / "tables")
            if partitioned:
                from .dask_engine import load_notice_bag, table_frames, write_partitioned_tables

                done = [r.output for r in results if r.output and r.status in ("ok", "skipped")]
                frames = table_frames(load_notice_bag(done))
                write_partitioned_tables(frames, out / "tables", client=client, timeout=cluster_timeout)
    except KeyboardInterrupt:
        raise fail(f"interrupted: {out / 'run.json'} lists what was done", 130) from None
    except ClusterError as exc:
        stalled = True
        raise fail(f"{exc}; {out / 'run.json'} lists what was done", 1) from None
    finally:
        if client is not None:
            from .dask_engine import close_client

            close_client(client)
            if stalled and scheduler is None:  # our workers are stopped: no write of theirs is under way
                remove_stale_temporaries(out)
    counts = {s: sum(r.status == s for r in results) for s in ("ok", "skipped", "error")}
    summary = f"{counts['ok']} written to {out}, {counts['skipped']} up to date, {counts['error']} failed"
    err.print(f"{len(files)} files: {summary}", highlight=False)
    if counts["error"]:
        raise typer.Exit(1)


def _run_with_progress(
    files, out: Path, jobs: int, resume: bool, max_bytes: int, client, limits: dict, model: str | None = None
) -> list[FileResult]:
    start = time.perf_counter()
    errors = 0
    executor = None
    if client is not None:
        from .dask_engine import dask_executor

        executor = dask_executor(client, timeout=limits["cluster_timeout"])
    with _progress() as progress:
        bar = progress.add_task("extract", total=len(files), rate=0.0, errors=0)

        def on_result(result: FileResult) -> None:
            nonlocal errors
            errors += result.status == "error"
            done = progress.tasks[bar].completed + 1
            progress.update(bar, advance=1, errors=errors, rate=done / max(1e-9, time.perf_counter() - start))
            if result.status == "error":
                progress.console.print(f"[red]error[/red] {shown(result.file)}: {result.error}", highlight=False)

        return run_batch(
            files, out, jobs=jobs, resume=resume, max_bytes=max_bytes, on_result=on_result, executor=executor,
            timeout=limits["timeout"], max_memory_mb=limits["max_memory_mb"], model=model,
        )  # fmt: skip


def _model_path(wanted: bool, folder: Path | None) -> str | None:
    """The model folder to use, checked once here so that a missing model is one clear line, not a failed batch."""
    if not wanted:
        return None
    from .errors import ModelError
    from .learned.model import load_model

    try:
        return str(load_model(folder).path)
    except ModelError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


def _print_notices(files: list[InputFile], max_bytes: int, jsonl: bool, model: str | None = None) -> None:
    failed = 0
    for entry in files:
        if entry.problem:
            failed += 1
            err.print(f"[red]error[/red] {shown(entry.path)}: {entry.problem}", highlight=False)
            continue
        result, data = process_file(str(entry.path), None, max_bytes, model, document=entry.document)
        if data is None:
            failed += 1
            err.print(f"[red]error[/red] {shown(entry.path)}: {result.error}", highlight=False)
            continue
        if jsonl:
            sys.stdout.write(json.dumps(json.loads(data), ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            sys.stdout.write(data)
    if failed:
        raise typer.Exit(1)


def _notices(json_dir: Path) -> list[Notice]:
    """The extracted notices in `json_dir`, or a clear error when there are none."""
    from .tables import load_notices

    if not json_dir.exists():
        raise fail(f"{json_dir}: no such folder")
    if not json_dir.is_dir():
        raise fail(f"{json_dir}: not a folder (give the --out folder of `directive-extract extract`)")
    notices = load_notices(json_dir)
    if not notices:
        raise fail(
            f"{json_dir}: no extracted notices (NAME.json) in this folder; run `directive-extract extract` first"
        )
    return notices


def _write_tables(json_dir: Path, out_dir: Path) -> list[Path]:
    from .tables import notices_to_tables, write_tables

    return write_tables(notices_to_tables(_notices(json_dir)), out_dir)


@command()
def tables(
    json_dir: Path = typer.Argument(..., help="folder of extracted NAME.json files"),
    out: Path | None = out_option("where to write the tables (default JSON_DIR/tables)"),
) -> None:
    """Write CSV and Parquet tables (notices, tasks, agencies, deadlines, metrics, references)."""
    target = out or json_dir / "tables"
    written = _write_tables(json_dir, target)
    err.print(f"{len(written)} table files written to {target}", highlight=False)


@command()
def report(
    json_dir: Path = typer.Argument(..., help="folder of extracted NAME.json files"),
    out: Path | None = out_option("where to write the pages (default JSON_DIR/report)"),
) -> None:
    """Write an HTML page per notice, with agencies, deadlines and metrics highlighted, and an index page."""
    from .report import write_report

    target = out or json_dir / "report"
    written = write_report(_notices(json_dir), target)
    err.print(f"{len(written)} pages written to {target} (open {target / 'index.html'})", highlight=False)


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


@command()
def board(
    json_dir: Path = typer.Argument(..., help="folder of extracted NAME.json files"),
    out: Path | None = out_option("where to write the board (default JSON_DIR/board)"),
    today: str | None = typer.Option(
        None, "--today", metavar="YYYY-MM-DD", help="the date the status is computed for (default: today)"
    ),
    agency: str | None = typer.Option(
        None, "--agency", metavar="NAME", help="only this body's assignments (whole words, diacritics optional)"
    ),
    report_dir: Path | None = typer.Option(
        None, "--report-dir", metavar="DIR", help="link to this existing report instead of writing OUT/report"
    ),
) -> None:
    """Who must do what, by when: every assignment across the notices, grouped by body.

    Writes OUT/board.html (sortable, filterable), board.csv, board.parquet, deadlines.ics, OUT/report.
    """
    from .board_files import write_board

    day = _parse_day(today) or date.today()  # the command line reads the clock; the library never does
    notices = _notices(json_dir)
    if report_dir is not None and not (report_dir / "index.html").is_file():
        raise fail(f"{report_dir}: no report there (run `directive-extract report` first, or leave --report-dir out)")
    target = out or json_dir / "board"
    result = write_board(notices, target, today=day, agency=agency, report_dir=report_dir)
    if agency and result.frame.empty:
        err.print(f"no assignment of a body named {agency!r}", highlight=False)
    err.print(f"{result.summary} written to {target} (open {target / 'board.html'})", highlight=False)


@command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="folder with NAME.gold.json (and NAME.txt)"),
    pred_dir: Path = typer.Argument(..., help="folder with NAME.json predictions"),
    per_doc: bool = typer.Option(False, "--per-doc", help="also print one row of F1 per document"),
    as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
) -> None:
    """Field-by-field precision, recall and F1 of predictions against gold (ANNOTATION.md)."""
    from .evaluate import evaluate_dirs

    for folder in (gold_dir, pred_dir):
        if not folder.is_dir():
            raise fail(f"{folder}: no such folder")
    if not any(gold_dir.rglob("*.gold.json")):
        raise fail(f"{gold_dir}: no gold files (NAME.gold.json)")
    report_ = evaluate_dirs(gold_dir, pred_dir)
    if len(report_.missing) == report_.documents:
        raise fail(f"{pred_dir}: none of the {report_.documents} gold documents has a prediction (NAME.json)", 1)
    if as_json:
        sys.stdout.write(json.dumps(report_.as_dict(), indent=2) + "\n")
    else:
        _print_scores(report_, per_doc)
    if report_.missing:
        err.print(f"no prediction for: {', '.join(report_.missing)}")


def _print_scores(report_, per_doc: bool) -> None:
    from rich.table import Table

    from .evaluate import FIELDS

    console = Console()
    table = Table(title=f"{report_.documents} documents")
    for column in ("field", "precision", "recall", "F1", "gold items"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name, count in report_.counts.items():
        table.add_row(
            name, f"{count.precision:.3f}", f"{count.recall:.3f}", f"{count.f1:.3f}", f"{count.tp + count.fn:g}"
        )
    console.print(table)
    if per_doc:
        doc_table = Table(title="F1 per document")
        doc_table.add_column("document")
        for name in FIELDS:
            doc_table.add_column(name, justify="right")
        for stem, counts in report_.per_doc.items():
            doc_table.add_row(stem, *(f"{counts[name].f1:.2f}" if name in counts else "–" for name in FIELDS))
        console.print(doc_table)


@command()
def schema(
    out: Path | None = typer.Option(
        None, "--out", "-o", "--to", help="write the schema to this file (default: print it)"
    ),
) -> None:
    """Print (or write) the JSON Schema of the output."""
    from .schema import json_schema

    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
        return
    from .tables import atomic_write

    atomic_write(out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    err.print(f"schema written to {out}", highlight=False)


if __name__ == "__main__":
    app()
