"""Batch extraction over many files: every file accounted for, no output lost, nothing half-written.

Outputs mirror the input tree: `folder/x/a.txt` is written to `OUT/x/a.json`, and its relative path
`x/a.txt` is its name in `run.json`, in the notice (`source.file`) and in the tables. When two inputs
would share an output (`a.txt` and `a.docx`; `x/a.txt` given under two folders; an input named
`run.txt` beside the run summary), each of them keeps its extension (`OUT/a.txt.json`,
`OUT/a.docx.json`), and a clash that remains gets `~2`, `~3` in input order.

Each document runs in a worker process with a time and a memory limit (`workers.py`): a document
over a limit, or whose worker the system kills, is an error of that document and the batch goes on.
`OUT/run.json` is written when the run starts, every few seconds while it runs, and at the end, also
on Ctrl-C; a run killed outright leaves the last one, marked `"complete": false`. Each output is
written atomically (`files.py`), so `--resume` can trust every output it finds: it skips those whose
recorded source hash still matches the input. The outputs are the same bytes whatever `--jobs`.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from . import extract_file
from ._version import __version__
from .errors import DirectiveExtractError
from .files import remove_stale_temporaries, write_atomic
from .inputs import INPUT_SUFFIXES, InputFile, collect_inputs, shown
from .read import DEFAULT_MAX_BYTES, read_file
from .workers import WorkerPool, out_of_memory

if TYPE_CHECKING:
    from .schema import Notice

__all__ = [
    "INPUT_SUFFIXES",
    "FileResult",
    "collect_inputs",
    "output_names",
    "process_file",
    "run_batch",
    "write_jsonl",
    "write_run_summary",
]

RUN_FILE = "run.json"
JSONL_FILE = "notices.jsonl"
RESERVED = {RUN_FILE}  # names in OUT that a document's output may never take
DEFAULT_TIMEOUT = 120.0  # seconds per document
DEFAULT_MAX_MEMORY_MB = 2048  # address space per worker
SNAPSHOT_EVERY = 2.0  # seconds between two writes of run.json during a run

# the arguments of process_file for each file -> (position in that list, its result), as each finishes
Executor = Callable[[list[tuple]], Iterator[tuple[int, "FileResult"]]]


@dataclass
class FileResult:
    file: str  # the path as given or found (as the file system spells it; run.json shows it printable)
    output: str | None
    status: str  # ok | skipped | error | pending
    error: str | None = None
    seconds: float = 0.0
    chars: int = 0
    encoding: str | None = None
    document: str | None = None  # the relative path: the name in the notice and the tables


def notice_json(notice: Notice) -> str:
    """The notice as indented JSON, by pydantic's serializer: the bytes of `json.dumps(indent=2,
    ensure_ascii=False)` at a sixth of the time, but for a float Python prints with an exponent
    (1e-05, 1e+16; pydantic: 1e-5, 1e16), which goes through json.dumps to keep the bytes."""
    if any(_has_exponent(m.value) or _has_exponent(m.value_max) for m in notice.metrics):
        return json.dumps(notice.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    return notice.model_dump_json(indent=2) + "\n"


def _has_exponent(value: float | int | None) -> bool:
    return isinstance(value, float) and "e" in repr(value)


def output_names(inputs: list[InputFile]) -> list[PurePosixPath]:
    """Where each input's JSON goes, relative to OUT: never two inputs on one path, never on run.json."""

    def key(path: PurePosixPath) -> str:
        return str(path).casefold()  # a.txt and A.txt clash on a case-insensitive file system

    plain = [entry.relative.parent / f"{entry.relative.stem}.json" for entry in inputs]
    uses = Counter(key(path) for path in plain)
    keeps = [uses[key(path)] == 1 and key(path) not in RESERVED for path in plain]
    taken = {key(path) for path, keep in zip(plain, keeps, strict=True) if keep} | RESERVED
    out: list[PurePosixPath] = []
    for entry, path, keep in zip(inputs, plain, keeps, strict=True):
        if not keep:  # keep the extension, then number what still clashes
            base = entry.relative.parent / f"{entry.relative.name}.json"
            path, n = base, 1
            while key(path) in taken:
                n += 1
                path = base.parent / f"{base.stem}~{n}.json"
            taken.add(key(path))
        out.append(path)
    return out


def extractor_label(model: str | None = None) -> str:
    """What `source.extractor` records: the version, and the span model's fingerprint when one ran."""
    if not model:
        return f"directive-extract {__version__}"
    from .learned.model import load_model

    return f"directive-extract {__version__} + span model {load_model(model).fingerprint}"


def is_up_to_date(source: Path, output: Path, max_bytes: int, model: str | None = None) -> bool:
    """The output exists, was made by this version (and model), and records the hash of the input as it is now."""
    try:
        recorded = json.loads(output.read_text(encoding="utf-8"))["source"]
        text, _ = read_file(source, max_bytes=max_bytes)
    except (OSError, ValueError, KeyError, TypeError, DirectiveExtractError):
        return False
    current = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return recorded.get("sha256") == current and recorded.get("extractor") == extractor_label(model)


def process_file(
    source: str,
    out_dir: str | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    model: str | None = None,
    document: str | None = None,
    target: str | None = None,
) -> tuple[FileResult, str | None]:
    """Extract one file; write its JSON to `target` (or `out_dir/<stem>.json`). Returns the result and the JSON.

    `model` is the folder of a trained span model to run beside the rules (None: the rules alone);
    `document` the name the notice records (default: the file name)."""
    start = time.perf_counter()
    path = Path(source)
    name = document or shown(path.name)
    try:
        notice = extract_file(path, max_bytes=max_bytes, model=model or False, document=name)
        data = notice_json(notice)
        written = None
        if target is not None or out_dir is not None:
            written = Path(target) if target is not None else Path(out_dir) / f"{path.stem}.json"
            write_atomic(written, data)
        result = FileResult(
            str(path), str(written) if written else None, "ok", chars=notice.source.chars,
            encoding=notice.source.encoding, document=name,
        )  # fmt: skip
    except DirectiveExtractError as exc:
        result, data = FileResult(str(path), None, "error", f"{type(exc).__name__}: {exc}", document=name), None
    except MemoryError:
        raise  # the worker reports it against its limit, and is replaced
    except OSError as exc:  # the output could not be written (disk full, permissions)
        result, data = FileResult(str(path), None, "error", f"cannot write the output: {exc}", document=name), None
    except Exception as exc:  # a bug must not stop the batch; it is reported like any failure
        if out_of_memory(exc):
            raise  # a MemoryError a library wrapped in its own error: the worker reports it as memory
        message = f"internal error {type(exc).__name__}: {exc}"
        result, data = FileResult(str(path), None, "error", message, document=name), None
    result.seconds = round(time.perf_counter() - start, 4)
    return result, data


def _process_for_batch(
    source: str, out_dir: None, max_bytes: int, model: str | None, document: str, target: str
) -> FileResult:
    return process_file(source, out_dir, max_bytes, model, document, target)[0]


def _process_here(*call) -> FileResult:
    """The same, in this process (no limits asked for)."""
    try:
        return _process_for_batch(*call)
    except Exception as exc:  # process_file lets through only what ran out of memory
        if not out_of_memory(exc):
            raise
    return FileResult(call[0], None, "error", "out of memory", document=call[4])


def _preload() -> tuple[str, ...]:
    """What the workers' fork server imports: the package with its data (`warm.py`), and when this batch
    runs from the CLI, the libraries the CLI imports: multiprocessing runs the `__main__` of this process
    again in every worker (`directive-extract`, or `python -m directive_extract.cli`), ~50 ms each unless
    they are loaded. (Not the CLI module itself: runpy warns when it runs a module already imported.)"""
    main = getattr(sys.modules.get("__main__"), "__spec__", None)
    from_cli = f"{__package__}.cli" in sys.modules or getattr(main, "name", None) == f"{__package__}.cli"
    return (f"{__package__}.warm", *(["typer", "rich.console"] if from_cli else []))


def _limit_message(failure: str, seconds: float, timeout: float | None, max_memory_mb: int | None) -> str:
    if failure == "timeout":
        return f"over the time limit: stopped after {seconds:.0f} s (--timeout {timeout:g})"
    if failure == "memory":
        return f"over the memory limit of {max_memory_mb} MB (--max-memory)"
    return failure


def run_batch(
    files: list[InputFile] | list[Path],
    out_dir: Path,
    jobs: int = 1,
    resume: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_result: Callable[[FileResult], None] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    executor: Executor | None = None,
    model: str | None = None,
) -> list[FileResult]:
    """Process `files` into `out_dir`, writing `run.json` throughout; results in input order.

    With neither a time nor a memory limit and one job, documents run in this process. `executor`
    runs the files elsewhere (the Dask engine, dask_engine.py): it is given the `process_file`
    arguments of every file to do and yields (position in that list, FileResult) as each finishes;
    the limits are then the cluster's. Resume, output names and run.json stay here, for every engine.
    `model` is the folder of a trained span model to run beside the rules.
    """
    start = time.perf_counter()
    inputs = [f if isinstance(f, InputFile) else InputFile(Path(f), PurePosixPath(Path(f).name)) for f in files]
    remove_stale_temporaries(out_dir)
    targets = [out_dir / name for name in output_names(inputs)]
    results = [FileResult(str(entry.path), None, "pending", document=entry.document) for entry in inputs]
    last_snapshot = 0.0

    def snapshot(complete: bool = False, force: bool = False) -> None:
        nonlocal last_snapshot
        now = time.perf_counter()
        if force or complete or now - last_snapshot >= SNAPSHOT_EVERY:
            limits = {"timeout": timeout, "max_memory_mb": max_memory_mb, "max_bytes": max_bytes}
            write_run_summary(out_dir, results, now - start, complete=complete, limits=limits)
            last_snapshot = now

    def done(index: int, result: FileResult) -> None:
        results[index] = result
        if on_result:
            on_result(result)
        snapshot()

    todo: list[int] = []
    for index, (entry, target) in enumerate(zip(inputs, targets, strict=True)):
        if entry.problem:
            results[index] = FileResult(str(entry.path), None, "error", entry.problem, document=entry.document)
        elif resume and is_up_to_date(entry.path, target, max_bytes, model):
            results[index] = FileResult(str(entry.path), str(target), "skipped", document=entry.document)
        else:
            todo.append(index)
            continue
        if on_result:
            on_result(results[index])
    snapshot(force=True)
    # the arguments of process_file for every file to do: the one place every engine takes them from
    calls = [(str(inputs[i].path), None, max_bytes, model, inputs[i].document, str(targets[i])) for i in todo]
    try:
        if executor is not None:
            for position, result in executor(calls):
                done(todo[position], result)
        elif jobs <= 1 and not timeout and not max_memory_mb:
            for position, call in enumerate(calls):
                done(todo[position], _process_here(*call))
        else:
            pool = WorkerPool(_process_for_batch, jobs=jobs, timeout=timeout, max_memory=(max_memory_mb or 0) << 20,
                              preload=_preload())  # fmt: skip
            for outcome in pool.run(list(enumerate(calls))):
                index = todo[outcome.key]
                if outcome.failure is None:
                    done(index, outcome.value)
                    continue
                if outcome.failure == "died":
                    message = f"the worker processing it was killed ({outcome.message}): out of memory?"
                elif outcome.failure == "error":
                    message = f"internal error {outcome.message}"
                else:
                    message = _limit_message(outcome.failure, outcome.seconds, timeout, max_memory_mb)
                result = FileResult(str(inputs[index].path), None, "error", message, document=inputs[index].document)
                result.seconds = round(outcome.seconds, 4)
                done(index, result)
    except BaseException as exc:  # Ctrl-C, a stalled cluster, or a bug here: what is known is written before leaving
        why = str(exc) if isinstance(exc, DirectiveExtractError) else "the run was interrupted"
        for result in results:
            if result.status == "pending":
                result.status, result.error = "error", f"not processed: {why}"
        snapshot(force=True)
        raise
    snapshot(complete=True)
    return results


def _shown(result: FileResult, out_dir: Path) -> dict:
    """A result as written to run.json: the output relative to the run's folder, paths printable."""
    row = asdict(result)
    row["file"] = shown(result.file)
    if result.output:
        output = Path(result.output)
        row["output"] = shown(output.relative_to(out_dir) if output.is_relative_to(out_dir) else output)
    return row


def write_run_summary(
    out_dir: Path, results: list[FileResult], seconds: float, complete: bool = True, limits: dict | None = None
) -> Path:
    counts = {status: sum(r.status == status for r in results) for status in ("ok", "skipped", "error")}
    pending = sum(r.status == "pending" for r in results)
    summary = {
        "extractor": f"directive-extract {__version__}",
        "complete": complete and not pending,
        "files": [_shown(r, out_dir) for r in results],
        "counts": {"files": len(results), **counts, **({"pending": pending} if pending else {})},
        "seconds": round(seconds, 3),
        **({"limits": limits} if limits else {}),
    }
    path = out_dir / RUN_FILE
    write_atomic(path, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    return path


def write_jsonl(out_dir: Path, results: list[FileResult]) -> Path:
    """One compact line per extracted document, in input order, from the per-document files."""
    lines = []
    for result in results:
        if result.output and result.status in ("ok", "skipped"):
            data = json.loads(Path(result.output).read_text(encoding="utf-8"))
            lines.append(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    path = out_dir / JSONL_FILE
    write_atomic(path, "".join(line + "\n" for line in lines))
    return path
