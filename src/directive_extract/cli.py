"""Command line: I/O, progress and exit codes only; the extraction lives in the library."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from . import extract_file
from .errors import DirectiveExtractError
from .evaluate import FIELDS, evaluate_dirs
from .read import DEFAULT_MAX_BYTES
from .schema import json_schema

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Vietnamese administrative documents to JSON.")
err = Console(stderr=True, soft_wrap=True)

INPUT_SUFFIXES = {".txt"}


def collect_inputs(paths: list[Path]) -> list[Path]:
    """Files as given, and every input file under each folder (recursive), in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES))
        else:
            found.append(path)
    return found


def write_atomic(path: Path, data: str) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written output."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def notice_json(notice) -> str:
    return json.dumps(notice.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="files or folders (searched recursively)"),
    out: Path | None = typer.Option(None, "--out", "-o", help="write OUT/<stem>.json per document"),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="refuse files larger than this"),
) -> None:
    """Extract notices. With --out, one JSON file per document and a summary line; without, print JSON."""
    files = collect_inputs(paths)
    if not files:
        err.print("no input files found")
        raise typer.Exit(2)
    failed = 0
    written = 0
    seen: dict[str, Path] = {}
    for path in files:
        try:
            if out is not None and path.stem in seen:
                raise DirectiveExtractError(f"same output name as {seen[path.stem]}")
            notice = extract_file(path, max_bytes=max_bytes)
        except DirectiveExtractError as exc:
            failed += 1
            err.print(f"[red]error[/red] {path}: {exc}", highlight=False)
            continue
        if out is None:
            sys.stdout.write(notice_json(notice))
        else:
            seen[path.stem] = path
            write_atomic(out / f"{path.stem}.json", notice_json(notice))
        written += 1
    if out is not None:
        err.print(f"{len(files)} files: {written} written to {out}, {failed} failed", highlight=False)
    if failed:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="folder with NAME.gold.json (and NAME.txt)"),
    pred_dir: Path = typer.Argument(..., help="folder with NAME.json predictions"),
    per_doc: bool = typer.Option(False, "--per-doc", help="also print one row of F1 per document"),
    as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
) -> None:
    """Field-by-field precision, recall and F1 of predictions against gold (ANNOTATION.md)."""
    report = evaluate_dirs(gold_dir, pred_dir)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
        return
    console = Console()
    table = Table(title=f"{report.documents} documents", show_lines=False)
    for column in ("field", "precision", "recall", "F1", "gold items"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name, count in report.counts.items():
        table.add_row(
            name,
            f"{count.precision:.3f}",
            f"{count.recall:.3f}",
            f"{count.f1:.3f}",
            f"{count.tp + count.fn:g}",
        )
    console.print(table)
    if per_doc:
        doc_table = Table(title="F1 per document")
        doc_table.add_column("document")
        for name in FIELDS:
            doc_table.add_column(name, justify="right")
        for stem, counts in report.per_doc.items():
            doc_table.add_row(stem, *(f"{counts[name].f1:.2f}" for name in FIELDS))
        console.print(doc_table)
    if report.missing:
        err.print(f"no prediction for: {', '.join(report.missing)}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    app()
