"""Extraction on a Dask cluster, for archives that outgrow one machine.

From the command line, `directive-extract extract DIR --out OUT --engine dask [--scheduler ADDRESS]`
runs the batch of batch.py with its files done by Dask workers instead of local processes: the
same `process_file` per file (so the same size limits, error messages and atomic writes), the same
resume check, output names and `run.json`, and therefore the same output bytes as
`--jobs 1`. Without `--scheduler` a `LocalCluster` of `--jobs` single-threaded worker processes is
started for the run. With one, the workers must see the input files and `OUT` at the same paths
(a shared file system) and have this package installed at the same version.

Files go to the workers in small chunks (one task per `CHUNK` files: a task costs the scheduler
about a millisecond, a document a few) and at most `WINDOW_PER_WORKER` chunks per worker thread are
in flight, so a run over millions of files keeps a bounded number of futures. A worker that dies
fails its chunk's files with the reason, like any other bad file; the batch goes on.

From Python:

    bag = notice_bag(["archive/"])                 # a dask.bag.Bag of Notice (bad files left out)
    frames = table_frames(bag)                     # {"notices": dask DataFrame, "tasks": …, …}
    write_partitioned_tables(frames, "out/tables") # out/tables/<name>/part.N.parquet
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import Executor, FileResult, collect_inputs, process_file
from .read import DEFAULT_MAX_BYTES
from .schema import Notice

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    from distributed import Client

CHUNK = 8
WINDOW_PER_WORKER = 4
NOTICES_PER_PARTITION = 256


def open_client(scheduler: str | None = None, workers: int = 1) -> Client:
    """A client of the scheduler at `scheduler`, or of a new LocalCluster of `workers` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port: never "8787 is already in use" beside another cluster
        silence_logs=40,  # logging.ERROR: the progress bar and the summary line are the output
    )
    return Client(cluster)


def close_client(client: Client) -> None:
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


def _warm_up() -> None:
    from . import extract

    extract("Sở Y tế")


def _process_chunk(calls: list[tuple]) -> list[FileResult]:
    """`process_file` of batch.py on each file of a chunk; only the results travel back."""
    return [process_file(*call)[0] for call in calls]


def dask_executor(client: Client, chunk: int = CHUNK, work=_process_chunk) -> Executor:
    """A batch.run_batch executor that runs the files on `client`'s workers, a window at a time.

    `work` is what a worker does with a chunk (`_process_chunk`; a test passes one that kills it).
    """
    from distributed import as_completed

    def run(calls: list[tuple]) -> Iterator[tuple[int, FileResult]]:
        if not calls:
            return
        client.run(_warm_up)
        threads = max(1, sum(client.nthreads().values()))
        starts = iter(range(0, len(calls), chunk))
        pending = as_completed()
        where: dict[str, int] = {}

        def submit_next() -> bool:
            start = next(starts, None)
            if start is None:
                return False
            future = client.submit(work, calls[start : start + chunk], pure=False)
            where[future.key] = start
            pending.add(future)
            return True

        for _ in range(threads * WINDOW_PER_WORKER):
            if not submit_next():
                break
        for future in pending:
            start = where.pop(future.key)
            part = calls[start : start + chunk]
            try:
                results = future.result()
            except Exception as exc:  # the worker died or the task could not run: its files fail, the batch goes on
                reason = f"worker failed {type(exc).__name__}: {exc}"
                results = [
                    FileResult(call[0], None, "error", reason, document=call[4] if len(call) > 4 else None)
                    for call in part
                ]
            future.release()
            for offset, result in enumerate(results):
                yield start + offset, result
            submit_next()

    return run


# --- the Python API ----------------------------------------------------------------------------


def _notice_or_none(path: str, max_bytes: int) -> Notice | None:
    from . import extract_file
    from .errors import DirectiveExtractError

    try:
        return extract_file(path, max_bytes=max_bytes)
    except DirectiveExtractError:
        return None


def notice_bag(
    paths: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    partition_size: int = NOTICES_PER_PARTITION,
) -> dask.bag.Bag:
    """A Dask bag of the Notice of every input file under `paths`, in input order; unreadable files are left out.

    Nothing runs until the bag is computed (on the current client, if one is open). For an
    account of every file, bad ones included, run the batch (`directive-extract extract --engine dask`).
    """
    import dask.bag as db

    files = [str(entry.path) for entry in collect_inputs(Path(p) for p in paths) if not entry.problem]
    bag = db.from_sequence(files, partition_size=max(1, partition_size))
    return bag.map(_notice_or_none, max_bytes=max_bytes).filter(lambda notice: notice is not None)


def load_notice_bag(json_files: list[str], partition_size: int = NOTICES_PER_PARTITION) -> dask.bag.Bag:
    """A Dask bag of the Notices in extracted JSON files (the outputs of a batch), in the given order."""
    import dask.bag as db

    def load(path: str) -> Notice:
        return Notice.model_validate_json(Path(path).read_bytes())

    return db.from_sequence(json_files, partition_size=max(1, partition_size)).map(load)


def _table_of(notices: list[Notice], name: str):
    from .tables import notices_to_tables

    return notices_to_tables(notices)[name]


def table_frames(notices: dask.bag.Bag) -> dict[str, dask.dataframe.DataFrame]:
    """The tables of tables.py as Dask DataFrames, one partition per partition of the bag.

    Each partition is `notices_to_tables` of that partition's notices, so the partitions in order
    hold the same rows, columns and dtypes as the pandas tables of all the notices.
    """
    import dask
    import dask.dataframe as dd

    from .tables import COLUMNS, _frame

    parts = notices.to_delayed()
    return {
        name: dd.from_delayed([dask.delayed(_table_of)(part, name) for part in parts], meta=_frame(name, []))
        for name in COLUMNS
    }


def write_partitioned_tables(frames: dict[str, dask.dataframe.DataFrame], out_dir: str | Path) -> list[Path]:
    """Each table as a Parquet dataset `out_dir/<name>/part.N.parquet`; returns the dataset folders."""
    written = []
    for name, frame in frames.items():
        target = Path(out_dir) / name
        frame.to_parquet(str(target), engine="pyarrow", write_index=False, overwrite=target.exists())
        written.append(target)
    return written
