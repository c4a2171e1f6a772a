"""The Dask engine on a LocalCluster: the same outputs, run.json, resume and bad-file handling as --jobs 1."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from directive_extract.batch import collect_inputs, run_batch
from directive_extract.tables import COLUMNS, load_notices, notices_to_tables

from .conftest import CORPUS_DIR
from .test_batch import mixed  # noqa: F401  (the fixture: corpus documents and every kind of bad file)

# slow: starts clusters of worker processes. One xdist worker runs them all (`--dist loadgroup` in
# pyproject.toml), so that under `pytest -n 2` the module's cluster is started once, not once per xdist
# worker beside the other's clusters on a 2-core machine.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("dask")]

EXE = str(Path(sys.executable).with_name("directive-extract"))
WAIT = 180  # seconds: the longest any test here waits on a cluster or a command (a loaded 2-core CI machine)
QUICK = 2  # seconds: the --cluster-timeout of the tests of a cluster that never becomes ready
LATE = 30  # seconds: such a test fails if the clear error has not come by then (the wait is not bounded)


def run(*args: str) -> subprocess.CompletedProcess:
    """The command line, killed (and the test failed) if it has not finished within WAIT seconds."""
    return subprocess.run([EXE, *args], capture_output=True, text=True, check=False, timeout=WAIT)


def within(seconds: float, call: Callable[[], object]) -> tuple[dict, float]:
    """Run `call` in a thread: ({"value": …} or {"error": exc} or {} if still waiting after `seconds`, time taken)."""
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:
            outcome["error"] = exc

    start = time.monotonic()
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    return outcome, time.monotonic() - start


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json")) if p.name != "run.json"}


def statuses(folder: Path) -> list[tuple[str, str, str | None]]:
    summary = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    return [(Path(f["file"]).name, f["status"], f["error"]) for f in summary["files"]]


@pytest.fixture(scope="module")
def client():
    from directive_extract.dask_engine import close_client, open_client

    client = open_client(workers=2, timeout=WAIT)
    yield client
    close_client(client)


@pytest.fixture(scope="module")
def idle_scheduler():
    """The address of a scheduler that never gets a worker: a cluster that never becomes ready."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, protocol="tcp", dashboard_address=":0", silence_logs=50) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def silent_address():
    """The address of a port that accepts connections and never answers (a hung scheduler)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield f"tcp://127.0.0.1:{server.getsockname()[1]}"


def test_cli_dask_engine_matches_jobs_1_on_a_mixed_folder(mixed, tmp_path: Path) -> None:  # noqa: F811
    folder, expected_errors = mixed
    one, dask = tmp_path / "one", tmp_path / "dask"
    args = ["extract", str(folder), "--max-bytes", "50000", "--format", "jsonl", "--tables"]
    local = run(*args, "--out", str(one))
    result = run(*args, "--out", str(dask), "--engine", "dask", "--jobs", "2", "--partitioned")
    assert local.returncode == result.returncode == 1, result.stderr  # the bad files fail, alone
    assert outputs(one) == outputs(dask) and len(outputs(dask)) > 6
    assert statuses(one) == statuses(dask)
    # a broken link inside the folder is reported too, never skipped (issue 12)
    assert {name for name, status, _ in statuses(dask) if status == "error"} == {*expected_errors, "vanished.txt"}
    assert (one / "notices.jsonl").read_bytes() == (dask / "notices.jsonl").read_bytes()
    for name in COLUMNS:  # the single-file tables are the same bytes; the datasets hold the same rows
        assert (one / "tables" / f"{name}.csv").read_bytes() == (dask / "tables" / f"{name}.csv").read_bytes()
        dataset = pd.read_parquet(dask / "tables" / name)
        expected = pd.read_parquet(one / "tables" / f"{name}.parquet")
        pd.testing.assert_frame_equal(dataset.reset_index(drop=True), expected, check_dtype=False)
    assert not list(dask.glob(".*"))
    again = run(*args, "--out", str(dask), "--engine", "dask", "--jobs", "2", "--resume")
    assert again.returncode == 1 and "0 written" in again.stderr and "up to date" in again.stderr
    assert outputs(one) == outputs(dask)


def test_the_engine_needs_dask_for_its_options(tmp_path: Path) -> None:
    result = run("extract", str(CORPUS_DIR), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == 2 and "--engine dask" in result.stderr


def test_run_batch_on_a_cluster_and_the_python_api(client, tmp_path: Path) -> None:
    from directive_extract.dask_engine import dask_executor, notice_bag, table_frames

    files = collect_inputs([CORPUS_DIR])[:12]
    results = run_batch(files, tmp_path / "out", executor=dask_executor(client, chunk=5, timeout=WAIT))
    assert [Path(r.file).name for r in results] == [f.name for f in files]
    assert {r.status for r in results} == {"ok"}
    bag = notice_bag(files, partition_size=5)
    assert bag.npartitions == 3
    notices = client.compute(bag).result(timeout=WAIT)
    assert [n.source.file for n in notices] == [f.name for f in files]
    assert [n.model_dump() for n in notices] == [n.model_dump() for n in load_notices(tmp_path / "out")]
    frames = table_frames(bag)
    expected = notices_to_tables(notices)
    for name, frame in frames.items():
        got = client.compute(frame).result(timeout=WAIT).reset_index(drop=True)
        pd.testing.assert_frame_equal(got, expected[name])


def test_a_bad_file_fails_alone_within_its_chunk(client, tmp_path: Path) -> None:
    from directive_extract.dask_engine import dask_executor

    run_chunk = dask_executor(client, chunk=2, timeout=WAIT)
    calls = [(str(p), str(tmp_path), 10_000_000) for p in collect_inputs([CORPUS_DIR])[:4]]
    calls.insert(2, ("/no/such/file.txt", str(tmp_path), 10_000_000))
    done = dict(run_chunk(calls))
    assert sorted(done) == list(range(5))
    assert done[2].status == "error" and "file.txt" in done[2].file
    assert all(done[i].status == "ok" for i in (0, 1, 3, 4))


def test_cli_on_a_running_scheduler(client, tmp_path: Path) -> None:
    """`--scheduler ADDRESS`: the command line joins a cluster that is already running, and leaves it running."""
    files = sorted(CORPUS_DIR.glob("*.txt"))[:5]
    folder = tmp_path / "in"
    folder.mkdir()
    for path in files:
        (folder / path.name).write_bytes(path.read_bytes())
    one, remote = tmp_path / "one", tmp_path / "remote"
    assert run("extract", str(folder), "-o", str(one)).returncode == 0
    result = run("extract", str(folder), "-o", str(remote), "--engine", "dask", "--scheduler", client.scheduler.address)
    assert result.returncode == 0, result.stderr
    assert outputs(one) == outputs(remote) and len(outputs(remote)) == 5
    assert statuses(one) == statuses(remote)
    assert client.submit(sum, [1, 2]).result(timeout=WAIT) == 3  # the cluster is still there


def work_or_die(calls: list[tuple]) -> list:
    """A worker's chunk, except that a chunk holding a file named 'die.txt' kills the worker process."""
    import os

    from directive_extract.dask_engine import _process_chunk

    if any(Path(call[0]).name == "die.txt" for call in calls):
        os._exit(1)
    return _process_chunk(calls)


