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

Every wait on the cluster is bounded by `timeout` (`--cluster-timeout`, default `CLUSTER_TIMEOUT`):
the scheduler must answer and the workers join within it, and some chunk must finish within it of
the last one. Otherwise a `ClusterError` says which, instead of a run that waits forever (a worker
killed under load that its nanny never brings back leaves the tasks with no worker, and Dask's own
`no-workers-timeout` is off by default).

From Python:

    bag = notice_bag(["archive/"])                 # a dask.bag.Bag of Notice (bad files left out)
    frames = table_frames(bag)                     # {"notices": dask DataFrame, "tasks": …, …}
    write_partitioned_tables(frames, "out/tables") # out/tables/<name>/part.N.parquet
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import Executor, FileResult, collect_inputs, process_file
from .errors import ClusterError
from .read import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    from distributed import Client

    from .schema import Notice  # pydantic: imported where a Notice is built, not by every CLI start

CHUNK = 8
WINDOW_PER_WORKER = 4
NOTICES_PER_PARTITION = 256
CLUSTER_TIMEOUT = 120.0  # seconds: to connect and have the workers, and between two finished chunks
WARM_UP_WAIT = 30.0  # seconds at most for the workers to load the extractor's data before the first chunk
HEAL_EVERY = 5.0  # seconds without a finished chunk before lost LocalCluster workers are started again


def open_client(scheduler: str | None = None, workers: int = 1, timeout: float = CLUSTER_TIMEOUT) -> Client:
    """A client of the scheduler at `scheduler` with at least one worker, or of a new LocalCluster of
    `workers` processes, all joined; a `ClusterError` if that takes longer than `timeout` seconds."""
    from distributed import Client, LocalCluster

    client = cluster = None
    where = f"the scheduler at {scheduler}" if scheduler else f"a LocalCluster of {workers} workers"
    try:
        if scheduler:
            _check_answers(scheduler, timeout)
            client = Client(scheduler, timeout=timeout)
            client.wait_for_workers(1, timeout=timeout)
            return client
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: never "8787 is already in use" beside another cluster
            silence_logs=40,  # logging.ERROR: the progress bar and the summary line are the output
            death_timeout=timeout,  # bounds each worker's start (and so this call): without it, no limit
        )
        client = Client(cluster, timeout=timeout)
        client.wait_for_workers(workers, timeout=timeout)
        return client
    except Exception as exc:
        close_client(client, cluster=cluster, timeout=min(timeout, 10))
        raise ClusterError(f"{where} was not ready within {timeout:g} s: {_reason(exc)}") from exc


def _check_answers(address: str, timeout: float) -> None:
    """Connect to `address` and shake hands, or raise TimeoutError after `timeout` seconds. (`Client(address,
    timeout=…)` alone waits without end on a port that accepts the connection and never answers.)"""
    import asyncio

    from distributed.comm import connect

    async def shake_hands() -> None:
        comm = await asyncio.wait_for(connect(address, timeout=timeout), timeout)
        await comm.close()

    asyncio.run(shake_hands())


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def close_client(client: Client | None, cluster=None, timeout: float = 10) -> None:
    """Close the client, and the cluster it started (a scheduler given by address stays up); errors are
    swallowed and every step has a time limit, so that closing never hangs or hides the run's outcome."""
    cluster = cluster if cluster is not None else getattr(client, "cluster", None)
    if client is not None:
        with contextlib.suppress(Exception):
            client.close(timeout=timeout)
    if cluster is not None:
        with contextlib.suppress(Exception):
            cluster.close(timeout=timeout)


def _warm_up() -> None:
    from . import extract

    extract("Sở Y tế")


def _process_chunk(calls: list[tuple]) -> list[FileResult]:
    """`process_file` of batch.py on each file of a chunk; only the results travel back."""
    return [process_file(*call)[0] for call in calls]


def _warm_up_workers(client: Client, timeout: float) -> int:
    """Load the extractor's data in every worker (so that no file's time includes it); the number of threads.

    Best effort: a worker that is gone or slow is not waited for longer than `timeout`."""
    from distributed import wait

    nthreads = client.nthreads()
    futures = [client.submit(_warm_up, workers=[address], pure=False) for address in nthreads]
    with contextlib.suppress(Exception):
        wait(futures, timeout=timeout)
    for future in futures:
        future.release()
    return max(1, sum(nthreads.values()))


