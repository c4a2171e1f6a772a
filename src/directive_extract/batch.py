"""Batch extraction over many files: every file accounted for, nothing half-written, same bytes every run.

Each document is one unit of work that writes `OUT/<stem>.json` atomically (temporary file in the
same folder, then rename), so an interrupted run leaves only complete outputs, and `--resume` can
skip every output whose recorded source hash still matches its input. With several workers the
outputs are the same bytes as with one: each depends only on its own input. Failures are values
(a FileResult with status "error" and a message), never an exception that stops the batch.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import extract_file
from ._version import __version__
from .errors import DirectiveExtractError
from .read import DEFAULT_MAX_BYTES, read_file

if TYPE_CHECKING:
    from .schema import Notice

INPUT_SUFFIXES = {".txt", ".docx", ".pdf", ".html", ".htm"}
RUN_FILE = "run.json"
JSONL_FILE = "notices.jsonl"


# the arguments of process_file for each file -> (position in that list, its result), as each finishes
Executor = Callable[[list[tuple]], Iterator[tuple[int, "FileResult"]]]


@dataclass
class FileResult:
    file: str
    output: str | None
    status: str  # ok | skipped | error
    error: str | None = None
    seconds: float = 0.0
    chars: int = 0
    encoding: str | None = None


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and every input file under each folder (recursive), in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES and not p.name.startswith(".")
                )
            )
        else:
            found.append(path)
    return found


def notice_json(notice: Notice) -> str:
    """The notice as indented JSON, by pydantic's serializer: the bytes of `json.dumps(indent=2,
    ensure_ascii=False)` at a sixth of the time, but for a float Python prints with an exponent
    (1e-05, 1e+16; pydantic: 1e-5, 1e16), which goes through json.dumps to keep the bytes."""
    if any(_has_exponent(m.value) or _has_exponent(m.value_max) for m in notice.metrics):
        return json.dumps(notice.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    return notice.model_dump_json(indent=2) + "\n"


def _has_exponent(value: float | int | None) -> bool:
    return isinstance(value, float) and "e" in repr(value)


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


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files left by a run that was killed mid-write (never outputs: they are renamed when complete)."""
    if out_dir.is_dir():
        for stale in out_dir.glob(".*.tmp"):
            stale.unlink(missing_ok=True)


def output_path(out_dir: Path, source: Path) -> Path:
    return out_dir / f"{source.stem}.json"


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
    source: str, out_dir: str | None, max_bytes: int = DEFAULT_MAX_BYTES, model: str | None = None
) -> tuple[FileResult, str | None]:
    """Extract one file; write its JSON when `out_dir` is given. Returns the result and the JSON text.
    `model` is the folder of a trained span model to run beside the rules (None: the rules alone)."""
    start = time.perf_counter()
    path = Path(source)
    try:
        notice = extract_file(path, max_bytes=max_bytes, model=model or False)
        data = notice_json(notice)
        target = None
        if out_dir is not None:
            target = output_path(Path(out_dir), path)
            write_atomic(target, data)
        result = FileResult(
            str(path),
            str(target) if target else None,
            "ok",
            chars=notice.source.chars,
            encoding=notice.source.encoding,
        )
    except DirectiveExtractError as exc:
        result, data = FileResult(str(path), None, "error", f"{type(exc).__name__}: {exc}"), None
    except Exception as exc:  # a bug must not stop the batch; it is reported like any failure
        result, data = FileResult(str(path), None, "error", f"internal error {type(exc).__name__}: {exc}"), None
    result.seconds = round(time.perf_counter() - start, 4)
    return result, data


def _warm_up() -> None:
    """Load and compile the data once per worker process."""
    from . import extract

    extract("Sở Y tế")


def run_batch(
    files: list[Path],
    out_dir: Path,
    jobs: int = 1,
    resume: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_result: Callable[[FileResult], None] | None = None,
    executor: Executor | None = None,
    model: str | None = None,
) -> list[FileResult]:
    """Process `files` into `out_dir`; results come back in input order whatever the worker order.

    `executor` runs the files elsewhere (the Dask engine, dask_engine.py): it is given the
    `process_file` arguments of every file to do and yields (position in that list, FileResult) as
    each finishes. Resume, duplicate names and the results' order stay here, for every engine.
    """
    remove_stale_temporaries(out_dir)
    results: list[FileResult | None] = [None] * len(files)
    todo: list[int] = []
    seen: dict[str, Path] = {}
    for index, path in enumerate(files):
        target = output_path(out_dir, path)
        if target.name in seen:
            results[index] = FileResult(str(path), None, "error", f"same output name as {seen[target.name]}")
        elif resume and is_up_to_date(path, target, max_bytes, model):
            results[index] = FileResult(str(path), str(target), "skipped")
        else:
            todo.append(index)
        seen.setdefault(target.name, path)
        if results[index] is not None and on_result:
            on_result(results[index])

    def done(index: int, result: FileResult) -> None:
        results[index] = result
        if on_result:
            on_result(result)

    # the arguments of process_file for every file to do: the one place every engine takes them from
    calls = [(str(files[index]), str(out_dir), max_bytes, model) for index in todo]
    if executor is not None:
        for position, result in executor(calls):
            done(todo[position], result)
    elif jobs <= 1 or len(todo) <= 1:
        for position, call in enumerate(calls):
            done(todo[position], process_file(*call)[0])
    else:
        _warm_up()  # here, before the workers fork from this process: they start with the data loaded
        gc.freeze()  # and the collector leaves it alone, so a worker does not copy the pages it sits on
        try:
            with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up) as pool:
                futures = {pool.submit(_result_of, *call): todo[position] for position, call in enumerate(calls)}
                for future in as_completed(futures):
                    done(futures[future], future.result())
        finally:
            gc.unfreeze()
    return [r for r in results if r is not None]


def _result_of(*call) -> FileResult:
    """process_file in a worker: the JSON is written there, only the result comes back."""
    return process_file(*call)[0]


def write_run_summary(out_dir: Path, results: list[FileResult], seconds: float) -> Path:
    counts = {status: sum(r.status == status for r in results) for status in ("ok", "skipped", "error")}
    summary = {
        "extractor": f"directive-extract {__version__}",
        "files": [asdict(r) for r in results],
        "counts": {"files": len(results), **counts},
        "seconds": round(seconds, 3),
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