def test_a_worker_that_dies_fails_its_chunk_not_the_batch(monkeypatch, tmp_path: Path) -> None:
    """One chunk in flight (window 1): Dask also counts a death against every other task that was
    on the worker, and on a loaded machine a neighbour of die.txt could fail with it (KilledWorker)."""
    import cloudpickle

    from directive_extract import dask_engine
    from directive_extract.dask_engine import close_client, dask_executor, open_client

    monkeypatch.setattr(dask_engine, "WINDOW_PER_WORKER", 1)

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers need not import the tests
    files = sorted(CORPUS_DIR.glob("*.txt"))[:4]
    die = tmp_path / "die.txt"
    die.write_text("Sở Y tế", encoding="utf-8")
    inputs = [*files[:2], die, *files[2:]]
    client = open_client(workers=1, timeout=WAIT)
    try:
        executor = dask_executor(client, chunk=1, work=work_or_die, timeout=WAIT)
        results = run_batch(inputs, tmp_path / "out", executor=executor)
    finally:
        close_client(client)
    by_name = {Path(r.file).name: r for r in results}
    assert [Path(r.file).name for r in results] == [p.name for p in inputs]
    assert by_name["die.txt"].status == "error" and "worker failed" in by_name["die.txt"].error
    assert all(by_name[p.name].status == "ok" for p in files)


