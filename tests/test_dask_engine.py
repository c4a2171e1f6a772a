"""The Dask engine on a LocalCluster: the same outputs, run.json, resume and bad-file handling as --jobs 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from directive_extract.batch import collect_inputs, run_batch
from directive_extract.tables import COLUMNS, load_notices, notices_to_tables

from .conftest import CORPUS_DIR
from .test_batch import mixed  # noqa: F401  (the fixture: corpus documents and every kind of bad file)

pytestmark = pytest.mark.slow  # starts clusters of worker processes

EXE = str(Path(sys.executable).with_name("directive-extract"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, *args], capture_output=True, text=True, check=False)


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json")) if p.name != "run.json"}


def statuses(folder: Path) -> list[tuple[str, str, str | None]]:
    summary = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    return [(Path(f["file"]).name, f["status"], f["error"]) for f in summary["files"]]


@pytest.fixture(scope="module")
def client():
    from directive_extract.dask_engine import close_client, open_client

    client = open_client(workers=2)
    yield client
    close_client(client)


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
    results = run_batch(files, tmp_path / "out", executor=dask_executor(client, chunk=5))
    assert [Path(r.file).name for r in results] == [f.name for f in files]
    assert {r.status for r in results} == {"ok"}
    bag = notice_bag(files, partition_size=5)
    assert bag.npartitions == 3
    notices = bag.compute()
    assert [n.source.file for n in notices] == [f.name for f in files]
    assert [n.model_dump() for n in notices] == [n.model_dump() for n in load_notices(tmp_path / "out")]
    frames = table_frames(bag)
    expected = notices_to_tables(notices)
    for name, frame in frames.items():
        got = frame.compute().reset_index(drop=True)
        pd.testing.assert_frame_equal(got, expected[name])


def test_a_bad_file_fails_alone_within_its_chunk(client, tmp_path: Path) -> None:
    from directive_extract.dask_engine import dask_executor

    run_chunk = dask_executor(client, chunk=2)
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
    assert client.submit(sum, [1, 2]).result() == 3  # the cluster is still there


def work_or_die(calls: list[tuple]) -> list:
    """A worker's chunk, except that a chunk holding a file named 'die.txt' kills the worker process."""
    import os

    from directive_extract.dask_engine import _process_chunk

    if any(Path(call[0]).name == "die.txt" for call in calls):
        os._exit(1)
    return _process_chunk(calls)


def test_a_worker_that_dies_fails_its_chunk_not_the_batch(tmp_path: Path) -> None:
    import cloudpickle
    from distributed import Client, LocalCluster

    from directive_extract.dask_engine import dask_executor

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers need not import the tests
    files = sorted(CORPUS_DIR.glob("*.txt"))[:4]
    die = tmp_path / "die.txt"
    die.write_text("Sở Y tế", encoding="utf-8")
    inputs = [*files[:2], die, *files[2:]]
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=":0", silence_logs=50) as cluster,
        Client(cluster) as client,
    ):
        results = run_batch(inputs, tmp_path / "out", executor=dask_executor(client, chunk=1, work=work_or_die))
    by_name = {Path(r.file).name: r for r in results}
    assert [Path(r.file).name for r in results] == [p.name for p in inputs]
    assert by_name["die.txt"].status == "error" and "worker failed" in by_name["die.txt"].error
    assert all(by_name[p.name].status == "ok" for p in files)