def _next_finished(pending: set, timeout: float, what: str, client: Client | None = None) -> set:
    """The futures of `pending` that are done, waiting at most `timeout` seconds for one; else a ClusterError
    (and every future of `pending` is released: the cluster forgets the work nobody waits for any more).
    While it waits, a LocalCluster of `client` that has lost workers is brought back to its size."""
    import time

    from distributed import wait

    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            return wait(pending, timeout=min(left, HEAL_EVERY), return_when="FIRST_COMPLETED").done
        except TimeoutError:
            _restore_workers(client)
    for future in pending:
        future.release()
    raise ClusterError(
        f"the Dask cluster finished no {what} in {timeout:g} s ({len(pending)} waiting): "
        "its workers are gone or stuck (the limit is --cluster-timeout)"
    )


def _result_of(future, timeout: float, client: Client | None):
    """`future.result()`, restoring lost LocalCluster workers while it waits; TimeoutError after `timeout` s."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            return future.result(timeout=max(0.01, min(deadline - time.monotonic(), HEAL_EVERY)))
        except TimeoutError:
            if time.monotonic() >= deadline:
                raise
            _restore_workers(client)


def _restore_workers(client: Client | None) -> None:
    """Start again the workers that a LocalCluster (any SpecCluster) of `client` has given up on.

    A SpecCluster closes a worker's nanny for good when, `lost-worker-timeout` (15 s) after one of the
    worker's deaths, no worker of that name is registered; so a worker that dies again while that timer
    runs (a task that kills it, retried) or that restarts slowly (a loaded machine) is lost, and with it
    the cluster's only worker: the tasks then wait for ever. Scaling to the size asked for starts it again.
    """
    cluster = getattr(client, "cluster", None)
    spec = getattr(cluster, "worker_spec", None)
    if spec is not None and len(cluster.workers) < len(spec):
        with contextlib.suppress(Exception):
            cluster.scale(len(spec))


def dask_executor(
    client: Client, chunk: int = CHUNK, work=_process_chunk, timeout: float = CLUSTER_TIMEOUT
) -> Executor:
    """A batch.run_batch executor that runs the files on `client`'s workers, a window at a time.

    `work` is what a worker does with a chunk (`_process_chunk`; a test passes one that kills it).
    If no chunk finishes within `timeout` seconds of the last, the run stops with a `ClusterError`
    (run_batch then records the files not done); the chunks still out are released.
    """

    def run(calls: list[tuple]) -> Iterator[tuple[int, FileResult]]:
        if not calls:
            return
        threads = _warm_up_workers(client, min(timeout, WARM_UP_WAIT))
        starts = iter(range(0, len(calls), chunk))
        pending: set = set()
        where: dict[str, int] = {}

        def submit_next() -> bool:
            start = next(starts, None)
            if start is None:
                return False
            future = client.submit(work, calls[start : start + chunk], pure=False)
            where[future.key] = start
            pending.add(future)
            return True

        def next_finished() -> list:
            finished = _next_finished(pending, timeout, "chunk of files", client)
            pending.difference_update(finished)
            return sorted(finished, key=lambda future: where[future.key])

        def results_of(future) -> list[FileResult]:
            start = where.pop(future.key)
            part = calls[start : start + chunk]
            try:
                return _result_of(future, timeout, client)  # done, but a result lost with its worker is redone
            except Exception as exc:  # the worker died or the task could not run: its files fail, the batch goes on
                reason = f"worker failed {type(exc).__name__}: {exc}"
                return [
                    FileResult(call[0], None, "error", reason, document=call[4] if len(call) > 4 else None)
                    for call in part
                ]
            finally:
                future.release()

        for _ in range(threads * WINDOW_PER_WORKER):
            if not submit_next():
                break
        while pending:
            for future in next_finished():
                start = where[future.key]
                for offset, result in enumerate(results_of(future)):
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

    from .schema import Notice

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


def write_partitioned_tables(
    frames: dict[str, dask.dataframe.DataFrame],
    out_dir: str | Path,
    client: Client | None = None,
    timeout: float = CLUSTER_TIMEOUT,
) -> list[Path]:
    """Each table as a Parquet dataset `out_dir/<name>/part.N.parquet`; returns the dataset folders.

    With `client`, the datasets are written on its cluster, and a `ClusterError` is raised if no
    dataset is finished within `timeout` seconds of the last (without it: dask's default scheduler)."""
    import dask

    written, writes = [], []
    for name, frame in frames.items():
        target = Path(out_dir) / name
        options = {"engine": "pyarrow", "write_index": False, "overwrite": target.exists()}
        writes.append(frame.to_parquet(str(target), compute=False, **options))
        written.append(target)
    if client is None:
        dask.compute(*writes)
        return written
    pending = set(client.compute(writes))
    while pending:
        for future in _next_finished(pending, timeout, "table dataset", client):
            pending.discard(future)
            _result_of(future, timeout, client)  # a failed write raises its error here
    return written