def test_a_cluster_that_never_becomes_ready_is_a_clear_error_in_time(idle_scheduler, silent_address) -> None:
    """open_client gives up after its timeout with a ClusterError naming the cause; a wait without a
    limit would fail here after LATE seconds instead of hanging the suite."""
    from directive_extract.dask_engine import open_client
    from directive_extract.errors import ClusterError

    cases = [  # (what, the address, words the error must hold)
        ("a scheduler that never gets a worker", idle_scheduler, "WorkerStartTimeoutError"),
        ("a port that never answers", silent_address, "not ready within 2 s"),
    ]
    failures = []
    for what, address, words in cases:
        outcome, seconds = within(LATE, lambda address=address: open_client(address, timeout=QUICK))
        error = outcome.get("error")
        if not outcome:
            failures.append(f"{what}: still waiting after {seconds:.0f} s")
        elif not isinstance(error, ClusterError) or words not in str(error) or address not in str(error):
            failures.append(f"{what}: {outcome!r}")
    assert not failures, failures


def test_a_stalled_cluster_stops_the_batch_with_a_clear_error(idle_scheduler, tmp_path: Path) -> None:
    """No chunk finishes (no worker takes them): run_batch stops within the timeout, and run.json says
    which files were not processed and why; nothing half-written is left."""
    from distributed import Client

    from directive_extract.dask_engine import close_client, dask_executor
    from directive_extract.errors import ClusterError

    files = sorted(CORPUS_DIR.glob("*.txt"))[:3]
    client = Client(idle_scheduler, timeout=WAIT)
    try:
        executor = dask_executor(client, chunk=2, timeout=QUICK)
        outcome, seconds = within(LATE, lambda: run_batch(files, tmp_path / "out", executor=executor))
    finally:
        close_client(client)
    assert outcome, f"the batch still waited after {seconds:.0f} s"
    assert isinstance(outcome.get("error"), ClusterError) and "finished no chunk of files in 2 s" in str(
        outcome["error"]
    )
    assert [(name, status) for name, status, _ in statuses(tmp_path / "out")] == [(f.name, "error") for f in files]
    assert all(
        "not processed: the Dask cluster finished no chunk" in error for _, _, error in statuses(tmp_path / "out")
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["run.json"]


def test_cli_on_a_cluster_that_never_becomes_ready(idle_scheduler, tmp_path: Path) -> None:
    """The command line: one clear line and exit code 2 within --cluster-timeout, no output written."""
    out = tmp_path / "out"
    args = ["extract", str(CORPUS_DIR), "-o", str(out), "--engine", "dask", "--scheduler", idle_scheduler]
    start = time.monotonic()
    result = run(*args, "--cluster-timeout", str(QUICK))
    assert result.returncode == 2, result.stderr
    assert f"the scheduler at {idle_scheduler} was not ready within 2 s" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(out.glob("*.json")) and time.monotonic() - start < LATE


def test_a_worker_the_local_cluster_gave_up_on_is_started_again(monkeypatch, tmp_path: Path) -> None:
    """What hung the suite on a loaded machine: the LocalCluster closes a worker's nanny for good
    (`lost-worker-timeout` after a death, no worker of that name registered), leaving no worker. The
    engine scales the cluster back to its size while it waits, and the batch finishes."""
    from directive_extract import dask_engine
    from directive_extract.dask_engine import close_client, dask_executor, open_client

    monkeypatch.setattr(dask_engine, "HEAL_EVERY", 0.5)
    files = sorted(CORPUS_DIR.glob("*.txt"))[:3]
    client = open_client(workers=1, timeout=WAIT)
    try:
        cluster = client.cluster
        name = next(iter(cluster.workers))
        cluster.sync(cluster.workers.pop(name).close)  # as SpecCluster._update_worker_status does
        executor = dask_executor(client, chunk=1, timeout=WAIT / 3)  # without the restart: a ClusterError then
        outcome, seconds = within(WAIT, lambda: run_batch(files, tmp_path / "out", executor=executor))
    finally:
        close_client(client)
    assert "value" in outcome, f"{outcome!r} after {seconds:.0f} s"
    assert [r.status for r in outcome["value"]] == ["ok"] * len(files)
