"""Command line: I/O, progress and exit codes only; the extraction lives in the library."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .batch import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, FileResult, process_file, run_batch, write_jsonl
from .evaluate import FIELDS, evaluate_dirs
from .files import OutputDirError, check_output_dir
from .inputs import collect_inputs, shown
from .read import DEFAULT_MAX_BYTES
from .schema import json_schema

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Vietnamese administrative documents to JSON.")
err = Console(stderr=True, soft_wrap=True)


def _progress() -> Progress:
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


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="files or folders (searched recursively for .txt .docx .pdf .html)"),
    out: Path | None = typer.Option(None, "--out", "-o", help="write OUT/<stem>.json per document and OUT/run.json"),
    output_format: str = typer.Option(
        "json", "--format", help="json: one file per document; jsonl: also OUT/notices.jsonl"
    ),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="documents processed in parallel"),
    resume: bool = typer.Option(False, "--resume", help="skip documents whose output is up to date"),
    tables: bool = typer.Option(False, "--tables", help="also write CSV and Parquet tables to OUT/tables"),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="refuse files larger than this"),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", min=0, help="seconds per document (0: no limit)"),
    max_memory: int = typer.Option(DEFAULT_MAX_MEMORY_MB, "--max-memory", min=0, help="MB per document (0: no limit)"),
    follow_links: bool = typer.Option(False, "--follow-links", help="follow links that leave the folders given"),
) -> None:
    """Extract notices. With --out: one JSON per document, a run summary, exit 1 if any file failed."""
    if output_format not in ("json", "jsonl"):
        raise typer.BadParameter("--format is json or jsonl")
    if out is not None:
        try:
            check_output_dir(out)  # before any work: a file, a read-only or full folder fails now
        except OutputDirError as exc:
            err.print(f"[red]error[/red] {exc}", highlight=False)
            raise typer.Exit(2) from exc
    files = collect_inputs(paths, exclude=[out] if out is not None else [], follow_links=follow_links)
    if not files:
        err.print("no input files found")
        raise typer.Exit(2)
    if out is None:
        _print_notices(files, max_bytes, jsonl=output_format == "jsonl" or len(files) > 1)
        return
    start = time.perf_counter()
    errors = 0
    with _progress() as progress:
        bar = progress.add_task("extract", total=len(files), rate=0.0, errors=0)

        def on_result(result: FileResult) -> None:
            nonlocal errors
            errors += result.status == "error"
            done = progress.tasks[bar].completed + 1
            progress.update(bar, advance=1, errors=errors, rate=done / max(1e-9, time.perf_counter() - start))
            if result.status == "error":
                progress.console.print(f"[red]error[/red] {shown(result.file)}: {result.error}", highlight=False)

        try:
            results = run_batch(
                files, out, jobs=jobs, resume=resume, max_bytes=max_bytes, on_result=on_result,
                timeout=timeout, max_memory_mb=max_memory,
            )  # fmt: skip
        except KeyboardInterrupt:
            err.print(f"interrupted: {out / 'run.json'} lists what was done")
            raise typer.Exit(130) from None
    if output_format == "jsonl":
        write_jsonl(out, results)
    if tables:
        _write_tables(out, out / "tables")
    counts = {s: sum(r.status == s for r in results) for s in ("ok", "skipped", "error")}
    summary = f"{counts['ok']} written to {out}, {counts['skipped']} up to date, {counts['error']} failed"
    err.print(f"{len(files)} files: {summary}", highlight=False)
    if counts["error"]:
        raise typer.Exit(1)


def _print_notices(files: list, max_bytes: int, jsonl: bool) -> None:
    failed = 0
    for entry in files:
        if entry.problem:
            failed += 1
            err.print(f"[red]error[/red] {shown(entry.path)}: {entry.problem}", highlight=False)
            continue
        result, data = process_file(str(entry.path), None, max_bytes, document=entry.document)
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


def _write_tables(json_dir: Path, out_dir: Path) -> list[Path]:
    from .tables import load_notices, notices_to_tables, write_tables

    return write_tables(notices_to_tables(load_notices(json_dir)), out_dir)


@app.command()
def tables(
    json_dir: Path = typer.Argument(..., help="folder of extracted NAME.json files"),
    to: Path | None = typer.Option(None, "--to", help="where to write the tables (default JSON_DIR/tables)"),
) -> None:
    """Write CSV and Parquet tables (notices, tasks, agencies, deadlines, metrics, references)."""
    written = _write_tables(json_dir, to or json_dir / "tables")
    err.print(f"{len(written)} table files written to {to or json_dir / 'tables'}", highlight=False)


@app.command()
def report(
    json_dir: Path = typer.Argument(..., help="folder of extracted NAME.json files"),
    to: Path | None = typer.Option(None, "--to", help="where to write the pages (default JSON_DIR/report)"),
) -> None:
    """Write an HTML page per notice, with agencies, deadlines and metrics highlighted, and an index page."""
    from .report import write_report
    from .tables import load_notices

    target = to or json_dir / "report"
    written = write_report(load_notices(json_dir), target)
    err.print(f"{len(written)} pages written to {target} (open {target / 'index.html'})", highlight=False)


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="folder with NAME.gold.json (and NAME.txt)"),
    pred_dir: Path = typer.Argument(..., help="folder with NAME.json predictions"),
    per_doc: bool = typer.Option(False, "--per-doc", help="also print one row of F1 per document"),
    as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
) -> None:
    """Field-by-field precision, recall and F1 of predictions against gold (ANNOTATION.md)."""
    report_ = evaluate_dirs(gold_dir, pred_dir)
    if as_json:
        sys.stdout.write(json.dumps(report_.as_dict(), indent=2) + "\n")
        return
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
    if report_.missing:
        err.print(f"no prediction for: {', '.join(report_.missing)}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    app()
